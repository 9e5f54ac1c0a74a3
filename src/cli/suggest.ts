/**
 * "Did you mean ...?" for mistyped commands and options: the closest name within a small edit distance.
 */

/** Levenshtein distance between two short strings. */
const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
};

/** The closest name to `word`, if it is close enough to be a typo (or a prefix of it). @internal */
export const closest = (word: string, names: Iterable<string>): string | undefined => {
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = name.startsWith(word) && word.length >= 3 ? 0 : distance(word, name);
    if (d <= Math.max(1, Math.floor(name.length / 3)) && (best === undefined || d < best.d))
      best = { name, d };
  }
  return best?.name;
};
