/**
 * Small readers for JSON that has not been validated yet, so that cross-checks can run on every part that
 * has the right shape even when another part of the file is broken.
 * @internal
 */
import { compareAsc, isValid, parseISO } from 'date-fns';
import type { IssuePath } from '../model/issue.js';

/** A JSON object (not an array, not null). @internal */
export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path, or undefined. @internal */
export const valueAt = (root: unknown, path: IssuePath): unknown =>
  path.reduce<unknown>((node, key) => {
    if (typeof key === 'number')
      return Array.isArray(node) ? (node as ReadonlyArray<unknown>)[key] : undefined;
    return isRecord(node) ? node[key] : undefined;
  }, root);

/** The elements of an array, or none. @internal */
export const items = (value: unknown): ReadonlyArray<unknown> => (Array.isArray(value) ? value : []);

/** A string field, or undefined. @internal */
export const stringField = (value: unknown, key: string): string | undefined => {
  const field = isRecord(value) ? value[key] : undefined;
  return typeof field === 'string' ? field : undefined;
};

/** A list of strings (other elements dropped, with their index kept). @internal */
export const stringItems = (value: unknown): ReadonlyArray<readonly [number, string]> =>
  items(value).flatMap((item, i) => (typeof item === 'string' ? [[i, item] as const] : []));

/** A value shown in a message: strings quoted, the rest as JSON. @internal */
export const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** An ISO calendar date `YYYY-MM-DD` that exists. @internal */
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));

/** Orders two ISO dates: negative if `a` is earlier, 0 if the same day, positive if later. @internal */
export const compareDates = (a: string, b: string): number => compareAsc(parseISO(a), parseISO(b));
