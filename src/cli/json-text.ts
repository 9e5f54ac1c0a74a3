/**
 * JSON text from a file, parsed with a location (line and column) for syntax errors.
 */
import { left, right } from 'fp-ts/Either';
import type { Result, SourceLocation } from '../model/issue.js';
import { cliIssue } from './issues.js';

/** Line and column (1-based) of a character offset. */
const lineColumn = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
};

/** Parses JSON text; a syntax error is one `invalid_json` issue at its line and column. @internal */
export const parseJsonText = (text: string, file: string): Result<unknown> => {
  try {
    return right(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    const position = /at position (\d+)/.exec(reason);
    const end = /end of JSON input/.test(reason) ? text.length : undefined;
    const offset = position?.[1] === undefined ? end : Number(position[1]);
    const location: SourceLocation = offset === undefined ? { file } : { file, ...lineColumn(text, offset) };
    return left([
      cliIssue(
        'invalid_json',
        { file, reason: reason.replace(/ in JSON at position \d+.*$/, '') },
        { location },
      ),
    ]);
  }
};
