/**
 * Which cohort table a command runs with: the embedded version in force on the as-of date, an embedded
 * version named `id@version`, or a table file (with its approvals set).
 */
import { isLeft } from 'fp-ts/Either';
import type { Issue, Issues, Result } from '../model/issue.js';
import type { LoadedApprovals } from '../table/load-approvals.js';
import type { LoadedTable } from '../table/load-table.js';
import type { CommandContext } from './command.js';
import { InputError } from './failure.js';
import { cliIssue } from './issues.js';
import { parseJsonText } from './json-text.js';
import { readText } from './read.js';

const TABLE_REF = /^[a-z0-9][a-z0-9._-]*@\d{4}\.\d+$/;

/** Issues of a file, located in it (issues that already name a file keep theirs). @internal */
export const inFile = (issues: ReadonlyArray<Issue>, file: string): ReadonlyArray<Issue> =>
  issues.map((i) => (i.location?.file !== undefined ? i : { ...i, location: { ...i.location, file } }));

/** The right side of a result, or an `InputError` with its issues located in `file`. @internal */
export const orFail = <A>(result: Result<A>, file?: string): A => {
  if (isLeft(result)) throw new InputError(file === undefined ? result.left : inFile(result.left, file));
  return result.right;
};

const approvalsFor = async (
  tableFile: string,
  approvalsId: unknown,
  approvalsPath: string | undefined,
  ctx: CommandContext,
): Promise<LoadedApprovals> => {
  const { io, engine } = ctx;
  const load = async (path: string) =>
    orFail(engine.loadApprovals(orFail(parseJsonText(await readText(io, path), path))), path);
  if (approvalsPath !== undefined) return load(approvalsPath);
  const id = typeof approvalsId === 'string' ? approvalsId : '';
  const beside = io.resolvePath(tableFile, '..', '..', '..', 'approvals', `${id}.json`);
  if (id !== '' && (await io.exists(beside))) return load(beside);
  const embedded = engine.embeddedApprovals();
  if (embedded.approvals.id === id) return embedded;
  throw new InputError([cliIssue('approvals_not_found', { table: tableFile, approvals: id, tried: beside })]);
};

/** Loads a table file with its approvals set. @internal */
export const loadTableFile = async (
  path: string,
  approvalsPath: string | undefined,
  ctx: CommandContext,
): Promise<LoadedTable> => {
  const json = orFail(parseJsonText(await readText(ctx.io, path), path));
  const approvalsId =
    typeof json === 'object' && json !== null ? (json as { approvals?: unknown }).approvals : undefined;
  const approvals = await approvalsFor(path, approvalsId, approvalsPath, ctx);
  return orFail(ctx.engine.loadTable(json, approvals), path);
};

/**
 * The table to run with: `--table` (a file, or an embedded `id@version`), else the embedded version in
 * force on `asOf`.
 * @internal
 */
export const chooseTable = async (
  ref: string | undefined,
  approvalsPath: string | undefined,
  asOf: string,
  ctx: CommandContext,
): Promise<LoadedTable> => {
  const { engine, io } = ctx;
  if (ref === undefined) return orFail(engine.tableAsOf(engine.embeddedTables(), asOf));
  if (TABLE_REF.test(ref.trim()) && !(await io.exists(ref)))
    return orFail(engine.findTable(engine.embeddedTables(), ref));
  return loadTableFile(ref, approvalsPath, ctx);
};

/** Issues as a non-empty list (for building Left values by hand). @internal */
export const issues = (first: Issue, ...rest: ReadonlyArray<Issue>): Issues => [first, ...rest];
