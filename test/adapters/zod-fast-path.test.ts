import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastPathAccepts, fastSafeParse } from '../../src/adapters/zod-fast-path.js';
import { FindingInputSchema, PatientInputSchema, SampleInputSchema } from '../../src/model/case-input.js';
import { INVALID_CASES, INVALID_FINDINGS, VALID_FINDINGS } from './invalid-inputs.js';

/** The fast path and zod agree: same success, same data (key order included), same issues. */
const agree = (schema: z.ZodType, value: unknown): void => {
  const fast = fastSafeParse(schema)(value);
  const slow = schema.safeParse(value);
  expect(fast.success).toBe(slow.success);
  if (fast.success && slow.success) {
    expect(fast.data).toStrictEqual(slow.data);
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.data));
  } else {
    expect(fast.error?.issues).toEqual(slow.error?.issues);
  }
};

/** Values a field may take: valid ones of every type, and wrong ones. */
const fieldValue = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1,
    0.5,
    1.5,
    100,
    101,
    2 ** 53,
    NaN,
    Infinity,
    '',
    'x',
    'KRAS',
    'p.G12C',
    'somatic',
    'amplification',
    'MSI-H',
    '2024-02-29',
    '2023-02-29',
    [],
    ['missense_variant'],
    [1],
    {},
    { file: 'a', line: 3 },
    { line: 0 },
    { panel: 'TSO500', dna: true },
    undefined,
  ),
  fc.string(),
  fc.double(),
  fc.integer(),
);

const FIELDS = [
  ...new Set(VALID_FINDINGS.flatMap((f) => Object.keys(f))),
  'extra',
  'age',
  'diagnosis',
  'sex',
  'ecog',
  'purity',
  'date',
  'assay',
];

/** A valid finding with some fields dropped or replaced, or added. */
const nearFinding = fc
  .tuple(
    fc.constantFrom(...VALID_FINDINGS),
    fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.option(fieldValue, { nil: undefined }), fc.boolean())),
  )
  .map(([base, edits]) => {
    const out = new Map<string, unknown>(Object.entries(base));
    for (const [field, value, drop] of edits) {
      if (drop) out.delete(field);
      else out.set(field, value);
    }
    return Object.fromEntries(out) as Record<string, unknown>;
  });

describe('fastSafeParse', () => {
  it('takes the fast path for every kind of valid finding', () => {
    for (const finding of VALID_FINDINGS) expect(fastPathAccepts(FindingInputSchema)(finding)).toBe(true);
    expect(fastPathAccepts(FindingInputSchema)({ kind: 'tmb', value: 3 })).toBe(true);
  });

  it('takes the fast path for valid patient and sample facts', () => {
    const patient = {
      id: 'P1',
      age: 64,
      birthDate: '1960-02-29',
      sex: 'female',
      ecog: 'unknown',
      standardTherapyExhausted: 'no',
      priorDrugs: ['carboplatin'],
      diagnosis: 'LUAD',
    };
    const sample = {
      id: 'S1',
      date: '2024-05-02',
      assay: { panel: null, version: '2', dna: true, rna: false },
      purity: 0.4,
    };
    expect(fastPathAccepts(PatientInputSchema)(patient)).toBe(true);
    expect(fastPathAccepts(SampleInputSchema)(sample)).toBe(true);
    expect(fastPathAccepts(PatientInputSchema)({ ...patient, birthDate: '1961-02-29' })).toBe(false);
  });

  it('agrees with zod on the corpus of invalid findings and cases', () => {
    for (const { value } of INVALID_FINDINGS) agree(FindingInputSchema, value);
    for (const { value } of INVALID_CASES) {
      const c = value as Record<string, unknown> | null;
      agree(PatientInputSchema.partial(), c?.['patient']);
      agree(SampleInputSchema.partial(), c?.['sample']);
    }
  });

  it('agrees with zod on findings near the valid ones (property)', () => {
    fc.assert(
      fc.property(nearFinding, (finding) => agree(FindingInputSchema, finding)),
      { numRuns: 3000 },
    );
  });

  it('agrees with zod on patient and sample facts near the valid ones (property)', () => {
    fc.assert(
      fc.property(nearFinding, (facts) => {
        agree(PatientInputSchema.partial(), facts);
        agree(SampleInputSchema.partial(), facts);
        agree(PatientInputSchema.partial(), { id: 'P', ...facts });
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with zod on arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => agree(FindingInputSchema, value)),
      { numRuns: 1000 },
    );
  });

  it('leaves to zod what it does not understand: transforms, refinements, formats, coercion', () => {
    const schemas: ReadonlyArray<readonly [z.ZodType, unknown]> = [
      [z.string().transform((s) => s.length), 'abc'],
      [z.number().refine((n) => n !== 3), 4],
      [z.string().email(), 'a@b.org'],
      [z.coerce.number(), '3'],
      [z.object({ a: z.string() }).passthrough(), { a: 'x', b: 1 }],
      [z.string().default('x'), undefined],
      [z.object({ a: z.string().regex(/^a/) }), { a: 'ab' }],
      [z.array(z.string()).min(1), ['x']],
    ];
    for (const [schema, value] of schemas) {
      expect(fastPathAccepts(schema)(value)).toBe(false);
      agree(schema, value);
    }
  });

  it('applies every number bound, the tightest deciding (property)', () => {
    const schemas = [
      z.number().min(1).gt(1),
      z.number().gt(1).min(1),
      z.number().max(5).lt(5).min(0),
      z.number().int().min(-3).max(3),
      z.number().positive().max(1e9),
      z.number().min(2).min(1).max(3).max(4),
    ];
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -10, max: 10 }), fc.double(), fc.constantFrom(0, 1, 5, -0, 2 ** 53)),
        (n) => {
          for (const schema of schemas) agree(schema, n);
        },
      ),
    );
  });

  it('strips unknown keys of a non-strict object as zod does, and keeps the schema key order', () => {
    const schema = z.object({ b: z.number().optional(), a: z.string() });
    expect(fastPathAccepts(schema)({ a: 'x', c: 1, b: 2 })).toBe(true);
    agree(schema, { a: 'x', c: 1, b: 2 });
    expect(JSON.stringify(fastSafeParse(schema)({ a: 'x', b: 2 }))).toBe(
      JSON.stringify({ success: true, data: { b: 2, a: 'x' } }),
    );
  });

  it('agrees with zod on objects JSON.parse does not make (inherited, non-enumerable, symbol keys)', () => {
    const base = { kind: 'tmb', value: 3 };
    const hidden = Object.defineProperty({ ...base }, 'eligibleVariants', { value: 5, enumerable: false });
    const hiddenUndefined = Object.defineProperty({ ...base }, 'eligibleVariants', {
      value: undefined,
      enumerable: false,
    });
    const inherited = Object.assign(Object.create({ eligibleVariants: 5 }) as object, base);
    const inheritedUnknown = Object.assign(Object.create({ extra: 1 }) as object, base);
    const withSymbol = { ...base, [Symbol('x')]: 1 };
    const bare = Object.assign(Object.create(null) as object, base);
    for (const value of [hidden, hiddenUndefined, inherited, inheritedUnknown, withSymbol, bare]) {
      agree(FindingInputSchema, value);
    }
  });

  it('returns fresh objects and arrays, never the input', () => {
    const finding = VALID_FINDINGS[0] ?? {};
    const parsed = fastSafeParse(FindingInputSchema)(finding);
    expect(parsed.success && parsed.data).not.toBe(finding);
    expect(parsed.success && parsed.data.kind === 'sequence-variant' && parsed.data.consequences).not.toBe(
      finding['consequences'],
    );
  });
});
