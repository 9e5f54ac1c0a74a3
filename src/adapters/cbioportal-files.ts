/**
 * The files of a cBioPortal study folder: how the reader asks for them, which name holds what, and the
 * small `key: value` files (meta files, case lists).
 */
import type { Issue } from '../model/issue.js';
import { tabularIssue } from './issues-tabular.js';
import { splitLines } from './text.js';

/**
 * A study folder as the reader sees it: the names of its files (relative to the folder, `/`-separated, e.g.
 * `data_mutations.txt`, `case_lists/cases_sequenced.txt`) and a way to read one. The CLI backs it with the
 * file system; tests and browsers with a map (`studyFilesFromMap`). Each file is read at most once.
 */
export interface StudyFiles {
  readonly names: ReadonlyArray<string>;
  /** The text of a file, or undefined when it cannot be read. */
  readonly read: (name: string) => string | undefined;
}

/**
 * A study folder held in memory, file name -> contents.
 *
 * @example
 * import { studyFilesFromMap } from 'mtb-match';
 * import assert from 'node:assert';
 * const files = studyFilesFromMap(new Map([['meta_study.txt', 'cancer_study_identifier: demo']]));
 * assert.deepStrictEqual(files.names, ['meta_study.txt']);
 * assert.strictEqual(files.read('meta_study.txt'), 'cancer_study_identifier: demo');
 */
export const studyFilesFromMap = (files: ReadonlyMap<string, string>): StudyFiles => ({
  names: [...files.keys()],
  read: (name) => files.get(name),
});

/** The data files the reader uses, by role. */
export type StudyFileRole =
  | 'clinicalSample'
  | 'clinicalPatient'
  | 'mutations'
  | 'cna'
  | 'sv'
  | 'fusions'
  | 'genePanelMatrix'
  | 'metaStudy';

/** How each role's file is recognized (top-level files only, case-insensitive). */
const ROLE_PATTERNS: ReadonlyArray<readonly [StudyFileRole, RegExp, string]> = [
  ['clinicalSample', /^data_clinical(_sample[^/]*|\.txt|\.tsv)$/i, 'clinical sample'],
  ['clinicalPatient', /^data_clinical_patient[^/]*$/i, 'clinical patient'],
  ['mutations', /^data_mutations[^/]*$/i, 'mutation'],
  // Discrete (GISTIC-style) CNA only: not segments, log2 or linear values, nor driver annotations.
  ['cna', /^data_cna(?![^/]*(\.seg|log2|linear|annotation))[^/]*$/i, 'discrete copy-number'],
  ['sv', /^data_sv[^/]*$/i, 'structural-variant'],
  ['fusions', /^data_fusions?[^/]*$/i, 'fusion'],
  ['genePanelMatrix', /^data_gene_panel_matrix[^/]*$/i, 'gene panel matrix'],
  ['metaStudy', /^meta_study\.txt$/i, 'study meta'],
];

/**
 * The file chosen for each role present, and notices about files passed over.
 *
 * @internal
 */
export interface StudyLayout {
  readonly files: Readonly<Partial<Record<StudyFileRole, string>>>;
  readonly notices: ReadonlyArray<Issue>;
}

/**
 * Chooses one file per role. When several match (`data_mutations.txt` and `data_mutations_extended.txt`), the
 * shortest name is read (ties alphabetically) and the others are named in a notice. A `data_fusions` file is
 * passed over when a `data_sv` file exists (the SV format replaced it and holds the same events).
 *
 * @internal
 */
export const studyLayout = (
  names: ReadonlyArray<string>,
  path: (name: string) => string = (n) => n,
): StudyLayout => {
  const files: Partial<Record<StudyFileRole, string>> = {};
  const notices: Issue[] = [];
  for (const [role, pattern, label] of ROLE_PATTERNS) {
    const matching = names
      .filter((n) => !n.includes('/') && pattern.test(n))
      .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    const [used, ...ignored] = matching;
    if (used === undefined) continue;
    files[role] = used;
    if (ignored.length > 0) {
      notices.push(
        tabularIssue(
          'cbioportal_several_files',
          { kind: label, used: path(used), ignored: ignored.map(path) },
          { location: { file: path(used) } },
        ),
      );
    }
  }
  if (files.sv !== undefined && files.fusions !== undefined) {
    notices.push(
      tabularIssue(
        'cbioportal_several_files',
        { kind: 'structural-variant', used: path(files.sv), ignored: [path(files.fusions)] },
        { location: { file: path(files.sv) } },
      ),
    );
    delete files.fusions;
  }
  return { files, notices };
};

/**
 * The `key: value` lines of a meta file or case list.
 *
 * @internal
 */
export const keyValues = (text: string): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const { text: line } of splitLines(text)) {
    const match = /^\s*([^:#]+?)\s*:\s*(.*?)\s*$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined && !map.has(match[1])) map.set(match[1], match[2]);
  }
  return map;
};

/**
 * The samples listed by the study's "sequenced" case lists (`case_lists/cases_sequenced.txt` or any
 * `case_lists/*_sequenced.txt`), or undefined when there is none. Ids are tab- or space-separated.
 *
 * @internal
 */
export const sequencedCaseList = (files: StudyFiles): ReadonlySet<string> | undefined => {
  const lists = files.names.filter((n) => /^case_lists\/[^/]*sequenced[^/]*\.txt$/i.test(n));
  if (lists.length === 0) return undefined;
  const ids = new Set<string>();
  for (const name of lists) {
    const text = files.read(name);
    const value = text === undefined ? undefined : keyValues(text).get('case_list_ids');
    for (const id of value?.split(/[\t ]+/) ?? []) if (id !== '') ids.add(id);
  }
  return ids;
};
