/**
 * Fusion and splice (exon skipping) leaves.
 *
 * Fusion: a fusion finding involving the gene; with a partner, the other gene must be that partner (in
 * either order when the orientation is unknown); with a role, the gene must be the 5' or 3' partner, and
 * when the finding's orientation is not known the leaf is unknown for it. A fusion counts as assessed when
 * the panel assesses fusions of the gene or of the named partner (either probe finds the pair).
 *
 * Splice: a splice finding of the gene whose skipped exons equal the criterion's (`"14"`, `"2-7"`); a
 * finding without skipped exons (only a label) is unknown for it.
 */
import type { FusionFinding, SpliceFinding } from '../../model/case.js';
import type { CompiledLeaf } from '../compiled.js';
import { findingChange, fusionName } from '../display.js';
import type { FindingCheck, GeneLeafFacts } from './decide.js';
import { decideGeneLeaf, unresolvedLeaf } from './decide.js';
import type { LeafContext, LeafEvaluation } from './context.js';
import { findingsOf, leafFactsOf, notAssessedReason } from './context.js';

type FusionCriterion = Extract<CompiledLeaf['criterion'], { type: 'fusion' }>;

const roleWords = (role: 'five-prime' | 'three-prime'): string => (role === 'five-prime' ? "5'" : "3'");

const checkFusion = (
  leaf: CompiledLeaf,
  c: FusionCriterion,
  hgncId: string,
  f: FusionFinding,
): FindingCheck => {
  const name = `${fusionName(f)} fusion`;
  const other = f.gene5.hgncId === hgncId ? f.gene3 : f.gene5;
  if (leaf.partner !== null && other.hgncId !== leaf.partner.hgncId) {
    return {
      key: f.key,
      verdict: 'fails',
      why: `${name}: partner ${other.symbol}, not ${leaf.partner.symbol}`,
      missKind: 'variant',
    };
  }
  if (c.role !== undefined) {
    const symbol = leaf.gene?.symbol ?? '';
    if (!f.orientationKnown) {
      return {
        key: f.key,
        verdict: 'partial',
        why: `${name}: orientation not known, ${symbol} must be the ${roleWords(c.role)} partner`,
        missKind: null,
      };
    }
    const role = f.gene5.hgncId === hgncId ? 'five-prime' : 'three-prime';
    if (role !== c.role && !(f.gene5.hgncId === hgncId && f.gene3.hgncId === hgncId)) {
      return {
        key: f.key,
        verdict: 'fails',
        why: `${name}: ${symbol} is the ${roleWords(role)} partner, ${roleWords(c.role)} required`,
        missKind: 'variant',
      };
    }
  }
  return { key: f.key, verdict: 'satisfies', why: `${name} matches`, missKind: null };
};

/** What decides a fusion leaf besides its findings, for the context's assay. */
const fusionFacts = (leaf: CompiledLeaf, ctx: LeafContext): GeneLeafFacts => {
  const symbol = leaf.gene?.symbol ?? '';
  const v = ctx.vocabulary;
  return {
    assessed:
      (leaf.gene !== null && v.isAssessed(ctx.assay, leaf.gene.hgncId, 'fusion')) ||
      (leaf.partner !== null && v.isAssessed(ctx.assay, leaf.partner.hgncId, 'fusion')),
    unassessed: { gene: symbol, what: 'fusion', reason: notAssessedReason(ctx.assay, symbol, 'fusion') },
    specificity: leaf.partner !== null ? 'change' : 'gene',
    noneFound: `no matching ${symbol} fusion detected (fusions assessed by ${ctx.assay.panel ?? 'the panel'})`,
  };
};

/** Evaluates a fusion leaf. @internal */
export const evaluateFusion = (leaf: CompiledLeaf, ctx: LeafContext): LeafEvaluation => {
  const c = leaf.criterion;
  if (c.type !== 'fusion') return unresolvedLeaf('not a fusion criterion');
  if (leaf.gene === null || leaf.problem !== null) return unresolvedLeaf(leaf.problem ?? 'gene not resolved');
  const hgncId = leaf.gene.hgncId;
  const checks: FindingCheck[] = [];
  for (const f of findingsOf(ctx, hgncId)) {
    // A fusion reported twice (the same key) is checked once.
    if (f.kind === 'fusion' && !checks.some((x) => x.key === f.key))
      checks.push(checkFusion(leaf, c, hgncId, f));
  }
  return decideGeneLeaf(checks, leafFactsOf(ctx, leaf, fusionFacts));
};

const parseExons = (exons: string): { readonly from: number; readonly to: number } => {
  const [from, to] = exons.split('-').map(Number);
  return { from: from ?? 0, to: to ?? from ?? 0 };
};

const checkSplice = (
  wanted: { from: number; to: number },
  exons: string,
  f: SpliceFinding,
  ctx: LeafContext,
): FindingCheck => {
  const name = `${f.gene.symbol} ${findingChange(f, ctx.vocabulary)}`;
  if (f.skippedExons === null) {
    return {
      key: f.key,
      verdict: 'partial',
      why: `${name}: skipped exons not reported, cannot tell`,
      missKind: null,
    };
  }
  return f.skippedExons.from === wanted.from && f.skippedExons.to === wanted.to
    ? { key: f.key, verdict: 'satisfies', why: `${name} matches`, missKind: null }
    : {
        key: f.key,
        verdict: 'fails',
        why: `${name}, not exon${exons.includes('-') ? 's' : ''} ${exons}`,
        missKind: 'variant',
      };
};

/** What decides a splice leaf besides its findings, for the context's assay. */
const spliceFacts = (leaf: CompiledLeaf, ctx: LeafContext): GeneLeafFacts => {
  const symbol = leaf.gene?.symbol ?? '';
  const exons = leaf.criterion.type === 'splice' ? leaf.criterion.exons : '';
  return {
    assessed: leaf.gene !== null && ctx.vocabulary.isAssessed(ctx.assay, leaf.gene.hgncId, 'splice'),
    unassessed: { gene: symbol, what: 'splice', reason: notAssessedReason(ctx.assay, symbol, 'splice') },
    specificity: 'exon',
    noneFound: `no ${symbol} exon ${exons} skipping detected (splice variants assessed by ${ctx.assay.panel ?? 'the panel'})`,
  };
};

/** Evaluates a splice (exon skipping) leaf. @internal */
export const evaluateSplice = (leaf: CompiledLeaf, ctx: LeafContext): LeafEvaluation => {
  const c = leaf.criterion;
  if (c.type !== 'splice') return unresolvedLeaf('not a splice criterion');
  if (leaf.gene === null) return unresolvedLeaf(leaf.problem ?? 'gene not resolved');
  const wanted = parseExons(c.exons);
  const checks: FindingCheck[] = [];
  for (const f of findingsOf(ctx, leaf.gene.hgncId))
    if (f.kind === 'splice') checks.push(checkSplice(wanted, c.exons, f, ctx));
  return decideGeneLeaf(checks, leafFactsOf(ctx, leaf, spliceFacts));
};
