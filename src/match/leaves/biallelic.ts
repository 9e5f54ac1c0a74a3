/**
 * Bi-allelic inactivation leaves.
 *
 * Met by a homozygous deletion, two truncating hits in the gene (phase is not known; two hits are taken as
 * bi-allelic, as DRUP does), or one truncating hit plus a copy loss / deletion.
 *
 * One truncating hit alone is `unknown` when copy loss was not assessed (TSO500 calls deletions for few
 * genes): the second allele may be lost, and the board must check (LOH, germline testing). It is `not-met`
 * only when copy loss was assessed and none was found.
 *
 * Nothing at all: `not-met` only when both small variants and deletions were assessed for the gene. When
 * deletions were not assessed a homozygous deletion could have been missed, so the leaf stays `unknown`
 * (clinical safety: "not tested" is not "negative"). This does not flood results: a cohort becomes a
 * candidate only when a finding reaches it; untouched cohorts are summarised in the untested notes.
 */
import type { CompiledLeaf } from '../compiled.js';
import { findingLabel } from '../display.js';
import { unresolvedLeaf } from './decide.js';
import type { LeafContext, LeafEvaluation, LeafMiss } from './context.js';
import { findingsOf, notAssessedReason, sortedKeys } from './context.js';

/** Evaluates a bi-allelic leaf. @internal */
export const evaluateBiallelic = (leaf: CompiledLeaf, ctx: LeafContext): LeafEvaluation => {
  if (leaf.criterion.type !== 'biallelic') return unresolvedLeaf('not a bi-allelic criterion');
  if (leaf.gene === null) return unresolvedLeaf(leaf.problem ?? 'gene not resolved');
  const gene = leaf.gene;
  const v = ctx.vocabulary;
  const findings = findingsOf(ctx, gene.hgncId);
  const homdel = findings.filter((f) => f.kind === 'copy-number' && f.call === 'homozygous-deletion');
  const truncating = findings.filter((f) => f.kind === 'sequence-variant' && f.truncating);
  const losses = findings.filter(
    (f) => f.kind === 'copy-number' && (f.call === 'loss' || f.call === 'deletion'),
  );
  const label = (fs: typeof findings): string => fs.map((f) => findingLabel(f, v)).join(' and ');
  const met = (fs: typeof findings, how: string): LeafEvaluation => ({
    outcome: 'met',
    reason: `${label(fs)}: ${how}`,
    evidence: sortedKeys(fs.map((f) => f.key)),
    specificity: 'class',
    misses: [],
    unassessed: null,
  });
  if (homdel.length > 0) return met(homdel, 'homozygous deletion');
  if (truncating.length >= 2) return met(truncating, 'two truncating hits (phase not known)');
  if (truncating.length === 1 && losses.length > 0)
    return met([...truncating, ...losses], 'truncating hit plus copy loss');

  const smallAssessed = v.isAssessed(ctx.assay, gene.hgncId, 'small-variant');
  const lossAssessed = v.isAssessed(ctx.assay, gene.hgncId, 'deletion');
  const lossReason = notAssessedReason(ctx.assay, gene.symbol, 'deletion');
  if (truncating.length === 1) {
    if (!lossAssessed) {
      return {
        outcome: 'unknown',
        reason: `${label(truncating)}: one truncating hit; second allele not known (${lossReason})`,
        evidence: sortedKeys(truncating.map((f) => f.key)),
        specificity: null,
        misses: [],
        unassessed: { gene: gene.symbol, what: 'deletion', reason: lossReason },
      };
    }
    const misses: LeafMiss[] = truncating.map((f) => ({
      finding: f.key,
      kind: 'variant',
      message: `${findingLabel(f, v)}: one truncating hit, no copy loss detected`,
    }));
    return {
      outcome: 'not-met',
      reason: `${label(truncating)}: one truncating hit, no second hit or copy loss detected`,
      evidence: [],
      specificity: null,
      misses,
      unassessed: null,
    };
  }
  if (!smallAssessed || !lossAssessed) {
    const reason = !smallAssessed ? notAssessedReason(ctx.assay, gene.symbol, 'small-variant') : lossReason;
    return {
      outcome: 'unknown',
      reason: `no truncating ${gene.symbol} variant detected, but ${reason}`,
      evidence: [],
      specificity: null,
      misses: [],
      unassessed: { gene: gene.symbol, what: !smallAssessed ? 'small-variant' : 'deletion', reason },
    };
  }
  return {
    outcome: 'not-met',
    reason: `no truncating ${gene.symbol} variant or homozygous deletion detected (assessed)`,
    evidence: [],
    specificity: null,
    misses: [],
    unassessed: null,
  };
};
