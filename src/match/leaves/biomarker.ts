/**
 * Biomarker leaves: TMB, MSI, HRD and IHC. A case without such a finding was not tested for it: the leaf is
 * `unknown` ("not reported"), never `not-met`. Thresholds compare `>=` (a TMB of exactly 10 meets
 * "TMB >= 10"). When a case has several values of one biomarker, any value that meets the leaf meets it.
 *
 * MSI: a lab status of MSI-H meets; `inconclusive` is unknown; otherwise percent unstable sites is compared,
 * but only when enough usable sites were read (`minUsableSites`; usable sites not reported, or fewer than
 * required, is unknown); a status of MSS / MSI-L without a percentage is not-met.
 *
 * IHC: the marker compares without case, spaces or hyphens (`PD-L1` = `PDL1`); scores compare without case
 * or spaces; with `minValue`, a numeric score (`55`, `55%`, `TPS 55%`) at or above it also meets. A score
 * that names its scale (`PD-L1` with `TPS 60%`) also answers for the marker with that scale (`PD-L1 TPS`).
 */
import type { MsiFinding } from '../../model/case.js';
import type { Outcome } from '../../model/result.js';
import type { CompiledLeaf } from '../compiled.js';
import { findingChange } from '../display.js';
import { formatNumber } from '../format.js';
import { normalizeMarker } from '../index-keys.js';
import { unresolvedLeaf } from './decide.js';
import type { LeafContext, LeafEvaluation, LeafMiss } from './context.js';
import { ihcFindingsOf, sortedKeys } from './context.js';

/** An IHC score as compared: upper case, without spaces. */
const normalizeScore = (s: string): string => s.toUpperCase().replace(/\s/g, '');

/** A numeric IHC score, optionally after its scale: `55`, `55%`, `TPS 55%`. */
const numericScore = /^\s*(?:[A-Za-z]+\s*)?(\d+(?:\.\d+)?)\s*%?\s*$/;

interface ValueCheck {
  readonly key: string;
  readonly outcome: Outcome;
  readonly why: string;
  readonly threshold: boolean;
}

const decideValues = (checks: ReadonlyArray<ValueCheck>, what: string, missing: string): LeafEvaluation => {
  if (checks.length === 0) {
    return {
      outcome: 'unknown',
      reason: `${missing} not reported (not tested)`,
      evidence: [],
      specificity: null,
      misses: [],
      unassessed: { gene: null, what, reason: `${missing} not reported for this sample` },
    };
  }
  const pick = (o: Outcome): ReadonlyArray<ValueCheck> => checks.filter((c) => c.outcome === o);
  const met = pick('met');
  const unknown = pick('unknown');
  const notMet = pick('not-met');
  const misses: LeafMiss[] = notMet.map((c) => ({
    finding: c.key,
    kind: c.threshold ? 'threshold' : 'variant',
    message: c.why,
  }));
  const chosen = met.length > 0 ? met : unknown.length > 0 ? unknown : notMet;
  const outcome: Outcome = met.length > 0 ? 'met' : unknown.length > 0 ? 'unknown' : 'not-met';
  return {
    outcome,
    reason: chosen.map((c) => c.why).join('; '),
    evidence: outcome === 'not-met' ? [] : sortedKeys(chosen.map((c) => c.key)),
    specificity: outcome === 'met' ? 'biomarker' : null,
    misses,
    unassessed: null,
  };
};

const msiCheck = (
  c: Extract<CompiledLeaf['criterion'], { type: 'msi' }>,
  f: MsiFinding,
  name: string,
): ValueCheck => {
  const at = (outcome: Outcome, why: string, threshold = false): ValueCheck => ({
    key: f.key,
    outcome,
    why: `${name}: ${why}`,
    threshold,
  });
  if (f.status === 'MSI-H') return at('met', 'lab status MSI-H');
  if (f.status === 'inconclusive') return at('unknown', 'lab status inconclusive');
  if (f.percentUnstable !== null) {
    if (c.minUsableSites !== undefined) {
      if (f.usableSites === null)
        return at('unknown', `usable sites not reported (>= ${c.minUsableSites} required)`);
      if (f.usableSites < c.minUsableSites) {
        return at(
          'unknown',
          `only ${f.usableSites} usable sites, ${c.minUsableSites} required for a reliable call`,
        );
      }
    }
    return f.percentUnstable >= c.minPercentUnstable
      ? at(
          'met',
          `${formatNumber(f.percentUnstable)}% unstable sites, at least ${formatNumber(c.minPercentUnstable)}%`,
        )
      : at(
          'not-met',
          `${formatNumber(f.percentUnstable)}% unstable sites below ${formatNumber(c.minPercentUnstable)}%`,
          true,
        );
  }
  if (f.status === 'MSS' || f.status === 'MSI-L') return at('not-met', `lab status ${f.status}`);
  return at('unknown', 'neither status nor percent unstable sites reported');
};

/** Evaluates a TMB, MSI, HRD or IHC leaf. @internal */
export const evaluateBiomarker = (leaf: CompiledLeaf, ctx: LeafContext): LeafEvaluation => {
  const c = leaf.criterion;
  const v = ctx.vocabulary;
  switch (c.type) {
    case 'tmb':
      return decideValues(
        ctx.findings.tmb.map((f) => ({
          key: f.key,
          outcome: f.value >= c.min ? 'met' : 'not-met',
          why: `${findingChange(f, v)} ${f.value >= c.min ? 'at least' : 'below'} ${formatNumber(c.min)}`,
          threshold: true,
        })),
        'tmb',
        'TMB',
      );
    case 'msi':
      return decideValues(
        ctx.findings.msi.map((f) => msiCheck(c, f, 'MSI')),
        'msi',
        'MSI',
      );
    case 'hrd':
      return decideValues(
        ctx.findings.hrd.map((f) => ({
          key: f.key,
          outcome: f.score >= c.min ? 'met' : 'not-met',
          why: `${findingChange(f, v)} ${f.score >= c.min ? 'at least' : 'below'} ${formatNumber(c.min)}`,
          threshold: true,
        })),
        'hrd',
        'HRD score',
      );
    case 'ihc': {
      const scores = c.scores.map(normalizeScore);
      return decideValues(
        ihcFindingsOf(ctx, c.marker).map((f) => {
          const numeric = numericScore.exec(f.score);
          const value = numeric?.[1] === undefined ? null : Number(numeric[1]);
          const byValue = c.minValue !== undefined && value !== null;
          const ok = scores.includes(normalizeScore(f.score)) || (byValue && value >= (c.minValue ?? 0));
          const wanted = [
            ...c.scores,
            ...(c.minValue === undefined ? [] : [`>= ${formatNumber(c.minValue)}`]),
          ];
          return {
            key: f.key,
            outcome: ok ? 'met' : 'not-met',
            why: `${findingChange(f, v)} ${ok ? 'matches' : byValue ? `below ${formatNumber(c.minValue ?? 0)}` : `is not ${wanted.join(' or ')}`}`,
            threshold: byValue,
          };
        }),
        `ihc:${normalizeMarker(c.marker)}`,
        `${c.marker} IHC`,
      );
    }
    default:
      return unresolvedLeaf('not a biomarker criterion');
  }
};
