/**
 * Criteria in words, for reports, diffs and "which criterion" messages: a leaf reads as its label (or its
 * gene and alteration) with the exact rule in parentheses; a group reads as its label, or its members
 * joined with "and" / "or"; negation reads "not: ...".
 */
import type { Criterion as MutableCriterion, LeafCriterion as MutableLeaf } from '../model/criteria.js';
import type { DeepReadonly } from '../model/readonly.js';

type Criterion = DeepReadonly<MutableCriterion>;
type LeafCriterion = DeepReadonly<MutableLeaf>;

/** How to word a criterion. */
export interface DescribeOptions {
  /** Use the curators' `label`s where present (default true); false spells out the whole tree. */
  readonly labels?: boolean;
}

const list = (words: ReadonlyArray<string>, conjunction: 'and' | 'or'): string =>
  words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;

const withP = (change: string): string => (/^p\./.test(change) ? change : `p.${change}`);

const CALLS: Readonly<Record<string, string>> = {
  amplification: 'amplification',
  'homozygous-deletion': 'homozygous deletion',
  loss: 'copy loss',
};

/** The head (what) and details (exact rule) of a leaf. */
const leafParts = (
  c: LeafCriterion,
  labelled: boolean,
): { readonly head: string; readonly details: ReadonlyArray<string> } => {
  switch (c.type) {
    case 'variant': {
      const extra = [
        ...(c.minVaf === undefined ? [] : [`VAF >= ${c.minVaf}`]),
        ...(c.origin === undefined || c.origin === 'any' ? [] : [c.origin]),
      ];
      switch (c.select.by) {
        case 'change': {
          const changes = c.select.changes.map(withP);
          return !labelled
            ? { head: `${c.gene} ${list(changes, 'or')}`, details: extra }
            : { head: c.gene, details: [list(changes, 'or'), ...extra] };
        }
        case 'codon': {
          const codons = list(c.select.codons.map(String), 'or');
          return {
            head: `${c.gene} variant`,
            details: [`any change at codon${c.select.codons.length > 1 ? 's' : ''} ${codons}`, ...extra],
          };
        }
        case 'exon': {
          const exons = list(c.select.exons.map(String), 'or');
          const classes = list(
            c.select.classes.map((k) => k.replace('inframe-', 'in-frame ')),
            'or',
          );
          return { head: `${c.gene} variant`, details: [`exon ${exons} ${classes}`, ...extra] };
        }
        case 'class':
          return { head: `${c.gene} ${c.select.class} variant`, details: extra };
      }
      break;
    }
    case 'copy-number':
      return {
        head: `${c.gene} ${CALLS[c.call] ?? c.call}`,
        details: [
          ...(c.minCopyNumber === undefined ? [] : [`copy number >= ${c.minCopyNumber}`]),
          ...(c.minFoldChange === undefined ? [] : [`fold change >= ${c.minFoldChange}`]),
        ],
      };
    case 'biallelic':
      return { head: `bi-allelic ${c.gene} inactivation`, details: [] };
    case 'fusion':
      return {
        head: `${c.gene} fusion`,
        details: [
          ...(c.partner === undefined ? [] : [`with ${c.partner}`]),
          ...(c.role === undefined ? [] : [`${c.gene} as ${c.role === 'five-prime' ? "5'" : "3'"} partner`]),
        ],
      };
    case 'splice':
      return { head: `${c.gene} exon${c.exons.includes('-') ? 's' : ''} ${c.exons} skipping`, details: [] };
    case 'tmb':
      return { head: 'TMB', details: [`>= ${c.min} mut/Mb`] };
    case 'msi':
      return {
        head: 'MSI',
        details: [
          `>= ${c.minPercentUnstable}% unstable${c.minUsableSites === undefined ? '' : ` of >= ${c.minUsableSites} usable sites`}`,
        ],
      };
    case 'hrd':
      return { head: 'HRD score', details: [`>= ${c.min}`] };
    case 'ihc': {
      const accepted = [...c.scores, ...(c.minValue === undefined ? [] : [`>= ${c.minValue}`])];
      return { head: `${c.marker} IHC`, details: [list(accepted, 'or')] };
    }
  }
  return { head: 'criterion', details: [] };
};

const describeLeaf = (c: LeafCriterion, labels: boolean): string => {
  const labelled = labels && c.label !== undefined;
  const { head, details } = leafParts(c, labelled);
  if (labelled && c.label !== undefined)
    return details.length === 0 ? c.label : `${c.label} (${details.join(', ')})`;
  // Thresholds read inline when there is no gene to name: "TMB >= 10 mut/Mb", "HER2 IHC 3+".
  if (c.type === 'tmb' || c.type === 'msi' || c.type === 'hrd' || c.type === 'ihc')
    return `${head} ${details.join(', ')}`;
  return details.length === 0 ? head : `${head} (${details.join(', ')})`;
};

const isGroup = (c: Criterion): c is Extract<Criterion, { type: 'all' | 'any' | 'not' }> =>
  c.type === 'all' || c.type === 'any' || c.type === 'not';

const describe = (c: Criterion, labels: boolean, nested: boolean): string => {
  if (!isGroup(c)) return describeLeaf(c, labels);
  if (labels && c.label !== undefined) return c.label;
  if (c.type === 'not') return `not: ${describe(c.of, labels, true)}`;
  const text = list(
    c.of.map((child) => describe(child, labels, true)),
    c.type === 'all' ? 'and' : 'or',
  );
  return nested && c.of.length > 1 ? `(${text})` : text;
};

/**
 * A criterion (leaf or tree) in words. Labels are used where present unless `labels: false`.
 *
 * @example
 * import { describeCriterion } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(
 *   describeCriterion({ type: 'copy-number', gene: 'ERBB2', call: 'amplification', minCopyNumber: 6, label: 'ERBB2 amplification' }),
 *   'ERBB2 amplification (copy number >= 6)',
 * );
 * assert.strictEqual(
 *   describeCriterion({ type: 'variant', gene: 'BRAF', select: { by: 'codon', codons: [600] }, label: 'BRAF p.V600' }),
 *   'BRAF p.V600 (any change at codon 600)',
 * );
 * assert.strictEqual(
 *   describeCriterion({ type: 'not', of: { type: 'variant', gene: 'KRAS', select: { by: 'class', class: 'protein-altering' } } }),
 *   'not: KRAS protein-altering variant',
 * );
 */
export const describeCriterion = (
  criterion: DeepReadonly<MutableCriterion>,
  options: DescribeOptions = {},
): string => describe(criterion, options.labels ?? true, false);
