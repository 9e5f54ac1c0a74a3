/**
 * The JSON scanner as it was before it was optimized (`src/adapters/json-case-syntax.ts` at f2f45e7), kept
 * as the reference for differential tests: the optimized scanner must give the same scan (error position
 * and reason, or the line of every recorded value) for every text.
 */
import { formatPath } from '../../src/model/issue.js';
import type { IssuePath } from '../../src/model/issue.js';

/** A located syntax error. */
interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

/** The scan of a JSON text: an error, or the line of each value up to `depth` levels down. */
type JsonScan =
  | { readonly ok: false; readonly error: JsonSyntaxError }
  | { readonly ok: true; readonly lines: ReadonlyMap<string, number> };

const MAX_NESTING = 256;

class Fail {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {}
}

/**
 * Scans a JSON text. Values at most `depth` levels deep get their line recorded under their printed path
 * (`findings[3]`).
 *
 * @internal
 */
export const referenceScanJson = (text: string, depth = 2): JsonScan => {
  let i = 0;
  const lines = new Map<string, number>();
  const lineStarts: number[] = [0];
  for (let k = 0; k < text.length; k += 1) if (text[k] === '\n') lineStarts.push(k + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const describe = (at: number): string =>
    at >= text.length ? 'end of input' : `${JSON.stringify(text[at])}`;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i += 1;
  };
  const expect = (c: string, what: string): void => {
    if (text[i] !== c) throw new Fail(i, `expected ${what}, found ${describe(i)}`);
    i += 1;
  };
  const string = (): void => {
    expect('"', 'a string');
    while (i < text.length) {
      const c = text[i] ?? '';
      if (c === '"') {
        i += 1;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else throw new Fail(i, 'invalid escape in string');
      } else if (c < ' ') throw new Fail(i, 'control character in string (unescaped line break?)');
      else i += 1;
    }
    throw new Fail(i, 'unterminated string');
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i, i + 400));
    if (m === null || m[0] === '' || m[0] === '-') throw new Fail(i, `unexpected ${describe(i)}`);
    i += m[0].length;
  };
  const value = (path: IssuePath): void => {
    ws();
    if (path.length > MAX_NESTING) throw new Fail(i, `nesting deeper than ${MAX_NESTING} levels`);
    if (path.length <= depth) lines.set(formatPath(path), lineOf(i));
    const c = text[i];
    if (c === '{') {
      i += 1;
      ws();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        ws();
        const start = i;
        string();
        const key = JSON.parse(text.slice(start, i)) as string;
        ws();
        expect(':', '":" after a key');
        value([...path, key]);
        ws();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        expect('}', '"," or "}"');
        return;
      }
    }
    if (c === '[') {
      i += 1;
      ws();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (let n = 0; ; n += 1) {
        value([...path, n]);
        ws();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        expect(']', '"," or "]"');
        return;
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    number();
  };
  try {
    value([]);
    ws();
    if (i < text.length) throw new Fail(i, `unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, lines };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const line = lineOf(e.at);
    return { ok: false, error: { line, column: e.at - (lineStarts[line - 1] ?? 0) + 1, reason: e.reason } };
  }
};
