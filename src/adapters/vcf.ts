/**
 * VCF files from TSO500 pipelines to a case draft: small variants (Local App `*_MergedSmallVariants.vcf`,
 * DRAGEN `*.hard-filtered.vcf`, annotated by VEP `CSQ` or SnpEff `ANN`) and copy number (Local App
 * `*_CopyNumberVariants.vcf`, DRAGEN `*.cnv.vcf`). Records are parsed by `@gmod/vcf`; this module checks
 * what that parser assumes (column count, numeric POS), chooses the sample, and accounts for every record.
 */
import VCFParser from '@gmod/vcf';
import { isLeft, left, right } from 'fp-ts/Either';
import type { RejectedFinding } from '../model/case.js';
import type { CaseDraft } from '../model/draft.js';
import type { Issue, Result, SourceLocation } from '../model/issue.js';
import { tabularIssue } from './issues-tabular.js';
import { binaryHint } from './maf-table.js';
import { splitLines, type TextLine } from './text.js';
import { annotationLayout } from './vcf-annotation.js';
import { copyNumberRows, smallVariantRows, type RecordContext, type RecordRows } from './vcf-records.js';

/** What a VCF holds: small variants (SNV/MNV/indel) or copy-number segments. */
export type VcfKind = 'small-variant' | 'copy-number';

/** Options of `readVcf`. */
export interface VcfOptions {
  /** The file name, used in issues and finding sources. */
  readonly file?: string;
  /** The sample column to read, required when a VCF has several samples and marks no tumor. */
  readonly sample?: string;
  /** Force the kind instead of detecting it from the header (FORMAT FC/SM, INFO SEGID/ANT) and ALT alleles. */
  readonly kind?: VcfKind;
  /**
   * Fold change from which a `<DUP>` is called `amplification` rather than `gain`; `null` calls every
   * `<DUP>` a gain. Default `DEFAULT_AMPLIFICATION_FOLD_CHANGE`.
   */
  readonly amplificationFoldChange?: number | null;
}

/**
 * The default fold change from which a duplication is called an amplification: 2.5 (about 5 copies at full
 * purity), the TSO500 reporting threshold SA Pathology's VariantGrid uses. The fold change itself is always
 * kept on the finding, so cohort thresholds can be applied to it directly.
 *
 * @example
 * import { DEFAULT_AMPLIFICATION_FOLD_CHANGE } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(DEFAULT_AMPLIFICATION_FOLD_CHANGE, 2.5);
 */
export const DEFAULT_AMPLIFICATION_FOLD_CHANGE = 2.5;

const VCF_COLUMNS = ['#CHROM', 'POS', 'ID', 'REF', 'ALT', 'QUAL', 'FILTER', 'INFO'];

/**
 * Reads a single-sample (or tumor/normal) VCF into a case draft. Every data record becomes, per ALT allele,
 * one finding input or one rejected row with its reason and line: records that failed FILTER, have no gene
 * annotation, or are malformed (wrong column count, non-numeric POS) are kept as rejected rows and the rest
 * of the file is still read. Binary input, a missing `#CHROM` header, or an ambiguous sample fail the file.
 *
 * Small variants: gene, consequences, HGVS p./c., transcript and exon from the chosen VEP/SnpEff transcript
 * (see `vcf-annotation.ts`); VAF from FORMAT AF, VF or AD; depth from DP. Copy number: gene from INFO SEGID
 * or ANT, fold change from FORMAT FC or SM, `<DUP>` gain (amplification from
 * `DEFAULT_AMPLIFICATION_FOLD_CHANGE`), `<DEL>` loss, `.` neutral.
 *
 * @example
 * import { readVcf } from 'mtb-match';
 * import assert from 'node:assert';
 * const vcf = [
 *   '##fileformat=VCFv4.2',
 *   '##INFO=<ID=CSQ,Number=.,Type=String,Description="VEP. Format: Allele|Consequence|SYMBOL|HGVSp">',
 *   '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tT1',
 *   'chr7\t140453136\t.\tA\tT\t.\tPASS\tCSQ=T|missense_variant|BRAF|p.Val600Glu\tGT:AD\t0/1:60,40',
 * ].join('\n');
 * const draft = readVcf(vcf, { file: 'T1.vcf' });
 * assert.ok(draft._tag === 'Right');
 * assert.deepStrictEqual(draft.right.findings[0]?.input, {
 *   kind: 'sequence-variant', gene: 'BRAF', proteinChange: 'p.Val600Glu',
 *   consequences: ['missense_variant'], vaf: 0.4, depth: 100,
 * });
 */
export const readVcf = (text: string, options: VcfOptions = {}): Result<CaseDraft> => {
  const name = options.file ?? 'The input';
  const fileLocation: SourceLocation = options.file === undefined ? {} : { file: options.file };
  const at = (line: number): SourceLocation => ({ ...fileLocation, line });
  const fail = (issue: Issue): Result<CaseDraft> => left([issue]);

  const hint = binaryHint(text);
  if (hint !== null)
    return fail(tabularIssue('file_binary', { file: name, format: 'VCF', hint }, { location: fileLocation }));
  const lines = splitLines(text).filter((l) => l.text.trim() !== '');
  const first = lines[0];
  if (first === undefined)
    return fail(tabularIssue('file_empty', { file: name, format: 'VCF' }, { location: fileLocation }));
  if (!first.text.startsWith('#')) {
    return fail(tabularIssue('vcf_not_vcf', { file: name, line: first.text }, { location: at(first.line) }));
  }
  const columnsAt = lines.findIndex((l) => !l.text.startsWith('##'));
  const columnsLine = lines[columnsAt];
  if (columnsLine === undefined || !columnsLine.text.startsWith('#CHROM')) {
    return fail(
      first.text.startsWith('##')
        ? tabularIssue(
            'vcf_no_column_header',
            { file: name },
            { location: at(columnsLine?.line ?? first.line) },
          )
        : tabularIssue('vcf_not_vcf', { file: name, line: first.text }, { location: at(first.line) }),
    );
  }
  const notices: Issue[] = [];
  if (!first.text.startsWith('##fileformat=VCF')) {
    notices.push(tabularIssue('vcf_no_fileformat', { file: name }, { location: at(first.line) }));
  }
  const metaLines = lines.slice(0, columnsAt).filter((l) => {
    if (/^##[^=]+=/.test(l.text)) return true;
    notices.push(tabularIssue('vcf_meta_line_skipped', { text: l.text }, { location: at(l.line) }));
    return false;
  });
  const columns = columnsLine.text.split('\t').map((c) => c.trim());
  if (columns.length < 8 || VCF_COLUMNS.some((c, i) => columns[i] !== c)) {
    return fail(
      tabularIssue(
        'vcf_bad_header',
        {
          file: name,
          detail: `the column header must start with ${VCF_COLUMNS.join(' ')}, separated by tabs`,
        },
        { location: at(columnsLine.line) },
      ),
    );
  }
  let parser: VCFParser;
  try {
    parser = new VCFParser({ header: [...metaLines.map((l) => l.text), columns.join('\t')].join('\n') });
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
    return fail(tabularIssue('vcf_bad_header', { file: name, detail }, { location: at(columnsLine.line) }));
  }

  const chosen = chooseSample(parser, options, name, at(columnsLine.line));
  if (isLeft(chosen)) return chosen;
  notices.push(...chosen.right.notices);
  const sample = chosen.right.sample;

  const records = lines.slice(columnsAt + 1).filter((l) => !l.text.startsWith('#'));
  if (records.length === 0)
    notices.push(tabularIssue('vcf_no_records', { file: name }, { location: fileLocation }));
  const kind = options.kind ?? detectKind(metaLines, records);
  const layout = annotationLayout((key) => {
    const d = parser.getMetadata('INFO', key, 'Description');
    return typeof d === 'string' ? d : undefined;
  });
  const filterDescription = (id: string): string | undefined => {
    const d = parser.getMetadata('FILTER', id, 'Description');
    return typeof d === 'string' ? d : undefined;
  };
  const amplificationFoldChange =
    options.amplificationFoldChange === undefined
      ? DEFAULT_AMPLIFICATION_FOLD_CHANGE
      : options.amplificationFoldChange;
  const rows = records.map((record): RecordRows => {
    const location = at(record.line);
    const cells = trimRecord(record.text, columns.length);
    const bad = checkRecord(record.text, cells, columns.length, location);
    if (bad !== null) return { findings: [], rejected: [bad], notices: [] };
    const ctx: RecordContext = { location, sample, layout, filterDescription, amplificationFoldChange };
    try {
      const variant = parser.parseLine(cells.join('\t'));
      return kind === 'copy-number' ? copyNumberRows(variant, ctx) : smallVariantRows(variant, ctx);
    } catch (error) {
      const detail =
        (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
      return {
        findings: [],
        rejected: [
          {
            summary: summaryOf(record.text),
            source: location,
            issues: [tabularIssue('vcf_bad_record', { detail }, { location })],
          },
        ],
        notices: [],
      };
    }
  });
  return right({
    patient: {},
    sample: sample === null ? {} : { id: sample },
    findings: rows.flatMap((r) => r.findings),
    rejected: rows.flatMap((r) => r.rejected),
    notices: [...notices, ...rows.flatMap((r) => r.notices)],
    source: { format: 'vcf', file: options.file ?? null },
  });
};

/** The cells of a record, without empty cells after the last declared column (trailing tabs). */
const trimRecord = (text: string, expected: number): ReadonlyArray<string> => {
  const cells = text.split('\t');
  while (cells.length > expected && cells[cells.length - 1]?.trim() === '') cells.pop();
  return cells;
};

const summaryOf = (text: string): string => {
  const [chrom, pos, , ref, alt] = text.split('\t');
  return chrom !== undefined && pos !== undefined
    ? `${chrom}:${pos} ${ref ?? '?'}>${alt ?? '?'}`
    : text.slice(0, 60);
};

/** Rejects a record the parser would misread: wrong column count, non-numeric POS, empty REF. */
const checkRecord = (
  text: string,
  cells: ReadonlyArray<string>,
  expected: number,
  location: SourceLocation,
): RejectedFinding | null => {
  const issue =
    cells.length !== expected
      ? tabularIssue('vcf_bad_column_count', { found: cells.length, expected }, { location })
      : !/^\d+$/.test(cells[1]?.trim() ?? '')
        ? tabularIssue('vcf_bad_position', { pos: cells[1] ?? '' }, { location })
        : (cells[3]?.trim() ?? '') === '' || (cells[7]?.trim() ?? '') === ''
          ? tabularIssue(
              'vcf_bad_record',
              { detail: 'REF and INFO must not be empty (write "." for no INFO)' },
              { location },
            )
          : null;
  return issue === null ? null : { summary: summaryOf(text), source: location, issues: [issue] };
};

/** Copy number when the header declares a fold change (FC, SM) or segment gene (SEGID, ANT), or ALTs are CNV symbols. */
const detectKind = (meta: ReadonlyArray<TextLine>, records: ReadonlyArray<TextLine>): VcfKind => {
  const declared = meta.some(
    (l) => /^##FORMAT=<ID=(FC|SM),/.test(l.text) || /^##INFO=<ID=(SEGID|ANT),/.test(l.text),
  );
  if (declared) return 'copy-number';
  const symbolic = records.some((r) => /^<(DUP|DEL|CNV)[>:]/i.test(r.text.split('\t')[4] ?? ''));
  return symbolic ? 'copy-number' : 'small-variant';
};

/**
 * The sample column to read: the `sample` option; the only sample; or, among several, the one the header
 * names as tumor (`##tumor_sample=`, as Mutect2 and DRAGEN tumor/normal write it, or a column named TUMOR as
 * Strelka writes it). Otherwise an error listing the samples.
 */
const chooseSample = (
  parser: VCFParser,
  options: VcfOptions,
  name: string,
  location: SourceLocation,
): Result<{ readonly sample: string | null; readonly notices: ReadonlyArray<Issue> }> => {
  const samples = parser.samples;
  if (options.sample !== undefined) {
    return samples.includes(options.sample)
      ? right({ sample: options.sample, notices: [] })
      : left([
          tabularIssue('vcf_sample_not_found', { file: name, sample: options.sample, samples }, { location }),
        ]);
  }
  if (samples.length === 0) {
    return right({ sample: null, notices: [tabularIssue('vcf_no_samples', { file: name }, { location })] });
  }
  const only = samples.length === 1 ? samples[0] : undefined;
  if (only !== undefined) return right({ sample: only, notices: [] });
  const declared = parser.getMetadata('tumor_sample');
  if (typeof declared === 'string' && samples.includes(declared.trim())) {
    const sample = declared.trim();
    return right({
      sample,
      notices: [
        tabularIssue(
          'vcf_tumor_sample_from_header',
          { sample, key: '##tumor_sample', samples },
          { location },
        ),
      ],
    });
  }
  const named = samples.filter((s) => s.toUpperCase() === 'TUMOR');
  const tumor = named.length === 1 ? named[0] : undefined;
  if (tumor !== undefined) {
    return right({
      sample: tumor,
      notices: [
        tabularIssue(
          'vcf_tumor_sample_from_header',
          { sample: tumor, key: 'column named TUMOR', samples },
          { location },
        ),
      ],
    });
  }
  return left([tabularIssue('vcf_multiple_samples', { file: name, samples }, { location })]);
};
