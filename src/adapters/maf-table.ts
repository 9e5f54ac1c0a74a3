/**
 * Tab-separated tables with a header as MAF and cBioPortal data and clinical files write them, plus binary
 * detection with a hint of what the bytes are (also used by the VCF reader). Lines come from `text.ts`.
 *
 * Internal to the adapters.
 */
import { left, right } from 'fp-ts/Either';
import type { Issue, Result, SourceLocation } from '../model/issue.js';
import { tabularIssue } from './issues-tabular.js';
import { splitLines } from './text.js';

/**
 * Why a text does not look like text, or null when it does: NUL bytes, a gzip/zip/BGZF signature, or
 * mostly control characters and replacement characters (what a decoder makes of binary bytes).
 *
 * @internal
 */
export const binaryHint = (text: string): string | null => {
  const head = text.slice(0, 4096);
  if (head.charCodeAt(0) === 0x1f && (head.charCodeAt(1) === 0x8b || head.charCodeAt(1) === 0xfffd)) {
    return 'it starts with the gzip signature; decompress .gz files first';
  }
  if (head.startsWith('PK\u0003\u0004'))
    return 'it starts with the zip signature (a zip archive or spreadsheet)';
  if (head.includes('\u0000')) return 'it contains NUL bytes';
  let odd = 0;
  for (let i = 0; i < head.length; i += 1) {
    const c = head.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) odd += 1;
  }
  return head.length > 0 && odd / head.length > 0.1 ? 'most of its first bytes are not text' : null;
};

/**
 * One data row of a table: its line number and its cells (trimmed; short rows padded with '').
 *
 * @internal
 */
export interface TableRow {
  readonly line: number;
  readonly cells: ReadonlyArray<string>;
}

/**
 * A tab-separated table: its header, rows, and the rows that could not be read.
 *
 * @internal
 */
export interface Table {
  /** The file name, when known. */
  readonly file: string | undefined;
  /** How issues name the file: its name, or "The input". */
  readonly name: string;
  readonly headerLine: number;
  readonly header: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<TableRow>;
  /** Rows with more non-empty cells than the header has columns, each with its issue. */
  readonly badRows: ReadonlyArray<{ readonly row: TableRow; readonly issue: Issue }>;
  /** Index of a column by name, case-insensitively; the first of several names that exists. */
  readonly column: (...names: ReadonlyArray<string>) => number | undefined;
  /** A location in this file (no `file` when the name is unknown). */
  readonly at: (line?: number) => SourceLocation;
}

/**
 * Reads a tab-separated table: `#` lines before the header are comments (MAF `#version 2.4`, cBioPortal's
 * four clinical metadata lines), the first other non-blank line is the header, blank lines are skipped.
 * Fails only when the text is binary, empty or has no header.
 *
 * @internal
 */
export const readTable = (text: string, file: string | undefined, format: string): Result<Table> => {
  const name = file ?? 'The input';
  const at = (line?: number): SourceLocation => ({
    ...(file === undefined ? {} : { file }),
    ...(line === undefined ? {} : { line }),
  });
  const hint = binaryHint(text);
  if (hint !== null)
    return left([tabularIssue('file_binary', { file: name, format, hint }, { location: at() })]);
  const lines = splitLines(text);
  if (lines.every((l) => l.text.trim() === '')) {
    return left([tabularIssue('file_empty', { file: name, format }, { location: at() })]);
  }
  const headerAt = lines.findIndex((l) => l.text.trim() !== '' && !l.text.startsWith('#'));
  const headerLine = lines[headerAt];
  if (headerLine === undefined) {
    return left([tabularIssue('table_no_header', { file: name }, { location: at() })]);
  }
  const header = trimTrailingEmpty(headerLine.text.split('\t').map((c) => c.trim()));
  const rows: TableRow[] = [];
  const badRows: { row: TableRow; issue: Issue }[] = [];
  for (const l of lines.slice(headerAt + 1)) {
    if (l.text.trim() === '') continue;
    const raw = trimTrailingEmpty(l.text.split('\t').map((c) => c.trim()));
    if (raw.length > header.length) {
      const row = { line: l.line, cells: raw };
      badRows.push({
        row,
        issue: tabularIssue(
          'table_too_many_cells',
          { found: raw.length, expected: header.length },
          { location: at(l.line) },
        ),
      });
      continue;
    }
    const cells =
      raw.length === header.length ? raw : [...raw, ...Array<string>(header.length - raw.length).fill('')];
    rows.push({ line: l.line, cells });
  }
  const byName = new Map<string, number>();
  header.forEach((name, index) => {
    const key = name.toLowerCase();
    if (!byName.has(key)) byName.set(key, index);
  });
  const column = (...names: ReadonlyArray<string>): number | undefined => {
    for (const name of names) {
      const index = byName.get(name.toLowerCase());
      if (index !== undefined) return index;
    }
    return undefined;
  };
  return right({ file, name, headerLine: headerLine.line, header, rows, badRows, column, at });
};

const trimTrailingEmpty = (cells: ReadonlyArray<string>): ReadonlyArray<string> => {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return end === cells.length ? cells : cells.slice(0, end);
};

/** Words that mean "no value" in MAF and cBioPortal cells. */
const MISSING = new Set(['', 'NA', 'N/A', '.', '[Not Available]', '[Not Applicable]', '[Unknown]']);

/**
 * The cell at `index`, or undefined when the column is absent or the cell says "no value" (`NA`, empty).
 *
 * @internal
 */
export const cell = (row: TableRow, index: number | undefined): string | undefined => {
  if (index === undefined) return undefined;
  const value = row.cells[index];
  return value === undefined || MISSING.has(value) ? undefined : value;
};

/**
 * A finite number written in a cell, or undefined. Accepts `1e3`, `-1.5`; rejects `12abc`, `Infinity`.
 *
 * @internal
 */
export const parseNumber = (text: string): number | undefined => {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
};
