/**
 * Evaluates a compiled criteria tree for one case: every node gets an outcome (Kleene logic for `all` /
 * `any` / `not`), a reason in words and the findings used as evidence beneath it.
 *
 * `not` is how a table writes a required wild type or a resistance veto: `not(met)` is not-met (the
 * vetoing finding is the evidence), `not(not-met)` is met (wild type confirmed, because the panel assessed
 * it and found nothing), and `not(unknown)` stays unknown (wild type not confirmed: needs review).
 *
 * A node's `evidence` is every finding used anywhere beneath it; `specificity` is set on met leaves only.
 *
 * Subtree cache: a subtree that reads none of the case's findings (no finding of its genes of the kinds its
 * leaves look at, none of its biomarkers) is a function of the assay alone, so when the caller passes a
 * per-assay `SubtreeCache` its answer is computed once and shared. Such a subtree's leaves can use no
 * finding: they have no evidence, no misses and are never met, so they are left out of the `leaves` list
 * (nothing downstream reads leaves without evidence, misses or a met outcome); its negations are kept.
 */
import type { EvaluatedCriterion, Outcome } from '../model/result.js';
import type { CompiledLeaf } from './compiled.js';
import { evaluateBiallelic } from './leaves/biallelic.js';
import { evaluateBiomarker } from './leaves/biomarker.js';
import type { CaseFindings, LeafContext, LeafEvaluation } from './leaves/context.js';
import { emptyKeys, mergeKeys } from './leaves/context.js';
import { evaluateCopyNumber } from './leaves/copy-number.js';
import { unresolvedLeaf } from './leaves/decide.js';
import { evaluateFusion, evaluateSplice } from './leaves/fusion.js';
import { evaluateVariant } from './leaves/variant.js';
import type { CompiledCriterion } from './compiled.js';
import type { PlanNode } from './plan.js';
import { planCriterion } from './plan.js';

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

/**
 * A tree evaluated for one case, with its leaves and negations listed in tree order (leaves of subtrees
 * answered from the subtree cache, which use no finding, are left out). @internal
 */
export interface TreeEvaluation {
  readonly tree: EvaluatedCriterion;
  readonly leaves: ReadonlyArray<LeafRecord>;
  readonly negations: ReadonlyArray<NegationRecord>;
}

/**
 * Answers of subtrees that read none of the case's findings, by plan node id, for one assay of one table.
 * @internal
 */
export interface SubtreeCache {
  readonly subtrees: Array<TreeEvaluation | undefined>;
}

/**
 * What one match remembers while it evaluates trees: the assay's subtree cache, and per case each distinct
 * leaf's evaluation (by `leafId`) and each distinct shape's outcome (by `shape`), so a leaf or a label
 * biomarker shared by several cohorts is evaluated once.
 * @internal
 */
export interface PlanMemo {
  readonly assay: SubtreeCache;
  readonly leaves: Array<LeafEvaluation | undefined>;
  readonly outcomes: Array<Outcome | undefined>;
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

const noChildren: ReadonlyArray<EvaluatedCriterion> = Object.freeze([]);

/** `${description} (${reason})` of the children with the given outcome, joined by `; `. */
const childrenWith = (children: ReadonlyArray<EvaluatedCriterion>, o: Outcome): string => {
  let out = '';
  let first = true;
  for (const c of children) {
    if (c.outcome !== o) continue;
    out += first ? `${c.description} (${c.reason})` : `; ${c.description} (${c.reason})`;
    first = false;
  }
  return out;
};

const branchReason = (
  type: 'all' | 'any',
  outcome: Outcome,
  children: ReadonlyArray<EvaluatedCriterion>,
): string => {
  if (outcome === 'unknown') return `not decided: ${childrenWith(children, 'unknown')}`;
  if (type === 'all')
    return outcome === 'met' ? `all ${children.length} met` : `not met: ${childrenWith(children, 'not-met')}`;
  return outcome === 'met'
    ? `met by: ${childrenWith(children, 'met')}`
    : `none met: ${childrenWith(children, 'not-met')}`;
};

/**
 * The reason of an undecided `all` / `any` node without its `not decided: ` prefix (the words of its
 * unknown children), or null for another node.
 * @internal
 */
export const undecidedWords = (node: EvaluatedCriterion): string | null =>
  node.outcome === 'unknown' && (node.type === 'all' || node.type === 'any')
    ? childrenWith(node.children, 'unknown')
    : null;

const notReason = (child: EvaluatedCriterion): string =>
  child.outcome === 'met'
    ? `vetoed: ${child.reason}`
    : child.outcome === 'not-met'
      ? `absence confirmed: ${child.reason}`
      : `absence not confirmed: ${child.reason}`;

const notOutcome = (o: Outcome): Outcome => (o === 'met' ? 'not-met' : o === 'not-met' ? 'met' : 'unknown');

/** Kleene all / any (see outcome.ts) from which outcomes the children have. */
const kleene = (node: 'all' | 'any', anyMet: boolean, anyNotMet: boolean, anyUnknown: boolean): Outcome =>
  node === 'all'
    ? anyNotMet
      ? 'not-met'
      : anyUnknown
        ? 'unknown'
        : 'met'
    : anyMet
      ? 'met'
      : anyUnknown
        ? 'unknown'
        : 'not-met';

/** Whether a planned subtree reads any of the case's findings. */
const readsFindings = (p: PlanNode, f: CaseFindings): boolean => {
  for (const g of p.genes) {
    const found = f.byGene.get(g.hgncId);
    if (found !== undefined && (found.kinds & g.kinds) !== 0) return true;
  }
  if ((p.biomarkers & f.biomarkers) !== 0) return true;
  for (const marker of p.ihc) if (f.ihc.has(marker)) return true;
  return false;
};

/** The output lists a walk appends to. */
interface Lists {
  readonly leaves: LeafRecord[];
  readonly negations: NegationRecord[];
}

/** Whether a leaf record can matter downstream (see the module comment). */
const usesFindings = (l: LeafRecord): boolean =>
  l.result.outcome === 'met' || l.result.evidence.length > 0 || l.result.misses.length > 0;

/** The answer of a subtree that reads none of the case's findings, from the assay's cache. */
const constantSubtree = (p: PlanNode, ctx: LeafContext, cache: SubtreeCache): TreeEvaluation => {
  const known = cache.subtrees[p.id];
  if (known !== undefined) return known;
  const whole = evaluatePlan(p, ctx, null);
  const made = {
    tree: deepFreeze(whole.tree),
    leaves: whole.leaves.filter(usesFindings),
    negations: whole.negations,
  };
  cache.subtrees[p.id] = made;
  return made;
};

/** Freezes an evaluated tree the cache shares between results. */
const deepFreeze = (tree: EvaluatedCriterion): EvaluatedCriterion => {
  for (const child of tree.children) deepFreeze(child);
  Object.freeze(tree.children);
  Object.freeze(tree.evidence);
  return Object.freeze(tree);
};

const leafResult = (
  p: PlanNode & { readonly node: 'leaf' },
  ctx: LeafContext,
  memo: PlanMemo | null,
): LeafEvaluation => {
  if (memo === null) return evaluateLeaf(p.compiled, ctx);
  const known = memo.leaves[p.leafId];
  if (known !== undefined) return known;
  const made = evaluateLeaf(p.compiled, ctx);
  memo.leaves[p.leafId] = made;
  return made;
};

const visit = (p: PlanNode, ctx: LeafContext, memo: PlanMemo | null, out: Lists): EvaluatedCriterion => {
  if (memo !== null && !readsFindings(p, ctx.findings)) {
    const known = constantSubtree(p, ctx, memo.assay);
    for (const l of known.leaves) out.leaves.push(l);
    for (const n of known.negations) out.negations.push(n);
    return known.tree;
  }
  if (p.node === 'leaf') {
    const c = p.compiled;
    const result = leafResult(p, ctx, memo);
    out.leaves.push({ leaf: c, positive: p.positive, result });
    return {
      type: c.criterion.type,
      description: c.description,
      outcome: result.outcome,
      reason: result.reason,
      evidence: result.evidence,
      specificity: result.outcome === 'met' ? result.specificity : null,
      children: noChildren,
    };
  }
  if (p.node === 'not') {
    const child = visit(p.of, ctx, memo, out);
    const outcome = notOutcome(child.outcome);
    const reason = notReason(child);
    const description = p.compiled.description;
    out.negations.push({ description, outcome, reason, evidence: child.evidence });
    return {
      type: 'not',
      description,
      outcome,
      reason,
      evidence: child.evidence,
      specificity: null,
      children: [child],
    };
  }
  const children: EvaluatedCriterion[] = [];
  let anyMet = false;
  let anyNotMet = false;
  let anyUnknown = false;
  let evidence = emptyKeys;
  for (const of of p.of) {
    const child = visit(of, ctx, memo, out);
    children.push(child);
    if (child.outcome === 'met') anyMet = true;
    else if (child.outcome === 'not-met') anyNotMet = true;
    else anyUnknown = true;
    evidence = mergeKeys(evidence, child.evidence);
  }
  const outcome = kleene(p.node, anyMet, anyNotMet, anyUnknown);
  return {
    type: p.node,
    description: p.compiled.description,
    outcome,
    reason: branchReason(p.node, outcome, children),
    evidence,
    specificity: null,
    children,
  };
};

/**
 * Evaluates a planned criteria tree for one case, answering from `memo` when one is given (see `PlanMemo`).
 * @internal
 */
export const evaluatePlan = (root: PlanNode, ctx: LeafContext, memo: PlanMemo | null): TreeEvaluation => {
  const out: Lists = { leaves: [], negations: [] };
  const tree = visit(root, ctx, memo, out);
  return { tree, leaves: out.leaves, negations: out.negations };
};

/**
 * The outcome alone of a planned tree for one case (no reasons or evidence), as label biomarkers need it;
 * remembered per shape for the match.
 * @internal
 */
export const outcomeOfPlan = (p: PlanNode, ctx: LeafContext, memo: PlanMemo): Outcome => {
  const known = memo.outcomes[p.shape];
  if (known !== undefined) return known;
  let outcome: Outcome;
  if (!readsFindings(p, ctx.findings)) outcome = constantSubtree(p, ctx, memo.assay).tree.outcome;
  else if (p.node === 'leaf') outcome = leafResult(p, ctx, memo).outcome;
  else if (p.node === 'not') outcome = notOutcome(outcomeOfPlan(p.of, ctx, memo));
  else {
    let anyMet = false;
    let anyNotMet = false;
    let anyUnknown = false;
    for (const child of p.of) {
      const o = outcomeOfPlan(child, ctx, memo);
      if (o === 'met') anyMet = true;
      else if (o === 'not-met') anyNotMet = true;
      else anyUnknown = true;
    }
    outcome = kleene(p.node, anyMet, anyNotMet, anyUnknown);
  }
  memo.outcomes[p.shape] = outcome;
  return outcome;
};

/**
 * Evaluates a compiled criteria tree for one case (without caches).
 * @internal
 */
export const evaluateCriterion = (criterion: CompiledCriterion, ctx: LeafContext): TreeEvaluation =>
  evaluatePlan(planCriterion(criterion), ctx, null);
