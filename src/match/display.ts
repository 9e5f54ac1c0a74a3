/**
 * How a finding is shown in reasons and in the findings account: canonical forms only, so the same
 * variant written in another notation or with an alias gene symbol reads the same.
 */
import type { Finding, SequenceVariantFinding } from '../model/case.js';
import { formatNumber } from './format.js';
import type { MatchVocabulary } from './vocabulary.js';

const variantClassWords: Readonly<Record<string, string>> = {
  'splice-site': 'splice-site variant',
  'splice-region': 'splice-region variant',
  synonymous: 'synonymous variant',
  intronic: 'intronic variant',
  utr: 'UTR variant',
  'non-coding': 'non-coding variant',
  intergenic: 'intergenic variant',
  unknown: 'variant of unknown consequence',
};

/** The change of a sequence variant: canonical protein change, else cDNA, else its class. @internal */
export const variantChange = (f: SequenceVariantFinding, vocabulary: MatchVocabulary): string =>
  f.protein !== null
    ? vocabulary.formatProteinChange(f.protein)
    : (f.cdnaText ?? variantClassWords[f.variantClass] ?? f.variantClass);

/** A fusion as `5'::3'` when the orientation is known, else the partners sorted and joined by `/`. @internal */
export const fusionName = (f: Extract<Finding, { kind: 'fusion' }>): string =>
  f.orientationKnown
    ? `${f.gene5.symbol}::${f.gene3.symbol}`
    : [f.gene5.symbol, f.gene3.symbol].sort().join('/');

/**
 * The display form of a finding's change: `p.V600E`, `amplification (CN 8.2)`, `EML4::ALK`, `TMB 24 mut/Mb`.
 * @internal
 */
export const findingChange = (f: Finding, vocabulary: MatchVocabulary): string => {
  switch (f.kind) {
    case 'sequence-variant':
      return variantChange(f, vocabulary);
    case 'copy-number': {
      const values = [
        ...(f.copyNumber === null
          ? []
          : [`CN ${formatNumber(f.copyNumber)}${f.copyNumberDerived ? ', derived' : ''}`]),
        ...(f.foldChange === null ? [] : [`fold change ${formatNumber(f.foldChange)}`]),
      ];
      return `${f.call}${values.length === 0 ? '' : ` (${values.join(', ')})`}`;
    }
    case 'fusion':
      return fusionName(f);
    case 'splice':
      return f.skippedExons !== null
        ? f.skippedExons.from === f.skippedExons.to
          ? `exon ${f.skippedExons.from} skipping`
          : `exons ${f.skippedExons.from}-${f.skippedExons.to} skipping`
        : (f.label ?? 'splice variant');
    case 'tmb':
      return `TMB ${formatNumber(f.value)} mut/Mb`;
    case 'msi': {
      const parts = [
        ...(f.status === null ? [] : [f.status]),
        ...(f.percentUnstable === null ? [] : [`${formatNumber(f.percentUnstable)}% unstable`]),
        ...(f.usableSites === null ? [] : [`${f.usableSites} usable sites`]),
      ];
      return `MSI ${parts.length === 0 ? 'not reported' : parts.join(', ')}`;
    }
    case 'hrd':
      return `HRD score ${formatNumber(f.score)}`;
    case 'ihc':
      return `${f.marker} IHC ${f.score}`;
  }
};

/** The gene a finding is about (a fusion: both partners), or null for a biomarker. @internal */
export const findingGene = (f: Finding): string | null =>
  f.kind === 'sequence-variant' || f.kind === 'copy-number' || f.kind === 'splice'
    ? f.gene.symbol
    : f.kind === 'fusion'
      ? f.orientationKnown
        ? `${f.gene5.symbol}::${f.gene3.symbol}`
        : [f.gene5.symbol, f.gene3.symbol].sort().join('/')
      : null;

/** Gene and change together, for reasons: `BRAF p.V600E`, `TMB 24 mut/Mb`. @internal */
export const findingLabel = (f: Finding, vocabulary: MatchVocabulary): string => {
  if (f.kind === 'fusion') return `${fusionName(f)} fusion`;
  const gene = findingGene(f);
  const change = findingChange(f, vocabulary);
  return gene === null ? change : `${gene} ${change}`;
};
