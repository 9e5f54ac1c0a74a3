/**
 * A small JSON scanner for error positions: JSON.parse's messages differ between engines and often give
 * no position at all, so a syntax error is located here (1-based line and column, with a reason). On valid
 * text it also records where the values near the top sit (`findings[3]` -> line 42), so findings of a
 * JSON case carry their line like rows of a TSV file.
 *
 * It reads character codes in one pass and keeps the current line as it goes (valid JSON has line breaks
 * in whitespace only); paths are printed only for the values it records, and keys are decoded only there.
 *
 * @internal
 */

/** A located syntax error. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

/** The scan of a JSON text: an error, or the line of each value up to `depth` levels down. */
export type JsonScan =
  | { readonly ok: false; readonly error: JsonSyntaxError }
  | { readonly ok: true; readonly lines: ReadonlyMap<string, number> };

const MAX_NESTING = 256;

/** A number is matched within this many characters (longer literals end there). */
const NUMBER_WINDOW = 400;

class Fail {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {}
}

// Character codes.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const BRACKET_OPEN = 91;
const BACKSLASH = 92;
const BRACKET_CLOSE = 93;
const BRACE_OPEN = 123;
const BRACE_CLOSE = 125;

const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** `"`, `\`, `/`, `b`, `f`, `n`, `r`, `t`: the one-character escapes. */
const isSimpleEscape = (c: number): boolean =>
  c === QUOTE || c === BACKSLASH || c === 47 || c === 98 || c === 102 || c === 110 || c === 114 || c === 116;

const LITERALS: ReadonlyArray<string> = ['true', 'false', 'null'];

/** A path as `formatPath` prints it, one step further: `findings` + 3 -> `findings[3]`, + `gene`. */
const child = (path: string, step: string | number): string =>
  typeof step === 'number' ? `${path}[${step}]` : path === '' ? step : `${path}.${step}`;

/** 1-based line and column of an offset. */
const position = (text: string, at: number): { readonly line: number; readonly column: number } => {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(at, text.length);
  for (let k = text.indexOf('\n'); k >= 0 && k < end; k = text.indexOf('\n', k + 1)) {
    line += 1;
    lineStart = k + 1;
  }
  return { line, column: at - lineStart + 1 };
};

/**
 * Scans a JSON text. Values at most `depth` levels deep get their line recorded under their printed path
 * (`findings[3]`).
 *
 * @internal
 */
export const scanJson = (text: string, depth = 2): JsonScan => {
  const n = text.length;
  let i = 0;
  let line = 1; // the line of position i, counted in whitespace
  const lines = new Map<string, number>();
  const code = (at: number): number => text.charCodeAt(at); // NaN past the end
  const describe = (at: number): string => (at >= n ? 'end of input' : `${JSON.stringify(text[at])}`);
  // The hot loops work on a local copy of the position (a captured variable is slower to update).
  const ws = (): void => {
    let k = i;
    for (;;) {
      const c = text.charCodeAt(k);
      if (c === SPACE || c === TAB || c === CR) k += 1;
      else if (c === LF) {
        k += 1;
        line += 1;
      } else break;
    }
    i = k;
  };
  const expect = (c: number, what: string): void => {
    if (code(i) !== c) throw new Fail(i, `expected ${what}, found ${describe(i)}`);
    i += 1;
  };
  /** A string; returns whether it held an escape. */
  const string = (): boolean => {
    expect(QUOTE, 'a string');
    let escaped = false;
    let k = i;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === QUOTE) {
        i = k + 1;
        return escaped;
      }
      if (c === BACKSLASH) {
        escaped = true;
        const e = code(k + 1);
        if (isSimpleEscape(e)) k += 2;
        else if (
          e === 117 && // u
          k + 6 <= n &&
          isHex(code(k + 2)) &&
          isHex(code(k + 3)) &&
          isHex(code(k + 4)) &&
          isHex(code(k + 5))
        )
          k += 6;
        else throw new Fail(k, 'invalid escape in string');
      } else if (c < SPACE) throw new Fail(k, 'control character in string (unescaped line break?)');
      else k += 1;
    }
    throw new Fail(k, 'unterminated string');
  };
  /** `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`, matched within the number window. */
  const number = (): void => {
    const limit = Math.min(n, i + NUMBER_WINDOW);
    const at = (k: number): number => (k < limit ? code(k) : NaN);
    const digitsFrom = (k: number): number => {
      while (isDigit(at(k))) k += 1;
      return k;
    };
    let k = at(i) === MINUS ? i + 1 : i;
    if (at(k) === ZERO) k += 1;
    else if (isDigit(at(k))) k = digitsFrom(k + 1);
    else throw new Fail(i, `unexpected ${describe(i)}`);
    if (at(k) === DOT && isDigit(at(k + 1))) k = digitsFrom(k + 2);
    const e = at(k);
    if (e === 101 || e === 69) {
      const sign = at(k + 1) === PLUS || at(k + 1) === MINUS ? 1 : 0;
      if (isDigit(at(k + 1 + sign))) k = digitsFrom(k + 2 + sign);
    }
    i = k;
  };
  /** A value at `level` under `path` (the printed path; only kept while values are recorded). */
  const value = (level: number, path: string): void => {
    ws();
    if (level > MAX_NESTING) throw new Fail(i, `nesting deeper than ${MAX_NESTING} levels`);
    const record = level <= depth;
    if (record) lines.set(path, line);
    const c = code(i);
    if (c === BRACE_OPEN) {
      i += 1;
      ws();
      if (code(i) === BRACE_CLOSE) {
        i += 1;
        return;
      }
      for (;;) {
        ws();
        const start = i;
        const escaped = string();
        let key = '';
        if (record && level < depth) {
          key = escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
        }
        ws();
        expect(COLON, '":" after a key');
        value(level + 1, record && level < depth ? child(path, key) : '');
        ws();
        if (code(i) === COMMA) {
          i += 1;
          continue;
        }
        expect(BRACE_CLOSE, '"," or "}"');
        return;
      }
    }
    if (c === BRACKET_OPEN) {
      i += 1;
      ws();
      if (code(i) === BRACKET_CLOSE) {
        i += 1;
        return;
      }
      for (let item = 0; ; item += 1) {
        value(level + 1, record && level < depth ? child(path, item) : '');
        ws();
        if (code(i) === COMMA) {
          i += 1;
          continue;
        }
        expect(BRACKET_CLOSE, '"," or "]"');
        return;
      }
    }
    if (c === QUOTE) {
      string();
      return;
    }
    for (const word of LITERALS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    number();
  };
  try {
    value(0, '');
    ws();
    if (i < n) throw new Fail(i, `unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, lines };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const { line: errorLine, column } = position(text, e.at);
    return { ok: false, error: { line: errorLine, column, reason: e.reason } };
  }
};

/** The index of the quote closing the string that opens at `k` (the text's length if there is none). */
const stringEnd = (text: string, k: number): number => {
  let end = text.indexOf('"', k + 1);
  for (;;) {
    if (end < 0) return text.length;
    // A closing quote is not preceded by an odd number of backslashes.
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
};

/** Whether valid JSON nests containers more than `max` deep (strings skipped). */
const nestsDeeper = (text: string, max: number): boolean => {
  let depth = 0;
  for (let k = 0; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (c === QUOTE) k = stringEnd(text, k);
    else if (c === BRACKET_OPEN || c === BRACE_OPEN) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === BRACKET_CLOSE || c === BRACE_CLOSE) depth -= 1;
  }
  return false;
};

const countUpTo = (text: string, char: string, limit: number): number => {
  let count = 0;
  for (let k = text.indexOf(char); k >= 0 && count <= limit; k = text.indexOf(char, k + 1)) count += 1;
  return count;
};

/** A character that can be part of a number literal: `-+.0-9eE`. */
const isNumberCode = (c: number): boolean =>
  isDigit(c) || c === MINUS || c === PLUS || c === DOT || c === 101 || c === 69;

/**
 * Whether some run of number characters is longer than the number window (whether in a number or in a
 * string). Such a run covers a position that is a multiple of the window, so only those are looked at.
 */
const hasLongNumberRun = (text: string): boolean => {
  for (let p = 0; p < text.length; p += NUMBER_WINDOW) {
    if (!isNumberCode(text.charCodeAt(p))) continue;
    let start = p;
    while (start > 0 && isNumberCode(text.charCodeAt(start - 1))) start -= 1;
    let end = p + 1;
    while (isNumberCode(text.charCodeAt(end))) end += 1;
    if (end - start > NUMBER_WINDOW) return true;
  }
  return false;
};

/** A container of a parsed JSON value deeper than the scanner reads. */
const TOO_DEEP = -1;

/** The containers (arrays, objects) in a parsed JSON value, or `TOO_DEEP` if a value lies too deep. */
const containersOf = (value: unknown, level: number): number => {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
  if (children.length > 0 && level >= MAX_NESTING) return TOO_DEEP; // its children lie deeper than 256
  let count = 1;
  for (const child of children) {
    const n = containersOf(child, level + 1);
    if (n === TOO_DEEP) return TOO_DEEP;
    count += n;
  }
  return count;
};

/**
 * For a text `JSON.parse` accepted (giving `value`): whether `scanJson` accepts it too, told without
 * scanning it. The scanner refuses only two things JSON.parse takes: nesting deeper than 256 levels and
 * number literals longer than its 400-character window. True is certain; false means only a scan can tell.
 *
 * Nesting is read from the value when the text has as many `{` and `[` as the value has containers: then
 * no container is missing from the value (a duplicate key's, which JSON.parse drops) and no bracket hides
 * in a string, so the value nests exactly as the text does.
 *
 * @internal
 */
export const scansAsParsed = (text: string, value: unknown): boolean => {
  if (hasLongNumberRun(text)) return false;
  const openers = countUpTo(text, '{', Infinity) + countUpTo(text, '[', Infinity);
  if (openers <= MAX_NESTING) return true;
  const containers = containersOf(value, 0);
  if (containers === TOO_DEEP) return false;
  return containers === openers || !nestsDeeper(text, MAX_NESTING);
};

/** The index of the first character at or after `k` that is no whitespace. */
const skipWs = (text: string, k: number): number => {
  let at = k;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c !== SPACE && c !== LF && c !== TAB && c !== CR) return at;
    at += 1;
  }
};

const isDelimiter = (c: number): boolean =>
  c === COMMA || c === BRACE_CLOSE || c === BRACKET_CLOSE || c === SPACE || c === LF || c === TAB || c === CR;

/** The index just after the value of valid JSON that starts at `k`. */
const skipValue = (text: string, k: number): number => {
  const c = text.charCodeAt(k);
  if (c === QUOTE) return stringEnd(text, k) + 1;
  if (c !== BRACE_OPEN && c !== BRACKET_OPEN) {
    // A number or a literal: up to the next delimiter.
    let end = k + 1;
    while (end < text.length && !isDelimiter(text.charCodeAt(end))) end += 1;
    return end;
  }
  let depth = 0;
  for (let end = k; end < text.length; end += 1) {
    const d = text.charCodeAt(end);
    if (d === QUOTE) end = stringEnd(text, end);
    else if (d === BRACE_OPEN || d === BRACKET_OPEN) depth += 1;
    else if ((d === BRACE_CLOSE || d === BRACKET_CLOSE) && (depth -= 1) === 0) return end + 1;
  }
  return text.length;
};

/**
 * For a text `JSON.parse` accepted and `scanJson` would accept: the line on which each element of the
 * root object's `findings` array starts, as `scanJson` records it under `findings[i]` (of the last
 * `findings` member, the one JSON.parse keeps), found without scanning the rest of the text. Empty when
 * the root is no object or its `findings` no array.
 *
 * @internal
 */
export const findingLines = (text: string): ReadonlyArray<number> => {
  let k = skipWs(text, 0);
  if (text.charCodeAt(k) !== BRACE_OPEN) return [];
  let starts: number[] = [];
  k = skipWs(text, k + 1);
  while (text.charCodeAt(k) === QUOTE) {
    const keyEnd = stringEnd(text, k);
    const raw = text.slice(k + 1, keyEnd);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(k, keyEnd + 1)) as string) : raw;
    k = skipWs(text, skipWs(text, keyEnd + 1) + 1); // past the colon, at the value
    if (key !== 'findings') k = skipValue(text, k);
    else if (text.charCodeAt(k) !== BRACKET_OPEN) {
      starts = [];
      k = skipValue(text, k);
    } else {
      starts = [];
      k = skipWs(text, k + 1);
      while (text.charCodeAt(k) !== BRACKET_CLOSE && k < text.length) {
        starts.push(k);
        k = skipWs(text, skipValue(text, k));
        if (text.charCodeAt(k) === COMMA) k = skipWs(text, k + 1);
      }
      k += 1;
    }
    k = skipWs(text, k);
    if (text.charCodeAt(k) !== COMMA) break;
    k = skipWs(text, k + 1);
  }
  // Lines: 1 + the line breaks before each start (starts increase).
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const start of starts) {
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl < start; nl = text.indexOf('\n', nl + 1)) {
      line += 1;
      from = nl + 1;
    }
    lines.push(line);
  }
  return lines;
};
