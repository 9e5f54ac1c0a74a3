/**
 * File helpers for the reference build: a strict TSV reader and a deterministic JSON writer that keeps
 * short records on one line (so a data change shows as a one-line diff).
 */
import { readFileSync } from 'node:fs';

/** One TSV data row, keyed by header name. */
export type TsvRow = Readonly<Record<string, string>>;

/** A parsed TSV file: its header and rows. */
export interface Tsv {
  readonly file: string;
  readonly header: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<TsvRow>;
}

/**
 * Reads a tab-separated file with one header row. Fails (throws: this is a build script) when a required
 * column is missing or a row has more cells than the header.
 */
export const readTsv = (file: string, required: ReadonlyArray<string> = []): Tsv => {
  const lines = readFileSync(file, 'utf8').replace(/\r/g, '').split('\n');
  const header = (lines[0] ?? '').split('\t');
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  const rows = lines.slice(1).flatMap((line, i) => {
    if (line === '') return [];
    const cells = line.split('\t');
    if (cells.length > header.length)
      throw new Error(`${file}:${i + 2}: ${cells.length} cells, header has ${header.length}`);
    return [Object.fromEntries(header.map((name, j) => [name, cells[j] ?? '']))];
  });
  return { file, header, rows };
};

/** Splits a multi-valued cell (`a|b|c`) into trimmed, non-empty values. */
export const splitCell = (cell: string | undefined, separator: string | RegExp = '|'): string[] =>
  (cell ?? '')
    .split(separator)
    .map((value) => value.trim())
    .filter((value) => value !== '');

/**
 * JSON text with 2-space indentation in which any array or object that fits in `width` characters is
 * written on one line. Key order is the order of insertion (callers build records in a fixed order).
 */
export const formatJson = (value: unknown, width = 120): string => `${format(value, 0, width)}\n`;

const format = (value: unknown, indent: number, width: number, lead = 0): string => {
  const inline = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent + lead + inline.length <= width) return inline;
  const pad = ' '.repeat(indent + 2);
  const end = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad + format(v, indent + 2, width)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return `${pad}${key}${format(v, indent + 2, width, key.length)}`;
  });
  return `{\n${lines.join(',\n')}\n${end}}`;
};
