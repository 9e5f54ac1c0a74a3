/**
 * cBioPortal clinical files: `data_clinical_sample*` (SAMPLE_ID, PATIENT_ID, ONCOTREE_CODE,
 * TMB_NONSYNONYMOUS, MSI_SCORE, MSI_TYPE) and `data_clinical_patient*` (PATIENT_ID, AGE, SEX/GENDER), each
 * with the four `#` metadata lines cBioPortal puts above the header.
 */
import { left, right } from 'fp-ts/Either';
import type { FindingInput, PatientInput } from '../model/case-input.js';
import type { DraftFinding } from '../model/draft.js';
import type { Issue, Result } from '../model/issue.js';
import { tabularIssue } from './issues-tabular.js';
import { cell, parseNumber, readTable, type Table, type TableRow } from './maf-table.js';

/**
 * One row of a clinical file, by the key it is indexed under.
 *
 * @internal
 */
export interface ClinicalRecord {
  readonly table: Table;
  readonly row: TableRow;
}

/**
 * A clinical file indexed by SAMPLE_ID or PATIENT_ID, first row wins.
 *
 * @internal
 */
export interface ClinicalIndex {
  readonly table: Table;
  readonly byId: ReadonlyMap<string, TableRow>;
  /** Ids in file order. */
  readonly ids: ReadonlyArray<string>;
  readonly notices: ReadonlyArray<Issue>;
}

/**
 * Reads a clinical file and indexes it by its id column (`SAMPLE_ID` or `PATIENT_ID`).
 *
 * @internal
 */
export const readClinical = (
  text: string,
  file: string,
  idColumn: 'SAMPLE_ID' | 'PATIENT_ID',
  required: ReadonlyArray<string>,
): Result<ClinicalIndex> => {
  const read = readTable(text, file, 'cBioPortal clinical');
  if (read._tag === 'Left') return read;
  const table = read.right;
  const missing = required.filter((name) => table.column(name) === undefined);
  const idAt = table.column(idColumn);
  if (missing.length > 0 || idAt === undefined) {
    return left([
      tabularIssue(
        'table_missing_columns',
        { file: table.name, columns: missing.length > 0 ? missing : [idColumn], found: table.header },
        { location: table.at(table.headerLine) },
      ),
    ]);
  }
  const byId = new Map<string, TableRow>();
  const ids: string[] = [];
  const notices: Issue[] = table.badRows.map((b) => b.issue);
  for (const row of table.rows) {
    const id = cell(row, idAt);
    if (id === undefined) continue;
    const first = byId.get(id);
    if (first !== undefined) {
      notices.push(
        idColumn === 'SAMPLE_ID'
          ? tabularIssue(
              'cbioportal_duplicate_sample',
              { sample: id, first: first.line },
              { location: table.at(row.line) },
            )
          : tabularIssue(
              'cbioportal_duplicate_patient',
              { patient: id, first: first.line },
              { location: table.at(row.line) },
            ),
      );
      continue;
    }
    byId.set(id, row);
    ids.push(id);
  }
  return right({ table, byId, ids, notices });
};

const value = (record: ClinicalRecord | undefined, ...names: ReadonlyArray<string>) =>
  record === undefined ? undefined : cell(record.row, record.table.column(...names));

/** MSI_TYPE words (MSK's MSIsensor categories and the usual abbreviations) to a status; null = no status. */
const MSI_TYPES: ReadonlyMap<string, 'MSI-H' | 'MSI-L' | 'MSS' | 'inconclusive' | null> = new Map([
  ['stable', 'MSS'],
  ['mss', 'MSS'],
  ['instable', 'MSI-H'],
  ['unstable', 'MSI-H'],
  ['msi-h', 'MSI-H'],
  ['msi-high', 'MSI-H'],
  ['msi-l', 'MSI-L'],
  ['msi-low', 'MSI-L'],
  ['indeterminate', 'inconclusive'],
  ['inconclusive', 'inconclusive'],
  ['do not report', null],
]);

/** Sex words to the case's vocabulary; anything else is `unknown`. */
const SEXES: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ['female', 'female'],
  ['f', 'female'],
  ['male', 'male'],
  ['m', 'male'],
]);

/**
 * What the clinical rows of one sample say about the patient, and the biomarker findings they hold.
 *
 * @internal
 */
export interface ClinicalFacts {
  readonly patient: Partial<PatientInput>;
  readonly findings: ReadonlyArray<DraftFinding>;
  readonly notices: ReadonlyArray<Issue>;
}

/**
 * Patient facts (PATIENT_ID, AGE, SEX/GENDER, ONCOTREE_CODE: sample row first, then patient row) and
 * findings: TMB_NONSYNONYMOUS (mut/Mb) -> `tmb`; MSI_SCORE (percent unstable sites, MSIsensor) and/or
 * MSI_TYPE -> `msi`.
 *
 * @internal
 */
export const clinicalFacts = (
  sampleId: string,
  sample: ClinicalRecord | undefined,
  patient: ClinicalRecord | undefined,
): ClinicalFacts => {
  const notices: Issue[] = [];
  const findings: DraftFinding[] = [];
  const where = (record: ClinicalRecord | undefined, column: string) =>
    record === undefined ? {} : { ...record.table.at(record.row.line), column };
  const numberOf = (record: ClinicalRecord | undefined, column: string): number | undefined => {
    const text = value(record, column);
    if (text === undefined || record === undefined) return undefined;
    const n = parseNumber(text);
    if (n === undefined) {
      notices.push(
        tabularIssue('table_bad_number', { column, value: text }, { location: where(record, column) }),
      );
    }
    return n;
  };

  const tmb = numberOf(sample, 'TMB_NONSYNONYMOUS');
  if (tmb !== undefined && tmb >= 0) {
    findings.push({ input: { kind: 'tmb', value: tmb }, source: where(sample, 'TMB_NONSYNONYMOUS') });
  }
  const score = numberOf(sample, 'MSI_SCORE');
  const typeText = value(sample, 'MSI_TYPE');
  const type = typeText === undefined ? undefined : MSI_TYPES.get(typeText.trim().toLowerCase());
  if (typeText !== undefined && type === undefined) {
    notices.push(
      tabularIssue('cbioportal_msi_type', { value: typeText }, { location: where(sample, 'MSI_TYPE') }),
    );
  }
  const percent = score !== undefined && score >= 0 && score <= 100 ? score : undefined;
  if (score !== undefined && percent === undefined) {
    notices.push(
      tabularIssue(
        'table_bad_number',
        { column: 'MSI_SCORE', value: String(score) },
        { location: where(sample, 'MSI_SCORE') },
      ),
    );
  }
  if (percent !== undefined || (type !== undefined && type !== null)) {
    const input: FindingInput = {
      kind: 'msi',
      ...(percent === undefined ? {} : { percentUnstable: percent }),
      ...(type === undefined || type === null ? {} : { status: type }),
    };
    findings.push({ input, source: where(sample, percent !== undefined ? 'MSI_SCORE' : 'MSI_TYPE') });
  }

  const patientId = value(sample, 'PATIENT_ID');
  const ageFrom = value(patient, 'AGE') !== undefined ? patient : sample;
  const ageText = value(ageFrom, 'AGE');
  const age = ageText === undefined ? undefined : parseNumber(ageText);
  if (ageText !== undefined && (age === undefined || age < 0 || age > 130)) {
    notices.push(tabularIssue('cbioportal_bad_age', { value: ageText }, { location: where(ageFrom, 'AGE') }));
  }
  const sexText = value(patient, 'SEX', 'GENDER') ?? value(sample, 'SEX', 'GENDER');
  const diagnosis = value(sample, 'ONCOTREE_CODE') ?? value(patient, 'ONCOTREE_CODE');
  if (diagnosis === undefined && sample !== undefined) {
    notices.push(
      tabularIssue(
        'cbioportal_no_oncotree_code',
        { sample: sampleId },
        { location: where(sample, 'ONCOTREE_CODE') },
      ),
    );
  }
  const patientFacts: Partial<PatientInput> = {
    ...(patientId === undefined ? {} : { id: patientId }),
    ...(age === undefined || age < 0 || age > 130 ? {} : { age: Math.floor(age) }),
    ...(sexText === undefined ? {} : { sex: SEXES.get(sexText.trim().toLowerCase()) ?? 'unknown' }),
    ...(diagnosis === undefined ? {} : { diagnosis }),
  };
  return { patient: patientFacts, findings, notices };
};
