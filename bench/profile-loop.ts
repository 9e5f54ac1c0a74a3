/**
 * The loop `bench/profile.ts` profiles: match() over the registry mix for some seconds, after setup. It
 * prints `loop-start-us <t>` (monotonic microseconds, the clock of the CPU profile) so setup samples can
 * be left out.
 */
import type { Case } from '../src/model/case.js';
import { caseGenerator } from './generate.js';
import type { Api } from './lib.js';
import { now } from './measure.js';
import { caseParser, chooseTable, compileWith } from './setup.js';
import { loadUniverse } from './universe.js';

/** Runs the loop with the given library functions. */
export const profileLoop = (
  api: Partial<Api>,
  compileName: string,
  options: { readonly root: string; readonly seconds: number; readonly asOf: string; readonly seed: number },
): void => {
  const { match } = api;
  if (match === undefined) throw new Error('match not found');
  const compiled = compileWith(api, chooseTable(api, options.root, options.asOf).loaded, compileName);
  const parse = caseParser(api).parse;
  const generator = caseGenerator(loadUniverse(options.root));
  const cases: Case[] = [];
  for (let i = 0; i < 2000; i++) {
    try {
      cases.push(parse(JSON.stringify(generator.caseAt(options.seed, i))));
    } catch {
      // A case that does not normalize is not matched.
    }
  }
  process.stdout.write(`loop-start-us ${now() / 1000n}\n`);
  const end = now() + BigInt(Math.round(options.seconds * 1e9));
  let n = 0;
  while (now() < end)
    for (const c of cases) n += match(c, compiled, { asOf: options.asOf }).candidates.length;
  process.stderr.write(`${n}\n`);
};
