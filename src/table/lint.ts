/**
 * Linting a folder of rules files at once: approvals sets and cohort tables validated together (a table
 * names its approvals set by id), version chains checked, every issue tagged with its file.
 */
import { isLeft } from 'fp-ts/Either';
import type { Issue } from '../model/issue.js';
import { tableIssue } from './issues.js';
import { loadApprovals, type LoadedApprovals } from './load-approvals.js';
import { loadedTable, validateTable, type LoadedTable } from './load-table.js';
import { isRecord, stringField } from './raw.js';
import { versionChainIssues } from './versions.js';

/** A rules file as read by the caller (the CLI reads the files; this module stays pure). */
export interface RulesFile {
  readonly path: string;
  readonly json: unknown;
}

/** What linting found: every issue (with `location.file`), and what loaded. */
export interface LintResult {
  readonly issues: ReadonlyArray<Issue>;
  readonly tables: ReadonlyArray<{ readonly path: string; readonly loaded: LoadedTable }>;
  readonly approvals: ReadonlyArray<{ readonly path: string; readonly loaded: LoadedApprovals }>;
}

const inFile = (file: string, issue: Issue): Issue => ({ ...issue, location: { ...issue.location, file } });

/**
 * Validates approvals sets and cohort tables together and checks their version chains: each table is
 * cross-checked against the approvals set it names, `supersedes` must name a given version of the same
 * table that took effect earlier. Returns every issue, each with its file path, plus what loaded.
 * A file with `indications` is an approvals set, one with `cohorts` a table.
 *
 * @example
 * import { embeddedApprovals, embeddedTables, lintTables } from 'mtb-match';
 * import assert from 'node:assert';
 * const files = [
 *   { path: 'rules/approvals/eu-no.json', json: embeddedApprovals().approvals },
 *   ...embeddedTables().map((t) => ({ path: `rules/tables/impress-norway/${t.table.version}.json`, json: t.table })),
 * ];
 * const result = lintTables(files);
 * assert.strictEqual(result.issues.filter((i) => i.severity === 'error').length, 0);
 * assert.strictEqual(result.tables.length, 4);
 * const orphan = lintTables([{ path: 't.json', json: { ...embeddedTables()[1].table } }]);
 * assert.deepStrictEqual(orphan.issues.filter((i) => i.severity === 'error').map((i) => i.code),
 *   ['unknown_approvals_set', 'unknown_superseded_version']);
 */
export const lintTables = (files: ReadonlyArray<RulesFile>): LintResult => {
  const issues: Issue[] = [];
  const approvals: Array<{ readonly path: string; readonly loaded: LoadedApprovals }> = [];
  const approvalFiles = new Map<string, string[]>();
  const tableFiles: RulesFile[] = [];
  for (const file of files) {
    const { json } = file;
    if (isRecord(json) && 'indications' in json) {
      const id = stringField(json, 'id');
      if (id !== undefined) approvalFiles.set(id, [...(approvalFiles.get(id) ?? []), file.path]);
      const result = loadApprovals(json);
      if (isLeft(result)) issues.push(...result.left.map((i) => inFile(file.path, i)));
      else {
        issues.push(...result.right.warnings.map((i) => inFile(file.path, i)));
        approvals.push({ path: file.path, loaded: result.right });
      }
    } else if (isRecord(json) && 'cohorts' in json) {
      tableFiles.push(file);
    } else {
      issues.push(inFile(file.path, tableIssue('unrecognized_rules_file', {})));
    }
  }
  for (const [id, paths] of approvalFiles) {
    if (paths.length > 1)
      issues.push(inFile(paths[1] ?? '', tableIssue('duplicate_approvals_set', { id, files: paths })));
  }
  const tables: Array<{ readonly path: string; readonly loaded: LoadedTable }> = [];
  const parsed: Array<{ readonly path: string; readonly table: LoadedTable['table'] }> = [];
  for (const file of tableFiles) {
    const named = stringField(file.json, 'approvals');
    const set = approvals.find((a) => a.loaded.approvals.id === named)?.loaded ?? null;
    if (set === null && named !== undefined && !approvalFiles.has(named)) {
      const available = [...approvalFiles.keys()].sort();
      issues.push(
        inFile(
          file.path,
          tableIssue(
            'unknown_approvals_set',
            { path: ['approvals'], input: named, available },
            { path: ['approvals'], input: named },
          ),
        ),
      );
    }
    const result = validateTable(file.json, set);
    issues.push(...result.issues.map((i) => inFile(file.path, i)));
    if (result.table === null) continue;
    parsed.push({ path: file.path, table: result.table });
    if (set !== null && !result.issues.some((i) => i.severity === 'error')) {
      tables.push({ path: file.path, loaded: loadedTable(result.table, set, result.issues) });
    }
  }
  for (const { index, issue } of versionChainIssues(parsed.map((p) => p.table))) {
    issues.push(inFile(parsed[index]?.path ?? '', issue));
  }
  return { issues, tables, approvals };
};
