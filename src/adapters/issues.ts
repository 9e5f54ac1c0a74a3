/**
 * Issue codes of the adapters (JSON case, TSO500, finding normalization, case completion): one code ->
 * message map. Messages are one sentence naming the input and where it is (`at`: a path such as
 * `findings[3].gene`, or a file position). The VCF/MAF/cBioPortal adapters keep theirs in `issues-tabular.ts`.
 */
import { defineIssues, formatPath } from '../model/issue.js';
import type { IssuePath, SourceLocation } from '../model/issue.js';

const quote = (s: string): string => JSON.stringify(s);

/** The adapters' issue specifications (code -> severity and message). */
export const adapterIssueSpecs = {
  // ---- finding normalization -------------------------------------------------------------------------
  missing_gene: {
    severity: 'error',
    message: (p: { at: string }) => `No gene given at ${p.at}: a finding needs a gene symbol.`,
  },
  invalid_gene: {
    severity: 'error',
    message: (p: { at: string; gene: string; reason: string }) =>
      `Gene ${quote(p.gene)} at ${p.at}: ${p.reason}`,
  },
  gene_symbol_updated: {
    severity: 'notice',
    message: (p: { at: string; gene: string; symbol: string }) =>
      `Gene ${quote(p.gene)} at ${p.at} is read as its approved HGNC symbol ${p.symbol}.`,
  },
  unread_cdna_change: {
    severity: 'warning',
    message: (p: { at: string; reason: string }) =>
      `${p.reason.replace(/\.$/, '')} (at ${p.at}); the protein change is used instead.`,
  },
  cdna_in_protein_field: {
    severity: 'notice',
    message: (p: { at: string; text: string }) =>
      `The protein field at ${p.at} holds a cDNA change ${quote(p.text)} without a protein change; it is read as the cDNA change.`,
  },
  unknown_consequence: {
    severity: 'notice',
    message: (p: { at: string; term: string }) =>
      `Consequence ${quote(p.term)} at ${p.at} is not a Sequence Ontology term this library knows; it is kept but not used.`,
  },
  consequence_conflict: {
    severity: 'warning',
    message: (p: { at: string; protein: string; consequence: string }) =>
      `The protein change says ${p.protein} but the consequence terms say ${p.consequence} at ${p.at}: the protein change is used; please check.`,
  },
  variant_class_unknown: {
    severity: 'warning',
    message: (p: { at: string; what: string }) =>
      `Cannot tell what ${p.what} at ${p.at} does to the protein (no protein change, cDNA region or consequence says): it is kept as a finding of unknown class, not counted as protein-altering.`,
  },
  invalid_exon: {
    severity: 'warning',
    message: (p: { at: string; text: string }) =>
      `Exon ${quote(p.text)} at ${p.at} is not "n" or "n/total"; the exon is left unknown.`,
  },
  vaf_out_of_range: {
    severity: 'error',
    message: (p: { at: string; value: number }) =>
      `Variant allele fraction ${p.value} at ${p.at} is impossible: it must be a fraction from 0 to 1 (not a percent).`,
  },
  invalid_depth: {
    severity: 'error',
    message: (p: { at: string; value: number }) =>
      `Depth ${p.value} at ${p.at} is impossible: it must be a whole number of reads, 0 or more.`,
  },
  invalid_count: {
    severity: 'error',
    message: (p: { at: string; value: number; what: string }) =>
      `${p.what} ${p.value} at ${p.at} is impossible: it must be a whole number, 0 or more.`,
  },
  invalid_value: {
    severity: 'error',
    message: (p: { at: string; value: number; what: string; expected: string }) =>
      `${p.what} ${p.value} at ${p.at} is impossible: it must be ${p.expected}.`,
  },
  copy_number_without_values: {
    severity: 'error',
    message: (p: { at: string; gene: string }) =>
      `Copy-number finding for ${p.gene} at ${p.at} has no call, fold change or copy number.`,
  },
  fold_change_contradicts_call: {
    severity: 'error',
    message: (p: { at: string; gene: string; call: string; foldChange: number }) =>
      `Copy-number call "${p.call}" for ${p.gene} at ${p.at} contradicts its fold change ${p.foldChange} (1.0 is neutral).`,
  },
  copy_number_contradicts_call: {
    severity: 'error',
    message: (p: { at: string; gene: string; call: string; copyNumber: number }) =>
      `Copy-number call "${p.call}" for ${p.gene} at ${p.at} contradicts its copy number ${p.copyNumber} (2 is neutral).`,
  },
  neutral_fold_change: {
    severity: 'warning',
    message: (p: { at: string; gene: string; call: string }) =>
      `Copy-number call "${p.call}" for ${p.gene} at ${p.at} has fold change 1.0, which is neutral; please check.`,
  },
  copy_number_call_derived: {
    severity: 'notice',
    message: (p: { at: string; gene: string; call: string; from: string }) =>
      `No copy-number call given for ${p.gene} at ${p.at}: read as "${p.call}" from ${p.from}.`,
  },
  copy_number_derived: {
    severity: 'notice',
    message: (p: { at: string; gene: string; foldChange: number; purity: number; copyNumber: number }) =>
      `Copy number of ${p.gene} at ${p.at} derived from fold change ${p.foldChange} and tumor purity ${p.purity}: CN = (2 x FC - 2 x (1 - purity)) / purity = ${p.copyNumber}.`,
  },
  copy_number_purity_unknown: {
    severity: 'notice',
    message: (p: { at: string; gene: string; foldChange: number; copyNumber: number }) =>
      `Tumor purity is unknown, so the copy number of ${p.gene} at ${p.at} is 2 x fold change ${p.foldChange} = ${p.copyNumber}, the value at 100% purity: the true copy number is at least this for a gain and at most this for a loss.`,
  },
  copy_number_below_purity_floor: {
    severity: 'warning',
    message: (p: { at: string; gene: string; foldChange: number; purity: number }) =>
      `Fold change ${p.foldChange} of ${p.gene} at ${p.at} is lower than tumor purity ${p.purity} allows (it implies a negative copy number); the copy number is set to 0: check the purity.`,
  },
  invalid_skipped_exons: {
    severity: 'error',
    message: (p: { at: string; text: string }) =>
      `Skipped exons ${quote(p.text)} at ${p.at} are not "n", "n-m", "n/total" or "n-m/total".`,
  },
  splice_without_exons: {
    severity: 'error',
    message: (p: { at: string; gene: string }) =>
      `Splice variant of ${p.gene} at ${p.at} names neither skipped exons nor a label.`,
  },
  msi_sites_inconsistent: {
    severity: 'error',
    message: (p: { at: string; unstable: number; usable: number }) =>
      `MSI at ${p.at} has ${p.unstable} unstable sites of ${p.usable} usable sites, which is impossible.`,
  },
  msi_without_values: {
    severity: 'error',
    message: (p: { at: string }) =>
      `MSI finding at ${p.at} has neither a percent of unstable sites nor a status.`,
  },
  empty_field: {
    severity: 'error',
    message: (p: { at: string; what: string }) => `Empty ${p.what} at ${p.at}.`,
  },
  msi_percent_computed: {
    severity: 'notice',
    message: (p: { at: string; percent: number }) =>
      `MSI percent unstable at ${p.at} computed from the site counts: ${p.percent}.`,
  },
  // ---- case completion --------------------------------------------------------------------------------
  missing_diagnosis: {
    severity: 'error',
    message: (p: { at: string }) =>
      `No diagnosis at ${p.at}: give the tumor type as an OncoTree code (pass --diagnosis <OncoTree code>, or set patient.diagnosis in a JSON case).`,
  },
  fact_conflict: {
    severity: 'warning',
    message: (p: { at: string; file: string; given: string }) =>
      `The file says ${p.file} for ${p.at} but ${p.given} was given; the given value is used.`,
  },
  missing_case_id: {
    severity: 'error',
    message: (p: { at: string }) =>
      `No patient or sample id at ${p.at}: give a patient id (patient.id) or a sample id.`,
  },
  patient_id_from_sample: {
    severity: 'notice',
    message: (p: { at: string; id: string }) =>
      `No patient id at ${p.at}: the sample id ${quote(p.id)} is used.`,
  },
  sample_id_from_patient: {
    severity: 'notice',
    message: (p: { at: string; id: string }) =>
      `No sample id at ${p.at}: the patient id ${quote(p.id)} is used.`,
  },
  invalid_fact: {
    severity: 'error',
    message: (p: { at: string; value: string; expected: string }) =>
      `${p.value} at ${p.at} is not valid: expected ${p.expected}.`,
  },
  assay_missing: {
    severity: 'notice',
    message: (p: { at: string }) =>
      `No assay at ${p.at}: the panel is unknown, so no gene counts as tested (absence of a finding is not read as negative).`,
  },
  assay_arm_inferred: {
    severity: 'notice',
    message: (p: { at: string; arm: string; value: boolean; reason: string }) =>
      `The ${p.arm} arm at ${p.at} is not stated: read as ${p.value ? 'tested' : 'not tested'} (${p.reason}).`,
  },
  brand_drug_name: {
    severity: 'notice',
    message: (p: { name: string; inns: string; at: string }) =>
      `Prior drug "${p.name}" at ${p.at} is a brand name: read as ${p.inns}.`,
  },
  unknown_drug_name: {
    severity: 'warning',
    message: (p: { name: string; at: string }) =>
      `Prior drug "${p.name}" at ${p.at} is neither an INN nor a brand name mtb-match knows: kept as written; check it against each regimen.`,
  },
  duplicate_finding: {
    severity: 'notice',
    message: (p: { key: string; kept: string; dropped: string }) =>
      `Finding ${p.key} appears more than once with the same content (${p.kept}; ${p.dropped}); it is kept once, from ${p.kept}.`,
  },
  conflicting_duplicate_finding: {
    severity: 'warning',
    message: (p: { key: string; kept: string; dropped: string; fields: string }) =>
      `Finding ${p.key} appears more than once (${p.kept}; ${p.dropped}) with different ${p.fields}; the copy at ${p.kept} is kept (chosen by content, not input order) and flagged for review: please check which is right.`,
  },
  // ---- JSON case --------------------------------------------------------------------------------------
  invalid_json: {
    severity: 'error',
    message: (p: { at: string; reason: string }) => `Not valid JSON at ${p.at}: ${p.reason}.`,
  },
  invalid_case_field: {
    severity: 'error',
    message: (p: { at: string; expected: string }) => `Invalid value at ${p.at}: ${p.expected}.`,
  },
  // ---- text files -------------------------------------------------------------------------------------
  empty_file: {
    severity: 'error',
    message: (p: { at: string }) => `${p.at} is empty.`,
  },
  binary_content: {
    severity: 'error',
    message: (p: { at: string; kind: string; lines: number }) =>
      `${p.at} holds ${p.kind === 'nul' ? 'NUL bytes' : 'bytes that are not valid UTF-8'}${p.lines > 1 ? ` (${p.lines} lines in all)` : ''}: the file looks binary or corrupted; such lines are not read.`,
  },
  // ---- TSO500 CombinedVariantOutput ---------------------------------------------------------------------
  tso500_not_recognized: {
    severity: 'error',
    message: (p: { at: string }) =>
      `${p.at} is not a TSO500 CombinedVariantOutput file: no "Combined Variant Output" title line and no known [Section].`,
  },
  tso500_missing_title: {
    severity: 'warning',
    message: (p: { at: string; first: string }) =>
      `${p.at} does not start with the TSO500 "Combined Variant Output" title (line 1 is ${quote(p.first)}); the sections are read anyway.`,
  },
  tso500_unknown_generation: {
    severity: 'warning',
    message: (p: { at: string; title: string }) =>
      `Title ${quote(p.title)} at ${p.at} is not a TSO500 software generation this library knows (Local App 2.x, DRAGEN 2.1, DRAGEN 2.6); the file is read as the newest layout.`,
  },
  tso500_unknown_section: {
    severity: 'notice',
    message: (p: { at: string; section: string; rows: number }) =>
      `Section ${p.section} at ${p.at} is not one this library reads; its ${p.rows} line(s) are kept out of the case.`,
  },
  tso500_duplicate_section: {
    severity: 'warning',
    message: (p: { at: string; section: string; first: number }) =>
      `Section ${p.section} at ${p.at} appears a second time (first at line ${p.first}); both are read.`,
  },
  tso500_banner_line: {
    severity: 'notice',
    message: (p: { at: string; text: string }) => `Banner line at ${p.at} skipped: ${quote(p.text)}.`,
  },
  tso500_stray_line: {
    severity: 'warning',
    message: (p: { at: string; text: string }) =>
      `Line at ${p.at} is outside any [Section] and is skipped: ${quote(p.text)}.`,
  },
  tso500_missing_section: {
    severity: 'error',
    message: (p: { at: string; section: string; consequence: string }) =>
      `${p.at} has no ${p.section} section: ${p.consequence}`,
  },
  tso500_optional_section_missing: {
    severity: 'notice',
    message: (p: { at: string; section: string }) =>
      `${p.at} has no ${p.section} section; nothing from it is read.`,
  },
  tso500_missing_column: {
    severity: 'error',
    message: (p: { at: string; section: string; columns: string }) =>
      `The header of ${p.section} at ${p.at} lacks column(s) ${p.columns}; the section's rows cannot be read.`,
  },
  tso500_short_row: {
    severity: 'error',
    message: (p: { at: string; section: string; cells: number; expected: number }) =>
      `Row of ${p.section} at ${p.at} has ${p.cells} cells where the header has ${p.expected}: the row is incomplete and is not read.`,
  },
  tso500_truncated_file: {
    severity: 'error',
    message: (p: { at: string; section: string; consequence: string }) =>
      `The file ends inside a row of ${p.section} at ${p.at}: it looks truncated, and ${p.consequence}`,
  },
  tso500_corrupt_section: {
    severity: 'error',
    message: (p: { at: string; section: string; arm: string }) =>
      `${p.section} at ${p.at} holds unreadable (binary) lines: calls may be missing, so the ${p.arm} arm is read as not tested.`,
  },
  tso500_invalid_number: {
    severity: 'error',
    message: (p: { at: string; column: string; text: string; expected: string }) =>
      `${p.column} ${quote(p.text)} at ${p.at} is not ${p.expected}.`,
  },
  tso500_off_gene_variant: {
    severity: 'notice',
    message: (p: { at: string; variant: string }) =>
      `Small variant ${p.variant} at ${p.at} has no gene (intergenic / off-gene): it cannot meet a gene criterion and is listed as not read.`,
  },
  tso500_not_assessed: {
    severity: 'notice',
    message: (p: { at: string; what: string }) =>
      `${p.what} at ${p.at} is NA: not assessed, so there is no ${p.what} finding.`,
  },
  tso500_missing_value: {
    severity: 'warning',
    message: (p: { at: string; section: string; key: string }) =>
      `${p.section} at ${p.at} has no "${p.key}" line; there is no finding from it.`,
  },
  tso500_percent_tumor_fraction: {
    severity: 'notice',
    message: (p: { at: string; text: string; purity: number }) =>
      `Tumor Fraction ${quote(p.text)} at ${p.at} is a percent (DRAGEN 2.6 writes percents): read as purity ${p.purity}.`,
  },
  tso500_invalid_tumor_fraction: {
    severity: 'warning',
    message: (p: { at: string; text: string }) =>
      `Tumor Fraction ${quote(p.text)} at ${p.at} is neither a fraction (0-1) nor a percent (0-100); purity is left unknown.`,
  },
  tso500_unsplittable_gene_pair: {
    severity: 'error',
    message: (p: { at: string; text: string }) =>
      `Gene Pair ${quote(p.text)} at ${p.at} cannot be split into two known genes.`,
  },
  tso500_fusion_partner_choice: {
    severity: 'notice',
    message: (p: { at: string; text: string; pairs: string; skipped: string }) =>
      `Gene Pair ${quote(p.text)} at ${p.at} names more than one gene on a side: read as ${p.pairs}${p.skipped === '' ? '' : `; set aside: ${p.skipped}`}.`,
  },
  tso500_fusion_orientation_unknown: {
    severity: 'notice',
    message: (p: { at: string; text: string }) =>
      `Fusion ${quote(p.text)} at ${p.at} has no breakpoints, so which partner is 5' is not known.`,
  },
  tso500_unknown_cnv_type: {
    severity: 'error',
    message: (p: { at: string; column: string; text: string }) =>
      `${p.column} ${quote(p.text)} at ${p.at} is not <DUP>, <DEL> or <LOSS>.`,
  },
  tso500_exon_level_cnv: {
    severity: 'notice',
    message: (p: { at: string; gene: string; exons: string; call: string }) =>
      `Exon-level copy-number change of ${p.gene} (exons ${p.exons}) at ${p.at} is read as a gene copy-number "${p.call}" of those exons' fold change.`,
  },
  tso500_splice_label: {
    severity: 'notice',
    message: (p: { at: string; gene: string; label: string }) =>
      `Splice variant of ${p.gene} at ${p.at} has no annotated skipped exons (unannotated exon): labelled ${quote(p.label)}.`,
  },
  tso500_arm_absent: {
    severity: 'notice',
    message: (p: { at: string; arm: string; consequence: string }) =>
      `${p.arm} Sample ID at ${p.at} is NA: the ${p.arm} arm was not sequenced, so ${p.consequence}`,
  },
  tso500_arm_conflict: {
    severity: 'warning',
    message: (p: { at: string; arm: string; section: string }) =>
      `${p.section} at ${p.at} has rows although the ${p.arm} arm is NA; the rows are read, and the arm still counts as not tested.`,
  },
  tso500_arm_unstated: {
    severity: 'warning',
    message: (p: { at: string; arm: string; value: boolean }) =>
      `${p.at} does not say the ${p.arm} Sample ID; the ${p.arm} arm is read as ${p.value ? 'tested (its sections are there)' : 'not tested'}.`,
  },
  tso500_no_sample_id: {
    severity: 'warning',
    message: (p: { at: string }) => `${p.at} has no Pair ID or Sample ID; the sample id must be given.`,
  },
} as const;

/**
 * Builds an adapter issue from its code, parameters and context.
 *
 * @example
 * import { adapterIssue } from 'mtb-match';
 * import assert from 'node:assert';
 * const i = adapterIssue('missing_gene', { at: 'findings[3].gene' }, { path: ['findings', 3, 'gene'] });
 * assert.strictEqual(i.message, 'No gene given at findings[3].gene: a finding needs a gene symbol.');
 * assert.strictEqual(i.severity, 'error');
 */
export const adapterIssue = defineIssues(adapterIssueSpecs);

/** The adapters' issue codes. */
export type AdapterIssueCode = keyof typeof adapterIssueSpecs;

/**
 * Words for where an issue is, for messages: the path, the file position, or both
 * (`findings[3].gene (case.json)`, `sample.tsv line 12, column Depth`).
 *
 * @internal
 */
export const describeAt = (path: IssuePath, location?: SourceLocation | null): string => {
  const head = [location?.file, location?.line === undefined ? undefined : `line ${location.line}`]
    .filter((x): x is string => x !== undefined)
    .join(' ');
  const column = location?.column === undefined ? '' : `column ${location.column}`;
  const place = [head, column].filter((x) => x !== '').join(', ');
  const p = formatPath(path);
  if (p === '') return place === '' ? 'the input' : place;
  return place === '' ? p : `${p} (${place})`;
};
