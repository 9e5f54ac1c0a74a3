/**
 * What a leaf evaluator sees (the case's findings grouped by gene and biomarker, the assay, the vocabulary)
 * and what it returns. Leaf evaluators are pure functions of a compiled leaf and this context.
 */
import type { Assay, Finding, HrdFinding, IhcFinding, MsiFinding, TmbFinding } from '../../model/case.js';
import type { ProteinChange } from '../../model/protein-change.js';
import type { Outcome, Specificity } from '../../model/result.js';
import type { CompiledLeaf } from '../compiled.js';
import { normalizeMarker } from '../index-keys.js';
import type { AssessedKind, MatchVocabulary } from '../vocabulary.js';

/** The case's findings, grouped once per match, each group sorted by finding key. @internal */
export interface CaseFindings {
  /** HGNC id -> findings naming that gene (a fusion under both partners) and their kinds. */
  readonly byGene: ReadonlyMap<string, GeneFindings>;
  readonly tmb: ReadonlyArray<TmbFinding>;
  readonly msi: ReadonlyArray<MsiFinding>;
  readonly hrd: ReadonlyArray<HrdFinding>;
  /** Normalized marker -> IHC findings. */
  readonly ihc: ReadonlyMap<string, ReadonlyArray<IhcFinding>>;
  /** The value biomarkers present, an OR of `BiomarkerBits` (plan.ts). */
  readonly biomarkers: number;
}

/** The findings of one gene. @internal */
export interface GeneFindings {
  readonly findings: ReadonlyArray<Finding>;
  /** The kinds of the findings, an OR of `FindingBits` (plan.ts). */
  readonly kinds: number;
}

/** Everything a leaf evaluator may read. @internal */
export interface LeafContext {
  readonly vocabulary: MatchVocabulary;
  readonly assay: Assay;
  readonly findings: CaseFindings;
  /**
   * Per-leaf facts that depend only on the leaf and the assay (assessed or not, words), cached for this
   * context's assay; absent when nothing is cached.
   */
  readonly leafFacts?: Map<CompiledLeaf, unknown>;
  /**
   * A key of protein changes such that two changes are equal (`vocabulary.equalProteinChange`) exactly
   * when their keys are, when the vocabulary has one; lets a leaf look a change up in a set.
   */
  readonly changeKey?: ((pc: ProteinChange) => string) | undefined;
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
  ctx.findings.byGene.get(hgncId)?.findings ?? emptyFindings;

const emptyFindings: ReadonlyArray<Finding> = Object.freeze([]);

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

/** No keys (shared: results never change their arrays). @internal */
export const emptyKeys: ReadonlyArray<string> = Object.freeze([]);

/**
 * Strings unique and sorted by UTF-16 code units (as `[...new Set(list)].sort()`), by insertion for short
 * lists (no Set, no generic sort); a list of fewer than two is returned as it is.
 * @internal
 */
export const uniqueSorted = (list: ReadonlyArray<string>): ReadonlyArray<string> => {
  if (list.length < 2) return list;
  if (list.length > 32) return [...new Set(list)].sort();
  const out: string[] = [];
  for (const x of list) {
    let i = out.length;
    while (i > 0 && (out[i - 1] as string) > x) i--;
    if (i > 0 && out[i - 1] === x) continue;
    // Insert x at i.
    for (let j = out.length; j > i; j--) out[j] = out[j - 1] as string;
    out[i] = x;
  }
  return out;
};

/** Keys of findings, unique and sorted. @internal */
export const sortedKeys = (keys: ReadonlyArray<string>): ReadonlyArray<string> =>
  keys.length === 0 ? emptyKeys : keys.length === 1 ? [keys[0] as string] : uniqueSorted(keys);

/**
 * The union of two lists of keys that are each unique and sorted, unique and sorted: one of them when the
 * other is empty (or both are the same), else a merge.
 * @internal
 */
export const mergeKeys = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): ReadonlyArray<string> => {
  if (b.length === 0 || a === b) return a;
  if (a.length === 0) return b;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x < y) {
      out.push(x);
      i++;
    } else if (y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as string);
  while (j < b.length) out.push(b[j++] as string);
  return out;
};

/**
 * A leaf's facts for the context's assay: cached per leaf when the context carries a cache, else built.
 * `build` must be a pure function of the leaf and the assay.
 * @internal
 */
export const leafFactsOf = <F>(
  ctx: LeafContext,
  leaf: CompiledLeaf,
  build: (leaf: CompiledLeaf, ctx: LeafContext) => F,
): F => {
  const cache = ctx.leafFacts;
  if (cache === undefined) return build(leaf, ctx);
  const known = cache.get(leaf) as F | undefined;
  if (known !== undefined) return known;
  const made = build(leaf, ctx);
  cache.set(leaf, made);
  return made;
};
