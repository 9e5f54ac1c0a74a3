import fc from 'fast-check';
import { isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { AminoAcid, InsertedSequence, ProteinChange, Residue } from '../../src/model/protein-change.js';
import { AMINO_ACIDS } from '../../src/vocab/amino-acids.js';
import {
  equalProteinChange,
  formatProteinChange,
  formatProteinChangeLong,
  parseProteinChange,
  proteinChangeKey,
} from '../../src/vocab/hgvs.js';
import { NOTATIONS } from './hgvs-notations.js';

const RUNS = { numRuns: 2000 };

const SENSE: ReadonlyArray<AminoAcid> = AMINO_ACIDS.filter((aa) => aa !== '*');
const anyAa = fc.constantFrom(...AMINO_ACIDS);
const senseAa = fc.constantFrom(...SENSE);
const position = fc.integer({ min: 1, max: 5000 });
const residue = (aa: fc.Arbitrary<AminoAcid> = anyAa): fc.Arbitrary<Residue> => fc.record({ aa, position });
const stopOrUnknown = fc.oneof(fc.constant<'unknown'>('unknown'), fc.integer({ min: 1, max: 300 }));
const inserted = (minResidues: number): fc.Arbitrary<InsertedSequence> =>
  fc.oneof(
    fc
      .array(anyAa, { minLength: minResidues, maxLength: 8 })
      .map(([first, ...rest]): InsertedSequence => ({ kind: 'residues', residues: [first ?? 'A', ...rest] })),
    fc.integer({ min: 1, max: 60 }).map((count): InsertedSequence => ({ kind: 'count', count })),
  );
const span = fc.tuple(residue(), fc.integer({ min: 0, max: 12 }), anyAa).map(([start, length, endAa]) => ({
  start,
  end: length === 0 ? start : { aa: endAa, position: start.position + length },
}));

/** Normalized protein changes of every kind, as the parser would build them (reference null). */
const proteinChange: fc.Arbitrary<ProteinChange> = fc
  .tuple(
    fc.boolean(),
    fc.oneof(
      residue()
        .chain((at) => fc.record({ at: fc.constant(at), alt: anyAa.filter((aa) => aa !== at.aa) }))
        .map(({ at, alt }) => ({ kind: 'substitution' as const, at, alt })),
      fc.option(residue(), { nil: null }).map((at) => ({ kind: 'synonymous' as const, at })),
      span.map(({ start, end }) => ({ kind: 'deletion' as const, start, end })),
      span.map(({ start, end }) => ({ kind: 'duplication' as const, start, end })),
      fc.tuple(residue(), anyAa, inserted(1)).map(([start, endAa, ins]) => ({
        kind: 'insertion' as const,
        start,
        end: { aa: endAa, position: start.position + 1 },
        inserted: ins,
      })),
      fc.tuple(span, inserted(1), inserted(2)).map(([{ start, end }, many, atLeastTwo]) => ({
        kind: 'delins' as const,
        start,
        end,
        inserted: start.position === end.position ? atLeastTwo : many,
      })),
      fc
        .tuple(residue(), fc.option(senseAa, { nil: null }), fc.option(stopOrUnknown, { nil: null }))
        .map(([at, alt, newStop]) => ({ kind: 'frameshift' as const, at, alt, newStop })),
      fc.tuple(position, fc.option(senseAa, { nil: null }), stopOrUnknown).map(([p, alt, newStop]) => ({
        kind: 'extension' as const,
        terminus: 'C' as const,
        at: { aa: '*' as const, position: p },
        alt,
        newStop,
      })),
      fc
        .tuple(
          senseAa,
          fc.option(senseAa, { nil: null }),
          fc.oneof(fc.constant<'unknown'>('unknown'), fc.integer({ min: -300, max: -1 })),
        )
        .filter(([aa, alt]) => alt !== aa)
        .map(([aa, alt, newStart]) => ({
          kind: 'extension' as const,
          terminus: 'N' as const,
          at: { aa, position: 1 },
          alt,
          newStart,
        })),
      anyAa.map((aa) => ({ kind: 'start-loss' as const, at: { aa, position: 1 } })),
      position.map((p) => ({ kind: 'splice' as const, position: p })),
      fc.constant({ kind: 'unknown' as const }),
      fc.constant({ kind: 'no-protein' as const }),
    ),
  )
  .map(([predicted, change]): ProteinChange => ({ ...change, predicted, reference: null }));

const parsedOrNull = (text: string): ProteinChange | null => {
  const result = parseProteinChange(text);
  return isRight(result) ? result.right : null;
};

/** Pieces of real notation, shuffled: reaches far more of the grammar than uniformly random text. */
const TOKENS = [
  'p.',
  '(',
  ')',
  'V',
  'Val',
  'VAL',
  'E',
  'Glu',
  'M',
  'Met',
  '*',
  'Ter',
  'X',
  'Xaa',
  '600',
  '1',
  '0',
  '12',
  '_',
  'del',
  'dup',
  'ins',
  'delins',
  'fs',
  'ext',
  'splice',
  '-',
  '?',
  '=',
  '>',
  '[',
  ']',
  ';',
  '^',
  'NP_004324.2:',
  'c.2997C>T',
  ' ',
  '%3D',
  'GSP',
  'AspLys',
];
const notationLike = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 10 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.constantFrom(...NOTATIONS.map((row) => row.input)), fc.nat(40), fc.string({ maxLength: 3 }))
    .map(([text, at, insert]) => text.slice(0, at) + insert + text.slice(at)),
  fc
    .tuple(fc.constantFrom(...NOTATIONS.map((row) => row.input)), fc.nat(40))
    .map(([text, cut]) => text.slice(0, cut)),
);

describe('protein change properties', () => {
  it('never throws, and always returns a result, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), notationLike), (text) => {
        const result = parseProteinChange(text);
        expect(result._tag === 'Left' || result._tag === 'Right').toBe(true);
        if (result._tag === 'Left') {
          expect(result.left.length).toBeGreaterThan(0);
          expect(result.left[0]?.input).toBe(text);
        }
      }),
      RUNS,
    );
  });

  it('format(parse(format(parse(x)))) is format(parse(x)) for every x that parses', () => {
    fc.assert(
      fc.property(notationLike, (text) => {
        const first = parsedOrNull(text);
        if (first === null) return;
        const short = formatProteinChange(first);
        const again = parsedOrNull(short);
        expect(again).not.toBeNull();
        expect(again && formatProteinChange(again)).toBe(short);
        const long = parsedOrNull(formatProteinChangeLong(first));
        expect(long && formatProteinChange(long)).toBe(short);
      }),
      RUNS,
    );
  });

  it('generated values round-trip through the short form (equal) and the long form (deep equal)', () => {
    fc.assert(
      fc.property(proteinChange, (pc) => {
        const short = parsedOrNull(formatProteinChange(pc));
        expect(short).toEqual({ ...pc, predicted: false });
        expect(short !== null && equalProteinChange(short, pc)).toBe(true);
        expect(parsedOrNull(formatProteinChangeLong(pc))).toEqual(pc);
      }),
      RUNS,
    );
  });

  it('the key is the same for the short and long spelling of a generated value', () => {
    fc.assert(
      fc.property(proteinChange, (pc) => {
        const long = parsedOrNull(formatProteinChangeLong(pc));
        expect(long && proteinChangeKey(long)).toBe(proteinChangeKey(pc));
      }),
      RUNS,
    );
  });
});
