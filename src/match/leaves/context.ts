/**
 * What a leaf evaluator sees (the case's findings grouped by gene and biomarker, the assay, the vocabulary)
 * and what it returns. Leaf evaluators are pure functions of a compiled leaf and this context.
 */
import type { Assay, Finding, HrdFinding, IhcFinding, MsiFinding, TmbFinding } from '../../model/case.js';
import type { Outcome, Specificity } from '../../model/result.js';
import { geneKey, normalizeMarker } from '../index-keys.js';
import type { AssessedKind, MatchVocabulary } from '../vocabulary.js';

/** The case's findings, grouped once per match, each group sorted by finding key. @internal */
export interface CaseFindings {
  /** `gene:<HGNC id>` -> findings naming that gene (a fusion under both partners). */
  readonly byGene: ReadonlyMap<string, ReadonlyArray<Finding>>;
  readonly tmb: ReadonlyArray<TmbFinding>;
  readonly msi: ReadonlyArray<MsiFinding>;
  readonly hrd: ReadonlyArray<HrdFinding>;
  /** Normalized marker -> IHC findings. */
  readonly ihc: ReadonlyMap<string, ReadonlyArray<IhcFinding>>;
}

/** Everything a leaf evaluator may read. @internal */
export interface LeafContext {
  readonly vocabulary: MatchVocabulary;
  readonly assay: Assay;
  readonly findings: CaseFindings;
}

/** A finding of the right gene and kind that did not satisfy a leaf, and why. @internal */
export interface LeafMiss {
  readonly finding: string;
  readonly kind: 'variant' | 'threshold';
  readonly message: string;
}

/** What the panel did not assess for a leaf (for the untested notes). @internal */
export interface Unassessed {
  /** Approved symbol, or null for a biomarker. */
  readonly gene: string | null;
  /** An assessed kind (`fusion`), or the biomarker (`tmb`, `msi`, `hrd`, `ihc:HER2`). */
  readonly what: string;
  readonly reason: string;
}

/**
 * The outcome of one leaf for one case. `evidence` holds the keys of the findings that satisfy it (when
 * met) or partly satisfy it (when unknown: a truncating hit whose second allele could not be assessed).
 * @internal
 */
export interface LeafEvaluation {
  readonly outcome: Outcome;
  readonly reason: string;
  readonly evidence: ReadonlyArray<string>;
  readonly specificity: Specificity | null;
  readonly misses: ReadonlyArray<LeafMiss>;
  /** Set when the outcome is unknown because the panel did not assess what the leaf needs. */
  readonly unassessed: Unassessed | null;
}

/** The findings of a gene, or none. @internal */
export const findingsOf = (ctx: LeafContext, hgncId: string): ReadonlyArray<Finding> =>
  ctx.findings.byGene.get(geneKey(hgncId)) ?? [];

/** The IHC findings of a marker, or none. @internal */
export const ihcFindingsOf = (ctx: LeafContext, marker: string): ReadonlyArray<IhcFinding> =>
  ctx.findings.ihc.get(normalizeMarker(marker)) ?? [];

const kindWords: Readonly<Record<AssessedKind, string>> = {
  'small-variant': 'small variants',
  amplification: 'amplifications',
  deletion: 'deletions (copy loss)',
  fusion: 'fusions',
  splice: 'splice variants',
};

const rnaKinds: ReadonlySet<AssessedKind> = new Set(['fusion', 'splice']);

/**
 * Why a kind was not assessed for a gene in this sample, in words, e.g.
 * `RET fusions not assessed for this sample (no RNA arm)`. @internal
 */
export const notAssessedReason = (assay: Assay, symbol: string, kind: AssessedKind): string => {
  const why =
    assay.panel === null
      ? 'the panel is unknown'
      : rnaKinds.has(kind) && !assay.rna
        ? 'no RNA arm'
        : !rnaKinds.has(kind) && !assay.dna
          ? 'no DNA arm'
          : `not assessed by ${assay.panel}`;
  return `${symbol} ${kindWords[kind]} not assessed for this sample (${why})`;
};

/** The words for an assessed kind. @internal */
export const assessedKindWords = (kind: AssessedKind): string => kindWords[kind];

/** Keys of findings, unique and sorted. @internal */
export const sortedKeys = (keys: Iterable<string>): ReadonlyArray<string> => [...new Set(keys)].sort();
