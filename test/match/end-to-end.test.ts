/**
 * From input files to a match result: the real adapters, the embedded table, the matcher.
 */
import { readFileSync } from 'node:fs';
import { isLeft } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { completeCase } from '../../src/adapters/complete-case.js';
import { normalizeCase } from '../../src/adapters/json-case.js';
import { readTso500 } from '../../src/adapters/tso500.js';
import { compile } from '../../src/match/compile.js';
import { match } from '../../src/match/match.js';
import type { Case } from '../../src/model/case.js';
import { embeddedTables } from '../../src/table/embedded.js';
import { tableAsOf } from '../../src/table/versions.js';

const asOf = '2024-06-01';
const loaded = tableAsOf(embeddedTables(), asOf);
if (isLeft(loaded)) throw new Error(loaded.left[0].message);
const table = compile(loaded.right);

const right = <A>(
  r: { _tag: 'Left'; left: ReadonlyArray<{ message: string }> } | { _tag: 'Right'; right: A },
): A => {
  if (r._tag === 'Left') throw new Error(r.left.map((i) => i.message).join('\n'));
  return r.right;
};

const jsonCase = (findings: ReadonlyArray<unknown>, diagnosis = 'LUAD'): Case =>
  right(
    normalizeCase({
      patient: { id: 'P1', age: 64, ecog: 1, standardTherapyExhausted: 'yes', diagnosis },
      sample: { id: 'S1', assay: { panel: 'TSO500', dna: true, rna: true } },
      findings,
    }),
  );

describe('end to end', () => {
  it('matches the TSO500 example and accounts for every input row', () => {
    const text = readFileSync(
      new URL('../../fixtures/tso500/example-lung-erbb2.tsv', import.meta.url),
      'utf8',
    );
    const draft = right(readTso500(text, { file: 'example-lung-erbb2.tsv' }));
    const c = right(
      completeCase(draft, { diagnosis: 'LUAD', age: 64, ecog: 1, standardTherapyExhausted: 'yes' }),
    );
    const r = match(c, table, { asOf });
    expect(r.findings).toHaveLength(c.findings.length + c.rejected.length);
    const erbb2 = r.findings.find((f) => f.gene === 'ERBB2');
    expect(erbb2?.status).toBe('matched');
    expect(erbb2?.change).toBe('p.Y772_A775dup');
    expect(r.candidates.find((x) => x.cohortId === 'trastuzumab-pertuzumab-erbb2')?.molecular).toBe('met');
  });

  it('gives identical results for an alias symbol and 3-letter notation', () => {
    const a = jsonCase([{ kind: 'sequence-variant', gene: 'ERBB2', proteinChange: 'p.S310F', vaf: 0.3 }]);
    const b = jsonCase([
      { kind: 'sequence-variant', gene: 'HER2', proteinChange: 'NP_004439.2:p.(Ser310Phe)', vaf: 0.3 },
    ]);
    expect(JSON.stringify(match(b, table, { asOf }))).toBe(JSON.stringify(match(a, table, { asOf })));
  });

  it('gives identical results for either fusion partner order when the orientation is unknown', () => {
    const a = jsonCase([{ kind: 'fusion', gene5: 'EML4', gene3: 'ALK', orientationKnown: false }]);
    const b = jsonCase([{ kind: 'fusion', gene5: 'ALK', gene3: 'EML4', orientationKnown: false }]);
    const ra = match(a, table, { asOf });
    expect(JSON.stringify(match(b, table, { asOf }))).toBe(JSON.stringify(ra));
    expect(ra.candidates.some((x) => x.cohortId === 'alectinib-alk')).toBe(true);
  });

  it('needs review when ECOG is missing', () => {
    const c = right(
      normalizeCase({
        patient: { id: 'P1', age: 64, standardTherapyExhausted: 'yes', diagnosis: 'PAAD' },
        sample: { id: 'S1', assay: { panel: 'TSO500', dna: true, rna: true } },
        findings: [{ kind: 'sequence-variant', gene: 'BRAF', proteinChange: 'p.V600E', vaf: 0.3 }],
      }),
    );
    const r = match(c, table, { asOf });
    const braf = r.candidates.filter((x) => x.molecular === 'met');
    expect(braf.length).toBeGreaterThan(0);
    braf
      .filter((x) => x.status.open)
      .forEach((x) => {
        expect(x.verdict).toBe('needs-review');
        expect(x.reasons.map((reason) => reason.code)).toContain('clinical-ecog-unknown');
      });
  });
});
