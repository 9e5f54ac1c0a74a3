/**
 * Which input format a text is, from its content first and its file name second.
 *
 * Content rules, in order: a JSON object (`{` first); a TSO500 CombinedVariantOutput title line (`... -
 * Combined Variant Output`) or, without it, a first `[Analysis Details]`/`[Small Variants]`-style section
 * header; `##fileformat=VCF`; a MAF / cBioPortal mutation header (first line not starting with `#` begins
 * with `Hugo_Symbol`). When the content says nothing (empty, or a truncated start), the file name decides:
 * `.json`, `.vcf` / `.vcf.gz`, `.maf`, `CombinedVariantOutput*`. Otherwise null.
 */
import { stripBom } from './text.js';

/** The formats the adapters read. */
export type InputFormat = 'json' | 'tso500' | 'vcf' | 'maf';

const TSO500_SECTIONS =
  /^\[(Analysis Details|Sequencing Run Details|TMB|MSI|GIS|Gene Amplifications|Copy Number Variants|Splice Variants|Fusions|Exon-Level CNVs|Large Rearrangements|Small Variants)\]/i;

const fromContent = (text: string): InputFormat | null => {
  const body = stripBom(text).replace(/^\s+/, '');
  if (body.startsWith('{')) return 'json';
  const lines = body.split(/\r\n|\n|\r/, 200);
  const first = lines[0] ?? '';
  if (/combined variant output/i.test(first.split('\t')[0] ?? '')) return 'tso500';
  if (/^##fileformat=VCF/i.test(first)) return 'vcf';
  const header = lines.find((l) => !l.startsWith('#') && l.trim() !== '');
  if (header !== undefined && /^Hugo_Symbol(\t|$)/i.test(header)) return 'maf';
  const section = lines.find((l) => l.replace(/\t+$/, '').trim() !== '');
  if (section !== undefined && TSO500_SECTIONS.test(section.trim())) return 'tso500';
  return null;
};

const fromName = (fileName: string): InputFormat | null => {
  const name = fileName.toLowerCase().replace(/^.*[\\/]/, '');
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.vcf') || name.endsWith('.vcf.gz')) return 'vcf';
  if (name.endsWith('.maf') || name.endsWith('.maf.txt') || name.startsWith('data_mutations')) return 'maf';
  if (name.includes('combinedvariantoutput')) return 'tso500';
  return null;
};

/**
 * Detects the format of an input text; `fileName` breaks ties when the content says nothing.
 *
 * @example
 * import { detectFormat } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(detectFormat('{"patient": {}}'), 'json');
 * assert.strictEqual(detectFormat('TruSight Oncology 500 - Combined Variant Output\t\t\n'), 'tso500');
 * assert.strictEqual(detectFormat('##fileformat=VCFv4.2\n'), 'vcf');
 * assert.strictEqual(detectFormat('#version 2.4\nHugo_Symbol\tEntrez_Gene_Id\n'), 'maf');
 * assert.strictEqual(detectFormat('', 'sample.vcf'), 'vcf');
 * assert.strictEqual(detectFormat('hello'), null);
 */
export const detectFormat = (text: string, fileName?: string): InputFormat | null =>
  fromContent(text) ?? (fileName === undefined ? null : fromName(fileName));
