/**
 * cBioPortal discrete copy-number files (`data_cna*`, GISTIC levels): a gene per row, a sample per column.
 *
 * Levels: `-2` deep deletion -> homozygous-deletion; `-1.5` and `-1` shallow loss -> loss; `0` diploid ->
 * no finding; `1` gain; `2` amplification; `NA` (or empty) -> the gene was not profiled for that sample.
 * The words some studies write instead are accepted too (Amplification, Gain, Loss, Deletion = a loss of
 * unknown depth, HomDel, Neutral). The table below is the whole mapping.
 */
import { left, right } from 'fp-ts/Either';
import type { RejectedFinding } from '../model/case.js';
import type { CopyNumberCallSchema } from '../model/case-input.js';
import type { DraftFinding } from '../model/draft.js';
import type { Issue, Result } from '../model/issue.js';
import type { z } from 'zod';
import { tabularIssue } from './issues-tabular.js';
import { parseNumber, readTable, type Table } from './maf-table.js';

type Call = z.infer<typeof CopyNumberCallSchema>;

/** Discrete level or word (lowercase) -> call; `null` = copy-neutral, no finding. */
const LEVELS: ReadonlyMap<string, Call | null> = new Map<string, Call | null>([
  ['-2', 'homozygous-deletion'],
  ['-1.5', 'loss'],
  ['-1', 'loss'],
  ['0', null],
  ['1', 'gain'],
  ['2', 'amplification'],
  ['amplification', 'amplification'],
  ['amp', 'amplification'],
  ['gain', 'gain'],
  ['neutral', null],
  ['diploid', null],
  ['loss', 'loss'],
  ['hetloss', 'loss'],
  ['deletion', 'deletion'],
  ['homdel', 'homozygous-deletion'],
]);

/** The call of one cell: a call, `null` (neutral), `'not-profiled'`, or `'invalid'`. */
const levelOf = (text: string): Call | null | 'not-profiled' | 'invalid' => {
  const t = text.trim();
  if (t === '' || t.toUpperCase() === 'NA') return 'not-profiled';
  const word = LEVELS.get(t.toLowerCase());
  if (word !== undefined) return word;
  const n = parseNumber(t);
  const level = n === undefined ? undefined : LEVELS.get(String(n));
  return level === undefined ? 'invalid' : level;
};

/** Columns that describe the gene rather than hold a sample. */
const GENE_COLUMNS = new Set([
  'hugo_symbol',
  'entrez_gene_id',
  'cytoband',
  'locus id',
  'gene id',
  'gene symbol',
]);

/**
 * A discrete CNA file: its table, the gene column, and the sample columns.
 *
 * @internal
 */
export interface CnaMatrix {
  readonly table: Table;
  readonly gene: number;
  /** Sample id -> column index, in header order. */
  readonly samples: ReadonlyMap<string, number>;
}

/**
 * Reads a discrete CNA file; fails when it is binary, empty or has no Hugo_Symbol column.
 *
 * @internal
 */
export const readCna = (text: string, file: string): Result<CnaMatrix> => {
  const read = readTable(text, file, 'cBioPortal copy-number');
  if (read._tag === 'Left') return read;
  const table = read.right;
  const gene = table.column('Hugo_Symbol');
  if (gene === undefined) {
    return left([
      tabularIssue(
        'table_missing_columns',
        { file: table.name, columns: ['Hugo_Symbol'], found: table.header },
        { location: table.at(table.headerLine) },
      ),
    ]);
  }
  const samples = new Map<string, number>();
  table.header.forEach((name, index) => {
    if (!GENE_COLUMNS.has(name.toLowerCase()) && name !== '' && !samples.has(name)) samples.set(name, index);
  });
  return right({ table, gene, samples });
};

/**
 * The CNA rows of one sample: findings, rejected cells, and the genes it was not profiled for.
 *
 * @internal
 */
export interface SampleCna {
  readonly findings: ReadonlyArray<DraftFinding>;
  readonly rejected: ReadonlyArray<RejectedFinding>;
  readonly neutral: number;
  readonly notProfiled: ReadonlyArray<string>;
}

/**
 * Reads one sample's column: a finding per non-neutral level, a rejected row per unreadable cell.
 *
 * @internal
 */
export const sampleCna = (cna: CnaMatrix, sample: string): SampleCna | undefined => {
  const column = cna.samples.get(sample);
  if (column === undefined) return undefined;
  const findings: DraftFinding[] = [];
  const rejected: RejectedFinding[] = [];
  const notProfiled: string[] = [];
  let neutral = 0;
  for (const row of cna.table.rows) {
    const text = row.cells[column] ?? '';
    // Most cells are diploid: skip them before building anything.
    if (text === '0') {
      neutral += 1;
      continue;
    }
    const raw = row.cells[cna.gene] ?? '';
    const gene = raw === '' || raw.toUpperCase() === 'NA' ? undefined : raw;
    const level = levelOf(text);
    if (level === 'not-profiled') {
      notProfiled.push(gene ?? `line ${row.line}`);
      continue;
    }
    if (level === null) {
      neutral += 1;
      continue;
    }
    const source = { ...cna.table.at(row.line), column: sample };
    if (level === 'invalid' || gene === undefined) {
      const issue =
        level === 'invalid'
          ? tabularIssue(
              'cbioportal_cna_value',
              { value: text, gene: gene ?? '(no gene)' },
              { location: source },
            )
          : tabularIssue('cbioportal_cna_no_gene', {}, { location: source });
      rejected.push({ summary: `${gene ?? '?'} ${text}`, source, issues: [issue] });
    } else {
      findings.push({ input: { kind: 'copy-number', gene, call: level }, source });
    }
  }
  return { findings, rejected, neutral, notProfiled };
};

/**
 * Rows of the CNA file that had more cells than its header: they belong to no sample.
 *
 * @internal
 */
export const cnaBadRows = (cna: CnaMatrix): ReadonlyArray<RejectedFinding> =>
  cna.table.badRows.map(({ row, issue }) => ({
    summary: row.cells[cna.gene] ?? `line ${row.line}`,
    source: cna.table.at(row.line),
    issues: [issue as Issue],
  }));
