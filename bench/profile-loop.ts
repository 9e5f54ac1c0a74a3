/**
 * The loop `bench/profile.ts` profiles: match() (or parsing) over the registry mix for some seconds. It
 * prints `loop-start-us <t>` (monotonic microseconds, the clock of the CPU profile) so setup samples can
 * be left out.
 */
import type { Case } from '../src/model/case.js';
import { caseGenerator } from './generate.js';
import type { Api } from './lib.js';
import { now } from './measure.js';
import { caseParser, chooseTable, compileWith } from './setup.js';
import { tso500Text } from './tso500-text.js';
import { loadUniverse } from './universe.js';

/** What to profile: `match()` on normalized cases, JSON text -> normalized Case, or the TSO500 reader. */
export type ProfileTarget = 'match' | 'parse' | 'tso500';

/** Runs the loop with the given library functions. */
export const profileLoop = (
  api: Partial<Api>,
  compileName: string,
  options: {
    readonly root: string;
    readonly seconds: number;
    readonly asOf: string;
    readonly seed: number;
    readonly target: ProfileTarget;
  },
): void => {
  const { match } = api;
  if (match === undefined) throw new Error('match not found');
  const compiled = compileWith(api, chooseTable(api, options.root, options.asOf).loaded, compileName);
  const parse = caseParser(api).parse;
  const generator = caseGenerator(loadUniverse(options.root));
  const cases: Case[] = [];
  const texts: string[] = [];
  for (let i = 0; i < 2000; i++) {
    try {
      const text = JSON.stringify(generator.caseAt(options.seed, i));
      cases.push(parse(text));
      texts.push(text);
    } catch {
      // A case that does not normalize is not matched.
    }
  }
  const tso = tso500Text(generator.universe, options.seed);
  process.stdout.write(`loop-start-us ${now() / 1000n}\n`);
  const end = now() + BigInt(Math.round(options.seconds * 1e9));
  let n = 0;
  const { readTso500 } = api;
  if (options.target === 'tso500' && readTso500 !== undefined)
    while (now() < end) n += readTso500(tso, { file: 'bench.tsv' })._tag.length;
  else if (options.target === 'parse')
    while (now() < end) for (const t of texts) n += parse(t).findings.length;
  else
    while (now() < end)
      for (const c of cases) n += match(c, compiled, { asOf: options.asOf }).candidates.length;
  process.stderr.write(`${n}\n`);
};
