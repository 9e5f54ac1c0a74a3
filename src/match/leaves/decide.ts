/**
 * The shared rule of gene leaves: met when a finding satisfies the leaf; unknown when a finding might
 * (a fact the leaf needs was not reported); not-met when the panel assessed the gene for that kind and no
 * finding satisfies it; unknown otherwise (not assessed is not negative).
 */
import type { Specificity } from '../../model/result.js';
import type { LeafEvaluation, LeafMiss, Unassessed } from './context.js';
import { sortedKeys } from './context.js';

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

const joinWhy = (checks: ReadonlyArray<FindingCheck>): string => checks.map((c) => c.why).join('; ');

/**
 * Decides a gene leaf from its per-finding checks (already sorted by finding key). @internal
 */
export const decideGeneLeaf = (checks: ReadonlyArray<FindingCheck>, facts: GeneLeafFacts): LeafEvaluation => {
  const satisfying = checks.filter((c) => c.verdict === 'satisfies');
  const partial = checks.filter((c) => c.verdict === 'partial');
  const fails = checks.filter((c) => c.verdict === 'fails');
  const misses: LeafMiss[] = fails.flatMap((c) =>
    c.missKind === null ? [] : [{ finding: c.key, kind: c.missKind, message: c.why }],
  );
  if (satisfying.length > 0) {
    return {
      outcome: 'met',
      reason: joinWhy(satisfying),
      evidence: sortedKeys(satisfying.map((c) => c.key)),
      specificity: facts.specificity,
      misses,
      unassessed: null,
    };
  }
  if (partial.length > 0) {
    return {
      outcome: 'unknown',
      reason: joinWhy(partial),
      evidence: sortedKeys(partial.map((c) => c.key)),
      specificity: null,
      misses,
      unassessed: null,
    };
  }
  const failWords = fails.filter((c) => c.missKind !== null);
  if (facts.assessed) {
    return {
      outcome: 'not-met',
      reason: failWords.length > 0 ? joinWhy(failWords) : facts.noneFound,
      evidence: [],
      specificity: null,
      misses,
      unassessed: null,
    };
  }
  return {
    outcome: 'unknown',
    reason:
      failWords.length > 0 ? `${facts.unassessed.reason}; ${joinWhy(failWords)}` : facts.unassessed.reason,
    evidence: [],
    specificity: null,
    misses,
    unassessed: facts.unassessed,
  };
};

/** A leaf that can only be unknown (its gene could not be resolved). @internal */
export const unresolvedLeaf = (problem: string): LeafEvaluation => ({
  outcome: 'unknown',
  reason: `cannot be evaluated: ${problem}`,
  evidence: [],
  specificity: null,
  misses: [],
  unassessed: null,
});
