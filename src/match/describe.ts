/**
 * Words for a criterion, as the matcher prints them in each evaluated node's `description`.
 *
 * Private to the matcher: it describes compiled leaves, whose genes are already resolved to approved
 * symbols and whose protein changes are already in canonical short form, so a table written with an alias
 * or a 3-letter change still reads the same.
 */
import type { LeafCriterion } from '../model/criteria.js';
import type { DeepReadonly } from '../model/readonly.js';
import { formatNumber, joinWords } from './format.js';

const classWords: Readonly<Record<string, string>> = {
  missense: 'missense',
  'inframe-deletion': 'in-frame deletion',
  'inframe-insertion': 'in-frame insertion',
  'inframe-duplication': 'in-frame duplication',
  'inframe-delins': 'in-frame deletion-insertion',
  frameshift: 'frameshift',
  nonsense: 'nonsense',
  truncating: 'truncating variant',
  'loss-of-function': 'loss-of-function variant',
  activating: 'activating (hotspot) variant',
  hotspot: 'hotspot variant',
  'protein-altering': 'protein-altering variant',
};

const words = (key: string): string => classWords[key] ?? key;

/** The resolved names a leaf description needs. @internal */
export interface LeafNames {
  readonly gene: string;
  readonly partner: string | null;
  /** Canonical short forms of a `by: change` selector's changes. */
  readonly changes: ReadonlyArray<string>;
}

/**
 * A leaf criterion in words, e.g. `ERBB2 amplification (copy number >= 6)`. @internal
 */
export const describeLeaf = (c: DeepReadonly<LeafCriterion>, names: LeafNames): string => {
  switch (c.type) {
    case 'variant': {
      const s = c.select;
      const what =
        s.by === 'change'
          ? joinWords(names.changes, 'or')
          : s.by === 'codon'
            ? `codon ${joinWords(s.codons.map(String), 'or')} change`
            : s.by === 'exon'
              ? `exon ${joinWords(s.exons.map(String), 'or')} ${joinWords(s.classes.map(words), 'or')}`
              : words(s.class);
      const vaf = c.minVaf === undefined ? '' : ` (VAF >= ${formatNumber(c.minVaf)})`;
      const origin = c.origin === undefined || c.origin === 'any' ? '' : ` (${c.origin})`;
      return `${names.gene} ${what}${vaf}${origin}`;
    }
    case 'copy-number': {
      const call =
        c.call === 'amplification'
          ? 'amplification'
          : c.call === 'loss'
            ? 'copy loss'
            : 'homozygous deletion';
      const thresholds = [
        ...(c.minCopyNumber === undefined ? [] : [`copy number >= ${formatNumber(c.minCopyNumber)}`]),
        ...(c.minFoldChange === undefined ? [] : [`fold change >= ${formatNumber(c.minFoldChange)}`]),
      ];
      return `${names.gene} ${call}${thresholds.length === 0 ? '' : ` (${thresholds.join(' or, when only fold change is known, ')})`}`;
    }
    case 'biallelic':
      return `${names.gene} bi-allelic inactivation`;
    case 'fusion': {
      const partner = names.partner === null ? '' : ` with ${names.partner}`;
      const role =
        c.role === undefined ? '' : ` (${names.gene} as ${c.role === 'five-prime' ? "5'" : "3'"} partner)`;
      return `${names.gene} fusion${partner}${role}`;
    }
    case 'splice':
      return `${names.gene} exon${c.exons.includes('-') ? 's' : ''} ${c.exons} skipping`;
    case 'tmb':
      return `TMB >= ${formatNumber(c.min)} mut/Mb`;
    case 'msi':
      return `MSI-high (>= ${formatNumber(c.minPercentUnstable)}% unstable sites${
        c.minUsableSites === undefined ? '' : `, >= ${c.minUsableSites} usable sites`
      }, or a lab status of MSI-H)`;
    case 'hrd':
      return `genomic instability (HRD) score >= ${formatNumber(c.min)}`;
    case 'ihc': {
      const accepted = [...c.scores, ...(c.minValue === undefined ? [] : [`>= ${formatNumber(c.minValue)}`])];
      return `${c.marker} IHC ${joinWords(accepted, 'or')}`;
    }
  }
};
