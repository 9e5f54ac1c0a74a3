/**
 * Turns zod's issues into our coded issues with JSON paths, naming the criteria-tree mistakes a curator
 * makes (an empty `all`, a `not` with nothing to negate, a VAF written as a percent) by their own codes.
 * @internal
 */
import type { z } from 'zod';
import type { Issue, IssuePath } from '../model/issue.js';
import { tableIssue } from './issues.js';
import { isRecord, show, valueAt } from './raw.js';

type ZodIssue = z.core.$ZodIssue;

const GROUPS: ReadonlySet<string> = new Set(['all', 'any', 'not']);

const pathOf = (issue: ZodIssue): IssuePath =>
  issue.path.map((part) => (typeof part === 'number' ? part : String(part)));

const bound = (
  issue: ZodIssue & { readonly inclusive?: boolean },
  word: 'at least' | 'at most',
  limit: unknown,
) =>
  `${issue.inclusive === false ? (word === 'at least' ? 'more than' : 'less than') : word} ${String(limit)}`;

const expectedFormat = (format: string): string => {
  switch (format) {
    case 'date':
      return 'an ISO date (YYYY-MM-DD)';
    case 'url':
      return 'a URL';
    case 'regex':
      return 'the pattern of this field';
    default:
      return `a valid ${format}`;
  }
};

/** One zod issue as a coded issue; `root` is the input, to read the offending value and its parent. */
const convert = (issue: ZodIssue, root: unknown): Issue => {
  const path = pathOf(issue);
  const value = valueAt(root, path);
  const last = path[path.length - 1];
  const parent = valueAt(root, path.slice(0, -1));
  const parentType = isRecord(parent) && typeof parent.type === 'string' ? parent.type : undefined;
  const context = { path, input: show(value) };
  switch (issue.code) {
    case 'invalid_type':
      if (last === 'of' && parentType === 'not' && value === undefined)
        return tableIssue('not_without_child', { path }, context);
      if (value === undefined && last !== undefined && typeof last === 'string') {
        return tableIssue('missing_field', { path: path.slice(0, -1), field: last }, context);
      }
      return tableIssue(
        'invalid_type',
        {
          path,
          expected: issue.expected,
          received: Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value,
        },
        context,
      );
    case 'too_small':
      if (issue.origin === 'array') {
        if (last === 'of' && parentType !== undefined && GROUPS.has(parentType)) {
          return tableIssue('empty_criteria_group', { path: path.slice(0, -1), group: parentType }, context);
        }
        return tableIssue('too_few_items', { path, minimum: Number(issue.minimum) }, context);
      }
      if (issue.origin === 'string')
        return tableIssue('constraint_failed', { path, reason: 'it must not be empty' }, context);
      return tableIssue(
        'out_of_range',
        { path, input: show(value), bound: bound(issue, 'at least', issue.minimum) },
        context,
      );
    case 'too_big':
      if (last === 'minVaf' && typeof value === 'number' && value > 1 && value <= 100) {
        return tableIssue('vaf_as_percent', { path, value }, context);
      }
      return tableIssue(
        'out_of_range',
        { path, input: show(value), bound: bound(issue, 'at most', issue.maximum) },
        context,
      );
    case 'unrecognized_keys':
      return tableIssue('unknown_field', { path, keys: issue.keys }, { path, input: issue.keys.join(', ') });
    case 'invalid_union':
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
        const at = last === issue.discriminator ? path : [...path, issue.discriminator];
        const input = show(valueAt(root, at));
        return issue.discriminator === 'type'
          ? tableIssue('unknown_criterion_type', { path: at, input, options }, { path: at, input })
          : tableIssue('invalid_value', { path: at, input, options }, { path: at, input });
      }
      return tableIssue(
        'constraint_failed',
        { path, reason: 'it matches none of the allowed shapes' },
        context,
      );
    case 'invalid_value':
      return tableIssue(
        'invalid_value',
        { path, input: show(value), options: issue.values.map(String) },
        context,
      );
    case 'invalid_format':
      return tableIssue(
        'invalid_format',
        { path, input: show(value), expected: expectedFormat(issue.format) },
        context,
      );
    default:
      return tableIssue('constraint_failed', { path, reason: issue.message.replace(/\.$/, '') }, context);
  }
};

/**
 * Every zod issue of a failed parse as a coded issue with its JSON path.
 * @internal
 */
export const fromZodIssues = (issues: ReadonlyArray<ZodIssue>, root: unknown): ReadonlyArray<Issue> =>
  issues.map((issue) => convert(issue, root));
