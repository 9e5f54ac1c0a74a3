/**
 * Cross-checks shared by tables and approvals sets: duplicate ids, declared sources, tumor-type codes,
 * dates in order, and "did you mean" suggestions for ids.
 * @internal
 */
import { isLeft } from 'fp-ts/Either';
import { isNonEmpty } from 'fp-ts/ReadonlyArray';
import type { Issue, IssuePath, Issues } from '../model/issue.js';
import { resolveTumorType } from '../vocab/oncotree.js';
import { boundedEditDistance } from '../vocab/issues.js';
import { tableIssue } from './issues.js';
import { compareDates, isIsoDate, items, stringField, stringItems } from './raw.js';

/** The OncoTree shorthands a table or indication may use besides codes. @internal */
export const TUMOR_GROUPS: ReadonlySet<string> = new Set(['SOLID', 'HEME']);

/** Up to three candidates within a small edit distance of `input`, closest first. @internal */
export const suggest = (input: string, candidates: Iterable<string>): ReadonlyArray<string> => {
  const max = input.length <= 4 ? 1 : 2;
  return [...new Set(candidates)]
    .map(
      (candidate) =>
        [candidate, boundedEditDistance(input.toLowerCase(), candidate.toLowerCase(), max)] as const,
    )
    .filter(([, distance]) => distance <= max)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([candidate]) => candidate);
};

/** The ids of a list of objects, with duplicate-id errors; returns id -> first path. @internal */
export const collectIds = (
  list: unknown,
  path: IssuePath,
  kind: string,
  issues: Issue[],
): ReadonlyMap<string, IssuePath> => {
  const seen = new Map<string, IssuePath>();
  items(list).forEach((item, i) => {
    const id = stringField(item, 'id');
    if (id === undefined) return;
    const at = [...path, i, 'id'];
    const first = seen.get(id);
    if (first === undefined) seen.set(id, at);
    else issues.push(tableIssue('duplicate_id', { path: at, kind, id, first }, { path: at, input: id }));
  });
  return seen;
};

/**
 * Checks that every source reference in a list is declared. A reference is a declared id, or a declared
 * id followed by `:` and a record within it (`A:enhertu:1` cites record `enhertu:1` of source `A`).
 * @internal
 */
export const checkSources = (
  list: unknown,
  path: IssuePath,
  declared: ReadonlySet<string>,
  issues: Issue[],
): void => {
  for (const [i, ref] of stringItems(list)) {
    const id = declared.has(ref) ? ref : (ref.split(':')[0] ?? ref);
    if (!declared.has(id)) {
      const at = [...path, i];
      issues.push(
        tableIssue(
          'undeclared_source',
          { path: at, input: ref, suggestions: suggest(ref, declared) },
          { path: at, input: ref },
        ),
      );
    }
  }
};

/** Checks tumor-type codes (the SOLID / HEME shorthands or current OncoTree codes). @internal */
export const checkTumorCodes = (list: unknown, path: IssuePath, issues: Issue[]): void => {
  for (const [i, code] of stringItems(list)) {
    if (TUMOR_GROUPS.has(code)) continue;
    const resolved = resolveTumorType(code, [...path, i]);
    if (isLeft(resolved)) issues.push(...resolved.left);
    else issues.push(...resolved.right.notices);
  }
};

/** Errors for dated entries (field `field`) that come before the entry before them. @internal */
export const checkDateOrder = (
  list: unknown,
  path: IssuePath,
  code: 'status_out_of_order' | 'decisions_out_of_order',
  issues: Issue[],
): void => {
  let previous: string | undefined;
  items(list).forEach((item, i) => {
    const date = stringField(item, 'date');
    if (!isIsoDate(date)) return;
    if (previous !== undefined && compareDates(date, previous) < 0) {
      issues.push(
        tableIssue(
          code,
          { path: [...path, i, 'date'], date, previous },
          { path: [...path, i, 'date'], input: date },
        ),
      );
    }
    previous = date;
  });
};

/** The issues as the left side of a result (never empty: a fallback issue if none was raised). @internal */
export const asIssues = (issues: ReadonlyArray<Issue>): Issues =>
  isNonEmpty(issues)
    ? issues
    : [tableIssue('constraint_failed', { path: [], reason: 'the input does not match the schema' })];

/** The issues as a failure when any of them is an error; null when loading may go on. @internal */
export const failure = (issues: ReadonlyArray<Issue>): Issues | null =>
  issues.some((issue) => issue.severity === 'error') ? asIssues(issues) : null;
