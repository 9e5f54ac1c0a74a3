/**
 * Splitting a TSO500 `[Fusions]` `Gene Pair` cell into its 5' and 3' sides, with a known-gene dictionary.
 *
 * The cell is not safely splittable on `-`: gene symbols contain `-` (`HLA-A`, `NKX2-1`), `;` lists genes
 * overlapping one breakpoint (`CD74-ROS1;GOPC`), `/` joins overlapping genes on one side
 * (`PPARG/AC016683.6-PAX8`), and the Local App may write `PPARG/AC016683.6;PAX8` with no `-` at all.
 *
 * Rules:
 * 1. Try every `-` as the split point. A side is a list of symbols separated by `/` or `;`; it is good when
 *    at least one symbol is a known gene. Keep the split where both sides are good; prefer the one with the
 *    most known symbols, then the leftmost.
 * 2. If no `-` split works, try every `;` as the split point the same way (the Local App form).
 * 3. If nothing works, the pair cannot be read.
 *
 * Symbols that are not known genes (clone names such as `AC016683.6`) are dropped from their side and
 * listed in `unknown`. Legacy symbols (`SEPT14`) count as known: they are normalized later.
 *
 * @internal
 */

/** The two sides of a gene pair, each one or more known symbols as written. */
export interface GenePairSplit {
  readonly five: ReadonlyArray<string>;
  readonly three: ReadonlyArray<string>;
  /** Symbols dropped because they are not known genes. */
  readonly unknown: ReadonlyArray<string>;
}

const symbolsOf = (side: string): ReadonlyArray<string> =>
  side
    .split(/[/;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

const splitsAt = (text: string, separator: string): ReadonlyArray<readonly [string, string]> => {
  const out: Array<readonly [string, string]> = [];
  for (let i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, i + 1)) {
    out.push([text.slice(0, i), text.slice(i + 1)]);
  }
  return out;
};

/**
 * Splits a `Gene Pair` cell; null when no split gives a known gene on both sides.
 *
 * @internal
 */
export const splitGenePair = (text: string, isGene: (symbol: string) => boolean): GenePairSplit | null => {
  const trimmed = text.trim();
  for (const separator of ['-', ';']) {
    let best: { readonly split: GenePairSplit; readonly score: number } | null = null;
    for (const [left, right] of splitsAt(trimmed, separator)) {
      const five = symbolsOf(left);
      const three = symbolsOf(right);
      const knownFive = five.filter(isGene);
      const knownThree = three.filter(isGene);
      if (knownFive.length === 0 || knownThree.length === 0) continue;
      const score = knownFive.length + knownThree.length;
      if (best === null || score > best.score) {
        const unknown = [...five, ...three].filter((s) => !isGene(s));
        best = { split: { five: knownFive, three: knownThree, unknown }, score };
      }
    }
    if (best !== null) return best.split;
  }
  return null;
};
