/**
 * The cohort tables and approvals set shipped with the library (IMPRESS-Norway and EU/Norway), imported
 * as JSON and validated once, on first use.
 */
import { isLeft } from 'fp-ts/Either';
import { formatIssue, type Result } from '../model/issue.js';
import approvalsJson from '../../rules/approvals/eu-no.json';
import impress20211 from '../../rules/tables/impress-norway/2021.1.json';
import impress20212 from '../../rules/tables/impress-norway/2021.2.json';
import impress20221 from '../../rules/tables/impress-norway/2022.1.json';
import impress20231 from '../../rules/tables/impress-norway/2023.1.json';
import { loadApprovals, type LoadedApprovals } from './load-approvals.js';
import { loadTable, type LoadedTable } from './load-table.js';
import { tableAsOf, versionChainIssues } from './versions.js';

/** The embedded table versions, oldest first. Add a new version's JSON import here. */
const TABLE_FILES: ReadonlyArray<unknown> = [impress20211, impress20212, impress20221, impress20231];

const orThrow = <A>(what: string, result: Result<A>): A => {
  // The embedded data are checked by the test suite; failing here is a packaging bug, not bad input.
  if (isLeft(result))
    throw new Error(`Embedded ${what} is invalid:\n${result.left.map(formatIssue).join('\n')}`);
  return result.right;
};

let approvalsCache: LoadedApprovals | undefined;
let tablesCache: ReadonlyArray<LoadedTable> | undefined;

/**
 * The embedded approvals set (`rules/approvals/eu-no.json`), validated on first use.
 *
 * @example
 * import { embeddedApprovals } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(embeddedApprovals().approvals.id, 'eu-no');
 */
export const embeddedApprovals = (): LoadedApprovals => {
  approvalsCache ??= orThrow('approvals set eu-no', loadApprovals(approvalsJson));
  return approvalsCache;
};

/**
 * The embedded IMPRESS-Norway table versions with their approvals, validated once on first use, oldest
 * first. Their version chain is checked too.
 *
 * @example
 * import { embeddedTables } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.deepStrictEqual(embeddedTables().map((t) => t.table.version), ['2021.1', '2021.2', '2022.1', '2023.1']);
 */
export const embeddedTables = (): ReadonlyArray<LoadedTable> => {
  if (tablesCache === undefined) {
    const approvals = embeddedApprovals();
    const tables = TABLE_FILES.map((json, i) => orThrow(`table #${i + 1}`, loadTable(json, approvals)));
    const chain = versionChainIssues(tables.map((t) => t.table));
    if (chain.length > 0)
      throw new Error(
        `Embedded table versions are inconsistent:\n${chain.map((c) => formatIssue(c.issue)).join('\n')}`,
      );
    tablesCache = tables;
  }
  return tablesCache;
};

/**
 * The embedded IMPRESS-Norway version in force on `asOf` (ISO date).
 *
 * @example
 * import { defaultTable } from 'mtb-match';
 * import assert from 'node:assert';
 * const table = defaultTable('2024-01-15');
 * assert.ok(table._tag === 'Right' && table.right.table.version === '2023.1');
 */
export const defaultTable = (asOf: string): Result<LoadedTable> => tableAsOf(embeddedTables(), asOf);
