/**
 * Reading one TSO500 section as a table (header + rows) or as key-value lines, and what every section
 * reader returns. Shared by the section readers in `tso500-*.ts`.
 *
 * - A table whose only row starts with `NA` is empty (Local App, DRAGEN 2.1); so is a header-only table
 *   (DRAGEN 2.6). The `NA` line is counted as a "no call" line, so every line is accounted for.
 * - A row with fewer cells than the header is incomplete: rejected; when it is the file's last line, the
 *   file is also reported as truncated.
 * - A header lacking a required column rejects every row of the section, each with its line.
 *
 * @internal
 */
import type { Issue, SourceLocation } from '../model/issue.js';
import type { RejectedFinding } from '../model/case.js';
import type { DraftFinding } from '../model/draft.js';
import { adapterIssue, describeAt } from './issues.js';
import type { Tso500Line, Tso500Section } from './tso500-layout.js';

/** What a section reader gives back. */
export interface SectionOutput {
  readonly findings: ReadonlyArray<DraftFinding>;
  readonly rejected: ReadonlyArray<RejectedFinding>;
  readonly notices: ReadonlyArray<Issue>;
  /** Lines that hold no call: the `NA` row of an empty table, a BRCA `NA` row of exon-level CNVs. */
  readonly noCallLines: ReadonlyArray<number>;
}

/** An output with nothing in it. */
export const emptyOutput: SectionOutput = { findings: [], rejected: [], notices: [], noCallLines: [] };

/** Joins outputs, keeping their order. */
export const concatOutputs = (outputs: ReadonlyArray<SectionOutput>): SectionOutput => ({
  findings: outputs.flatMap((o) => o.findings),
  rejected: outputs.flatMap((o) => o.rejected),
  notices: outputs.flatMap((o) => o.notices),
  noCallLines: outputs.flatMap((o) => o.noCallLines),
});

/** What a section reader knows besides its section. */
export interface ReadContext {
  readonly file: string | undefined;
  /** The file's last line number (a short row there means the file is truncated). */
  readonly lastLine: number;
}

/** A source location in the file being read. */
export const locate = (ctx: ReadContext, line: number, column?: string): SourceLocation => ({
  ...(ctx.file === undefined ? {} : { file: ctx.file }),
  line,
  ...(column === undefined ? {} : { column }),
});

/** `at` words and the location for an issue about a line (and column) of the file. */
export const whereIn = (
  ctx: ReadContext,
  line: number,
  column?: string,
): { readonly at: string; readonly location: SourceLocation } => {
  const location = locate(ctx, line, column);
  return { at: describeAt([], location), location };
};

/** A data row of a table, cells looked up by column name. */
export interface TableRow {
  readonly line: number;
  readonly cells: ReadonlyArray<string>;
  /** The cell under a column (empty string when the row has no cell there). */
  readonly get: (column: string) => string;
}

/** A section read as a table. */
export interface Table {
  readonly rows: ReadonlyArray<TableRow>;
  /** Rows rejected while reading the table (short rows, binary lines, missing columns). */
  readonly output: SectionOutput;
}

const isNa = (cell: string): boolean => cell === '' || cell.toUpperCase() === 'NA';

/** The name of a section in brackets, for messages. */
export const bracket = (section: Tso500Section): string => `[${section.name}]`;

/** Text with control and replacement characters shown as `?` (binary rows in summaries). */
const printable = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u001f\u007f\uFFFD]/g, '?');

/** A rejected line: summary from its cells, the issues, its location. */
export const rejectLine = (
  ctx: ReadContext,
  section: Tso500Section,
  line: Tso500Line | TableRow,
  issues: ReadonlyArray<Issue>,
  summary?: string,
): RejectedFinding => ({
  summary: printable(summary ?? `${bracket(section)} ${line.cells.filter((c) => c !== '').join(' ')}`).slice(
    0,
    120,
  ),
  source: locate(ctx, line.line),
  issues,
});

/**
 * Reads a table section: header, then rows. `required` columns must be in the header. `consequence` is what
 * a truncation means for the case (said in the truncated-file issue).
 */
export const readTable = (
  ctx: ReadContext,
  section: Tso500Section,
  required: ReadonlyArray<string>,
  truncation: string,
  /** Rows that hold no call (checked before the row width: such rows may be written short). */
  isNoCall: (cells: ReadonlyArray<string>) => boolean = () => false,
): Table => {
  const [header, ...rest] = section.lines;
  if (header === undefined) return { rows: [], output: emptyOutput };
  // A table that is a lone `NA` line (no header) is empty too.
  if (rest.length === 0 && header.cells.every(isNa)) {
    return { rows: [], output: { ...emptyOutput, noCallLines: [header.line] } };
  }
  if (
    rest.length === 1 &&
    rest[0] !== undefined &&
    isNa(rest[0].cells[0] ?? '') &&
    rest[0].cells.every(isNa)
  ) {
    return { rows: [], output: { ...emptyOutput, noCallLines: [rest[0].line] } };
  }
  const columns = new Map<string, number>();
  header.cells.forEach((name, i) => {
    if (name !== '' && !columns.has(name.toLowerCase())) columns.set(name.toLowerCase(), i);
  });
  const missing = required.filter((c) => !columns.has(c.toLowerCase()));
  const rejected: RejectedFinding[] = [];
  const notices: Issue[] = [];
  if (missing.length > 0) {
    const w = whereIn(ctx, header.line);
    const issue = adapterIssue(
      'tso500_missing_column',
      { at: w.at, section: bracket(section), columns: missing.map((m) => `"${m}"`).join(', ') },
      { location: w.location },
    );
    notices.push(issue);
    return {
      rows: [],
      output: {
        ...emptyOutput,
        notices,
        rejected: rest.map((l) => rejectLine(ctx, section, l, [issue])),
      },
    };
  }
  const width = header.cells.length;
  const rows: TableRow[] = [];
  const noCallLines: number[] = [];
  for (const line of rest) {
    if (!line.binary && isNoCall(line.cells)) {
      noCallLines.push(line.line);
      continue;
    }
    if (line.binary) {
      const w = whereIn(ctx, line.line);
      rejected.push(
        rejectLine(ctx, section, line, [
          adapterIssue(
            'binary_content',
            { at: w.at, kind: kindOf(line.text), lines: 1 },
            { location: w.location },
          ),
        ]),
      );
      continue;
    }
    if (line.rawCellCount < width) {
      const w = whereIn(ctx, line.line);
      const issues = [
        adapterIssue(
          'tso500_short_row',
          { at: w.at, section: bracket(section), cells: line.rawCellCount, expected: width },
          { location: w.location },
        ),
      ];
      rejected.push(rejectLine(ctx, section, line, issues));
      if (line.line === ctx.lastLine) {
        notices.push(
          adapterIssue(
            'tso500_truncated_file',
            { at: w.at, section: bracket(section), consequence: truncation },
            { location: w.location },
          ),
        );
      }
      continue;
    }
    rows.push({
      line: line.line,
      cells: line.cells,
      get: (column) => {
        const i = columns.get(column.toLowerCase());
        return i === undefined ? '' : (line.cells[i] ?? '');
      },
    });
  }
  return { rows, output: { ...emptyOutput, rejected, notices, noCallLines } };
};

const kindOf = (text: string): string => (text.includes('\u0000') ? 'nul' : 'invalid-utf8');

/** A key-value section: the value of each key (first occurrence) and its line. */
export const readKeyValues = (
  section: Tso500Section,
): ReadonlyMap<string, { readonly value: string; readonly line: number }> => {
  const map = new Map<string, { readonly value: string; readonly line: number }>();
  for (const line of section.lines) {
    const key = line.cells[0];
    if (key === undefined || line.binary || map.has(key.toLowerCase())) continue;
    map.set(key.toLowerCase(), { value: line.cells[1] ?? '', line: line.line });
  }
  return map;
};

/** A cell read as a number: `null` for `NA` / empty, a number, or `'invalid'`. */
export type CellNumber = number | null | 'invalid';

/** Reads a number cell: `NA` and empty are null; anything that is not a plain decimal number is invalid. */
export const numberCell = (text: string): CellNumber => {
  if (isNa(text)) return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return 'invalid';
  return Number(text);
};

/** True for `NA` and empty cells. */
export const isNaCell = isNa;

/**
 * Reads a numeric cell of a row for a finding field; on a bad value returns the issue to reject the row.
 * `kind` says what is acceptable: any number, a count (whole, >= 0).
 */
export const numericField = (
  ctx: ReadContext,
  row: TableRow,
  column: string,
  kind: 'number' | 'count',
): { readonly value: number | null; readonly issue: Issue | null } => {
  const text = row.get(column);
  const n = numberCell(text);
  if (n !== 'invalid' && (kind === 'number' || n === null || Number.isInteger(n)))
    return { value: n, issue: null };
  const w = whereIn(ctx, row.line, column);
  return {
    value: null,
    issue: adapterIssue(
      'tso500_invalid_number',
      { at: w.at, column, text, expected: kind === 'count' ? 'a whole number' : 'a number' },
      { location: w.location },
    ),
  };
};
