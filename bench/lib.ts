/**
 * Finds the library functions the benchmark measures, by name, in the built bundle (`dist/index.js`) or,
 * while a part is not exported yet, in the source module that defines it (run under tsx).
 *
 * All functions come from one place: the bundle when it has every name the source has, else the defining
 * source modules bundled with esbuild into `.bench-tmp/lib/` (two copies of the library in one process
 * would not share their tables and vocabularies). Each
 * measurement declares the names it needs and is skipped, with the missing names, until they exist.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Case } from '../src/model/case.js';
import type { Result } from '../src/model/issue.js';
import type { ProteinChange } from '../src/model/protein-change.js';
import type { MatchResult } from '../src/model/result.js';
import type { Approvals } from '../src/model/approvals.js';
import type { Table } from '../src/model/table.js';

/** A table chosen for a date: the table, its approvals set and its content hash. */
export interface LoadedTable {
  readonly table: Table;
  readonly approvals: Approvals;
  readonly hash: string;
}

/** The functions the benchmark calls, as the issues name them. */
export interface Api {
  readonly parseJsonCase: (text: string) => Result<Case>;
  readonly normalizeCase: (json: unknown) => Result<Case>;
  readonly readTso500: (text: string, options: { readonly file?: string }) => Result<unknown>;
  readonly completeCase: (draft: unknown, facts: unknown) => Result<Case>;
  readonly embeddedTables: () => unknown;
  readonly tableAsOf: (tables: unknown, asOf: string) => unknown;
  readonly compile: (loaded: LoadedTable) => unknown;
  readonly match: (c: Case, compiled: unknown, options: { readonly asOf: string }) => MatchResult;
  readonly renderJson: (result: MatchResult) => string;
  readonly parseProteinChange: (text: string) => Result<ProteinChange>;
  readonly proteinChangeKey: (pc: ProteinChange) => string;
  readonly affectedCodons: (pc: ProteinChange) => { readonly first: number; readonly last: number } | null;
  /** The reference-data vocabulary `compileTable` may take as a second argument (a value or a factory). */
  readonly defaultVocabulary: unknown;
}

/** Accepted spellings of each name, first preferred. */
const aliases: Readonly<Record<keyof Api, ReadonlyArray<string>>> = {
  parseJsonCase: ['parseJsonCase', 'parseCaseJson', 'readJsonCase'],
  normalizeCase: ['normalizeCase'],
  readTso500: ['readTso500', 'readCombinedVariantOutput', 'parseTso500'],
  completeCase: ['completeCase'],
  embeddedTables: ['embeddedTables'],
  tableAsOf: ['tableAsOf'],
  compile: ['compile', 'compileTable'],
  match: ['match', 'matchCase'],
  renderJson: ['renderJson'],
  parseProteinChange: ['parseProteinChange'],
  proteinChangeKey: ['proteinChangeKey'],
  affectedCodons: ['affectedCodons'],
  defaultVocabulary: ['defaultVocabulary', 'referenceVocabulary'],
};

/** Names that may be plain values rather than functions. */
const values: ReadonlySet<keyof Api> = new Set(['defaultVocabulary']);
const usable = (key: keyof Api, x: unknown): boolean =>
  values.has(key) ? x !== undefined : typeof x === 'function';

/** What was found, and where. */
export interface LoadedApi {
  readonly api: Partial<Api>;
  /** `dist/index.js` or `src (tsx)`. */
  readonly from: string;
  /** Name -> module it came from. */
  readonly where: ReadonlyMap<keyof Api, string>;
  /** Names not found anywhere. */
  readonly missing: ReadonlyArray<keyof Api>;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** The source module that defines `name` (as `export const|function name`), if any. */
const definingModule = (files: ReadonlyArray<readonly [string, string]>, name: string): string | null => {
  const pattern = new RegExp(`export\\s+(const|function|async function)\\s+${name}\\b`);
  return files.find(([, text]) => pattern.test(text))?.[0] ?? null;
};

/** Loads the API from `root` (the package folder). */
export const loadApi = async (root: string): Promise<LoadedApi> => {
  const files = sourceFiles(join(root, 'src')).map((f) => [f, readFileSync(f, 'utf8')] as const);
  const fromSource = new Map<keyof Api, { name: string; file: string }>();
  for (const key of Object.keys(aliases) as Array<keyof Api>) {
    for (const name of aliases[key]) {
      const file = definingModule(files, name);
      if (file !== null) {
        fromSource.set(key, { name, file });
        break;
      }
    }
  }

  const distFile = join(root, 'dist', 'index.js');
  if (existsSync(distFile)) {
    const dist = (await import(pathToFileURL(distFile).href)) as Record<string, unknown>;
    const api: Record<string, unknown> = {};
    const where = new Map<keyof Api, string>();
    for (const key of Object.keys(aliases) as Array<keyof Api>) {
      const name = aliases[key].find((n) => usable(key, dist[n]));
      if (name !== undefined) {
        api[key] = dist[name];
        where.set(key, `dist/index.js#${name}`);
      }
    }
    const lacking = [...fromSource.keys()].filter((k) => !where.has(k));
    if (lacking.length === 0) {
      const missing = (Object.keys(aliases) as Array<keyof Api>).filter((k) => !where.has(k));
      return { api: api as Partial<Api>, from: 'dist/index.js', where, missing };
    }
  }

  // Bundle the defining modules the way tsup bundles dist (esbuild, no name-keeping wrappers), so the
  // figures do not carry tsx's per-module transform.
  const dir = join(root, '.bench-tmp', 'lib');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    [...fromSource]
      .map(([key, { name, file }]) => `export { ${name} as ${key} } from ${JSON.stringify(file)};`)
      .join('\n'),
  );
  const outfile = join(dir, `lib-${process.pid}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    absWorkingDir: root,
  });
  const mod = (await import(pathToFileURL(outfile).href)) as Record<string, unknown>;
  const api: Record<string, unknown> = {};
  const where = new Map<keyof Api, string>();
  for (const [key, { name, file }] of fromSource) {
    if (usable(key, mod[key])) {
      api[key] = mod[key];
      where.set(key, `${relative(root, file)}#${name}`);
    }
  }
  const missing = (Object.keys(aliases) as Array<keyof Api>).filter((k) => !where.has(k));
  return {
    api: api as Partial<Api>,
    from: 'src, bundled by esbuild as tsup would (dist lacks some exports)',
    where,
    missing,
  };
};

/** The named functions, or the names that are missing. */
export const need = <K extends keyof Api>(
  loaded: LoadedApi,
  names: ReadonlyArray<K>,
):
  | { readonly ok: true; readonly fns: Pick<Api, K> }
  | { readonly ok: false; readonly missing: ReadonlyArray<K> } => {
  const missing = names.filter((n) => loaded.api[n] === undefined);
  return missing.length > 0 ? { ok: false, missing } : { ok: true, fns: loaded.api as Pick<Api, K> };
};
