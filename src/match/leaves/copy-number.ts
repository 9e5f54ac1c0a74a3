/**
 * Copy-number leaves.
 *
 * - `amplification`: with `minCopyNumber`, the finding's absolute copy number must be `>=` it (a copy
 *   number derived from fold change and purity counts, and the reason says it was derived); when the copy
 *   number is not known but the fold change is, `minFoldChange` is compared instead; when the criterion
 *   sets a threshold whose value the finding lacks, the leaf is unknown. Without thresholds the lab's
 *   `amplification` call decides (a `gain` call passes only a threshold).
 * - `homozygous-deletion`: the call `homozygous-deletion`; a `deletion` call of unstated depth is unknown
 *   (it may be homozygous).
 * - `loss`: any of `loss`, `deletion`, `homozygous-deletion`.
 *
 * Amplification is assessed as the panel's `amplification` kind, deletion and loss as `deletion`.
 *
 * Two cases are never read as "not met", because that would be a silent "no option":
 * - a copy number derived from fold change at unknown tumor purity (the finding carries the
 *   `copy_number_purity_unknown` note) is only a lower bound for a gain: below the threshold it is
 *   unknown (the true copy number may reach it), with the reason in words;
 * - a finding whose input had conflicting copies (`conflicting_duplicate_finding` note) decides nothing
 *   on its own: its check is unknown, so the cohort needs review.
 */
import type { CopyNumberFinding } from '../../model/case.js';
import type { CompiledLeaf } from '../compiled.js';
import { findingChange } from '../display.js';
import { formatNumber } from '../format.js';
import type { AssessedKind } from '../vocabulary.js';
import { decideGeneLeaf, unresolvedLeaf } from './decide.js';
import type { FindingCheck, GeneLeafFacts } from './decide.js';
import type { LeafContext, LeafEvaluation } from './context.js';
import { findingsOf, leafFactsOf, notAssessedReason } from './context.js';

type CopyNumberCriterion = Extract<CompiledLeaf['criterion'], { type: 'copy-number' }>;

const amplified: ReadonlySet<CopyNumberFinding['call']> = new Set(['amplification', 'gain']);
const lost: ReadonlySet<CopyNumberFinding['call']> = new Set(['loss', 'deletion', 'homozygous-deletion']);

const hasNote = (f: CopyNumberFinding, code: string): boolean => f.notes.some((n) => n.code === code);

/** A check on a finding whose input had conflicting copies is unknown, whatever it said. */
const guardConflict = (result: FindingCheck, f: CopyNumberFinding): FindingCheck =>
  hasNote(f, 'conflicting_duplicate_finding')
    ? {
        key: f.key,
        verdict: 'partial',
        why: `${result.why}; but the input gave conflicting copies of this finding: check which is right`,
        missKind: null,
      }
    : result;

const check = (c: CopyNumberCriterion, f: CopyNumberFinding, ctx: LeafContext): FindingCheck => {
  const name = `${f.gene.symbol} ${findingChange(f, ctx.vocabulary)}`;
  const fail = (why: string, missKind: 'variant' | 'threshold' | null = 'variant'): FindingCheck => ({
    key: f.key,
    verdict: 'fails',
    why,
    missKind,
  });
  const pass = (why: string): FindingCheck => ({ key: f.key, verdict: 'satisfies', why, missKind: null });
  if (c.call === 'homozygous-deletion') {
    if (f.call === 'homozygous-deletion') return pass(`${name} matches`);
    if (f.call === 'deletion') {
      return {
        key: f.key,
        verdict: 'partial',
        why: `${name}: deletion of unstated depth, may be homozygous`,
        missKind: null,
      };
    }
    return fail(`${name} is not a homozygous deletion`, lost.has(f.call) ? 'variant' : null);
  }
  if (c.call === 'loss') {
    return lost.has(f.call) ? pass(`${name} matches`) : fail(`${name} is not a copy loss`, null);
  }
  if (!amplified.has(f.call)) return fail(`${name} is not an amplification`, null);
  if (c.minCopyNumber !== undefined && f.copyNumber !== null) {
    const cn = `copy number ${formatNumber(f.copyNumber)}${f.copyNumberDerived ? ' (derived from fold change and purity)' : ''}`;
    if (f.copyNumber >= c.minCopyNumber) return pass(`${f.gene.symbol} ${cn} matches`);
    if (f.copyNumberDerived && hasNote(f, 'copy_number_purity_unknown')) {
      return {
        key: f.key,
        verdict: 'partial',
        why: `${f.gene.symbol} copy number at least ${formatNumber(f.copyNumber)} (2 x fold change ${f.foldChange === null ? '?' : formatNumber(f.foldChange)}, tumor purity unknown): it may reach ${formatNumber(c.minCopyNumber)} at lower purity`,
        missKind: null,
      };
    }
    return fail(`${f.gene.symbol} ${cn} below ${formatNumber(c.minCopyNumber)}`, 'threshold');
  }
  if (c.minFoldChange !== undefined && f.foldChange !== null) {
    return f.foldChange >= c.minFoldChange
      ? pass(`${f.gene.symbol} fold change ${formatNumber(f.foldChange)} matches`)
      : fail(
          `${f.gene.symbol} fold change ${formatNumber(f.foldChange)} below ${formatNumber(c.minFoldChange)}`,
          'threshold',
        );
  }
  if (c.minCopyNumber !== undefined || c.minFoldChange !== undefined) {
    return {
      key: f.key,
      verdict: 'partial',
      why: `${name}: the copy number (or fold change) the criterion needs was not reported`,
      missKind: null,
    };
  }
  return f.call === 'amplification'
    ? pass(`${name} matches`)
    : fail(`${name}: a gain, not an amplification call`, 'threshold');
};

/** What decides a copy-number leaf besides its findings, for the context's assay. */
const copyNumberFacts = (leaf: CompiledLeaf, ctx: LeafContext): GeneLeafFacts => {
  const symbol = leaf.gene?.symbol ?? '';
  const call = leaf.criterion.type === 'copy-number' ? leaf.criterion.call : 'amplification';
  const kind: AssessedKind = call === 'amplification' ? 'amplification' : 'deletion';
  return {
    assessed: leaf.gene !== null && ctx.vocabulary.isAssessed(ctx.assay, leaf.gene.hgncId, kind),
    unassessed: { gene: symbol, what: kind, reason: notAssessedReason(ctx.assay, symbol, kind) },
    specificity: 'gene',
    noneFound: `no ${symbol} ${call === 'amplification' ? 'amplification' : call === 'loss' ? 'copy loss' : 'homozygous deletion'} detected (assessed by ${ctx.assay.panel ?? 'the panel'})`,
  };
};

/** Evaluates a copy-number leaf. @internal */
export const evaluateCopyNumber = (leaf: CompiledLeaf, ctx: LeafContext): LeafEvaluation => {
  const c = leaf.criterion;
  if (c.type !== 'copy-number') return unresolvedLeaf('not a copy-number criterion');
  if (leaf.gene === null) return unresolvedLeaf(leaf.problem ?? 'gene not resolved');
  const checks: FindingCheck[] = [];
  for (const f of findingsOf(ctx, leaf.gene.hgncId))
    if (f.kind === 'copy-number') checks.push(guardConflict(check(c, f, ctx), f));
  return decideGeneLeaf(checks, leafFactsOf(ctx, leaf, copyNumberFacts));
};
