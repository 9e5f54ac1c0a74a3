/**
 * A cBioPortal study folder to one case draft per sample. Every file is read and indexed once; drafts are
 * then built one at a time from the indexes (`study.drafts()` is a generator), so a study of thousands of
 * samples is not turned into thousands of drafts at once.
 */
import { left, right } from 'fp-ts/Either';
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray';
import type { RejectedFinding } from '../model/case.js';
import type { SampleInput } from '../model/case-input.js';
import type { CaseDraft } from '../model/draft.js';
import type { Issue, Result } from '../model/issue.js';
import { clinicalFacts, readClinical, type ClinicalIndex } from './cbioportal-clinical.js';
import { cnaBadRows, readCna, sampleCna, type CnaMatrix } from './cbioportal-cna.js';
import {
  keyValues,
  sequencedCaseList,
  studyFilesFromMap,
  studyLayout,
  type StudyFileRole,
  type StudyFiles,
} from './cbioportal-files.js';
import { readFusions, readSv, type SvRows } from './cbioportal-sv.js';
import { tabularIssue } from './issues-tabular.js';
import { cell, readTable, type Table } from './maf-table.js';
import { readMafRows, type MafRows } from './maf.js';

/** Options of `readCbioportalStudy`. */
export interface CbioportalOptions {
  /** The study folder's name or path: the drafts' source, and the prefix of every file in issues and sources. */
  readonly folder?: string;
  /**
   * The panel id to record for samples profiled for both mutations and copy number (e.g. `TSO500` for a study
   * of TSO500 results). Without it the study's gene panel matrix decides, else the panel is unknown (null).
   */
  readonly panel?: string;
}

/** A study read and indexed: its samples, study-level notices, and its drafts on demand. */
export interface CbioportalStudy {
  /** `cancer_study_identifier` of `meta_study.txt`, if present. */
  readonly studyId: string | null;
  /** Every sample with clinical or molecular data: clinical file order first, then order of appearance. */
  readonly sampleIds: ReadonlyArray<string>;
  /** Notices about the study as a whole (files passed over, duplicate clinical rows). */
  readonly notices: ReadonlyArray<Issue>;
  /** Rows that name no sample, so belong to no draft. */
  readonly unassigned: ReadonlyArray<RejectedFinding>;
  /** The files read, by role (names as given, without the folder). */
  readonly files: Readonly<Partial<Record<StudyFileRole, string>>>;
  /** The draft of one sample, or undefined when the study has no such sample. */
  readonly draft: (sampleId: string) => CaseDraft | undefined;
  /** The drafts of all samples, in `sampleIds` order, built one at a time. */
  readonly drafts: () => Generator<CaseDraft, void, undefined>;
}

const isStudyFiles = (files: StudyFiles | ReadonlyMap<string, string>): files is StudyFiles =>
  'names' in files && Array.isArray((files as StudyFiles).names);

/** Reads one file with a reader, collecting failures. */
const load = <A>(
  files: StudyFiles,
  name: string | undefined,
  path: (name: string) => string,
  issues: Issue[],
  reader: (text: string, file: string) => Result<A>,
): A | undefined => {
  if (name === undefined) return undefined;
  const text = files.read(name);
  if (text === undefined) {
    issues.push(
      tabularIssue('cbioportal_unreadable_file', { file: path(name) }, { location: { file: path(name) } }),
    );
    return undefined;
  }
  const result = reader(text, path(name));
  if (result._tag === 'Left') {
    issues.push(...result.left);
    return undefined;
  }
  return result.right;
};

/** The gene panel matrix: per sample, the panel of each profile (`mutations`, `cna`, ...), NA = not profiled. */
const panelMatrix = (table: Table | undefined) => {
  const samples = new Map<string, { mutations?: string; cna?: string; listed: true }>();
  if (table === undefined) return samples;
  const id = table.column('SAMPLE_ID');
  const mutations = table.column('mutations');
  const cna = table.column('cna', 'gistic');
  if (id === undefined) return samples;
  for (const row of table.rows) {
    const sample = cell(row, id);
    if (sample === undefined || samples.has(sample)) continue;
    const m = cell(row, mutations);
    const c = cell(row, cna);
    samples.set(sample, {
      listed: true,
      ...(m === undefined ? {} : { mutations: m }),
      ...(c === undefined ? {} : { cna: c }),
    });
  }
  return samples;
};

/**
 * Reads a cBioPortal study folder: `data_clinical_sample*` (SAMPLE_ID, PATIENT_ID, ONCOTREE_CODE,
 * TMB_NONSYNONYMOUS, MSI_SCORE, MSI_TYPE), `data_clinical_patient*` (AGE, SEX), `data_mutations*` (MAF, read
 * as by `readMaf`), `data_cna*` (discrete GISTIC levels), `data_sv*` or `data_fusions*`, and when present
 * `data_gene_panel_matrix*`, `case_lists/*sequenced*` and `meta_study.txt`. Files are read once and indexed;
 * the result's `drafts()` yields one draft per sample.
 *
 * Each draft has the sample's patient facts (diagnosis = ONCOTREE_CODE), findings with their file, line and
 * column, and rejected rows. A sample with molecular data but no clinical row still gets a draft, with a
 * notice. The assay's panel is `options.panel` (else the gene panel matrix's) only for a sample profiled
 * for both mutations and copy number; a sample without a CNA column, or without mutation rows that no
 * case list or panel matrix counts as sequenced, gets `panel: null` and a notice saying why.
 *
 * Fails (with every problem at once) when no study file is recognized or a recognized file is binary,
 * unreadable or lacks its required columns.
 *
 * @example
 * import { readCbioportalStudy } from 'mtb-match';
 * import assert from 'node:assert';
 * const files = new Map([
 *   ['data_clinical_sample.txt', 'SAMPLE_ID\tPATIENT_ID\tONCOTREE_CODE\nS1\tP1\tLUAD'],
 *   ['data_cna.txt', 'Hugo_Symbol\tS1\nERBB2\t2\nEGFR\t0'],
 *   ['data_mutations.txt', 'Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSp_Short\nEGFR\tS1\tMissense_Mutation\tp.L858R'],
 * ]);
 * const study = readCbioportalStudy(files, { panel: 'TSO500' });
 * assert.ok(study._tag === 'Right');
 * const [s1] = [...study.right.drafts()];
 * assert.strictEqual(s1?.patient.diagnosis, 'LUAD');
 * assert.deepStrictEqual(s1?.sample.assay, { panel: 'TSO500', dna: true });
 * assert.deepStrictEqual(s1?.findings.map((f) => f.input.kind), ['sequence-variant', 'copy-number']);
 */
export const readCbioportalStudy = (
  input: StudyFiles | ReadonlyMap<string, string>,
  options: CbioportalOptions = {},
): Result<CbioportalStudy> => {
  const files = isStudyFiles(input) ? input : studyFilesFromMap(input);
  const folder = options.folder;
  const path = (name: string): string =>
    folder === undefined || folder === '' ? name : `${folder.replace(/\/+$/, '')}/${name}`;
  const layout = studyLayout(files.names, path);
  const f = layout.files;
  const issues: Issue[] = [];
  if (
    f.clinicalSample === undefined &&
    f.mutations === undefined &&
    f.cna === undefined &&
    f.sv === undefined &&
    f.fusions === undefined
  ) {
    return left([
      tabularIssue(
        'cbioportal_no_data_files',
        { names: files.names },
        folder === undefined ? {} : { location: { file: folder } },
      ),
    ]);
  }
  const sampleClinical = load<ClinicalIndex>(files, f.clinicalSample, path, issues, (t, n) =>
    readClinical(t, n, 'SAMPLE_ID', ['SAMPLE_ID']),
  );
  const patientClinical = load<ClinicalIndex>(files, f.clinicalPatient, path, issues, (t, n) =>
    readClinical(t, n, 'PATIENT_ID', ['PATIENT_ID']),
  );
  const mutations = load<MafRows>(files, f.mutations, path, issues, readMafRows);
  const cna = load<CnaMatrix>(files, f.cna, path, issues, readCna);
  const sv = load<SvRows>(files, f.sv ?? f.fusions, path, issues, f.sv !== undefined ? readSv : readFusions);
  const matrixTable = load<Table>(files, f.genePanelMatrix, path, issues, (t, n) =>
    readTable(t, n, 'gene panel matrix'),
  );
  const meta = f.metaStudy === undefined ? undefined : files.read(f.metaStudy);
  const [firstIssue, ...moreIssues] = issues;
  if (firstIssue !== undefined) return left([firstIssue, ...moreIssues] as ReadonlyNonEmptyArray<Issue>);

  const sequenced = sequencedCaseList(files);
  const matrix = panelMatrix(matrixTable);
  const ids: string[] = [];
  const known = new Set<string>();
  const add = (id: string) => {
    if (!known.has(id)) {
      known.add(id);
      ids.push(id);
    }
  };
  sampleClinical?.ids.forEach(add);
  mutations?.samples.forEach((_, id) => add(id));
  cna?.samples.forEach((_, id) => add(id));
  sv?.samples.forEach((_, id) => add(id));

  const draft = (id: string): CaseDraft | undefined => {
    if (!known.has(id)) return undefined;
    const notices: Issue[] = [];
    const sampleRow = sampleClinical?.byId.get(id);
    const sampleRecord =
      sampleClinical === undefined || sampleRow === undefined
        ? undefined
        : { table: sampleClinical.table, row: sampleRow };
    const patientId =
      sampleRecord === undefined
        ? undefined
        : cell(sampleRecord.row, sampleRecord.table.column('PATIENT_ID'));
    const patientRow = patientId === undefined ? undefined : patientClinical?.byId.get(patientId);
    const patientRecord =
      patientClinical === undefined || patientRow === undefined
        ? undefined
        : { table: patientClinical.table, row: patientRow };
    const facts = clinicalFacts(id, sampleRecord, patientRecord);
    const mut = mutations?.samples.get(id);
    const cn = cna === undefined ? undefined : sampleCna(cna, id);
    const svs = sv?.samples.get(id);

    if (sampleRecord === undefined) {
      const where = [
        mut === undefined ? '' : path(f.mutations ?? ''),
        cn === undefined ? '' : path(f.cna ?? ''),
        svs === undefined ? '' : path(f.sv ?? f.fusions ?? ''),
      ].filter((w) => w !== '');
      notices.push(
        tabularIssue(
          'cbioportal_sample_not_in_clinical',
          { sample: id, files: where },
          f.clinicalSample === undefined ? {} : { location: { file: path(f.clinicalSample) } },
        ),
      );
    } else if (patientId !== undefined && patientClinical !== undefined && patientRecord === undefined) {
      notices.push(
        tabularIssue(
          'cbioportal_patient_not_found',
          { sample: id, patient: patientId },
          { location: patientClinical.table.at() },
        ),
      );
    }
    notices.push(...facts.notices);

    const panelRow = matrix.get(id);
    const mutationProfiled =
      mut !== undefined || (sequenced?.has(id) ?? false) || panelRow?.mutations !== undefined;
    const cnaProfiled = cn !== undefined;
    if (!mutationProfiled) notices.push(tabularIssue('cbioportal_not_mutation_profiled', { sample: id }));
    if (!cnaProfiled) {
      notices.push(
        tabularIssue(
          'cbioportal_not_cna_profiled',
          { sample: id, file: f.cna === undefined ? null : path(f.cna) },
          f.cna === undefined ? {} : { location: { file: path(f.cna) } },
        ),
      );
    }
    if (cna !== undefined && cn !== undefined && cn.notProfiled.length > 0) {
      notices.push(
        tabularIssue(
          'cbioportal_cna_genes_not_profiled',
          { sample: id, genes: cn.notProfiled },
          { location: { ...cna.table.at(), column: id } },
        ),
      );
    }
    const panel = mutationProfiled && cnaProfiled ? (options.panel ?? panelRow?.mutations ?? null) : null;
    if (panel === null && mutationProfiled && cnaProfiled) {
      notices.push(tabularIssue('cbioportal_panel_unknown', { sample: id }));
    }
    const sample: Partial<SampleInput> = { id, assay: { panel, dna: mutationProfiled || cnaProfiled } };
    return {
      patient: facts.patient,
      sample,
      findings: [
        ...(mut?.findings ?? []),
        ...(cn?.findings ?? []),
        ...(svs?.findings ?? []),
        ...facts.findings,
      ],
      rejected: [...(mut?.rejected ?? []), ...(cn?.rejected ?? []), ...(svs?.rejected ?? [])],
      notices: [...notices, ...(mut?.notices ?? []), ...(svs?.notices ?? [])],
      source: { format: 'cbioportal', file: folder ?? null },
    };
  };

  const studyId = meta === undefined ? undefined : keyValues(meta).get('cancer_study_identifier');
  return right({
    studyId: studyId === undefined || studyId === '' ? null : studyId,
    sampleIds: ids,
    notices: [...layout.notices, ...(sampleClinical?.notices ?? []), ...(patientClinical?.notices ?? [])],
    unassigned: [
      ...(mutations?.unassigned ?? []),
      ...(cna === undefined ? [] : cnaBadRows(cna)),
      ...(sv?.unassigned ?? []),
    ],
    files: f,
    draft,
    drafts: function* () {
      for (const id of ids) {
        const d = draft(id);
        if (d !== undefined) yield d;
      }
    },
  });
};
