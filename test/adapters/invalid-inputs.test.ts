/**
 * Every invalid input keeps its issues: code, message, path, location, input. The expected file was
 * recorded from the implementation before the input path was optimized (zod per finding, no fast path);
 * regenerate it only for an intended change of the issues, and review the diff.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJsonCase } from '../../src/adapters/json-case.js';
import { INVALID_CASES, INVALID_FINDINGS } from './invalid-inputs.js';
import { caseOf, textOf, views } from './invalid-inputs-views.js';

const expected = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'invalid-inputs.expected.json'), 'utf8'),
) as { readonly findings: Record<string, unknown>; readonly cases: Record<string, unknown> };

describe('invalid findings: issues as recorded before the fast path', () => {
  it('the corpus is the recorded one', () => {
    expect(INVALID_FINDINGS.map((e) => e.name)).toEqual(Object.keys(expected.findings));
  });
  it.each(INVALID_FINDINGS.map((e) => [e.name, e.value] as const))('%s', (name, value) => {
    const got = views(caseOf(value), textOf(value));
    expect(got).toEqual(expected.findings[name]);
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected.findings[name])); // key order too
    const compact = textOf(value) === null ? null : JSON.stringify(caseOf(value));
    if (compact !== null) {
      // One-line text (every value on line 1) reads as the same text with a line break at the end.
      expect(parseJsonCase(compact, { file: 'case.json' })).toEqual(
        parseJsonCase(`${compact}\n`, { file: 'case.json' }),
      );
    }
  });
});

describe('invalid cases: issues as recorded before the fast path', () => {
  it('the corpus is the recorded one', () => {
    expect(INVALID_CASES.map((e) => e.name)).toEqual(Object.keys(expected.cases));
  });
  it.each(INVALID_CASES.map((e) => [e.name, e.value] as const))('%s', (name, value) => {
    const got = views(value, JSON.stringify(value, null, 2));
    expect(got).toEqual(expected.cases[name]);
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected.cases[name])); // key order too
  });
});
