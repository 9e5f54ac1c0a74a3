/**
 * Adding a finding in a gene no cohort (and no label biomarker) names changes nothing but the findings
 * list, end to end on the embedded tables and rendered.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeGene } from '../../src/vocab/genes.js';
import { embeddedTables } from '../../src/table/embedded.js';
import { asOfDate, sequenceVariant, UNRELATED_GENES, validCase } from './arbitraries.js';
import { runJson } from './pipeline.js';
import { RUNS } from './runs.js';

/** Every gene symbol written anywhere in the embedded tables and approvals (criteria and biomarkers). */
const genesNamed = (): ReadonlySet<string> => {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'gene' || k === 'partner') && typeof v === 'string') {
          const g = normalizeGene(v);
          found.add(g._tag === 'Right' ? g.right.symbol : v);
        } else walk(v);
      }
    }
  };
  embeddedTables().forEach((t) => {
    walk(t.table.cohorts);
    walk(t.approvals.indications);
  });
  return found;
};

/** The result without the findings list (and its counts). */
const withoutFindings = (json: string | null): unknown => {
  const r = JSON.parse(json ?? 'null') as { findings: unknown; summary: { findings: unknown } };
  return { ...r, findings: null, summary: { ...r.summary, findings: null } };
};

describe('an unrelated finding changes nothing but the findings list', () => {
  it('the unrelated genes are named by no cohort and no label', () => {
    const named = genesNamed();
    expect(named.size).toBeGreaterThan(20);
    expect(UNRELATED_GENES.filter((g) => named.has(g))).toEqual([]);
  });

  // The assay arms are stated: an unstated arm is inferred from the findings (a DNA finding shows that
  // DNA was sequenced), and that inference may rightly change what counts as tested.
  const statedAssay = fc.record({
    panel: fc.constantFrom('TSO500', null),
    dna: fc.boolean(),
    rna: fc.boolean(),
  });

  it('adding one to any case with its assay stated', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        validCase,
        statedAssay,
        sequenceVariant(UNRELATED_GENES),
        asOfDate,
        (given, assay, extra, asOf) => {
          const json = { ...given, sample: { ...given.sample, assay } };
          const a = runJson(json, asOf);
          const b = runJson({ ...json, findings: [...json.findings, extra] }, asOf);
          if (a.result === null || b.result === null) return;
          assert.deepEqual(withoutFindings(b.json), withoutFindings(a.json));
          assert.equal(b.result.findings.length, a.result.findings.length + 1);
          // Rejected inputs are numbered in order (rejected:1, rejected:2, ...): compare them without the number.
          const account = (f: { readonly key: string; readonly status: string }): string =>
            JSON.stringify({ ...f, key: f.status === 'rejected' ? 'rejected' : f.key });
          const before = a.result.findings.map(account);
          const added = b.result.findings.filter((f) => {
            const i = before.indexOf(account(f));
            if (i >= 0) before.splice(i, 1);
            return i < 0;
          });
          assert.equal(added.length, 1, 'only the added finding is new in the findings list');
          added.forEach((f) =>
            assert.ok(['not-actionable', 'off-panel', 'rejected'].includes(f.status), f.status),
          );
        },
      ),
      { numRuns: RUNS.unrelatedFinding },
    );
  });
});
