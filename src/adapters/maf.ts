/**
 * Mutation Annotation Format (MAF: GDC/TCGA, vcf2maf, cBioPortal `data_mutations*`) to one case draft per
 * Tumor_Sample_Barcode. Every data row becomes a finding input or a rejected row with its line.
 */
import { left, right } from 'fp-ts/Either';
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray';
import type { RejectedFinding } from '../model/case.js';
import type { FindingInput } from '../model/case-input.js';
import type { CaseDraft, DraftFinding } from '../model/draft.js';
import type { Issue, Result, SourceLocation } from '../model/issue.js';
import { tabularIssue } from './issues-tabular.js';
import { cell, parseNumber, readTable, type Table, type TableRow } from './maf-table.js';
import { MAF_VARIANT_CLASSIFICATIONS, mafClassificationTerms } from './maf-variant-classification.js';

/** Options of `readMaf`. */
export interface MafOptions {
  /** The file name, used in issues and finding sources. */
  readonly file?: string;
}

/**
 * What the rows of one sample became.
 *
 * @internal
 */
export interface SampleRows {
  readonly findings: ReadonlyArray<DraftFinding>;
  readonly rejected: ReadonlyArray<RejectedFinding>;
  readonly notices: ReadonlyArray<Issue>;
}

/**
 * A MAF read into rows per sample, before drafts are made.
 *
 * @internal
 */
export interface MafRows {
  readonly file: string | undefined;
  /** Per Tumor_Sample_Barcode, in order of first appearance. */
  readonly samples: ReadonlyMap<string, SampleRows>;
  /** Rows that name no sample, so belong to no draft. */
  readonly unassigned: ReadonlyArray<RejectedFinding>;
  /** Number of data rows read (rows that became findings, rejected rows, unassigned rows). */
  readonly rowCount: number;
}

const REQUIRED = ['Hugo_Symbol', 'Tumor_Sample_Barcode', 'Variant_Classification'] as const;

/** Mutation_Status values cBioPortal does not load: the row is not a mutation call. */
const NOT_A_MUTATION = new Set(['none', 'wildtype', 'loh']);

/** Hugo_Symbol values that mean "no gene" (MAF writes `Unknown` for intergenic rows). */
const NO_GENE = new Set(['unknown']);

interface Columns {
  readonly gene: number;
  readonly sample: number;
  readonly classification: number;
  readonly consequence: number | undefined;
  readonly protein: ReadonlyArray<number>;
  readonly cdna: number | undefined;
  readonly transcript: number | undefined;
  readonly exon: number | undefined;
  readonly refCount: number | undefined;
  readonly altCount: number | undefined;
  readonly depth: number | undefined;
  readonly status: number | undefined;
}

const columnsOf = (table: Table): Columns | ReadonlyArray<string> => {
  const missing = REQUIRED.filter((name) => table.column(name) === undefined);
  const gene = table.column('Hugo_Symbol');
  const sample = table.column('Tumor_Sample_Barcode');
  const classification = table.column('Variant_Classification');
  if (missing.length > 0 || gene === undefined || sample === undefined || classification === undefined)
    return missing;
  return {
    gene,
    sample,
    classification,
    consequence: table.column('Consequence'),
    protein: ['HGVSp_Short', 'HGVSp', 'Protein_Change', 'Amino_Acid_Change'].flatMap((n) => {
      const i = table.column(n);
      return i === undefined ? [] : [i];
    }),
    cdna: table.column('HGVSc'),
    transcript: table.column('Transcript_ID'),
    exon: table.column('Exon_Number'),
    refCount: table.column('t_ref_count'),
    altCount: table.column('t_alt_count'),
    depth: table.column('t_depth'),
    status: table.column('Mutation_Status'),
  };
};

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** A whole, non-negative count in a cell, or undefined (with a notice when the cell held something else). */
const countIn = (
  row: TableRow,
  index: number | undefined,
  name: string,
  location: SourceLocation,
  notices: Issue[],
) => {
  const text = cell(row, index);
  if (text === undefined) return undefined;
  const value = parseNumber(text);
  if (value === undefined || value < 0 || !Number.isInteger(value)) {
    notices.push(tabularIssue('table_bad_number', { column: name, value: text }, { location }));
    return undefined;
  }
  return value;
};

type RowResult =
  | { readonly kind: 'finding'; readonly finding: DraftFinding; readonly notices: ReadonlyArray<Issue> }
  | { readonly kind: 'rejected'; readonly rejected: RejectedFinding; readonly notices: ReadonlyArray<Issue> };

const readRow = (row: TableRow, c: Columns, location: SourceLocation): RowResult => {
  const notices: Issue[] = [];
  const gene = cell(row, c.gene);
  const classification = cell(row, c.classification);
  const protein = c.protein.map((i) => cell(row, i)).find((v) => v !== undefined);
  const summary = [gene ?? '?', protein ?? classification ?? ''].join(' ').trim();
  const status = cell(row, c.status);
  if (status !== undefined && NOT_A_MUTATION.has(status.toLowerCase())) {
    return {
      kind: 'rejected',
      rejected: {
        summary,
        source: location,
        issues: [tabularIssue('maf_not_a_mutation', { status }, { location })],
      },
      notices,
    };
  }
  if (gene === undefined || NO_GENE.has(gene.toLowerCase())) {
    return {
      kind: 'rejected',
      rejected: {
        summary,
        source: location,
        issues: [tabularIssue('maf_no_gene', { symbol: row.cells[c.gene] ?? '' }, { location })],
      },
      notices,
    };
  }
  const mapped = classification === undefined ? undefined : mafClassificationTerms(classification);
  if (classification !== undefined && mapped === undefined) {
    notices.push(
      tabularIssue(
        'maf_unknown_variant_classification',
        { value: classification, known: MAF_VARIANT_CLASSIFICATIONS },
        { location: { ...location, column: 'Variant_Classification' } },
      ),
    );
  }
  const written = cell(row, c.consequence)
    ?.split(/[,&]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const consequences = written !== undefined && written.length > 0 ? written : mapped;
  const ref = countIn(row, c.refCount, 't_ref_count', location, notices);
  const alt = countIn(row, c.altCount, 't_alt_count', location, notices);
  const tDepth = countIn(row, c.depth, 't_depth', location, notices);
  const depth = tDepth ?? (ref !== undefined && alt !== undefined ? ref + alt : undefined);
  const denominator = ref !== undefined && alt !== undefined ? ref + alt : tDepth;
  const vaf =
    alt !== undefined && denominator !== undefined && denominator > 0 ? alt / denominator : undefined;
  const origin =
    status === undefined
      ? undefined
      : /^somatic$/i.test(status)
        ? ('somatic' as const)
        : /^germline$/i.test(status)
          ? ('germline' as const)
          : undefined;
  const input: FindingInput = {
    kind: 'sequence-variant',
    gene,
    ...optional('proteinChange', protein),
    ...optional('cdnaChange', cell(row, c.cdna)),
    ...optional('transcript', cell(row, c.transcript)),
    ...optional('consequences', consequences),
    ...optional('exon', cell(row, c.exon)),
    ...optional('vaf', vaf !== undefined && vaf <= 1 ? vaf : undefined),
    ...optional('depth', depth),
    ...optional('origin', origin),
  };
  return { kind: 'finding', finding: { input, source: location }, notices };
};

/**
 * Reads a MAF into rows per Tumor_Sample_Barcode (shared by `readMaf` and the cBioPortal study reader).
 * Fails only when the text is binary, empty, or lacks Hugo_Symbol, Tumor_Sample_Barcode or
 * Variant_Classification.
 *
 * @internal
 */
export const readMafRows = (text: string, file: string | undefined): Result<MafRows> => {
  const read = readTable(text, file, 'MAF');
  if (read._tag === 'Left') return read;
  const table = read.right;
  const c = columnsOf(table);
  if (!('gene' in c)) {
    return left([
      tabularIssue(
        'table_missing_columns',
        { file: table.name, columns: c, found: table.header },
        { location: table.at(table.headerLine) },
      ),
    ]);
  }
  const samples = new Map<
    string,
    { findings: DraftFinding[]; rejected: RejectedFinding[]; notices: Issue[] }
  >();
  const unassigned: RejectedFinding[] = [];
  const bucket = (sample: string) => {
    const existing = samples.get(sample);
    if (existing !== undefined) return existing;
    const created = {
      findings: [] as DraftFinding[],
      rejected: [] as RejectedFinding[],
      notices: [] as Issue[],
    };
    samples.set(sample, created);
    return created;
  };
  // Rows in file order, the malformed ones included, so each sample's rows keep their order.
  const all = [
    ...table.rows.map((row) => ({ row, bad: undefined as Issue | undefined })),
    ...table.badRows.map(({ row, issue }) => ({ row, bad: issue as Issue | undefined })),
  ].sort((a, b) => a.row.line - b.row.line);
  for (const { row, bad } of all) {
    const location = table.at(row.line);
    const sample = cell(row, c.sample);
    if (bad !== undefined) {
      const rejected = { summary: row.cells.slice(0, 3).join(' '), source: location, issues: [bad] };
      if (sample === undefined) unassigned.push(rejected);
      else bucket(sample).rejected.push(rejected);
      continue;
    }
    const result = readRow(row, c, location);
    if (sample === undefined) {
      const summary =
        result.kind === 'finding'
          ? `${result.finding.input.kind} at line ${row.line}`
          : result.rejected.summary;
      unassigned.push({
        summary,
        source: location,
        issues: [tabularIssue('maf_no_sample', {}, { location })],
      });
      continue;
    }
    const b = bucket(sample);
    b.notices.push(...result.notices);
    if (result.kind === 'finding') b.findings.push(result.finding);
    else b.rejected.push(result.rejected);
  }
  return right({ file, samples, unassigned, rowCount: all.length });
};

/**
 * Reads a MAF into one case draft per Tumor_Sample_Barcode, in order of first appearance. Columns used:
 * Hugo_Symbol, Variant_Classification (mapped to Sequence Ontology terms by
 * `rules/reference/maf-variant-classification.json`; a `Consequence` column, as vcf2maf writes it, is
 * preferred when present), HGVSp_Short (else HGVSp, else Protein_Change), HGVSc, Transcript_ID,
 * Exon_Number, t_ref_count/t_alt_count/t_depth (VAF and depth) and Mutation_Status (Somatic/Germline).
 * Comment lines (`#version 2.4`), CRLF, missing optional columns and `NA`/empty cells are accepted.
 *
 * The result is one entry per sample; a file that cannot be read is a single `Left`, and rows without a
 * Tumor_Sample_Barcode are reported in one extra `Left` (they belong to no case).
 *
 * @example
 * import { readMaf } from 'mtb-match';
 * import assert from 'node:assert';
 * const maf = [
 *   '#version 2.4',
 *   'Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSp_Short\tt_ref_count\tt_alt_count',
 *   'KRAS\tS1\tMissense_Mutation\tp.G12D\t75\t25',
 * ].join('\n');
 * const [s1] = readMaf(maf, { file: 'data_mutations.txt' });
 * assert.ok(s1?._tag === 'Right');
 * assert.strictEqual(s1.right.sample.id, 'S1');
 * assert.deepStrictEqual(s1.right.findings[0]?.input, {
 *   kind: 'sequence-variant', gene: 'KRAS', proteinChange: 'p.G12D',
 *   consequences: ['missense_variant'], vaf: 0.25, depth: 100,
 * });
 */
export const readMaf = (text: string, options: MafOptions = {}): ReadonlyArray<Result<CaseDraft>> => {
  const read = readMafRows(text, options.file);
  if (read._tag === 'Left') return [read];
  const { samples, unassigned } = read.right;
  const source = { format: 'maf' as const, file: options.file ?? null };
  const drafts = [...samples].map(([id, rows]): Result<CaseDraft> =>
    right({
      patient: {},
      sample: { id },
      findings: rows.findings,
      rejected: rows.rejected,
      notices: rows.notices,
      source,
    }),
  );
  const orphans = unassigned.flatMap((r) => r.issues);
  const [firstOrphan, ...otherOrphans] = orphans;
  const orphanResult: ReadonlyArray<Result<CaseDraft>> =
    firstOrphan === undefined ? [] : [left([firstOrphan, ...otherOrphans] as ReadonlyNonEmptyArray<Issue>)];
  if (drafts.length === 0 && orphanResult.length === 0) {
    const location = options.file === undefined ? {} : { file: options.file };
    return [left([tabularIssue('maf_no_samples', { file: options.file ?? 'The input' }, { location })])];
  }
  return [...drafts, ...orphanResult];
};
