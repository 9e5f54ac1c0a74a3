/**
 * zod's issues -> our `Issue` shape: code `invalid_case_field` (or another adapter code), the JSON path,
 * and a message naming the path and what was expected.
 *
 * @internal
 */
import type { z } from 'zod';
import type { Issue, IssuePath, SourceLocation } from '../model/issue.js';
import { adapterIssue, describeAt } from './issues.js';

const plural = (n: number | bigint, word: string): string => `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;

const describe = (issue: z.core.$ZodIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `expected at least ${plural(issue.minimum as number, 'character')}`
        : issue.origin === 'array'
          ? `expected at least ${plural(issue.minimum as number, 'item')}`
          : `expected ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `expected at most ${plural(issue.maximum as number, 'character')}`
        : `expected ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'date' ? 'expected a date YYYY-MM-DD' : `expected ${issue.format} format`;
    case 'invalid_union': {
      const options = (issue as { readonly options?: ReadonlyArray<unknown> }).options;
      return options === undefined
        ? issue.message
        : `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}`;
    }
    default:
      return issue.message;
  }
};

/**
 * Maps zod issues under a path prefix to coded issues.
 *
 * @internal
 */
export const zodIssues = (
  issues: ReadonlyArray<z.core.$ZodIssue>,
  prefix: IssuePath,
  locate: SourceLocation | null | ((path: IssuePath) => SourceLocation | null),
  input: unknown,
): ReadonlyArray<Issue> =>
  issues.map((issue) => {
    const path: IssuePath = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const location = typeof locate === 'function' ? locate(path) : locate;
    const value = valueAt(input, issue.path);
    const shown = value === undefined ? undefined : JSON.stringify(value);
    const missing = issue.code === 'invalid_type' && value === undefined;
    const expected = missing
      ? `missing, ${describe(issue)}`
      : describe(issue) +
        (shown === undefined || issue.code === 'unrecognized_keys' ? '' : `, got ${shown.slice(0, 60)}`);
    return adapterIssue(
      'invalid_case_field',
      { at: describeAt(path, location), expected },
      {
        path,
        ...(location === null ? {} : { location }),
        ...(shown === undefined ? {} : { input: shown }),
      },
    );
  });

const valueAt = (input: unknown, path: ReadonlyArray<PropertyKey>): unknown => {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
};
