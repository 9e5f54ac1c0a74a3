/**
 * Memoized vocabulary: the OncoTree, panel and notation questions a match asks repeat across cohorts and
 * indications (is COAD under SOLID? is ERBB2 amplification assessed on this assay?), and their answers never
 * change for a given vocabulary, so a compiled table asks each once. The caches are bounded by the
 * vocabulary itself (codes x entries, panels x genes x kinds); protein changes are cached by object
 * identity in a WeakMap, so they go when the case goes.
 *
 * Two answers of the library's own vocabulary are also cached by content, because their inputs are known:
 * `isHotspotChange` reads only the gene, the class of change and its positions (so the same hotspot in
 * another patient is looked up once; bounded), and the library's `equalProteinChange` compares canonical
 * short forms (so it compares the cached forms, and `changeKeyOf` offers them as a key). A vocabulary with
 * its own functions is used as given.
 */
import type { ProteinChange } from '../model/protein-change.js';
import { equalProteinChange, formatProteinChange } from '../vocab/hgvs.js';
import { isHotspotChange } from './default-vocabulary.js';
import type { MatchVocabulary } from './vocabulary.js';

const memo2 = <A>(f: (a: string, b: string) => A): ((a: string, b: string) => A) => {
  const cache = new Map<string, A>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = f(a, b);
    cache.set(key, value);
    return value;
  };
};

const memoByObject = <A>(f: (pc: ProteinChange) => A): ((pc: ProteinChange) => A) => {
  const cache = new WeakMap<ProteinChange, { readonly value: A }>();
  return (pc) => {
    const hit = cache.get(pc);
    if (hit !== undefined) return hit.value;
    const value = f(pc);
    cache.set(pc, { value });
    return value;
  };
};

/** How many hotspot answers a vocabulary keeps before it starts over. */
const hotspotBound = 50_000;

/**
 * What `isHotspotChange` (the default vocabulary's) reads of a change, as one number: the class of change
 * (1 substitution, 2 in-frame indel, 3 splice) and its positions; null when it reads nothing (it answers
 * false) or the positions do not fit.
 */
const hotspotKey = (pc: ProteinChange): number | null => {
  const fits = (n: number): boolean => Number.isInteger(n) && n >= 0 && n < 100_000;
  const key = (cls: number, a: number, b: number): number | null =>
    fits(a) && fits(b) ? (b * 100_000 + a) * 4 + cls : null;
  switch (pc.kind) {
    case 'substitution':
      return key(1, pc.at.position, 0);
    case 'deletion':
    case 'duplication':
    case 'insertion':
    case 'delins':
      return key(2, pc.start.position, pc.end.position);
    case 'splice':
      return key(3, pc.position, 0);
    default:
      return null;
  }
};

/**
 * The default hotspot question cached by what it reads (gene, class of change, positions), so the same
 * hotspot in another patient's finding is looked up once. Only for `isHotspotChange`, whose inputs these
 * are; another vocabulary's `isHotspot` is used as given.
 */
const memoHotspot = (isHotspot: MatchVocabulary['isHotspot']): MatchVocabulary['isHotspot'] => {
  if (isHotspot !== isHotspotChange) return isHotspot;
  const byGene = new Map<string, Map<number, boolean>>();
  let size = 0;
  return (hgncId, pc) => {
    const key = hotspotKey(pc);
    if (key === null) return isHotspot(hgncId, pc);
    let answers = byGene.get(hgncId);
    const known = answers?.get(key);
    if (known !== undefined) return known;
    const value = isHotspot(hgncId, pc);
    if (size >= hotspotBound) {
      byGene.clear();
      size = 0;
      answers = undefined;
    }
    if (answers === undefined) {
      answers = new Map();
      byGene.set(hgncId, answers);
    }
    answers.set(key, value);
    size += 1;
    return value;
  };
};

/**
 * A key of protein changes with `equal(a, b) === (key(a) === key(b))` for the memoized vocabulary
 * `memoized` of `given`, when `given` compares changes as the library does (by canonical short form):
 * its cached formatter. Null for a vocabulary with its own notion of equality. @internal
 */
export const changeKeyOf = (
  given: MatchVocabulary,
  memoized: MatchVocabulary,
): ((pc: ProteinChange) => string) | null =>
  given.equalProteinChange === equalProteinChange && given.formatProteinChange === formatProteinChange
    ? memoized.formatProteinChange
    : null;

/**
 * The same vocabulary with its pure lookups cached (gene normalization and protein parsing are not: they
 * return values the caller keeps). @internal
 */
export const memoizeVocabulary = (v: MatchVocabulary): MatchVocabulary => {
  const pathCache = new Map<string, ReadonlyArray<string>>();
  const assessed = new Map<string, boolean>();
  const isA = memo2(v.isA);
  const isInGroup = memo2((code, group) => v.isInGroup(code, group === 'HEME' ? 'HEME' : 'SOLID'));
  const format = memoByObject(v.formatProteinChange);
  return {
    ...v,
    isA,
    isInGroup: (code, group) => isInGroup(code, group),
    pathTo: (code) => {
      const hit = pathCache.get(code);
      if (hit !== undefined) return hit;
      const value = v.pathTo(code);
      pathCache.set(code, value);
      return value;
    },
    isAssessed: (assay, hgncId, kind) => {
      const key = `${assay.panel ?? ''}\u0000${assay.dna ? 1 : 0}${assay.rna ? 1 : 0}\u0000${hgncId}\u0000${kind}`;
      const hit = assessed.get(key);
      if (hit !== undefined) return hit;
      const value = v.isAssessed(assay, hgncId, kind);
      assessed.set(key, value);
      return value;
    },
    formatProteinChange: format,
    // The library's equality is equality of the canonical short forms: compare the cached forms.
    equalProteinChange:
      v.equalProteinChange === equalProteinChange && v.formatProteinChange === formatProteinChange
        ? (a, b) => format(a) === format(b)
        : v.equalProteinChange,
    affectedCodons: memoByObject(v.affectedCodons),
    isHotspot: memoHotspot(v.isHotspot),
  };
};
