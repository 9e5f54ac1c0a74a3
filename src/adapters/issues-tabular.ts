/**
 * Issue codes of the tabular adapters (VCF, MAF, cBioPortal study folder): one code -> message map.
 *
 * Messages name the input; the file and line travel in the issue's `location`, which `formatIssue` prints
 * in front of the message, so they are not repeated here.
 */
import { defineIssues } from '../model/issue.js';

const quote = (text: string): string => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
const list = (items: ReadonlyArray<string>, max = 8): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;

/**
 * The code -> message map of the VCF, MAF and cBioPortal readers.
 *
 * @internal
 */
export const tabularIssueSpecs = {
  // ---- any text file -------------------------------------------------------------------------------------
  file_binary: {
    severity: 'error',
    message: (p: { file: string; format: string; hint: string }) =>
      `${p.file} is not a text ${p.format} file (${p.hint}); give the uncompressed text file.`,
  },
  file_empty: {
    severity: 'error',
    message: (p: { file: string; format: string }) =>
      `${p.file} is empty: there is no ${p.format} data to read.`,
  },

  // ---- VCF: whole file ------------------------------------------------------------------------------------
  vcf_not_vcf: {
    severity: 'error',
    message: (p: { file: string; line: string }) =>
      `${p.file} is not a VCF: its first line ${quote(p.line)} is neither "##fileformat=VCF..." nor a "#CHROM" header.`,
  },
  vcf_no_column_header: {
    severity: 'error',
    message: (p: { file: string }) =>
      `${p.file} has no "#CHROM POS ID REF ALT QUAL FILTER INFO" column header line before its first record.`,
  },
  vcf_bad_header: {
    severity: 'error',
    message: (p: { file: string; detail: string }) =>
      `${p.file} has a VCF header that cannot be read: ${p.detail}.`,
  },
  vcf_no_fileformat: {
    severity: 'notice',
    message: (p: { file: string }) =>
      `${p.file} does not start with "##fileformat=VCF..."; it was read as a VCF because it has a #CHROM header.`,
  },
  vcf_meta_line_skipped: {
    severity: 'notice',
    message: (p: { text: string }) =>
      `Header line ${quote(p.text)} is not a "##key=value" line and was skipped.`,
  },
  vcf_multiple_samples: {
    severity: 'error',
    message: (p: { file: string; samples: ReadonlyArray<string> }) =>
      `${p.file} has ${p.samples.length} samples (${list(p.samples)}) and its header marks no tumor sample: choose one with the sample option.`,
  },
  vcf_sample_not_found: {
    severity: 'error',
    message: (p: { file: string; sample: string; samples: ReadonlyArray<string> }) =>
      `Sample ${quote(p.sample)} is not in ${p.file}, whose samples are ${p.samples.length === 0 ? 'none' : list(p.samples)}.`,
  },
  vcf_tumor_sample_from_header: {
    severity: 'notice',
    message: (p: { sample: string; key: string; samples: ReadonlyArray<string> }) =>
      `Read sample ${quote(p.sample)} of ${list(p.samples)}: the header names it as the tumor (${p.key}).`,
  },
  vcf_no_samples: {
    severity: 'warning',
    message: (p: { file: string }) =>
      `${p.file} has no sample columns: allele fraction and depth are taken from INFO where present, fold change is unavailable.`,
  },
  vcf_no_records: {
    severity: 'warning',
    message: (p: { file: string }) => `${p.file} has a header but no variant records.`,
  },

  // ---- VCF: one record (rejected rows) --------------------------------------------------------------------
  vcf_bad_column_count: {
    severity: 'error',
    message: (p: { found: number; expected: number }) =>
      `Record has ${p.found} tab-separated columns where the header declares ${p.expected}.`,
  },
  vcf_bad_position: {
    severity: 'error',
    message: (p: { pos: string }) => `Record position POS ${quote(p.pos)} is not a whole number.`,
  },
  vcf_bad_record: {
    severity: 'error',
    message: (p: { detail: string }) => `Record cannot be parsed: ${p.detail}.`,
  },
  vcf_filtered: {
    severity: 'warning',
    message: (p: { filters: ReadonlyArray<{ readonly id: string; readonly description?: string }> }) =>
      `Record did not pass the caller's filters (FILTER ${p.filters
        .map((f) => (f.description === undefined ? f.id : `${f.id}: ${f.description}`))
        .join('; ')}); kept as rejected, not matched.`,
  },
  vcf_no_gene_annotation: {
    severity: 'warning',
    message: (p: { what: string; detail: string }) =>
      `Record ${p.what} has no gene annotation (${p.detail}), so it cannot be matched.`,
  },
  vcf_reference_call: {
    severity: 'notice',
    message: (p: { what: string }) => `Record ${p.what} has no alternate allele (a reference call).`,
  },
  vcf_unsupported_allele: {
    severity: 'warning',
    message: (p: { allele: string; kind: string }) =>
      `Alternate allele ${quote(p.allele)} is not a ${p.kind} allele this reader understands.`,
  },
  vcf_no_fold_change: {
    severity: 'error',
    message: (p: { what: string; keys: ReadonlyArray<string> }) =>
      `Copy-number record ${p.what} has no numeric fold change (FORMAT ${p.keys.join(' or ')}).`,
  },
  vcf_allele_fraction_out_of_range: {
    severity: 'warning',
    message: (p: { what: string; value: number; field: string }) =>
      `Allele fraction ${p.value} of ${p.what} (from ${p.field}) is outside 0-1 and was left out.`,
  },

  // ---- tab-separated tables (MAF, cBioPortal) -------------------------------------------------------------
  table_no_header: {
    severity: 'error',
    message: (p: { file: string }) =>
      `${p.file} has no column header line (every line is a comment or empty).`,
  },
  table_missing_columns: {
    severity: 'error',
    message: (p: { file: string; columns: ReadonlyArray<string>; found: ReadonlyArray<string> }) =>
      `${p.file} lacks the required column${p.columns.length === 1 ? '' : 's'} ${p.columns.join(', ')} (its header has ${list(p.found)}).`,
  },
  table_too_many_cells: {
    severity: 'error',
    message: (p: { found: number; expected: number }) =>
      `Row has ${p.found} cells but the header has only ${p.expected} columns.`,
  },
  table_bad_number: {
    severity: 'warning',
    message: (p: { column: string; value: string }) =>
      `${p.column} value ${quote(p.value)} is not a valid number and was left out.`,
  },

  // ---- MAF ------------------------------------------------------------------------------------------------
  maf_no_sample: {
    severity: 'error',
    message: (_: Record<string, never>) => 'Row has an empty Tumor_Sample_Barcode, so it belongs to no case.',
  },
  maf_no_gene: {
    severity: 'warning',
    message: (p: { symbol: string }) =>
      `Row has no gene (Hugo_Symbol ${quote(p.symbol)}), so it cannot be matched.`,
  },
  maf_not_a_mutation: {
    severity: 'notice',
    message: (p: { status: string }) =>
      `Row has Mutation_Status ${quote(p.status)}, which is not a mutation call (cBioPortal does not load such rows).`,
  },
  maf_unknown_variant_classification: {
    severity: 'warning',
    message: (p: { value: string; known: ReadonlyArray<string> }) =>
      `Variant_Classification ${quote(p.value)} is not a MAF class (${list(p.known, 6)}); the row is kept without a consequence.`,
  },
  maf_no_samples: {
    severity: 'error',
    message: (p: { file: string }) =>
      `${p.file} has no mutation rows, so there is no sample to make a case of.`,
  },

  // ---- cBioPortal study folder ----------------------------------------------------------------------------
  cbioportal_no_data_files: {
    severity: 'error',
    message: (p: { names: ReadonlyArray<string> }) =>
      `The study folder has no data_clinical_sample, data_mutations, data_cna, data_sv or data_fusions file (it has ${
        p.names.length === 0 ? 'no files' : list(p.names)
      }).`,
  },
  cbioportal_unreadable_file: {
    severity: 'error',
    message: (p: { file: string }) => `Study file ${p.file} is listed but could not be read.`,
  },
  cbioportal_several_files: {
    severity: 'warning',
    message: (p: { kind: string; used: string; ignored: ReadonlyArray<string> }) =>
      `The study has several ${p.kind} files: read ${p.used}, ignored ${list(p.ignored)}.`,
  },
  cbioportal_duplicate_sample: {
    severity: 'warning',
    message: (p: { sample: string; first: number }) =>
      `Sample ${quote(p.sample)} is listed again; the row at line ${p.first} is used.`,
  },
  cbioportal_duplicate_patient: {
    severity: 'warning',
    message: (p: { patient: string; first: number }) =>
      `Patient ${quote(p.patient)} is listed again; the row at line ${p.first} is used.`,
  },
  cbioportal_sample_not_in_clinical: {
    severity: 'warning',
    message: (p: { sample: string; files: ReadonlyArray<string> }) =>
      `Sample ${quote(p.sample)} has data in ${list(p.files)} but no row in the clinical sample file: patient and diagnosis are unknown.`,
  },
  cbioportal_patient_not_found: {
    severity: 'warning',
    message: (p: { sample: string; patient: string }) =>
      `Sample ${quote(p.sample)} belongs to patient ${quote(p.patient)}, who has no row in the clinical patient file.`,
  },
  cbioportal_no_oncotree_code: {
    severity: 'warning',
    message: (p: { sample: string }) =>
      `Sample ${quote(p.sample)} has no ONCOTREE_CODE, so its diagnosis is unknown.`,
  },
  cbioportal_not_cna_profiled: {
    severity: 'notice',
    message: (p: { sample: string; file: string | null }) =>
      p.file === null
        ? `The study has no discrete copy-number file, so sample ${quote(p.sample)} was not CNA-profiled: the panel is recorded as unknown.`
        : `Sample ${quote(p.sample)} has no column in ${p.file}, so it was not CNA-profiled: the panel is recorded as unknown.`,
  },
  cbioportal_not_mutation_profiled: {
    severity: 'notice',
    message: (p: { sample: string }) =>
      `Sample ${quote(p.sample)} has no mutation rows and no case list or gene panel matrix says it was sequenced: the panel is recorded as unknown.`,
  },
  cbioportal_panel_unknown: {
    severity: 'notice',
    message: (p: { sample: string }) =>
      `The study does not name the gene panel of sample ${quote(p.sample)}: the panel is recorded as unknown, so no gene counts as tested.`,
  },
  cbioportal_cna_genes_not_profiled: {
    severity: 'notice',
    message: (p: { sample: string; genes: ReadonlyArray<string> }) =>
      `Sample ${quote(p.sample)} was not profiled (NA) for ${p.genes.length} gene${p.genes.length === 1 ? '' : 's'} of the copy-number file: ${list(p.genes)}.`,
  },
  cbioportal_cna_value: {
    severity: 'error',
    message: (p: { value: string; gene: string }) =>
      `Copy-number value ${quote(p.value)} for ${p.gene} is not a discrete level (-2, -1.5, -1, 0, 1, 2, NA or Amplification/Gain/Loss/Deletion).`,
  },
  cbioportal_cna_no_gene: {
    severity: 'error',
    message: (_: Record<string, never>) =>
      'Copy-number row has no Hugo_Symbol, so its calls cannot be matched.',
  },
  cbioportal_sv_no_sample: {
    severity: 'error',
    message: (_: Record<string, never>) =>
      'Structural-variant row has no sample id, so it belongs to no case.',
  },
  cbioportal_sv_one_partner: {
    severity: 'warning',
    message: (p: { event: string }) =>
      `Structural variant ${quote(p.event)} names fewer than two genes, so it is not a two-gene fusion.`,
  },
  cbioportal_sv_intragenic: {
    severity: 'notice',
    message: (p: { event: string }) =>
      `Structural variant ${quote(p.event)} is intragenic (both breakpoints in one gene), not a two-gene fusion.`,
  },
  cbioportal_fusion_unparsed: {
    severity: 'warning',
    message: (p: { fusion: string; gene: string }) =>
      `Fusion ${quote(p.fusion)} cannot be split into two partners around Hugo_Symbol ${quote(p.gene)}.`,
  },
  cbioportal_fusion_duplicate: {
    severity: 'notice',
    message: (p: { fusion: string; first: number }) =>
      `Fusion ${quote(p.fusion)} repeats the event of line ${p.first} (the fusion file lists each partner on its own row).`,
  },
  cbioportal_msi_type: {
    severity: 'warning',
    message: (p: { value: string }) =>
      `MSI_TYPE ${quote(p.value)} is not a known MSI status (Stable, Instable, Indeterminate, MSS, MSI-L, MSI-H).`,
  },
  cbioportal_bad_age: {
    severity: 'warning',
    message: (p: { value: string }) =>
      `AGE ${quote(p.value)} is not an age in years (0-130) and was left out.`,
  },
} as const;

/**
 * Builds an issue of the tabular adapters from its code, parameters and location.
 *
 * @internal
 */
export const tabularIssue = defineIssues(tabularIssueSpecs);

/**
 * The issue codes of the tabular adapters.
 *
 * @internal
 */
export type TabularIssueCode = keyof typeof tabularIssueSpecs;
