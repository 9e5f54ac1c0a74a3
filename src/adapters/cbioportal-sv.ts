/**
 * cBioPortal structural variants to fusion inputs: the SV format (`data_sv*`: Sample_Id, Site1_Hugo_Symbol,
 * Site2_Hugo_Symbol, Event_Info, ...) and the deprecated fusion format (`data_fusions*`: Hugo_Symbol,
 * Tumor_Sample_Barcode, Fusion such as `EML4-ALK fusion`, one row per partner gene).
 *
 * Orientation: SV Site1/Site2 are not 5'/3' by definition, so the partners are in 5'->3' order only when
 * Event_Info names them as `A-B`; otherwise `orientationKnown: false`. A fusion-format name `A-B fusion` is
 * read as 5' A, 3' B, split around the row's Hugo_Symbol (gene symbols may themselves contain `-`).
 */
import { left, right } from 'fp-ts/Either';
import type { RejectedFinding } from '../model/case.js';
import type { FindingInput } from '../model/case-input.js';
import type { DraftFinding } from '../model/draft.js';
import type { Issue, Result, SourceLocation } from '../model/issue.js';
import { tabularIssue } from './issues-tabular.js';
import { cell, parseNumber, readTable, type Table, type TableRow } from './maf-table.js';
import type { SampleRows } from './maf.js';

/**
 * Structural-variant rows grouped by sample.
 *
 * @internal
 */
export interface SvRows {
  readonly file: string | undefined;
  readonly samples: ReadonlyMap<string, SampleRows>;
  readonly unassigned: ReadonlyArray<RejectedFinding>;
  readonly rowCount: number;
}

type Outcome =
  | { readonly kind: 'finding'; readonly finding: DraftFinding }
  | { readonly kind: 'rejected'; readonly rejected: RejectedFinding };

const rejected = (summary: string, location: SourceLocation, issue: Issue): Outcome => ({
  kind: 'rejected',
  rejected: { summary, source: location, issues: [issue] },
});

const missingColumns = (table: Table, columns: ReadonlyArray<string>): Result<never> =>
  left([
    tabularIssue(
      'table_missing_columns',
      { file: table.name, columns, found: table.header },
      { location: table.at(table.headerLine) },
    ),
  ]);

/** Groups row outcomes by sample; rows without a sample are unassigned. */
const group = (
  table: Table,
  sampleColumn: number,
  read: (row: TableRow, location: SourceLocation, sample: string) => Outcome,
): SvRows => {
  const samples = new Map<
    string,
    { findings: DraftFinding[]; rejected: RejectedFinding[]; notices: Issue[] }
  >();
  const unassigned: RejectedFinding[] = [];
  const all = [
    ...table.rows.map((row) => ({ row, bad: undefined as Issue | undefined })),
    ...table.badRows.map(({ row, issue }) => ({ row, bad: issue as Issue | undefined })),
  ].sort((a, b) => a.row.line - b.row.line);
  for (const { row, bad } of all) {
    const location = table.at(row.line);
    const sample = cell(row, sampleColumn);
    const outcome: Outcome =
      bad !== undefined
        ? rejected(row.cells.slice(0, 3).join(' '), location, bad)
        : sample === undefined
          ? rejected(
              row.cells.slice(0, 3).join(' '),
              location,
              tabularIssue('cbioportal_sv_no_sample', {}, { location }),
            )
          : read(row, location, sample);
    if (sample === undefined) {
      if (outcome.kind === 'rejected') unassigned.push(outcome.rejected);
      continue;
    }
    const bucket = samples.get(sample) ?? { findings: [], rejected: [], notices: [] };
    samples.set(sample, bucket);
    if (outcome.kind === 'finding') bucket.findings.push(outcome.finding);
    else bucket.rejected.push(outcome.rejected);
  }
  return { file: table.file, samples, unassigned, rowCount: all.length };
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Which of the two genes Event_Info names first as `A-B` (A the 5' partner), if it names exactly one order. */
const orderFromEvent = (event: string | undefined, a: string, b: string): 'ab' | 'ba' | null => {
  if (event === undefined) return null;
  const named = (x: string, y: string) =>
    new RegExp(`(^|[^A-Za-z0-9])${escape(x)}-${escape(y)}($|[^A-Za-z0-9])`, 'i').test(event);
  const ab = named(a, b);
  const ba = named(b, a);
  return ab === ba ? null : ab ? 'ab' : 'ba';
};

const position = (chromosome: string | undefined, pos: string | undefined): string | undefined =>
  chromosome === undefined || pos === undefined ? undefined : `${chromosome}:${pos}`;

/**
 * Reads a `data_sv*` file.
 *
 * @internal
 */
export const readSv = (text: string, file: string): Result<SvRows> => {
  const read = readTable(text, file, 'cBioPortal structural-variant');
  if (read._tag === 'Left') return read;
  const table = read.right;
  const sampleColumn = table.column('Sample_Id', 'Sample_ID', 'Tumor_Sample_Barcode');
  const site1 = table.column('Site1_Hugo_Symbol');
  const site2 = table.column('Site2_Hugo_Symbol');
  if (sampleColumn === undefined || site1 === undefined || site2 === undefined) {
    return missingColumns(
      table,
      [
        sampleColumn === undefined ? 'Sample_Id' : '',
        site1 === undefined ? 'Site1_Hugo_Symbol' : '',
        site2 === undefined ? 'Site2_Hugo_Symbol' : '',
      ].filter((c) => c !== ''),
    );
  }
  const at = (...names: ReadonlyArray<string>) => table.column(...names);
  const cols = {
    event: at('Event_Info'),
    chr1: at('Site1_Chromosome'),
    pos1: at('Site1_Position'),
    chr2: at('Site2_Chromosome'),
    pos2: at('Site2_Position'),
    split: at('Tumor_Split_Read_Count'),
    paired: at('Tumor_Paired_End_Read_Count'),
    variant: at('Tumor_Variant_Count'),
  };
  const count = (row: TableRow, index: number | undefined): number | undefined => {
    const text = cell(row, index);
    const n = text === undefined ? undefined : parseNumber(text);
    return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
  };
  return right(
    group(table, sampleColumn, (row, location) => {
      const g1 = cell(row, site1);
      const g2 = cell(row, site2);
      const event = cell(row, cols.event);
      const label = event ?? `${g1 ?? '?'}::${g2 ?? '?'}`;
      if (g1 === undefined || g2 === undefined) {
        return rejected(
          label,
          location,
          tabularIssue('cbioportal_sv_one_partner', { event: label }, { location }),
        );
      }
      if (g1.toUpperCase() === g2.toUpperCase()) {
        return rejected(
          label,
          location,
          tabularIssue('cbioportal_sv_intragenic', { event: label }, { location }),
        );
      }
      const order = orderFromEvent(event, g1, g2);
      const bp1 = position(cell(row, cols.chr1), cell(row, cols.pos1));
      const bp2 = position(cell(row, cols.chr2), cell(row, cols.pos2));
      const [gene5, gene3, bp5, bp3] = order === 'ba' ? [g2, g1, bp2, bp1] : [g1, g2, bp1, bp2];
      const split = count(row, cols.split);
      const paired = count(row, cols.paired);
      const reads =
        split !== undefined || paired !== undefined ? (split ?? 0) + (paired ?? 0) : count(row, cols.variant);
      const input: FindingInput = {
        kind: 'fusion',
        gene5,
        gene3,
        orientationKnown: order !== null,
        ...(bp5 === undefined ? {} : { breakpoint5: bp5 }),
        ...(bp3 === undefined ? {} : { breakpoint3: bp3 }),
        ...(reads === undefined ? {} : { supportingReads: reads }),
      };
      return { kind: 'finding', finding: { input, source: location } };
    }),
  );
};

/** Splits `A-B fusion` around the row's gene: `[5', 3']`, or null when the gene is not at either end. */
const splitFusionName = (fusion: string, gene: string): readonly [string, string] | null => {
  const name = fusion.replace(/\s+fusion\s*$/i, '').trim();
  const upper = name.toUpperCase();
  const g = gene.toUpperCase();
  if (upper.startsWith(`${g}-`) && name.length > g.length + 1)
    return [name.slice(0, g.length), name.slice(g.length + 1)];
  if (upper.endsWith(`-${g}`) && name.length > g.length + 1) {
    return [name.slice(0, name.length - g.length - 1), name.slice(name.length - g.length)];
  }
  return null;
};

/**
 * Reads a deprecated `data_fusions*` file; the second row of the same event (other partner) is a duplicate.
 *
 * @internal
 */
export const readFusions = (text: string, file: string): Result<SvRows> => {
  const read = readTable(text, file, 'cBioPortal fusion');
  if (read._tag === 'Left') return read;
  const table = read.right;
  const sampleColumn = table.column('Tumor_Sample_Barcode', 'Sample_Id');
  const geneColumn = table.column('Hugo_Symbol');
  const fusionColumn = table.column('Fusion');
  if (sampleColumn === undefined || geneColumn === undefined || fusionColumn === undefined) {
    return missingColumns(
      table,
      [
        geneColumn === undefined ? 'Hugo_Symbol' : '',
        sampleColumn === undefined ? 'Tumor_Sample_Barcode' : '',
        fusionColumn === undefined ? 'Fusion' : '',
      ].filter((c) => c !== ''),
    );
  }
  const seen = new Map<string, number>();
  return right(
    group(table, sampleColumn, (row, location, sample) => {
      const gene = cell(row, geneColumn) ?? '';
      const fusion = cell(row, fusionColumn) ?? '';
      if (/-intragenic\b/i.test(fusion)) {
        return rejected(
          fusion,
          location,
          tabularIssue('cbioportal_sv_intragenic', { event: fusion }, { location }),
        );
      }
      const parts = gene === '' ? null : splitFusionName(fusion, gene);
      if (parts === null) {
        return rejected(
          `${gene} ${fusion}`.trim(),
          location,
          tabularIssue('cbioportal_fusion_unparsed', { fusion, gene }, { location }),
        );
      }
      const [gene5, gene3] = parts;
      const key = `${sample}\u0000${gene5.toUpperCase()}\u0000${gene3.toUpperCase()}`;
      const first = seen.get(key);
      if (first !== undefined) {
        return rejected(
          fusion,
          location,
          tabularIssue('cbioportal_fusion_duplicate', { fusion, first }, { location }),
        );
      }
      seen.set(key, row.line);
      return {
        kind: 'finding',
        finding: { input: { kind: 'fusion', gene5, gene3, orientationKnown: true }, source: location },
      };
    }),
  );
};
