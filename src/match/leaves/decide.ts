/**
 * The shared rule of gene leaves: met when a finding satisfies the leaf; unknown when a finding might
 * (a fact the leaf needs was not reported); not-met when the panel assessed the gene for that kind and no
 * finding satisfies it; unknown otherwise (not assessed is not negative).
 */
import type { Specificity } from '../../model/result.js';
import type { LeafEvaluation, LeafMiss, Unassessed } from './context.js';
import { sortedKeys } from './context.js';
import { joinMapped } from '../sort.js';

/** How one finding fared against a leaf. @internal */
export interface FindingCheck {
  readonly key: string;
  readonly verdict: 'satisfies' | 'partial' | 'fails';
  /** In words, naming the finding: `BRAF p.V600E matches`, `VAF 0.03 below 0.05`. */
  readonly why: string;
  /** For `fails`: a near miss of this kind, or null when the finding is not worth naming (synonymous). */
  readonly missKind: 'variant' | 'threshold' | null;
}

/** The rest of what decides a gene leaf. @internal */
export interface GeneLeafFacts {
  readonly assessed: boolean;
  readonly unassessed: Unassessed;
  readonly specificity: Specificity;
  /** The not-met reason when no finding of the kind was seen, e.g. `no BRAF small variant detected`. */
  readonly noneFound: string;
}

const joinWhy = (checks: ReadonlyArray<FindingCheck>): string => joinMapped(checks, why, '; ');

const why = (c: FindingCheck): string => c.why;

/**
 * Decides a gene leaf from its per-finding checks (already sorted by finding key). @internal
 */
export const decideGeneLeaf = (checks: ReadonlyArray<FindingCheck>, facts: GeneLeafFacts): LeafEvaluation => {
  let satisfying: FindingCheck[] | null = null;
  let partial: FindingCheck[] | null = null;
  let failWords: FindingCheck[] | null = null;
  for (const c of checks) {
    if (c.verdict === 'satisfies') (satisfying ??= []).push(c);
    else if (c.verdict === 'partial') (partial ??= []).push(c);
    else if (c.missKind !== null) (failWords ??= []).push(c);
  }
  const misses: LeafMiss[] =
    failWords === null
      ? []
      : failWords.map((c) => ({ finding: c.key, kind: c.missKind ?? 'variant', message: c.why }));
  if (satisfying !== null) {
    return {
      outcome: 'met',
      reason: joinWhy(satisfying),
      evidence: keysOf(satisfying),
      specificity: facts.specificity,
      misses,
      unassessed: null,
    };
  }
  if (partial !== null) {
    return {
      outcome: 'unknown',
      reason: joinWhy(partial),
      evidence: keysOf(partial),
      specificity: null,
      misses,
      unassessed: null,
    };
  }
  if (facts.assessed) {
    return {
      outcome: 'not-met',
      reason: failWords !== null ? joinWhy(failWords) : facts.noneFound,
      evidence: [],
      specificity: null,
      misses,
      unassessed: null,
    };
  }
  return {
    outcome: 'unknown',
    reason:
      failWords !== null ? `${facts.unassessed.reason}; ${joinWhy(failWords)}` : facts.unassessed.reason,
    evidence: [],
    specificity: null,
    misses,
    unassessed: facts.unassessed,
  };
};

const keysOf = (checks: ReadonlyArray<FindingCheck>): ReadonlyArray<string> =>
  checks.length === 1 ? [(checks[0] as FindingCheck).key] : sortedKeys(checks.map((c) => c.key));

/** A leaf that can only be unknown (its gene could not be resolved). @internal */
export const unresolvedLeaf = (problem: string): LeafEvaluation => ({
  outcome: 'unknown',
  reason: `cannot be evaluated: ${problem}`,
  evidence: [],
  specificity: null,
  misses: [],
  unassessed: null,
});
