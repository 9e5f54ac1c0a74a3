/**
 * Every finding is accounted for, end to end: findings + rejected = input count, and each one appears
 * in the result's findings[] exactly once with a status; the summary counts add up.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { asOfDate, messyCase, tso500Text } from './arbitraries.js';
import { runJson, runTso500, type Run } from './pipeline.js';
import { RUNS } from './runs.js';

const STATUSES: ReadonlySet<string> = new Set(['matched', 'not-actionable', 'off-panel', 'rejected']);

const accounted = (run: Run): void => {
  const c = run.case;
  const result = run.result;
  if (c === null || result === null) return;
  assert.equal(c.findings.length + c.rejected.length, c.inputCount, 'findings + rejected = input count');
  assert.equal(result.findings.length, c.inputCount, 'the result accounts for every input');
  assert.equal(result.findings.filter((f) => f.status === 'rejected').length, c.rejected.length);
  result.findings.forEach((f) => assert.ok(STATUSES.has(f.status), `status ${f.status}`));
  // Each normalized finding appears once, by key, with a status.
  const keys = result.findings.filter((f) => f.status !== 'rejected').map((f) => f.key);
  assert.deepEqual([...keys].sort(), c.findings.map((f) => f.key).sort());
  assert.equal(new Set(result.findings.map((f) => f.key)).size, result.findings.length, 'keys are unique');
  // A matched finding names its cohorts, and they are candidates.
  const candidates = new Set(result.candidates.map((x) => x.cohortId));
  result.findings
    .filter((f) => f.status === 'matched')
    .forEach((f) => {
      assert.ok(f.cohorts.length > 0, `${f.key} matched without cohorts`);
      f.cohorts.forEach((id) => assert.ok(candidates.has(id), `${f.key} names ${id}, not a candidate`));
    });
  const counts = result.summary.findings;
  assert.equal(
    counts.matched + counts['not-actionable'] + counts['off-panel'] + counts.rejected,
    c.inputCount,
  );
};

describe('every finding is accounted for', () => {
  it('JSON cases with valid and malformed findings', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(messyCase, asOfDate, (json, asOf) => {
        const run = runJson(json, asOf);
        if (run.case !== null) assert.equal(run.case.inputCount, json.findings.length);
        accounted(run);
      }),
      { numRuns: RUNS.accountingJson },
    );
  });

  it('TSO500-shaped text', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(tso500Text, asOfDate, (text, asOf) => {
        accounted(runTso500(text, { diagnosis: 'COAD', age: 60, ecog: 1 }, asOf));
      }),
      { numRuns: RUNS.accountingTso500 },
    );
  });
});
