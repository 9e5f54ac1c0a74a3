/**
 * Table versions: which version was in force on a date, a version by reference (`impress-norway@2022.1`),
 * and the checks that keep a version chain sound (each `supersedes` exists and takes effect earlier).
 */
import { left, right } from 'fp-ts/Either';
import type { Issue, Result } from '../model/issue.js';
import type { Table } from '../model/table.js';
import { tableIssue } from './issues.js';
import type { LoadedTable } from './load-table.js';
import { compareDates, isIsoDate } from './raw.js';

/**
 * The reference of a table version: `<table-id>@<version>`.
 *
 * @example
 * import { tableRef } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(tableRef({ id: 'impress-norway', version: '2022.1' }), 'impress-norway@2022.1');
 */
export const tableRef = (table: Pick<Table, 'id' | 'version'>): string => `${table.id}@${table.version}`;

/** Newest first: by effective date, then by version number. */
const newestFirst = (a: LoadedTable, b: LoadedTable): number =>
  compareDates(b.table.effectiveFrom, a.table.effectiveFrom) ||
  b.table.version.localeCompare(a.table.version, 'en', { numeric: true });

/**
 * The version in force on `asOf` (ISO date): the one with the latest `effectiveFrom` on or before it.
 * All tables must be versions of one table unless `tableId` picks one. A date before the first version
 * is an error, not a silent fallback.
 *
 * @example
 * import { embeddedTables, tableAsOf } from 'mtb-match';
 * import assert from 'node:assert';
 * const inForce = tableAsOf(embeddedTables(), '2022-04-07');
 * assert.ok(inForce._tag === 'Right');
 * assert.strictEqual(inForce.right.table.version, '2022.1');
 * assert.strictEqual(tableAsOf(embeddedTables(), '2020-12-31')._tag, 'Left');
 */
export const tableAsOf = (
  tables: ReadonlyArray<LoadedTable>,
  asOf: string,
  tableId?: string,
): Result<LoadedTable> => {
  if (!isIsoDate(asOf)) return left([tableIssue('invalid_as_of', { input: asOf }, { input: asOf })]);
  const ids = [...new Set(tables.map((t) => t.table.id))].sort();
  const id = tableId ?? (ids.length === 1 ? ids[0] : undefined);
  if (tables.length === 0) return left([tableIssue('no_tables', {})]);
  if (tableId !== undefined && !ids.includes(tableId)) {
    const available = tables.map((t) => tableRef(t.table)).sort();
    return left([tableIssue('table_version_not_found', { input: tableId, available }, { input: tableId })]);
  }
  if (id === undefined) return left([tableIssue('several_table_ids', { ids })]);
  const versions = tables.filter((t) => t.table.id === id).sort(newestFirst);
  const inForce = versions.find((t) => compareDates(t.table.effectiveFrom, asOf) <= 0);
  if (inForce !== undefined) return right(inForce);
  const first = versions[versions.length - 1];
  return left([
    tableIssue(
      'as_of_before_first_version',
      {
        asOf,
        tableId: id,
        first: first?.table.version ?? '?',
        effectiveFrom: first?.table.effectiveFrom ?? '?',
      },
      { input: asOf },
    ),
  ]);
};

/**
 * The table version named by a reference `<table-id>@<version>`.
 *
 * @example
 * import { embeddedTables, findTable } from 'mtb-match';
 * import assert from 'node:assert';
 * const found = findTable(embeddedTables(), 'impress-norway@2021.1');
 * assert.ok(found._tag === 'Right' && found.right.table.effectiveFrom === '2021-04-01');
 * const missing = findTable(embeddedTables(), 'impress-norway@1999.1');
 * assert.ok(missing._tag === 'Left' && missing.left[0].code === 'table_version_not_found');
 */
export const findTable = (tables: ReadonlyArray<LoadedTable>, ref: string): Result<LoadedTable> => {
  const match = /^([a-z0-9][a-z0-9._-]*)@(\d{4}\.\d+)$/.exec(ref.trim());
  if (match === null) return left([tableIssue('malformed_table_ref', { input: ref }, { input: ref })]);
  const found = tables.find((t) => t.table.id === match[1] && t.table.version === match[2]);
  if (found !== undefined) return right(found);
  const available = tables.map((t) => tableRef(t.table)).sort();
  return left([
    tableIssue('table_version_not_found', { input: ref, available }, { input: ref, suggestions: available }),
  ]);
};

/** An issue about the table at `index` of the list given to `versionChainIssues`. @internal */
export interface IndexedIssue {
  readonly index: number;
  readonly issue: Issue;
}

/**
 * Checks the version chains of a set of tables: no version given twice, every `supersedes` names a given
 * version of the same table that took effect strictly earlier, and no version is superseded twice.
 * @internal
 */
export const versionChainIssues = (
  tables: ReadonlyArray<Pick<Table, 'id' | 'version' | 'effectiveFrom' | 'supersedes'>>,
): ReadonlyArray<IndexedIssue> => {
  const issues: IndexedIssue[] = [];
  const byRef = new Map<string, number>();
  tables.forEach((table, index) => {
    const ref = tableRef(table);
    if (byRef.has(ref))
      issues.push({ index, issue: tableIssue('duplicate_version', { path: ['version'], ref }) });
    else byRef.set(ref, index);
  });
  const supersededBy = new Map<string, string[]>();
  tables.forEach((table, index) => {
    if (table.supersedes === null) return;
    const ref = `${table.id}@${table.supersedes}`;
    supersededBy.set(ref, [...(supersededBy.get(ref) ?? []), tableRef(table)]);
    const previous = byRef.get(ref);
    const old = previous === undefined ? undefined : tables[previous];
    if (old === undefined) {
      issues.push({
        index,
        issue: tableIssue('unknown_superseded_version', {
          path: ['supersedes'],
          input: table.supersedes,
          tableId: table.id,
        }),
      });
    } else if (compareDates(table.effectiveFrom, old.effectiveFrom) <= 0) {
      issues.push({
        index,
        issue: tableIssue('version_chain_date', {
          path: ['effectiveFrom'],
          effectiveFrom: table.effectiveFrom,
          superseded: old.version,
          supersededFrom: old.effectiveFrom,
        }),
      });
    }
  });
  for (const [ref, by] of supersededBy) {
    if (by.length > 1) {
      const index = byRef.get(by[1] ?? '') ?? 0;
      issues.push({ index, issue: tableIssue('superseded_twice', { path: ['supersedes'], ref, by }) });
    }
  }
  return issues;
};
