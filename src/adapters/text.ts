/**
 * Line and cell helpers shared by the text adapters (TSO500, VCF, MAF): a byte-order mark, CRLF or CR line
 * ends, trailing tab padding and "blank" lines made of tabs only are all handled here, once.
 *
 * Internal to the adapters (not exported from the package); tested in `test/adapters/tso500-text.test.ts`.
 */

/** One line of a text file with its 1-based line number. */
export interface TextLine {
  readonly line: number;
  readonly text: string;
}

/** One tab-separated line: its cells with trailing empty cells removed, and the raw cell count. */
export interface TabLine extends TextLine {
  /** Cells, each trimmed of surrounding spaces, with trailing empty cells removed (tab padding). */
  readonly cells: ReadonlyArray<string>;
  /** How many cells the line had before trailing empty cells were removed. */
  readonly rawCellCount: number;
}

const BOM = '\uFEFF';

/**
 * Removes a leading byte-order mark.
 *
 * @internal
 */
export const stripBom = (text: string): string => (text.startsWith(BOM) ? text.slice(1) : text);

/**
 * Splits text into numbered lines: LF, CRLF and lone CR all end a line; a final line end does not make an
 * extra empty line; a leading byte-order mark is dropped.
 *
 * @internal
 */
export const splitLines = (text: string): ReadonlyArray<TextLine> => {
  const body = stripBom(text);
  if (body === '') return [];
  const parts = body.split(/\r\n|\n|\r/);
  const lines = parts.length > 1 && parts[parts.length - 1] === '' ? parts.slice(0, -1) : parts;
  return lines.map((t, i) => ({ line: i + 1, text: t }));
};

/**
 * Splits one line on tabs, trims each cell, and drops trailing empty cells (tab padding).
 *
 * @internal
 */
export const splitTabs = (
  text: string,
): { readonly cells: ReadonlyArray<string>; readonly rawCellCount: number } => {
  const raw = text.split('\t').map((c) => c.trim());
  let end = raw.length;
  while (end > 0 && raw[end - 1] === '') end -= 1;
  return { cells: raw.slice(0, end), rawCellCount: raw.length };
};

/**
 * Splits text into numbered tab-separated lines (see `splitLines` and `splitTabs`).
 *
 * @internal
 */
export const tabLines = (text: string): ReadonlyArray<TabLine> =>
  splitLines(text).map((l) => ({ ...l, ...splitTabs(l.text) }));

/**
 * True when every cell of a line is empty: a zero-length line, or one made of tabs and spaces only.
 *
 * @internal
 */
export const isBlankLine = (line: { readonly cells: ReadonlyArray<string> }): boolean =>
  line.cells.length === 0;

/** Where binary content was found: the 1-based line and what it was. */
export interface BinaryContent {
  readonly line: number;
  readonly kind: 'nul' | 'invalid-utf8';
}

/**
 * Finds the first sign that a text is not text: a NUL character, or U+FFFD, the replacement character a
 * UTF-8 decoder puts where the bytes were not valid UTF-8. Returns null for clean text.
 *
 * @internal
 */
export const findBinaryContent = (text: string): BinaryContent | null => {
  const nul = text.indexOf('\u0000');
  const bad = text.indexOf('\uFFFD');
  const first = nul < 0 ? bad : bad < 0 ? nul : Math.min(nul, bad);
  if (first < 0) return null;
  return { line: lineAt(text, first), kind: first === nul ? 'nul' : 'invalid-utf8' };
};

/**
 * True when a line holds a NUL character or a UTF-8 replacement character.
 *
 * @internal
 */
export const hasBinaryContent = (text: string): boolean => text.includes('\u0000') || text.includes('\uFFFD');

/**
 * The 1-based line of a character offset, counting LF, CRLF and lone CR as line ends.
 *
 * @internal
 */
export const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
  }
  return line;
};
