/**
 * Near misses: what nearly matched, and why not, in words.
 *
 * - A cohort the patient matches molecularly (criteria met) but that is blocked: by tumor type, by access
 *   (an EU label the table excludes), by cohort status, or by a clinical criterion. One entry per block.
 * - A cohort reached through one of the patient's genes or biomarkers whose criteria are not met: each
 *   finding that was of the right gene and kind but missed the variant (another change, codon, exon,
 *   partner) or the threshold (VAF, copy number, TMB, ...), and each resistance veto (`wild-type`).
 * - A cohort whose criteria are unknown because a required wild type was not confirmed (`wild-type`).
 *
 * Sorted by cohort id, kind, message; duplicates removed.
 */
import type { Candidate, NearMiss } from '../model/result.js';
import type { TreeEvaluation } from './evaluate.js';

/** A candidate and its evaluated tree. @internal */
export interface EvaluatedCandidate {
  readonly candidate: Candidate;
  readonly evaluation: TreeEvaluation;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Near misses of the evaluated candidates, sorted.
 * @internal
 */
export const nearMisses = (evaluated: ReadonlyArray<EvaluatedCandidate>): ReadonlyArray<NearMiss> => {
  const out: NearMiss[] = [];
  for (const { candidate: c, evaluation } of evaluated) {
    const add = (kind: NearMiss['kind'], message: string): void => {
      out.push({ cohortId: c.cohortId, drugs: c.drugs, kind, message });
    };
    if (c.molecular === 'met') {
      if (c.tumorType.outcome === 'not-met') add('tumor-type', c.tumorType.reason);
      c.reasons
        .filter((r) => r.effect === 'blocks' && r.code.startsWith('access-'))
        .forEach((r) => add('access', r.message));
      if (!c.status.open) add('status', c.status.reason);
      c.clinical.filter((k) => k.outcome === 'not-met').forEach((k) => add('clinical', k.reason));
    } else if (c.molecular === 'not-met') {
      evaluation.negations
        .filter((n) => n.outcome === 'not-met')
        .forEach((n) => add('wild-type', `${n.description}: ${n.reason}`));
      evaluation.leaves
        .filter((l) => l.positive && l.result.outcome === 'not-met')
        .forEach((l) => l.result.misses.forEach((m) => add(m.kind, `${l.leaf.description}: ${m.message}`)));
    } else {
      evaluation.negations
        .filter((n) => n.outcome === 'unknown')
        .forEach((n) => add('wild-type', `${n.description}: ${n.reason}`));
    }
  }
  const seen = new Set<string>();
  return out
    .filter((m) => {
      const id = `${m.cohortId}\u0000${m.kind}\u0000${m.message}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort(
      (a, b) =>
        compareStrings(a.cohortId, b.cohortId) ||
        compareStrings(a.kind, b.kind) ||
        compareStrings(a.message, b.message),
    );
};
