import { describe, expect, it } from 'vitest';
import { CaseInputSchema, FindingInputSchema } from '../../src/model/case-input.js';
import { caseGenerator, registry, toNdjson } from '../../bench/generate.js';
import { aliasTable, createRng, seedOf } from '../../bench/prng.js';
import { tso500Text } from '../../bench/tso500-text.js';
import { loadUniverse } from '../../bench/universe.js';

const universe = loadUniverse(process.cwd());
const generator = caseGenerator(universe);
const cases = [...registry(generator, 7, 400)];

describe('seeded generator', () => {
  it('draws the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number): number[] => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('samples an alias table in proportion to the weights', () => {
    const rng = createRng(seedOf('alias'));
    const draw = aliasTable([
      ['a', 1],
      ['b', 3],
    ] as const);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 20_000; i++) counts[draw(rng)] += 1;
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
  });

  it('gives byte-identical NDJSON for the same seed, from a fresh generator', () => {
    const again = caseGenerator(loadUniverse(process.cwd()));
    expect(toNdjson(registry(again, 7, 400))).toBe(toNdjson(cases));
    expect(toNdjson(registry(again, 8, 5))).not.toBe(toNdjson(cases.slice(0, 5)));
  });

  it('gives the case at an index independently of the cases before it', () => {
    expect(generator.caseAt(7, 123)).toEqual(cases[123]);
  });
});

describe('generated cases', () => {
  it('validate against the case schema, and every finding against the finding schema', () => {
    for (const c of cases) {
      const parsed = CaseInputSchema.safeParse(c);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2))).toBe(true);
      for (const f of c.findings) {
        const finding = FindingInputSchema.safeParse(f);
        expect(finding.success, `${c.patient.id}: ${JSON.stringify(f)}`).toBe(true);
      }
    }
  });

  it('have 10-60 findings, or 300+ for the TMB-high outliers', () => {
    for (const c of cases) {
      const n = c.findings.length;
      expect(n >= 300 || (n >= 10 && n <= 60), `${c.patient.id} has ${n}`).toBe(true);
    }
    const outlier = generator.caseAt(7, 0, { tmbHigh: true });
    expect(outlier.findings.length).toBeGreaterThanOrEqual(300);
    const tmb = outlier.findings.find((f) => f.kind === 'tmb');
    expect(tmb?.['value']).toBeGreaterThan(20);
  });

  it('honor an exact finding count and a forced diagnosis', () => {
    for (const n of [10, 30, 60, 300]) {
      const c = generator.caseAt(3, n, { findings: n, diagnosis: 'COAD' });
      expect(c.findings).toHaveLength(n);
      expect(c.patient.diagnosis).toBe('COAD');
    }
  });

  it('mix noise, hotspots, truncating variants and other kinds like a real registry', () => {
    const all = cases.flatMap((c) => c.findings);
    const share = (p: (f: (typeof all)[number]) => boolean): number => all.filter(p).length / all.length;
    const consequence = (term: string) => (f: (typeof all)[number]) =>
      Array.isArray(f['consequences']) && (f['consequences'] as string[]).includes(term);
    expect(share(consequence('intron_variant'))).toBeGreaterThan(0.1);
    expect(share(consequence('synonymous_variant'))).toBeGreaterThan(0.1);
    expect(share(consequence('stop_gained')) + share(consequence('frameshift_variant'))).toBeGreaterThan(
      0.02,
    );
    for (const kind of ['tmb', 'msi', 'copy-number', 'fusion', 'hrd'])
      expect(share((f) => f.kind === kind)).toBeGreaterThan(0);
    const diagnoses = new Set(cases.map((c) => c.patient.diagnosis));
    expect(diagnoses.size).toBeGreaterThan(40);
    const colorectal = cases.filter((c) => ['COAD', 'READ', 'COADREAD'].includes(c.patient.diagnosis)).length;
    expect(colorectal / cases.length).toBeGreaterThan(0.08);
  });
});

describe('TSO500 text', () => {
  const text = tso500Text(universe, 1);
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('[Small Variants]'));
  const rows = lines.slice(start + 2).filter((l) => l !== '');

  it('is the same for the same seed and has a 1,200-row [Small Variants] table', () => {
    expect(tso500Text(universe, 1)).toBe(text);
    expect(tso500Text(universe, 2)).not.toBe(text);
    expect(lines[0]).toMatch(/^TruSight Oncology 500 - Combined Variant Output/);
    expect(rows).toHaveLength(1200);
    expect(rows.every((r) => r.split('\t').length === 11)).toBe(true);
  });

  it('is mostly intronic and synonymous, with some empty gene cells', () => {
    const noise = rows.filter((r) => /intron_variant|synonymous_variant/.test(r)).length;
    const offGene = rows.filter((r) => r.startsWith('\t')).length;
    expect(noise / rows.length).toBeGreaterThan(0.55);
    expect(offGene).toBeGreaterThan(50);
  });

  it('writes CRLF when asked', () => {
    expect(tso500Text(universe, 1, { eol: '\r\n', smallVariantRows: 5 })).toContain('\r\n[Small Variants]');
  });
});
