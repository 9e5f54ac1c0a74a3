/**
 * The whole pipeline as a user runs it (text or JSON -> case -> result -> rendered report) on the
 * embedded tables, for the property tests. Tables are compiled once per version.
 */
import { isLeft } from 'fp-ts/Either';
import { completeCase, type CaseFacts } from '../../src/adapters/complete-case.js';
import { normalizeCase } from '../../src/adapters/json-case.js';
import { readTso500 } from '../../src/adapters/tso500.js';
import { compile } from '../../src/match/compile.js';
import type { CompiledTable } from '../../src/match/compiled.js';
import { match } from '../../src/match/match.js';
import type { Case } from '../../src/model/case.js';
import type { MatchResult } from '../../src/model/result.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { embeddedTables } from '../../src/table/embedded.js';
import { tableAsOf } from '../../src/table/versions.js';

const compiled = new Map<string, CompiledTable>();

/** The embedded table version in force on a date, compiled once; the first version for dates before it. */
export const compiledAsOf = (asOf: string): CompiledTable => {
  const tables = embeddedTables();
  const inForce = tableAsOf(tables, asOf);
  const loaded = isLeft(inForce) ? tables[0] : inForce.right;
  if (loaded === undefined) throw new Error('no embedded tables');
  const key = loaded.table.version;
  const found = compiled.get(key);
  if (found !== undefined) return found;
  const made = compile(loaded);
  compiled.set(key, made);
  return made;
};

/** What a run of the pipeline gives: the case (or the issues refusing it), the result and its renderings. */
export interface Run {
  readonly case: Case | null;
  readonly result: MatchResult | null;
  readonly json: string | null;
  readonly md: string | null;
}

const finish = (c: Case, asOf: string): Run => {
  const result = match(c, compiledAsOf(asOf), { asOf });
  return { case: c, result, json: renderJson(result), md: renderMarkdown(result) };
};

/** JSON (any value) -> normalizeCase -> match -> renderJson + renderMarkdown. */
export const runJson = (json: unknown, asOf: string): Run => {
  const c = normalizeCase(json);
  return isLeft(c) ? { case: null, result: null, json: null, md: null } : finish(c.right, asOf);
};

/** TSO500 text -> readTso500 -> completeCase(facts) -> match -> renderings. */
export const runTso500 = (text: string, facts: CaseFacts, asOf: string): Run => {
  const draft = readTso500(text, { file: 'generated.tsv' });
  if (isLeft(draft)) return { case: null, result: null, json: null, md: null };
  const c = completeCase(draft.right, facts);
  return isLeft(c) ? { case: null, result: null, json: null, md: null } : finish(c.right, asOf);
};
