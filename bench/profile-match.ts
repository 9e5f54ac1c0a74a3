/**
 * The loop `bench/profile.ts` profiles: match() over the registry mix for N seconds.
 * Usage: node --cpu-prof --import tsx bench/profile-match.ts <seconds> <asOf> <seed>
 */
import type { Case } from '../src/model/case.js';
import { caseGenerator } from './generate.js';
import type { LoadedTable } from './lib.js';
import { loadApi } from './lib.js';
import { now } from './measure.js';
import { loadUniverse } from './universe.js';

const [seconds = '5', asOf = '2025-06-01', seed = '1'] = process.argv.slice(2);
const root = process.cwd();
const lib = await loadApi(root);
const { parseJsonCase, embeddedTables, tableAsOf, compile, match } = lib.api;
if (!parseJsonCase || !embeddedTables || !tableAsOf || !compile || !match)
  throw new Error(`missing: ${lib.missing.join(', ')}`);
const right = <A>(x: unknown): A =>
  x !== null && typeof x === 'object' && '_tag' in x ? (x as unknown as { right: A }).right : (x as A);
const loaded = right<LoadedTable>(tableAsOf(right(embeddedTables()), asOf));
const v = lib.api.defaultVocabulary;
const compiled = right<unknown>(
  (compile as (l: LoadedTable, v?: unknown) => unknown)(
    loaded,
    typeof v === 'function' ? (v as () => unknown)() : v,
  ),
);
const generator = caseGenerator(loadUniverse(root));
const cases: Case[] = [];
for (let i = 0; i < 2000; i++) {
  const r = parseJsonCase(JSON.stringify(generator.caseAt(Number(seed), i)));
  if (r._tag === 'Right') cases.push(r.right);
}
// The profile's timestamps are microseconds on the same monotonic clock: samples before this are setup.
process.stdout.write(`loop-start-us ${now() / 1000n}\n`);
const end = now() + BigInt(Math.round(Number(seconds) * 1e9));
let n = 0;
while (now() < end) for (const c of cases) n += match(c, compiled, { asOf }).candidates.length;
process.stderr.write(`${n}\n`);
