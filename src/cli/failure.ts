/**
 * How the CLI fails: a usage error (exit 2), bad input with coded issues (exit 1), or an internal error
 * (exit 70). Thrown inside commands, caught once at the top by `run`.
 */
import type { Issue } from '../model/issue.js';

/** The exit codes of `mtb-match`, as documented in `--help`. */
export const EXIT = {
  ok: 0,
  badInput: 1,
  usage: 2,
  internal: 70,
} as const;

/** A command line that cannot be run as written: unknown flag, missing argument, bad flag value. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** The command it concerns, e.g. `match` or `rules diff`; empty for the top level. */
    readonly command: string,
  ) {
    super(message);
  }
}

/** Input that cannot be used: unreadable file, invalid case or table. Each issue is printed on one line. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly issues: ReadonlyArray<Issue>) {
    super(issues.map((i) => i.message).join(' '));
  }
}
