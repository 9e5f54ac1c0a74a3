/**
 * Locale-independent number words for reasons ("VAF 0.03 below 0.05", "copy number 4.1 below 6").
 */

/**
 * A number as reasons print it: at most three decimals, no locale, no trailing zeros.
 * @internal
 */
export const formatNumber = (n: number): string => {
  const rounded = Math.round(n * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

/**
 * Joins words as a list in English: `a`, `a or b`, `a, b or c`.
 * @internal
 */
export const joinWords = (words: ReadonlyArray<string>, conjunction: 'and' | 'or'): string =>
  words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;

/**
 * The same words with the first letter in upper case.
 * @internal
 */
export const capitalize = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
