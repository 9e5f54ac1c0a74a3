/**
 * `[Small Variants]` (DNA): one row per passing call, germline and somatic alike, coding or not.
 *
 * Every row becomes a sequence-variant finding, whatever its consequence: intronic, UTR and synonymous rows
 * stay (normalization marks them not protein-altering). A row with an empty `Gene` cell (intergenic /
 * off-gene) cannot be a finding, which needs a gene: it is listed as rejected with a notice, its position
 * and its line. Impossible values (allele frequency outside 0-1, negative or fractional depth) reject the
 * row with the column named.
 *
 * @internal
 */
import type { Issue } from '../model/issue.js';
import type { RejectedFinding } from '../model/case.js';
import type { DraftFinding } from '../model/draft.js';
import type { FindingInput } from '../model/case-input.js';
import { adapterIssue } from './issues.js';
import type { Tso500Section } from './tso500-layout.js';
import type { ReadContext, SectionOutput, TableRow } from './tso500-table.js';
import { isNaCell, locate, numericField, readTable, rejectLine, whereIn } from './tso500-table.js';

const COLUMNS = {
  gene: 'Gene',
  chromosome: 'Chromosome',
  position: 'Genomic Position',
  ref: 'Reference Call',
  alt: 'Alternative Call',
  vaf: 'Allele Frequency',
  depth: 'Depth',
  pDot: 'P-Dot Notation',
  cDot: 'C-Dot Notation',
  consequences: 'Consequence(s)',
  exon: 'Affected Exon(s)',
} as const;

const REQUIRED = [
  COLUMNS.gene,
  COLUMNS.chromosome,
  COLUMNS.position,
  COLUMNS.ref,
  COLUMNS.alt,
  COLUMNS.vaf,
  COLUMNS.depth,
  COLUMNS.pDot,
  COLUMNS.cDot,
  COLUMNS.consequences,
];

/** What a truncated `[Small Variants]` means for the case. */
export const SMALL_VARIANTS_TRUNCATED =
  'small variants after it are missing: the DNA arm is read as not tested, so no gene counts as free of small variants.';

const text = (row: TableRow, column: string): string | undefined => {
  const v = row.get(column);
  return isNaCell(v) ? undefined : v;
};

/** `NM_004958.3:c.7165-1G>T` -> `NM_004958.3`. */
const accessionOf = (hgvs: string | undefined): string | undefined => {
  const m = hgvs === undefined ? null : /^([A-Z]{2}_\d+(?:\.\d+)?):/.exec(hgvs);
  return m?.[1];
};

const genomic = (row: TableRow): string =>
  `${row.get(COLUMNS.chromosome)}:${row.get(COLUMNS.position)} ${row.get(COLUMNS.ref)}>${row.get(COLUMNS.alt)}`;

const readRow = (ctx: ReadContext, section: Tso500Section, row: TableRow): DraftFinding | RejectedFinding => {
  const gene = row.get(COLUMNS.gene);
  if (isNaCell(gene)) {
    const w = whereIn(ctx, row.line, COLUMNS.gene);
    const issue = adapterIssue(
      'tso500_off_gene_variant',
      { at: w.at, variant: genomic(row) },
      { location: w.location },
    );
    return rejectLine(ctx, section, row, [issue], `${genomic(row)} (no gene)`);
  }
  const vaf = numericField(ctx, row, COLUMNS.vaf, 'number');
  const depth = numericField(ctx, row, COLUMNS.depth, 'number');
  const issues: Issue[] = [vaf.issue, depth.issue].filter((i): i is Issue => i !== null);
  if (vaf.value !== null && (vaf.value < 0 || vaf.value > 1)) {
    const w = whereIn(ctx, row.line, COLUMNS.vaf);
    issues.push(adapterIssue('vaf_out_of_range', { at: w.at, value: vaf.value }, { location: w.location }));
  }
  if (depth.value !== null && (depth.value < 0 || !Number.isInteger(depth.value))) {
    const w = whereIn(ctx, row.line, COLUMNS.depth);
    issues.push(adapterIssue('invalid_depth', { at: w.at, value: depth.value }, { location: w.location }));
  }
  const pDot = text(row, COLUMNS.pDot);
  const cDot = text(row, COLUMNS.cDot);
  if (issues.length > 0) {
    return rejectLine(ctx, section, row, issues, `${gene} ${pDot ?? cDot ?? genomic(row)}`);
  }
  const consequences = (text(row, COLUMNS.consequences) ?? '')
    .split(/[:&,]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const transcript = accessionOf(cDot);
  const exon = text(row, COLUMNS.exon);
  const input: FindingInput = {
    kind: 'sequence-variant',
    gene,
    ...(pDot === undefined ? {} : { proteinChange: pDot }),
    ...(cDot === undefined ? {} : { cdnaChange: cDot }),
    ...(transcript === undefined ? {} : { transcript }),
    ...(consequences.length === 0 ? {} : { consequences }),
    ...(exon === undefined ? {} : { exon }),
    ...(vaf.value === null ? {} : { vaf: vaf.value }),
    ...(depth.value === null ? {} : { depth: depth.value }),
  };
  return { input, source: locate(ctx, row.line) };
};

/**
 * Reads `[Small Variants]`.
 *
 * @internal
 */
export const readSmallVariants = (ctx: ReadContext, section: Tso500Section): SectionOutput => {
  const table = readTable(ctx, section, REQUIRED, SMALL_VARIANTS_TRUNCATED);
  const read = table.rows.map((row) => readRow(ctx, section, row));
  return {
    ...table.output,
    findings: read.filter((r): r is DraftFinding => 'input' in r),
    rejected: [...table.output.rejected, ...read.filter((r): r is RejectedFinding => !('input' in r))],
  };
};
