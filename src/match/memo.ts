/**
 * Memoized vocabulary: the OncoTree, panel and notation questions a match asks repeat across cohorts and
 * indications (is COAD under SOLID? is ERBB2 amplification assessed on this assay?), and their answers never
 * change for a given vocabulary, so a compiled table asks each once. The caches are bounded by the
 * vocabulary itself (codes x entries, panels x genes x kinds); protein changes are cached by object
 * identity in a WeakMap, so they go when the case goes.
 */
import type { ProteinChange } from '../model/protein-change.js';
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

/**
 * The same vocabulary with its pure lookups cached (gene normalization and protein parsing are not: they
 * return values the caller keeps). @internal
 */
export const memoizeVocabulary = (v: MatchVocabulary): MatchVocabulary => {
  const pathCache = new Map<string, ReadonlyArray<string>>();
  const assessed = new Map<string, boolean>();
  const isA = memo2(v.isA);
  const isInGroup = memo2((code, group) => v.isInGroup(code, group === 'HEME' ? 'HEME' : 'SOLID'));
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
    formatProteinChange: memoByObject(v.formatProteinChange),
    affectedCodons: memoByObject(v.affectedCodons),
  };
};
