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
import { sortInPlace } from './sort.js';

/** A candidate and its evaluated tree. @internal */
export interface EvaluatedCandidate {
  readonly candidate: Candidate;
  readonly evaluation: TreeEvaluation;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byCohortKindMessage = (a: NearMiss, b: NearMiss): number =>
  compareStrings(a.cohortId, b.cohortId) ||
  compareStrings(a.kind, b.kind) ||
  compareStrings(a.message, b.message);

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
      for (const r of c.reasons)
        if (r.effect === 'blocks' && r.code.startsWith('access-')) add('access', r.message);
      if (!c.status.open) add('status', c.status.reason);
      for (const k of c.clinical) if (k.outcome === 'not-met') add('clinical', k.reason);
    } else if (c.molecular === 'not-met') {
      for (const n of evaluation.negations)
        if (n.outcome === 'not-met') add('wild-type', `${n.description}: ${n.reason}`);
      for (const l of evaluation.leaves) {
        if (!l.positive || l.result.outcome !== 'not-met') continue;
        for (const m of l.result.misses) add(m.kind, `${l.leaf.description}: ${m.message}`);
      }
    } else {
      for (const n of evaluation.negations)
        if (n.outcome === 'unknown') add('wild-type', `${n.description}: ${n.reason}`);
    }
  }
  // Sorting is stable, so of equal entries the first found stays first; duplicates are then neighbours.
  sortInPlace(out, byCohortKindMessage);
  const unique: NearMiss[] = [];
  for (const m of out) {
    const last = unique[unique.length - 1];
    if (last === undefined || byCohortKindMessage(last, m) !== 0) unique.push(m);
  }
  return unique;
};
