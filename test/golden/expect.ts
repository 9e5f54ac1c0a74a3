/**
 * Checks a fixture's hand-written `expect` block against a match result, independently of the golden
 * files: a wrong golden cannot be blessed silently when the fixture says what the answer must be.
 * Returns every mismatch in words (empty: the result meets the expectations).
 */
import type { MatchResult } from '../../src/model/result.js';
import { tableRef } from '../../src/table/versions.js';
import type { FixtureExpect } from './fixtures.js';

const show = (value: unknown): string => JSON.stringify(value);

/** Every way the result differs from the expectations, one line each. */
export const expectationMismatches = (
  result: MatchResult,
  expected: FixtureExpect,
): ReadonlyArray<string> => {
  const out: string[] = [];
  const differs = (what: string, want: unknown, got: unknown): void => {
    if (show(want) !== show(got)) out.push(`${what}: expected ${show(want)}, got ${show(got)}`);
  };
  if (expected.table !== undefined) differs('table', expected.table, tableRef(result.table));

  const byId = new Map(result.candidates.map((c) => [c.cohortId, c]));
  for (const [id, want] of Object.entries(expected.candidates)) {
    const c = byId.get(id);
    if (c === undefined) {
      out.push(`candidate ${id}: expected among the candidates, got only ${show([...byId.keys()])}`);
      continue;
    }
    const at = `candidate ${id}`;
    if (want.verdict !== undefined) differs(`${at} verdict`, want.verdict, c.verdict);
    if (want.verdictOneOf !== undefined && !want.verdictOneOf.includes(c.verdict))
      out.push(`${at} verdict: expected one of ${show(want.verdictOneOf)}, got ${show(c.verdict)}`);
    if (want.access !== undefined) differs(`${at} access`, want.access, c.access.status);
    if (want.indication !== undefined)
      differs(`${at} access indication`, want.indication, c.access.indication?.id ?? null);
    if (want.molecular !== undefined) differs(`${at} molecular`, want.molecular, c.molecular);
    if (want.tumorType !== undefined) differs(`${at} tumor type`, want.tumorType, c.tumorType.outcome);
    if (want.tumorTypeDecidedBy !== undefined) {
      const by = c.tumorType.decidedBy;
      differs(
        `${at} tumor type decided by`,
        want.tumorTypeDecidedBy,
        by === null ? null : `${by.rule}:${by.code}`,
      );
    }
    if (want.state !== undefined) differs(`${at} state`, want.state, c.status.state);
    if (want.open !== undefined) differs(`${at} open`, want.open, c.status.open);
    const codes = c.reasons.map((r) => r.code);
    for (const code of want.reasons ?? [])
      if (!codes.includes(code)) out.push(`${at} reasons: expected ${code} among ${show(codes)}`);
    for (const code of want.notReasons ?? [])
      if (codes.includes(code)) out.push(`${at} reasons: expected no ${code}, got ${show(codes)}`);
    const later = c.access.later.map((l) => l.id);
    for (const id of want.later ?? [])
      if (!later.includes(id)) out.push(`${at} later indications: expected ${id} among ${show(later)}`);
    if (want.matchedFindings !== undefined)
      differs(`${at} matched findings`, [...want.matchedFindings].sort(), [...c.matchedFindings].sort());
  }
  if (expected.onlyCandidates === true)
    differs('candidate cohorts', Object.keys(expected.candidates).sort(), [...byId.keys()].sort());
  for (const id of expected.notCandidates ?? [])
    if (byId.has(id)) out.push(`candidate ${id}: expected not to be a candidate`);

  const findings = new Map(result.findings.map((f) => [f.key, f]));
  for (const [key, status] of Object.entries(expected.findings)) {
    const f = findings.get(key);
    if (f === undefined)
      out.push(`finding ${key}: expected ${status}, not in the result (${show([...findings.keys()])})`);
    else differs(`finding ${key} status`, status, f.status);
  }
  if (expected.findingCount !== undefined)
    differs('finding count', expected.findingCount, result.findings.length);
  for (const [id, kind] of Object.entries(expected.nearMisses ?? {})) {
    const kinds = result.nearMisses.filter((n) => n.cohortId === id).map((n) => n.kind);
    if (!kinds.includes(kind)) out.push(`near miss ${id}: expected kind ${kind}, got ${show(kinds)}`);
  }
  return out;
};
