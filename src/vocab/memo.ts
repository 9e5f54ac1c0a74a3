/**
 * Bounded memo tables for pure vocabulary lookups (gene symbol -> resolution, notation -> parsed change),
 * where input repeats: a registry holds the same genes and hotspots over and over.
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

/**
 * Memoizes a pure function of a string whose values are plain data.
 *
 * - A key seen for the first time is only noted: its value is computed and handed out unshared. Most
 *   notations in a registry occur once; they cost no freezing and no table space.
 * - A key seen again gets its value frozen (`deepFreeze`) and kept in a young table; when that holds
 *   `capacity` entries it becomes the old table (the previous old one is dropped), and a hit in the old
 *   table moves the entry back to the young one. So keys in use stay, every step is O(1), and at most
 *   about 3 x `capacity` keys are held.
 *
 * @internal
 */
export const memoize = <A>(capacity: number, compute: (key: string) => A): ((key: string) => A) => {
  let seen = new Set<string>();
  let young = new Map<string, A>();
  let old = new Map<string, A>();
  const keep = (key: string, value: A): A => {
    if (young.size >= capacity) {
      old = young;
      young = new Map();
    }
    young.set(key, value);
    return value;
  };
  return (key) => {
    const hit = young.get(key);
    if (hit !== undefined || young.has(key)) return hit as A;
    const aged = old.get(key);
    if (aged !== undefined || old.has(key)) return keep(key, aged as A);
    if (seen.has(key)) return keep(key, deepFreeze(compute(key)));
    if (seen.size >= capacity) seen = new Set();
    seen.add(key);
    return compute(key);
  };
};
