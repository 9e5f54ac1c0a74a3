import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { CdnaChange, CdnaEdit, CdnaPosition, CdnaRegion } from '../../src/vocab/cdna.js';
import { cdnaRegion, formatCdnaChange, parseCdnaChange } from '../../src/vocab/cdna.js';

const parsed = (text: string): CdnaChange => {
  const result = parseCdnaChange(text);
  if (!isRight(result)) throw new Error(`expected "${text}" to parse: ${result.left[0].message}`);
  return result.right;
};

const coding = (position: number, offset = 0): CdnaPosition => ({ segment: 'coding', position, offset });

describe('cDNA changes from real files', () => {
  // [input, region, canonical form]: TSO500 C-Dot Notation, MAF HGVSc, VEP, ClinVar.
  const rows: ReadonlyArray<readonly [string, CdnaRegion, string]> = [
    ['c.2997C>T', 'coding', 'c.2997C>T'],
    ['NM_003820.3:c.50A>G', 'coding', 'c.50A>G'],
    ['NM_000222.2:c.1670_1684del', 'coding', 'c.1670_1684del'],
    ['c.1799T>A', 'coding', 'c.1799T>A'],
    ['c.2235_2249del', 'coding', 'c.2235_2249del'],
    ['c.2236_2250delGAATTAAGAGAAGCA', 'coding', 'c.2236_2250delGAATTAAGAGAAGCA'],
    ['c.562_563dup', 'coding', 'c.562_563dup'],
    ['c.2313_2314insCCCGGT', 'coding', 'c.2313_2314insCCCGGT'],
    ['c.1406_1407insTAA', 'coding', 'c.1406_1407insTAA'],
    ['c.2326_2327delinsTGTGTT', 'coding', 'c.2326_2327delinsTGTGTT'],
    ['c.34_35delGGinsTT', 'coding', 'c.34_35delGGinsTT'],
    ['c.68_69delAG', 'coding', 'c.68_69delAG'],
    ['c.5266dupC', 'coding', 'c.5266dupC'],
    ['c.123_124ins(10)', 'coding', 'c.123_124ins(10)'],
    ['c.100_102inv', 'coding', 'c.100_102inv'],
    ['c.100=', 'coding', 'c.100='],
    ['c.1633g>a', 'coding', 'c.1633G>A'],
    ['NM_004958.3:c.2997C>T(p.(Asn999=))', 'coding', 'c.2997C>T'],
    ['NM_004333.6(BRAF):c.1799T>A (p.Val600Glu)', 'coding', 'c.1799T>A'],
    ['c.-5_10del', 'coding', 'c.-5_10del'],
    ['c.7165-1G>T', 'splice-site', 'c.7165-1G>T'],
    ['NM_004958.3:c.7165-1G>T', 'splice-site', 'c.7165-1G>T'],
    ['c.3082+1G>T', 'splice-site', 'c.3082+1G>T'],
    ['c.3028+2T>C', 'splice-site', 'c.3028+2T>C'],
    ['c.2888-2A>G', 'splice-site', 'c.2888-2A>G'],
    ['c.494+1G>A', 'splice-site', 'c.494+1G>A'],
    ['c.3082+1_3082+5del', 'splice-site', 'c.3082+1_3082+5del'],
    ['c.1713_1729+5del', 'splice-site', 'c.1713_1729+5del'],
    ['c.3080_3082+3del', 'splice-site', 'c.3080_3082+3del'],
    ['c.3083-5_3085del', 'splice-site', 'c.3083-5_3085del'],
    ['c.3028+3_3028+20del', 'splice-region', 'c.3028+3_3028+20del'],
    ['c.2888-30_3028+40del', 'splice-site', 'c.2888-30_3028+40del'],
    ['c.*5-1G>A', 'splice-site', 'c.*5-1G>A'],
    ['c.-45+2T>C', 'splice-site', 'c.-45+2T>C'],
    // Offsets 3..8 are splice region (VEP splice_region_variant counts intron bases 3-8), so -5 is not "intronic".
    ['c.1899-5C>T', 'splice-region', 'c.1899-5C>T'],
    ['c.2284+5A>G', 'splice-region', 'c.2284+5A>G'],
    ['c.2284+3A>G', 'splice-region', 'c.2284+3A>G'],
    ['c.2284+8A>G', 'splice-region', 'c.2284+8A>G'],
    ['c.37+8_38-30del', 'splice-region', 'c.37+8_38-30del'],
    ['c.-45+3A>G', 'splice-region', 'c.-45+3A>G'],
    ['c.2284+9A>G', 'intronic', 'c.2284+9A>G'],
    ['c.2284+13A>G', 'intronic', 'c.2284+13A>G'],
    ['c.1899-15C>T', 'intronic', 'c.1899-15C>T'],
    ['c.2779+803del', 'intronic', 'c.2779+803del'],
    ['c.100+10_101-10del', 'intronic', 'c.100+10_101-10del'],
    ['c.-45G>A', 'utr5', 'c.-45G>A'],
    ['c.-124C>T', 'utr5', 'c.-124C>T'],
    ['c.-20_-10del', 'utr5', 'c.-20_-10del'],
    ['c.*120A>G', 'utr3', 'c.*120A>G'],
    ['NM_000546.5:c.*1175A>C', 'utr3', 'c.*1175A>C'],
    ['c.*10_*12del', 'utr3', 'c.*10_*12del'],
    ['c.?', 'unknown', 'c.?'],
    ['c.(?)', 'unknown', 'c.?'],
  ];

  it.each(rows)('%s is %s and prints %s', (input, region, canonical) => {
    const c = parsed(input);
    expect(cdnaRegion(c)).toBe(region);
    expect(formatCdnaChange(c)).toBe(canonical);
    const again = parsed(formatCdnaChange(c));
    expect(again).toEqual({ ...c, reference: null });
  });

  it('reads position, offset, reference and edit', () => {
    expect(parsed('NM_004958.3:c.7165-1G>T')).toEqual({
      kind: 'variant',
      reference: 'NM_004958.3',
      start: coding(7165, -1),
      end: coding(7165, -1),
      edit: { type: 'substitution', ref: 'G', alt: 'T' },
    });
    expect(parsed('c.3082+1_3082+5del')).toMatchObject({ start: coding(3082, 1), end: coding(3082, 5) });
    expect(parsed('c.-45G>A')).toMatchObject({ start: { segment: 'utr5', position: -45, offset: 0 } });
    expect(parsed('c.*120A>G')).toMatchObject({ start: { segment: 'utr3', position: 120, offset: 0 } });
    expect(parsed('c.100_101delAGinsT')).toMatchObject({
      edit: { type: 'delins', deleted: 'AG', inserted: 'T' },
    });
    expect(parsed('c.123_124ins(10)')).toMatchObject({ edit: { type: 'insertion', inserted: 10 } });
    expect(parsed('c.?')).toEqual({ kind: 'unknown', reference: null });
  });
});

describe('bad cDNA input gives coded issues', () => {
  it.each([
    ['', 'empty_cdna_change'],
    ['  ', 'empty_cdna_change'],
    ['foo', 'invalid_cdna_change'],
    ['2997C>T', 'invalid_cdna_change'],
    ['c.', 'invalid_cdna_change'],
    ['c.100A', 'invalid_cdna_change'],
    ['c.100+A>G', 'invalid_cdna_change'],
    ['c.100A>', 'invalid_cdna_change'],
    ['c.100Q>R', 'invalid_cdna_change'],
    ['c.12A>G extra', 'invalid_cdna_change'],
    ['c.100_del', 'invalid_cdna_change'],
    ['c.0A>G', 'invalid_cdna_range'],
    ['c.*0A>G', 'invalid_cdna_range'],
    ['c.100_90del', 'invalid_cdna_range'],
    ['c.100insA', 'invalid_cdna_range'],
    ['c.100_101A>G', 'inconsistent_cdna_change'],
    ['c.100AG>TC', 'inconsistent_cdna_change'],
    ['c.100A>A', 'inconsistent_cdna_change'],
    ['g.140453136A>T', 'unsupported_cdna_change'],
    ['NR_024540.1:n.12A>G', 'unsupported_cdna_change'],
    ['NP_004324.2:p.(Val600Glu)', 'unsupported_cdna_change'],
  ])('%j -> %s', (input, code) => {
    const result = parseCdnaChange(input);
    expect(isLeft(result)).toBe(true);
    if (!isLeft(result)) return;
    expect(result.left[0].code).toBe(code);
    expect(result.left[0].input).toBe(input);
    expect(result.left[0].message).toContain(`"${input}"`);
  });

  it('says where and what it expected, with the caller path', () => {
    const result = parseCdnaChange('c.100+A>G', { path: ['findings', 0, 'cdnaChange'] });
    expect(isLeft(result) && result.left[0].message).toBe(
      'Cannot read cDNA change "c.100+A>G" at findings[0].cdnaChange: expected the intron offset after "+" at ' +
        'character 7 ("A>G").',
    );
    expect(isLeft(result) && result.left[0].path).toEqual(['findings', 0, 'cdnaChange']);
  });
});

const segmentPosition = fc.oneof(
  fc.integer({ min: 1, max: 9000 }).map((p) => ({ segment: 'coding' as const, position: p })),
  fc.integer({ min: -300, max: -1 }).map((p) => ({ segment: 'utr5' as const, position: p })),
  fc.integer({ min: 1, max: 3000 }).map((p) => ({ segment: 'utr3' as const, position: p })),
);
const cdnaPosition: fc.Arbitrary<CdnaPosition> = fc
  .tuple(segmentPosition, fc.oneof(fc.constant(0), fc.integer({ min: -50, max: 50 })))
  .map(([p, offset]) => ({ ...p, offset }));
const seq = fc
  .array(fc.constantFrom('A', 'C', 'G', 'T'), { minLength: 1, maxLength: 6 })
  .map((b) => b.join(''));
const order = (p: CdnaPosition): readonly [number, number, number] => [
  { utr5: 0, coding: 1, utr3: 2 }[p.segment],
  p.position,
  p.offset,
];
const before = (a: CdnaPosition, b: CdnaPosition): boolean => {
  const [x, y] = [order(a), order(b)];
  return x[0] < y[0] || (x[0] === y[0] && (x[1] < y[1] || (x[1] === y[1] && x[2] < y[2])));
};

/** Valid located changes: a substitution at one position, or a length change over an ordered range. */
const cdnaChange: fc.Arbitrary<CdnaChange> = fc.oneof(
  fc
    .tuple(cdnaPosition, fc.constantFrom('A', 'C', 'G', 'T'), fc.constantFrom('A', 'C', 'G', 'T'))
    .filter(([, ref, alt]) => ref !== alt)
    .map(([p, ref, alt]) => ({
      kind: 'variant' as const,
      reference: null,
      start: p,
      end: p,
      edit: { type: 'substitution' as const, ref, alt },
    })),
  fc
    .tuple(
      cdnaPosition,
      cdnaPosition,
      fc.oneof(
        fc.option(seq, { nil: null }).map((deleted): CdnaEdit => ({ type: 'deletion', deleted })),
        fc.option(seq, { nil: null }).map((duplicated): CdnaEdit => ({ type: 'duplication', duplicated })),
        fc
          .oneof(seq, fc.integer({ min: 1, max: 50 }))
          .map((ins): CdnaEdit => ({ type: 'insertion', inserted: ins })),
        fc
          .tuple(fc.option(seq, { nil: null }), seq)
          .map(([deleted, ins]): CdnaEdit => ({ type: 'delins', deleted, inserted: ins })),
        fc.constant<CdnaEdit>({ type: 'inversion' }),
      ),
    )
    .filter(([a, b]) => before(a, b))
    .map(([start, end, edit]) => ({ kind: 'variant' as const, reference: null, start, end, edit })),
  fc.constant<CdnaChange>({ kind: 'unknown', reference: null }),
);

describe('cDNA properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        const result = parseCdnaChange(text);
        expect(result._tag === 'Left' || result._tag === 'Right').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('generated changes round-trip through the formatter', () => {
    fc.assert(
      fc.property(cdnaChange, (c) => {
        const again = parseCdnaChange(formatCdnaChange(c));
        expect(isRight(again) && again.right).toEqual(c);
      }),
      { numRuns: 2000 },
    );
  });

  it('a position touching intron +1/+2/-1/-2 is always splice-site, 3..8 splice-region, further intronic', () => {
    fc.assert(
      fc.property(cdnaPosition, fc.constantFrom('A', 'C'), (p, ref) => {
        const region = cdnaRegion({
          kind: 'variant',
          reference: null,
          start: p,
          end: p,
          edit: { type: 'substitution', ref, alt: 'G' },
        });
        const distance = Math.abs(p.offset);
        const expected: CdnaRegion =
          distance === 0
            ? p.segment === 'coding'
              ? 'coding'
              : p.segment
            : distance <= 2
              ? 'splice-site'
              : distance <= 8
                ? 'splice-region'
                : 'intronic';
        expect(region).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
