/**
 * Small-list helpers for the match path. `Array.prototype.sort` allocates a work array and calls the
 * comparator through the runtime on every call; the lists a match sorts are short (candidates, near misses,
 * drugs, findings), so they are sorted here by insertion, in place. Insertion sort is stable, as
 * `Array.prototype.sort` is, so the order is the same.
 */

/** Above this many items the built-in sort is used. */
const insertionLimit = 32;

/**
 * Sorts a list in place, stably, by `order` (as `items.sort(order)`), and returns it.
 * @internal
 */
export const sortInPlace = <T>(items: T[], order: (a: T, b: T) => number): T[] => {
  if (items.length > insertionLimit) return items.sort(order);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i;
    while (j > 0 && order(items[j - 1] as T, item) > 0) {
      items[j] = items[j - 1] as T;
      j--;
    }
    items[j] = item;
  }
  return items;
};

/**
 * `f` of each item joined by `separator` (as `items.map(f).join(separator)`, without the mapped array).
 * @internal
 */
export const joinMapped = <T>(items: ReadonlyArray<T>, f: (item: T) => string, separator: string): string => {
  let out = '';
  for (let i = 0; i < items.length; i++)
    out = i === 0 ? f(items[i] as T) : `${out}${separator}${f(items[i] as T)}`;
  return out;
};
