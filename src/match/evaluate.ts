/**
 * Evaluates a compiled criteria tree for one case: every node gets an outcome (Kleene logic for `all` /
 * `any` / `not`), a reason in words and the findings used as evidence beneath it.
 *
 * `not` is how a table writes a required wild type or a resistance veto: `not(met)` is not-met (the
 * vetoing finding is the evidence), `not(not-met)` is met (wild type confirmed, because the panel assessed
 * it and found nothing), and `not(unknown)` stays unknown (wild type not confirmed: needs review).
 *
 * A node's `evidence` is every finding used anywhere beneath it; `specificity` is set on met leaves only.
 */
import type { EvaluatedCriterion, Outcome } from '../model/result.js';
import type { CompiledCriterion, CompiledLeaf } from './compiled.js';
import { evaluateBiallelic } from './leaves/biallelic.js';
import { evaluateBiomarker } from './leaves/biomarker.js';
import type { LeafContext, LeafEvaluation } from './leaves/context.js';
import { sortedKeys } from './leaves/context.js';
import { evaluateCopyNumber } from './leaves/copy-number.js';
import { unresolvedLeaf } from './leaves/decide.js';
import { evaluateFusion, evaluateSplice } from './leaves/fusion.js';
import { evaluateVariant } from './leaves/variant.js';
import { kleeneAll, kleeneAny, kleeneNot } from './outcome.js';

/** One evaluated leaf and whether it counts for the cohort (`positive`) or is a wild-type requirement. @internal */
export interface LeafRecord {
  readonly leaf: CompiledLeaf;
  readonly positive: boolean;
  readonly result: LeafEvaluation;
}

/** One evaluated `not` node: a veto (not-met) or an unconfirmed wild type (unknown). @internal */
export interface NegationRecord {
  readonly description: string;
  readonly outcome: Outcome;
  readonly reason: string;
  readonly evidence: ReadonlyArray<string>;
}

/** A tree evaluated for one case, with its leaves and negations listed in tree order. @internal */
export interface TreeEvaluation {
  readonly tree: EvaluatedCriterion;
  readonly leaves: ReadonlyArray<LeafRecord>;
  readonly negations: ReadonlyArray<NegationRecord>;
}

/** Evaluates one leaf. @internal */
export const evaluateLeaf = (leaf: CompiledLeaf, ctx: LeafContext): LeafEvaluation => {
  if (leaf.problem !== null) return unresolvedLeaf(leaf.problem);
  switch (leaf.criterion.type) {
    case 'variant':
      return evaluateVariant(leaf, ctx);
    case 'copy-number':
      return evaluateCopyNumber(leaf, ctx);
    case 'biallelic':
      return evaluateBiallelic(leaf, ctx);
    case 'fusion':
      return evaluateFusion(leaf, ctx);
    case 'splice':
      return evaluateSplice(leaf, ctx);
    case 'tmb':
    case 'msi':
    case 'hrd':
    case 'ihc':
      return evaluateBiomarker(leaf, ctx);
  }
};

const branchReason = (
  type: 'all' | 'any',
  outcome: Outcome,
  children: ReadonlyArray<EvaluatedCriterion>,
): string => {
  const with_ = (o: Outcome): string =>
    children
      .filter((c) => c.outcome === o)
      .map((c) => `${c.description} (${c.reason})`)
      .join('; ');
  if (outcome === 'unknown') return `not decided: ${with_('unknown')}`;
  if (type === 'all')
    return outcome === 'met' ? `all ${children.length} met` : `not met: ${with_('not-met')}`;
  return outcome === 'met' ? `met by: ${with_('met')}` : `none met: ${with_('not-met')}`;
};

const notReason = (child: EvaluatedCriterion): string =>
  child.outcome === 'met'
    ? `vetoed: ${child.reason}`
    : child.outcome === 'not-met'
      ? `absence confirmed: ${child.reason}`
      : `absence not confirmed: ${child.reason}`;

/**
 * Evaluates a compiled criteria tree for one case.
 * @internal
 */
export const evaluateCriterion = (criterion: CompiledCriterion, ctx: LeafContext): TreeEvaluation => {
  const leaves: LeafRecord[] = [];
  const negations: NegationRecord[] = [];
  const visit = (c: CompiledCriterion, positive: boolean): EvaluatedCriterion => {
    if (c.node === 'leaf') {
      const result = evaluateLeaf(c, ctx);
      leaves.push({ leaf: c, positive, result });
      return {
        type: c.criterion.type,
        description: c.description,
        outcome: result.outcome,
        reason: result.reason,
        evidence: result.evidence,
        specificity: result.outcome === 'met' ? result.specificity : null,
        children: [],
      };
    }
    if (c.node === 'not') {
      const child = visit(c.of, !positive);
      const outcome = kleeneNot(child.outcome);
      const reason = notReason(child);
      negations.push({ description: c.description, outcome, reason, evidence: child.evidence });
      return {
        type: 'not',
        description: c.description,
        outcome,
        reason,
        evidence: child.evidence,
        specificity: null,
        children: [child],
      };
    }
    const children = c.of.map((child) => visit(child, positive));
    const outcomes = children.map((child) => child.outcome);
    const outcome = c.node === 'all' ? kleeneAll(outcomes) : kleeneAny(outcomes);
    return {
      type: c.node,
      description: c.description,
      outcome,
      reason: branchReason(c.node, outcome, children),
      evidence: sortedKeys(children.flatMap((child) => child.evidence)),
      specificity: null,
      children,
    };
  };
  const tree = visit(criterion, true);
  return { tree, leaves, negations };
};
