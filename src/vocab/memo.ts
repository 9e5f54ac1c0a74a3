/**
 * Bounded memo tables for pure vocabulary lookups where input repeats: a registry names the same few
 * hundred genes over and over (in the synthetic registry 98% of gene symbols were seen before). Protein
 * and cDNA notations are not memoized: most occur once (3% and 8% repeats there), and keeping them cost
 * more (table upkeep, retained strings for the garbage collector) than re-reading the few that repeat.
 *
 * The tables are module state, but state that cannot change an answer: the function memoized is pure (its
 * result depends on the key and on the embedded reference data only), and a value is shared between
 * callers only once it is deeply frozen, so no caller can alter what another one gets. Entries not used
 * for a while are dropped, so memory stays bounded whatever the input.
 *
 * @internal
 */

/**
 * Freezes a plain data value and everything it holds (objects and arrays), and returns it.
 *
 * @internal
 */
export const deepFreeze = <A>(value: A): A => {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
};

/** Marks a key seen once: its value was handed out, not kept. */
const SEEN: unique symbol = Symbol('seen');

/**
 * Memoizes a pure function of a string whose values are plain data (never `undefined`).
 *
 * - A key seen for the first time is only noted: its value is computed and handed out unshared, so a key
 *   that occurs once costs no freezing.
 * - A key seen again gets its value frozen (`deepFreeze`) and kept.
 * - Entries (notes and values) go into a young table; when it holds `capacity` entries it becomes the old
 *   table (the previous old one is dropped), and a key found in the old table moves back to the young one.
 *   So keys in use stay, every step is O(1), and at most 2 x `capacity` keys are held.
 *
 * @internal
 */
export const memoize = <A>(capacity: number, compute: (key: string) => A): ((key: string) => A) => {
  let young = new Map<string, A | typeof SEEN>();
  let old = new Map<string, A | typeof SEEN>();
  const keep = <B extends A | typeof SEEN>(key: string, entry: B): B => {
    if (young.size >= capacity) {
      old = young;
      young = new Map();
    }
    young.set(key, entry);
    return entry;
  };
  return (key) => {
    let entry = young.get(key);
    if (entry === undefined && old.size > 0) {
      entry = old.get(key);
      if (entry !== undefined) keep(key, entry);
    }
    if (entry === undefined) {
      keep(key, SEEN);
      return compute(key);
    }
    return entry === SEEN ? keep(key, deepFreeze(compute(key))) : entry;
  };
};
