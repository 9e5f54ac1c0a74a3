/**
 * Content hashes: SHA-256 of a canonical JSON serialization, so that the same content always has the same
 * hash whatever the key order or whitespace of the file it came from.
 */
import { sha256 } from './sha256.js';

const canonicalNumber = (n: number): string => (Number.isFinite(n) ? JSON.stringify(n) : 'null');

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit, no whitespace, `undefined` members left out
 * (as `JSON.stringify` does), non-finite numbers as `null`. Arrays keep their order.
 *
 * @example
 * import { canonicalJson } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: true }), '{"a":true,"b":[1,{"c":"x","d":2}]}');
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'number':
      return canonicalNumber(value);
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && typeof v !== 'function')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      return 'null';
  }
};

/**
 * SHA-256 (lowercase hex) of the canonical JSON of a value: keys sorted, no whitespace, UTF-8.
 *
 * @example
 * import { contentHash } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(contentHash({ a: 1, b: 2 }), contentHash({ b: 2, a: 1 }));
 * assert.notStrictEqual(contentHash({ a: 1 }), contentHash({ a: 2 }));
 */
export const contentHash = (value: unknown): string => sha256(canonicalJson(value));
