/**
 * What every measurement sets up the same way, given the library functions found: the table in force on
 * the date, its compiled form, and JSON text -> normalized `Case`. Shared by `run.ts` and the profiler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApprovalsSchema } from '../src/model/approvals.js';
import type { Case } from '../src/model/case.js';
import { TableSchema } from '../src/model/table.js';
import type { GeneratedCase } from './generate.js';
import type { Api, LoadedTable } from './lib.js';

/** The right side of an fp-ts `Either`, or the value itself; a left throws with its first messages. */
export const unwrap = <A>(value: unknown, what: string): A => {
  if (value !== null && typeof value === 'object' && '_tag' in value) {
    const e = value as { _tag: string; left?: ReadonlyArray<{ message: string }>; right?: unknown };
    if (e._tag === 'Right') return e.right as A;
    throw new Error(
      `${what}: ${(e.left ?? [])
        .map((i) => i.message)
        .slice(0, 3)
        .join('; ')}`,
    );
  }
  return value as A;
};

/** A table with a word on where it came from. */
export interface TableChoice {
  readonly loaded: LoadedTable;
  /** Empty when the library's loader gave it. */
  readonly source: string;
}

/**
 * The embedded table in force on `asOf`, through the library's loader; until that lands, read straight
 * from `rules/tables/` and `rules/approvals/` with the model's schemas.
 */
export const chooseTable = (api: Partial<Api>, root: string, asOf: string): TableChoice => {
  if (api.embeddedTables !== undefined && api.tableAsOf !== undefined) {
    const tables = unwrap<unknown>(api.embeddedTables(), 'embeddedTables');
    return { loaded: unwrap<LoadedTable>(api.tableAsOf(tables, asOf), 'tableAsOf'), source: '' };
  }
  const dir = join(root, 'rules', 'tables');
  const versions = readdirSync(dir)
    .flatMap((id) =>
      readdirSync(join(dir, id))
        .filter((f) => /^\d{4}\.\d+\.json$/.test(f))
        .map((f) => TableSchema.parse(JSON.parse(readFileSync(join(dir, id, f), 'utf8')))),
    )
    .filter((t) => t.effectiveFrom <= asOf)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  const table = versions.at(-1);
  if (table === undefined) throw new Error(`no table in rules/tables in force on ${asOf}`);
  const approvals = ApprovalsSchema.parse(
    JSON.parse(readFileSync(join(root, 'rules', 'approvals', `${table.approvals}.json`), 'utf8')),
  );
  return {
    loaded: { table, approvals, hash: `unhashed:${table.id}@${table.version}` },
    source: `${table.id} ${table.version} read from rules/ directly (no table loader yet)`,
  };
};

/** Compiles with `compile(loaded)`, or `compileTable(loaded, vocabulary)` when only that exists. */
export const compileWith = (api: Partial<Api>, loaded: LoadedTable, compileName = 'compile'): unknown => {
  if (api.compile === undefined) throw new Error('compile not found');
  if (compileName === 'compileTable')
    return unwrap(
      (api.compile as (l: LoadedTable, v?: unknown) => unknown)(loaded, api.defaultVocabulary),
      'compile',
    );
  return unwrap(api.compile(loaded), 'compile');
};

/**
 * JSON text -> normalized Case through the library's JSON adapter; until it lands, JSON.parse into a draft
 * and `completeCase` (the normalization the adapters share).
 */
export const caseParser = (
  api: Partial<Api>,
): { readonly parse: (text: string) => Case; readonly source: string } => {
  const parseJsonCase = api.parseJsonCase;
  if (parseJsonCase !== undefined)
    return { parse: (text) => unwrap<Case>(parseJsonCase(text), 'parseJsonCase'), source: '' };
  const completeCase = api.completeCase;
  if (completeCase === undefined) throw new Error('neither parseJsonCase nor completeCase found');
  return {
    parse: (text) => {
      const json = JSON.parse(text) as GeneratedCase;
      const draft = {
        patient: json.patient,
        sample: json.sample,
        findings: json.findings.map((input, i) => ({ input, source: { line: i + 1 } })),
        rejected: [],
        notices: [],
        source: { format: 'json', file: null },
      };
      return unwrap<Case>(completeCase(draft, {}), 'completeCase');
    },
    source: 'JSON.parse + completeCase (no parseJsonCase yet)',
  };
};
