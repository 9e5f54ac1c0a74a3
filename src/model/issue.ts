/**
 * Coded issues: the one shape every problem takes, from a bad gene symbol to a malformed file line.
 *
 * Nothing in the library throws on bad input; parsers and normalizers return `Either<Issues, A>`
 * and the CLI turns issues into one line each.
 */
import type { Either } from 'fp-ts/Either';
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray';

/** How bad an issue is: errors stop the thing they concern, warnings and notices are carried along. */
export type Severity = 'error' | 'warning' | 'notice';

/** A path into the input, e.g. `['findings', 3, 'gene']`, printed as `findings[3].gene`. */
export type IssuePath = ReadonlyArray<string | number>;

/** Where in a file an issue was found (1-based line; column by name or 1-based number). */
export interface SourceLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: string | number;
}

/** One problem, with a stable machine code and a human message. */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: IssuePath;
  readonly input?: string;
  readonly location?: SourceLocation;
  readonly suggestions?: ReadonlyArray<string>;
}

/** At least one issue: the left side of every fallible result. */
export type Issues = ReadonlyNonEmptyArray<Issue>;

/** The result of anything that can fail on bad input. */
export type Result<A> = Either<Issues, A>;

/** The specification of one issue code: its severity and how to word it from its parameters. */
export interface IssueSpec<P> {
  readonly severity: Severity;
  readonly message: (params: P) => string;
}

/** Where an issue happened and what input caused it. */
export interface IssueContext {
  readonly path?: IssuePath;
  readonly input?: string;
  readonly location?: SourceLocation;
  readonly suggestions?: ReadonlyArray<string>;
}

/**
 * Declares a family of issue codes and returns a factory that builds issues from them.
 * Each domain (vocabulary, adapters, tables) keeps its own code -> message map this way.
 *
 * @example
 * import assert from 'node:assert';
 * import { defineIssues } from 'mtb-match';
 * const issue = defineIssues({
 *   too_small: { severity: 'error', message: (p: { min: number }) => `Must be at least ${p.min}.` },
 * });
 * const i = issue('too_small', { min: 2 }, { path: ['findings', 0, 'depth'], input: '1' });
 * assert.strictEqual(i.message, 'Must be at least 2.');
 * assert.strictEqual(i.severity, 'error');
 */
export const defineIssues =
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  <S extends Readonly<Record<string, IssueSpec<any>>>>(specs: S) =>
    <C extends keyof S & string>(
      code: C,
      params: Parameters<S[C]['message']>[0],
      context: IssueContext = {},
    ): Issue => {
      const spec = specs[code] as S[C];
      return {
        code,
        severity: spec.severity,
        message: spec.message(params),
        path: context.path ?? [],
        ...(context.input === undefined ? {} : { input: context.input }),
        ...(context.location === undefined ? {} : { location: context.location }),
        ...(context.suggestions === undefined ? {} : { suggestions: context.suggestions }),
      };
    };

/**
 * Prints a path the way a JavaScript reader expects it.
 *
 * @example
 * import assert from 'node:assert';
 * import { formatPath } from 'mtb-match';
 * assert.strictEqual(formatPath(['findings', 3, 'gene']), 'findings[3].gene');
 */
export const formatPath = (path: IssuePath): string =>
  path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc === '' ? part : `${acc}.${part}`),
    '',
  );

/**
 * One line per issue, as the CLI prints it: `file:line:column: severity code: message (at path)`.
 *
 * @example
 * import assert from 'node:assert';
 * import { formatIssue } from 'mtb-match';
 * const line = formatIssue({ code: 'x', severity: 'error', message: 'Bad.', path: ['a', 0] });
 * assert.strictEqual(line, 'error x: Bad. (at a[0])');
 */
export const formatIssue = (issue: Issue): string => {
  const where = issue.location
    ? [issue.location.file, issue.location.line, issue.location.column]
        .filter((p) => p !== undefined)
        .join(':')
    : '';
  // Messages usually name their path already; print it only when they do not.
  const printed = formatPath(issue.path);
  const path = printed === '' || issue.message.includes(printed) ? '' : ` (at ${printed})`;
  return `${where === '' ? '' : `${where}: `}${issue.severity} ${issue.code}: ${issue.message}${path}`;
};
