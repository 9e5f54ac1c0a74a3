/**
 * Locale-independent number words for reasons ("VAF 0.03 below 0.05", "copy number 4.1 below 6").
 */

/**
 * A number as reasons print it: at most three decimals, no locale, no trailing zeros.
 *
 * @example
 * import { formatNumber } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(formatNumber(0.30000000000000004), '0.3');
 * assert.strictEqual(formatNumber(6), '6');
 * assert.strictEqual(formatNumber(4.12345), '4.123');
 */
export const formatNumber = (n: number): string => {
  const rounded = Math.round(n * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

/**
 * Joins words as a list in English: `a`, `a or b`, `a, b or c`.
 *
 * @example
 * import { joinWords } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(joinWords(['12', '13', '61'], 'or'), '12, 13 or 61');
 */
export const joinWords = (words: ReadonlyArray<string>, conjunction: 'and' | 'or'): string =>
  words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;

/**
 * The same words with the first letter in upper case.
 *
 * @example
 * import { capitalize } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(capitalize('open in stage 1'), 'Open in stage 1');
 */
export const capitalize = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
