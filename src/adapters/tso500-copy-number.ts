/**
 * Copy-number sections (DNA):
 *
 * - `[Gene Amplifications]` (Local App, DRAGEN 2.1): `Gene`, `Fold Change`. Only gains are listed, so each
 *   row is an `amplification` call with its fold change; the copy number is derived later from fold change
 *   and purity (`normalizeFinding`).
 * - `[Copy Number Variants]` (DRAGEN 2.6): adds `Copy Number Variant` (`<DUP>` / `<DEL>`) and `Absolute
 *   Copy Number`. `<DUP>` is read as `amplification`, the same call the older generations' section makes
 *   from the same `<DUP>` records, so one sample gives the same finding whatever the generation. `<DEL>` is
 *   `homozygous-deletion` at absolute copy number 0, `loss` at 1 or more, `deletion` (loss of unknown
 *   depth) when the absolute copy number is NA.
 * - `[Exon-Level CNVs]` (DRAGEN 2.1) / `[Large Rearrangements]` (DRAGEN 2.6): BRCA1/BRCA2 exon-level
 *   events. A row whose cells after `Gene` are all NA is "no event" (counted as a no-call line). An event
 *   is read as a gene copy-number finding (`<DEL>`/`<LOSS>` -> `deletion`, `<DUP>` -> `gain`) with the
 *   exons' fold change, and a notice naming the exons (the case model has no exon-level copy number).
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

type Read = DraftFinding | RejectedFinding | { readonly noCall: number };

const TRUNCATED = 'copy-number calls after it are missing: the DNA arm is read as not tested.';

const collect = (
  table: { readonly output: SectionOutput },
  read: ReadonlyArray<Read>,
  notices: ReadonlyArray<Issue> = [],
): SectionOutput => ({
  findings: read.filter((r): r is DraftFinding => 'input' in r),
  rejected: [...table.output.rejected, ...read.filter((r): r is RejectedFinding => 'issues' in r)],
  notices: [...table.output.notices, ...notices],
  noCallLines: [...table.output.noCallLines, ...read.flatMap((r) => ('noCall' in r ? [r.noCall] : []))],
});

const finding = (ctx: ReadContext, row: TableRow, input: FindingInput): DraftFinding => ({
  input,
  source: locate(ctx, row.line),
});

const foldChangeOf = (
  ctx: ReadContext,
  row: TableRow,
): { readonly value: number | null; readonly issues: ReadonlyArray<Issue> } => {
  const fc = numericField(ctx, row, 'Fold Change', 'number');
  if (fc.issue !== null) return { value: null, issues: [fc.issue] };
  if (fc.value !== null && fc.value < 0) {
    const w = whereIn(ctx, row.line, 'Fold Change');
    return {
      value: null,
      issues: [
        adapterIssue(
          'invalid_value',
          {
            at: w.at,
            value: fc.value,
            what: 'Fold Change',
            expected: 'a ratio of 0 or more (1.0 is neutral)',
          },
          { location: w.location },
        ),
      ],
    };
  }
  return { value: fc.value, issues: [] };
};

/**
 * Reads `[Gene Amplifications]`.
 *
 * @internal
 */
export const readGeneAmplifications = (ctx: ReadContext, section: Tso500Section): SectionOutput => {
  const table = readTable(ctx, section, ['Gene', 'Fold Change'], TRUNCATED);
  const read = table.rows.map((row): Read => {
    const gene = row.get('Gene');
    const fc = foldChangeOf(ctx, row);
    if (fc.issues.length > 0) return rejectLine(ctx, section, row, fc.issues, `${gene} amplification`);
    return finding(ctx, row, {
      kind: 'copy-number',
      gene,
      call: 'amplification',
      ...(fc.value === null ? {} : { foldChange: fc.value }),
    });
  });
  return collect(table, read);
};

/**
 * Reads `[Copy Number Variants]` (DRAGEN 2.6).
 *
 * @internal
 */
export const readCopyNumberVariants = (ctx: ReadContext, section: Tso500Section): SectionOutput => {
  const table = readTable(ctx, section, ['Gene', 'Fold Change', 'Copy Number Variant'], TRUNCATED);
  const read = table.rows.map((row): Read => {
    const gene = row.get('Gene');
    const type = row.get('Copy Number Variant').toUpperCase();
    const fc = foldChangeOf(ctx, row);
    const acn = numericField(ctx, row, 'Absolute Copy Number', 'number');
    const issues: Issue[] = [...fc.issues, ...(acn.issue === null ? [] : [acn.issue])];
    if (acn.value !== null && acn.value < 0) {
      const w = whereIn(ctx, row.line, 'Absolute Copy Number');
      issues.push(
        adapterIssue(
          'invalid_value',
          { at: w.at, value: acn.value, what: 'Absolute Copy Number', expected: '0 or more' },
          { location: w.location },
        ),
      );
    }
    if (type !== '<DUP>' && type !== '<DEL>') {
      const w = whereIn(ctx, row.line, 'Copy Number Variant');
      issues.push(
        adapterIssue(
          'tso500_unknown_cnv_type',
          { at: w.at, column: 'Copy Number Variant', text: row.get('Copy Number Variant') },
          { location: w.location },
        ),
      );
    }
    if (issues.length > 0) return rejectLine(ctx, section, row, issues, `${gene} ${type}`);
    const call =
      type === '<DUP>'
        ? 'amplification'
        : acn.value === null
          ? 'deletion'
          : acn.value === 0
            ? 'homozygous-deletion'
            : 'loss';
    return finding(ctx, row, {
      kind: 'copy-number',
      gene,
      call,
      ...(fc.value === null ? {} : { foldChange: fc.value }),
      ...(acn.value === null ? {} : { copyNumber: acn.value }),
    });
  });
  return collect(table, read);
};

const EXON_COLUMNS = ['Gene', 'Affected Exon(s)', 'Fold Change', 'CNV Type'];

/**
 * Reads `[Exon-Level CNVs]` (DRAGEN 2.1) and `[Large Rearrangements]` (DRAGEN 2.6).
 *
 * @internal
 */
export const readExonLevelCnvs = (ctx: ReadContext, section: Tso500Section): SectionOutput => {
  const table = readTable(ctx, section, EXON_COLUMNS, TRUNCATED, (cells) => cells.slice(1).every(isNaCell));
  const notices: Issue[] = [];
  const read = table.rows.map((row): Read => {
    const gene = row.get('Gene');
    const type = row.get('CNV Type').toUpperCase();
    const fc = foldChangeOf(ctx, row);
    const issues: Issue[] = [...fc.issues];
    const call = type === '<DUP>' ? 'gain' : type === '<DEL>' || type === '<LOSS>' ? 'deletion' : null;
    if (call === null) {
      const w = whereIn(ctx, row.line, 'CNV Type');
      issues.push(
        adapterIssue(
          'tso500_unknown_cnv_type',
          { at: w.at, column: 'CNV Type', text: row.get('CNV Type') },
          { location: w.location },
        ),
      );
    }
    const exons = row.get('Affected Exon(s)');
    if (call === null || issues.length > 0)
      return rejectLine(ctx, section, row, issues, `${gene} exons ${exons} ${type}`);
    const w = whereIn(ctx, row.line);
    notices.push(
      adapterIssue('tso500_exon_level_cnv', { at: w.at, gene, exons, call }, { location: w.location }),
    );
    return finding(ctx, row, {
      kind: 'copy-number',
      gene,
      call,
      ...(fc.value === null ? {} : { foldChange: fc.value }),
    });
  });
  return collect(table, read, notices);
};
