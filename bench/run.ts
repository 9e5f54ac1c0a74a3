/**
 * `npm run bench`: throughput against the floor (JSON.parse) and against the obvious alternative
 * (json-rules-engine), memory while streaming a registry through the CLI, and how cost grows with findings
 * and cohorts. Prints one table with the machine, Node version and date. See bench/README.md.
 *
 *   npm run bench                      # everything (minutes: 1,000,000 patients through `batch`)
 *   npm run bench -- --quick           # small counts, a smoke run
 *   npm run bench -- --only match,jre  # some measurements (names below)
 *   npm run bench -- --profile         # also CPU-profile match() and list the top functions
 *   npm run bench -- --patients 200000 # patients streamed through `batch`
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Case } from '../src/model/case.js';
import type { MatchResult } from '../src/model/result.js';
import type { Table } from '../src/model/table.js';
import { caseGenerator } from './generate.js';
import type { CaseGenerator, GeneratedCase } from './generate.js';
import { buildJreMatcher } from './json-rules-engine.js';
import type { Api, LoadedApi, LoadedTable } from './lib.js';
import { loadApi, need } from './lib.js';
import {
  formatCount,
  formatNs,
  formatRatio,
  perSecond,
  sinkValue,
  timeEach,
  timePaired,
  timePairedAsync,
  timeRounds,
} from './measure.js';
import type { Repeat } from './measure.js';
import { peakRss, streamThroughBatch, wallTime } from './memory.js';
import type { StreamRun } from './memory.js';
import { profileCli, profileLibrary } from './profile.js';
import type { ProfileTarget } from './profile-loop.js';
import { caseParser, chooseTable, compileWith, unwrap } from './setup.js';
import { tso500Text } from './tso500-text.js';
import { loadUniverse } from './universe.js';

// ---------------------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('quick');
const only = option('only')
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const asOf = option('as-of') ?? '2025-06-01';
const root = process.cwd();
const seed = Number(option('seed') ?? 1);

const sizes = {
  pool: quick ? 300 : 2000,
  repeat: (quick ? { warmup: 2, iterations: 5 } : { warmup: 3, iterations: 15 }) satisfies Repeat,
  profileCopies: quick ? 300 : 2000,
  perFindingCount: quick ? 40 : 200,
  patients: Number(option('patients') ?? (quick ? 20_000 : 1_000_000)),
  cliRuns: quick ? 3 : 10,
  tso500Iterations: quick ? { warmup: 3, iterations: 10 } : { warmup: 10, iterations: 40 },
};

// ---------------------------------------------------------------------------------------------------------
// Rows of the one table

type Verdict = 'PASS' | 'MISS' | '' | 'SKIP';
interface Row {
  readonly measure: string;
  readonly figure: string;
  readonly target?: string;
  readonly verdict?: Verdict;
  readonly note?: string;
}
const rows: Row[] = [];
const notes: string[] = [];
const add = (row: Row): void => {
  rows.push(row);
  const v = row.verdict === undefined || row.verdict === '' ? '' : `  [${row.verdict}]`;
  console.error(`  ${row.measure}: ${row.figure}${v}`);
};
const verdict = (ok: boolean): Verdict => (ok ? 'PASS' : 'MISS');

// ---------------------------------------------------------------------------------------------------------
// Shared setup, built on first use

interface Pool {
  readonly json: ReadonlyArray<GeneratedCase>;
  readonly texts: ReadonlyArray<string>;
  /** The texts whose case normalized (parallel to `cases`). */
  readonly okTexts: ReadonlyArray<string>;
  readonly cases: ReadonlyArray<Case>;
  /** Indexes into `texts` whose normalization failed as a whole (kept out of `cases`). */
  readonly failed: number;
  readonly bytes: number;
  readonly findings: number;
}

let lib: LoadedApi;
let generator: CaseGenerator;
const cache = new Map<string, unknown>();
const once = <T>(key: string, make: () => T): T => {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
};

const api = <K extends keyof Api>(...names: K[]): Pick<Api, K> => {
  const r = need(lib, names);
  if (!r.ok) throw new Skip(r.missing);
  return r.fns;
};
class Skip extends Error {
  constructor(readonly missing: ReadonlyArray<string>) {
    super(`needs ${missing.join(', ')}`);
  }
}

let caseSource = '';
const parseCase = (text: string): Case =>
  once('parser', () => {
    const parser = caseParser(lib.api);
    caseSource = parser.source;
    return parser.parse;
  })(text);

let tableSource = '';
const loadedTable = (): LoadedTable =>
  once('table', () => {
    const choice = chooseTable(lib.api, root, asOf);
    tableSource = choice.source;
    return choice.loaded;
  });

const compileTable = (loaded: LoadedTable): unknown => {
  api('compile');
  return compileWith(lib.api, loaded, lib.where.get('compile')?.split('#')[1]);
};

const compiled = (): unknown => once('compiled', () => compileTable(loadedTable()));

const makePool = (key: string, make: () => GeneratedCase[]): Pool =>
  once(key, () => {
    const json = make();
    const texts = json.map((c) => JSON.stringify(c));
    const cases: Case[] = [];
    const okTexts: string[] = [];
    let failed = 0;
    for (const t of texts) {
      try {
        cases.push(parseCase(t));
        okTexts.push(t);
      } catch (e) {
        if (e instanceof Skip) throw e;
        failed += 1;
      }
    }
    if (cases.length === 0) throw new Error(`${key}: no case normalized (${failed} failed)`);
    return {
      json,
      texts,
      okTexts,
      cases,
      failed,
      bytes: texts.reduce((s, t) => s + t.length, 0),
      findings: json.reduce((s, c) => s + c.findings.length, 0),
    };
  });

const registryPool = (): Pool =>
  makePool('registry', () => Array.from({ length: sizes.pool }, (_, i) => generator.caseAt(seed, i)));

/** The issue's reference profile: about 1 kB of JSON, 13 findings, typed the short way. */
const profilePool = (): Pool =>
  makePool('profile', () => {
    const isHotspot = (c: GeneratedCase): boolean =>
      c.findings.some(
        (f) =>
          typeof f['proteinChange'] === 'string' &&
          generator.universe.hotspots.some(
            (h) => h.gene === f['gene'] && String(f['proteinChange']).replace(/^p\./, '') === h.change,
          ),
      );
    let index = 0;
    let c = generator.caseAt(13, index, { findings: 13, compact: true, diagnosis: 'COAD' });
    while (!isHotspot(c) && index < 200)
      c = generator.caseAt(13, ++index, { findings: 13, compact: true, diagnosis: 'COAD' });
    return Array.from({ length: sizes.profileCopies }, () => c);
  });

const matchOf = (c: Case, table: unknown = compiled()): MatchResult => api('match').match(c, table, { asOf });

const eligibleOf = (r: MatchResult): string[] =>
  r.candidates
    .filter((c) => c.verdict === 'eligible')
    .map((c) => c.cohortId)
    .sort();

// ---------------------------------------------------------------------------------------------------------
// Measurements: each runs as soon as the parts it needs exist

interface Measurement {
  readonly name: string;
  readonly title: string;
  readonly run: () => Promise<void> | void;
}

const measurements: Measurement[] = [
  {
    name: 'tso500',
    title: 'TSO500 parsing (1,200-row CombinedVariantOutput)',
    run: () => {
      const { readTso500 } = api('readTso500');
      const text = tso500Text(generator.universe, seed);
      const file = 'bench-CombinedVariantOutput.tsv';
      const draft = unwrap<{ findings: ReadonlyArray<unknown>; rejected: ReadonlyArray<unknown> }>(
        readTso500(text, { file }),
        'readTso500',
      );
      const items = Array.from({ length: 5 }, () => text);
      const t = timeEach(items, (x) => readTso500(x, { file }), sizes.tso500Iterations);
      add({
        measure: 'TSO500 parse: readTso500, 1,200-row file',
        figure: `${formatCount(perSecond(t.nsPerItem))} files/s (${formatNs(t.nsPerItem)} per file)`,
        note: `${(text.length / 1024).toFixed(0)} kB; ${draft.findings.length} findings + ${draft.rejected.length} rejected rows read`,
      });
      const complete = lib.api.completeCase;
      if (complete !== undefined) {
        const facts = { diagnosis: 'COAD' };
        const one = (x: string): unknown => complete(unwrap(readTso500(x, { file }), 'readTso500'), facts);
        try {
          unwrap(one(text), 'completeCase');
          const tc = timeEach(items, one, sizes.tso500Iterations);
          add({
            measure: 'TSO500 parse + completeCase (normalized Case)',
            figure: `${formatCount(perSecond(tc.nsPerItem))} files/s (${formatNs(tc.nsPerItem)} per file)`,
          });
        } catch (e) {
          notes.push(`completeCase on the TSO500 draft failed: ${(e as Error).message}`);
        }
      }
    },
  },
  {
    name: 'match',
    title: 'match only (compiled table, normalized cases in, full result out)',
    run: () => {
      const pool = registryPool();
      const t = timeEach(pool.cases, (c) => matchOf(c), sizes.repeat);
      add({
        measure: 'match only, registry mix',
        figure: `${formatCount(perSecond(t.nsPerItem))} cases/s (${formatNs(t.nsPerItem)} per case)`,
        note: `CPU ${formatNs(t.cpuNsPerItem)} per case; ${pool.cases.length} cases, ${(pool.findings / pool.json.length).toFixed(1)} findings/case avg`,
      });
      const profile = profilePool();
      const p = timeEach(profile.cases, (c) => matchOf(c), sizes.repeat);
      cache.set('profileMatchNs', p.nsPerItem);
      cache.set('profileMatchCpuNs', p.cpuNsPerItem);
      add({
        measure: 'match only, 13-finding ~1 kB profile',
        figure: `${formatNs(p.nsPerItem)} per match`,
        target: '< 2 µs (CPU)',
        verdict: verdict(p.cpuNsPerItem < 2000),
        note: `CPU ${formatNs(p.cpuNsPerItem)}; profile ${profile.texts[0]?.length ?? 0} bytes of JSON`,
      });
    },
  },
  {
    name: 'e2e',
    title: 'end to end (JSON text -> parse -> normalize -> match -> renderJson text) vs JSON.parse',
    run: () => {
      const { renderJson } = api('renderJson', 'match');
      const e2e = (text: string): string => renderJson(matchOf(parseCase(text)));
      for (const [label, pool] of [
        ['registry mix', registryPool()],
        ['13-finding profile', profilePool()],
      ] as const) {
        const texts = pool.okTexts;
        const paired = timePaired(texts, e2e, (t) => JSON.parse(t), sizes.repeat);
        const results = pool.cases.map((c) => matchOf(c));
        const outBytes = results.reduce((sum, r) => sum + renderJson(r).length, 0) / results.length;
        // Where the end-to-end time goes, each step on its own.
        const parse = timeEach(texts, parseCase, sizes.repeat);
        const matchOnly = timeEach(pool.cases, (c) => matchOf(c), sizes.repeat);
        const render = timeEach(results, renderJson, sizes.repeat);
        const stringify = timeEach(results, (r) => JSON.stringify(r), sizes.repeat);
        add({
          measure: `end to end, ${label}`,
          figure: `${formatCount(perSecond(paired.a.nsPerItem))} cases/s (${formatNs(paired.a.nsPerItem)} per case)`,
          note:
            `CPU ${formatNs(paired.a.cpuNsPerItem)}: parse+normalize ${formatNs(parse.cpuNsPerItem)}, match ` +
            `${formatNs(matchOnly.cpuNsPerItem)}, renderJson ${formatNs(render.cpuNsPerItem)} (JSON.stringify of the ` +
            `result alone ${formatNs(stringify.cpuNsPerItem)}); JSON.parse ` +
            `${formatNs(paired.b.nsPerItem)}; in ${(pool.bytes / pool.texts.length / 1024).toFixed(1)} kB, out ${(outBytes / 1024).toFixed(1)} kB`,
        });
        add({
          measure: `floor ratio, ${label} (e2e / JSON.parse)`,
          figure: formatRatio(paired.ratio),
          target: '<= 3x',
          verdict: verdict(paired.ratio <= 3),
        });
      }
    },
  },
  {
    name: 'jre',
    title: 'alternative: the same table as json-rules-engine rules, same cases',
    run: async () => {
      const tools = api('parseProteinChange', 'proteinChangeKey', 'affectedCodons', 'match');
      const loaded = loadedTable();
      const jre = buildJreMatcher(root, loaded.table, loaded.approvals, asOf, tools);
      const pool = registryPool();
      // Agreement on eligible cohorts, case by case.
      let agree = 0;
      const disagreements: Array<{ id: string; only: string; cohort: string; why: string; review: boolean }> =
        [];
      let eligibleCount = 0;
      for (const c of pool.cases) {
        const r = matchOf(c);
        const ours = eligibleOf(r);
        eligibleCount += ours.length;
        const theirs = await jre.eligible(c);
        if (ours.join(',') === theirs.join(',')) {
          agree += 1;
          continue;
        }
        for (const cohort of theirs.filter((x) => !ours.includes(x))) {
          const cand = r.candidates.find((x) => x.cohortId === cohort);
          const why =
            cand === undefined
              ? 'not a candidate for mtb-match'
              : `mtb-match says ${cand.verdict}: ${cand.reasons
                  .filter((x) => x.effect !== 'supports')
                  .map((x) => x.message)
                  .slice(0, 2)
                  .join('; ')}`;
          disagreements.push({
            id: c.patient.id,
            only: 'json-rules-engine',
            cohort,
            why,
            review: cand?.verdict === 'needs-review',
          });
        }
        for (const cohort of ours.filter((x) => !theirs.includes(x)))
          disagreements.push({
            id: c.patient.id,
            only: 'mtb-match',
            cohort,
            why: 'json-rules-engine rule did not fire',
            review: false,
          });
      }
      const casesWithDisagreement = pool.cases.length - agree;
      // Speed, interleaved: json-rules-engine (b) against match (a) on the same normalized cases.
      const repeat = { warmup: 1, iterations: Math.max(3, Math.floor(sizes.repeat.iterations / 3)) };
      const mix = await timePairedAsync(
        pool.cases,
        (c) => matchOf(c),
        (c) => jre.eligible(c),
        repeat,
      );
      add({
        measure: 'json-rules-engine, registry mix',
        figure: `${formatCount(perSecond(mix.b.nsPerItem))} cases/s (${formatNs(mix.b.nsPerItem)} per case)`,
        note: `CPU ${formatNs(mix.b.cpuNsPerItem)}; ${jre.rules} rules, ${jre.conditions.total} leaf conditions (${jre.conditions.access} on EU labels); ${jre.closed.length} cohorts not open on ${asOf} get no rule`,
      });
      add({
        measure: 'alternative ratio, registry mix (json-rules-engine / match)',
        figure: formatRatio(1 / mix.ratio),
        target: '>= 100x',
        verdict: verdict(1 / mix.ratio >= 100),
        note: `match ${formatNs(mix.a.nsPerItem)} per case, interleaved; CPU ratio ${formatRatio(mix.b.cpuNsPerItem / mix.a.cpuNsPerItem)}`,
      });
      const profile = profilePool();
      const one = await timePairedAsync(
        profile.cases.slice(0, 500),
        (c) => matchOf(c),
        (c) => jre.eligible(c),
        repeat,
      );
      add({
        measure: 'alternative ratio, 13-finding profile',
        figure: formatRatio(1 / one.ratio),
        target: '>= 100x',
        verdict: verdict(1 / one.ratio >= 100),
        note: `json-rules-engine ${formatNs(one.b.nsPerItem)} vs match ${formatNs(one.a.nsPerItem)}`,
      });
      add({
        measure: 'same eligible cohorts per case',
        figure: `${agree} of ${pool.cases.length} cases agree`,
        target: 'identical',
        verdict: verdict(casesWithDisagreement === 0),
        note: `${eligibleCount} eligible (case, cohort) pairs from mtb-match; ${disagreements.length} differ`,
      });
      if (disagreements.length > 0) {
        const review = disagreements.filter((d) => d.review).length;
        notes.push(
          `json-rules-engine vs mtb-match: ${disagreements.length} (case, cohort) pairs eligible in one only; ` +
            `${review} of them are needs-review in mtb-match (an unknown, e.g. a label biomarker not reported, that ` +
            `two-valued rules read as absent), ${disagreements.length - review} are other differences.`,
        );
        const seen = new Set<string>();
        for (const d of [...disagreements].sort((a, b) => Number(a.review) - Number(b.review))) {
          const key = `${d.only}:${d.cohort}:${d.review}`;
          if (seen.has(key) || seen.size >= 4) continue;
          seen.add(key);
          notes.push(
            `  e.g. ${d.id}, cohort ${d.cohort}: eligible only in ${d.only}; ${d.why.slice(0, 300)}`,
          );
        }
      }
    },
  },
  {
    name: 'findings',
    title: 'cost linear in findings',
    run: () => {
      api('match');
      const counts = [10, 30, 60, 300];
      const pools = counts.map((n) =>
        makePool(`findings-${n}`, () =>
          Array.from({ length: sizes.perFindingCount }, (_, i) =>
            generator.caseAt(seed + 100, i, { findings: n }),
          ),
        ),
      );
      const per = timeRounds(
        pools.map((p) => p.cases),
        (c) => matchOf(c),
        sizes.repeat,
      ).map((t) => t.nsPerItem);
      const [t10, t30, t60, t300] = per as [number, number, number, number];
      const slope = (t300 - t60) / 240;
      const early = (t60 - t10) / 50;
      add({
        measure: 'match time at 10 / 30 / 60 / 300 findings',
        figure: `${formatNs(t10)} / ${formatNs(t30)} / ${formatNs(t60)} / ${formatNs(t300)}`,
        target: 'linear',
        verdict: verdict(t300 / 300 <= (1.5 * t60) / 60 && t300 > t10),
        note: `per added finding: ${formatNs(early)} (10->60), ${formatNs(slope)} (60->300)`,
      });
    },
  },
  {
    name: 'cohorts',
    title: 'flat in cohorts beyond the index (table duplicated 10x under new ids)',
    run: () => {
      api('match', 'compile');
      const loaded = loadedTable();
      const table = loaded.table as Table;
      const tenfold: LoadedTable = {
        ...loaded,
        hash: `${loaded.hash}-x10`,
        table: {
          ...table,
          cohorts: Array.from({ length: 10 }, (_, k) =>
            table.cohorts.map((c) => (k === 0 ? c : { ...c, id: `${c.id}-x${k}` })),
          ).flat(),
        },
      };
      const big = compileTable(tenfold);
      const small = compiled();
      const pool = registryPool();
      const paired = timePaired(
        pool.cases,
        (c) => matchOf(c, big),
        (c) => matchOf(c, small),
        sizes.repeat,
      );
      const candidates = (t: unknown): number =>
        pool.cases.reduce((s, c) => s + matchOf(c, t).candidates.length, 0) / pool.cases.length;
      const c1 = candidates(small);
      const c10 = candidates(big);
      const n = table.cohorts.length;
      add({
        measure: `match time, ${n} vs ${n * 10} cohorts`,
        figure: `${formatNs(paired.b.nsPerItem)} vs ${formatNs(paired.a.nsPerItem)} (${formatRatio(paired.ratio)})`,
        target: 'grows with reached cohorts only',
        verdict: verdict(paired.ratio <= Math.max(1.3, 1.25 * (c10 / Math.max(c1, 1e-9))) && c1 < n),
        note: `cohorts reached per case: ${c1.toFixed(1)} of ${n} vs ${c10.toFixed(1)} of ${n * 10}`,
      });
    },
  },
  {
    name: 'memory',
    title: 'peak RSS streaming synthetic patients through the CLI batch',
    run: async () => {
      const cli = join(root, 'dist', 'cli.js');
      if (!existsSync(cli)) throw new Skip(['dist/cli.js']);
      const placeholder = '__BENCH_PATIENT_ID__';
      const pool = Array.from({ length: quick ? 500 : 5000 }, (_, i) => {
        const c = generator.caseAt(seed + 7, i);
        return `${JSON.stringify({ ...c, patient: { ...c.patient, id: placeholder } })}\n`;
      });
      const stream = (patients: number, nodeArgs: ReadonlyArray<string> = []) =>
        streamThroughBatch({
          cli,
          nodeArgs,
          args: ['--as-of', asOf],
          pool,
          placeholder,
          patients,
          onProgress: (w) => process.stderr.write(`    ${formatCount(w)} patients written\r`),
        });
      const trajectory = (run: StreamRun): string => {
        const at = (share: number): string => {
          const s = run.samples.find((x) => x.written >= run.patients * share);
          return s === undefined ? 'n/a' : `${s.rssMb.toFixed(0)}`;
        };
        const later = run.samples.filter((x) => x.written >= run.patients * 0.1).map((x) => x.rssMb);
        const range =
          later.length === 0
            ? ''
            : `; from 10% on between ${Math.min(...later).toFixed(0)} and ${Math.max(...later).toFixed(0)} MB`;
        return `RSS at 10/50/90%: ${at(0.1)}/${at(0.5)}/${at(0.9)} MB${range} (${run.peakSource}); exit ${run.exitCode}`;
      };
      const run = await stream(sizes.patients);
      process.stderr.write('\n');
      add({
        measure: `peak RSS, ${formatCount(run.patients)} patients through \`batch\``,
        figure: `${run.peakMb.toFixed(0)} MB`,
        target: '< 200 MB, flat',
        verdict:
          run.exitCode !== null && run.exitCode <= 1 && run.patients === sizes.patients
            ? verdict(run.peakMb < 200)
            : 'MISS',
        note: trajectory(run),
      });
      add({
        measure: 'CLI batch throughput (generator in the same box)',
        figure: `${formatCount(run.patients / (run.wallNs / 1e9))} patients/s`,
        note: `${(run.wallNs / 1e9).toFixed(1)} s wall; ${(run.outputBytes / 1e6).toFixed(0)} MB of results written`,
      });
      const summary = /batch: .*/.exec(run.stderrTail)?.[0];
      if (summary !== undefined) notes.push(`CLI batch summary: ${summary}`);
      if (run.exitCode !== 0)
        notes.push(`batch exited ${run.exitCode}: ${run.stderrTail.replace(/\n+/g, ' | ')}`);
      // Over the target: is it retained memory or collector slack? Run again with V8's old space capped.
      if (run.peakMb >= 200 || flag('cap-heap')) {
        const capMb = 128;
        const capped = await stream(Math.min(sizes.patients, quick ? 20_000 : 200_000), [
          `--max-old-space-size=${capMb}`,
        ]);
        process.stderr.write('\n');
        add({
          measure: `peak RSS, ${formatCount(capped.patients)} patients, old space capped at ${capMb} MB`,
          figure: `${capped.peakMb.toFixed(0)} MB`,
          target: '< 200 MB',
          verdict: capped.exitCode === 0 && capped.patients > 0 ? verdict(capped.peakMb < 200) : 'MISS',
          note: `${trajectory(capped)}; completes under the cap = the excess above is collector slack, not retained`,
        });
      }
    },
  },
  {
    name: 'cli',
    title: 'CLI on one TSO500 file, next to `node -e 0`',
    run: () => {
      const cli = join(root, 'dist', 'cli.js');
      if (!existsSync(cli)) throw new Skip(['dist/cli.js']);
      const dir = join(root, '.bench-tmp');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'CombinedVariantOutput.tsv');
      writeFileSync(file, tso500Text(generator.universe, seed));
      const baseline = wallTime(process.execPath, ['-e', '0'], sizes.cliRuns);
      const startup = wallTime(process.execPath, [cli, '--help'], sizes.cliRuns);
      const matchArgs = [cli, 'match', file, '--diagnosis', 'COAD', '--as-of', asOf];
      const run = wallTime(process.execPath, matchArgs, sizes.cliRuns);
      const rss = {
        node: peakRss(process.execPath, ['-e', '0']),
        help: peakRss(process.execPath, [cli, '--help']),
        match: peakRss(process.execPath, matchArgs),
      };
      add({
        measure: 'CLI `match` on one 1,200-row TSO500 file',
        figure: `${formatNs(run.medianNs)} wall`,
        note: `node -e 0: ${formatNs(baseline.medianNs)} (${formatRatio(run.medianNs / baseline.medianNs)}); \`--help\` (start-up only): ${formatNs(startup.medianNs)}; exit ${run.status}`,
      });
      add({
        measure: 'CLI peak RSS: node -e 0 / --help / match one TSO500 file',
        figure: `${rss.node.toFixed(0)} / ${rss.help.toFixed(0)} / ${rss.match.toFixed(0)} MB`,
        note: 'the floor under `batch`: bundle compiled, reference data and table loaded',
      });
      if (run.status !== 0)
        notes.push(`CLI match exited ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Main

const printTable = (header: ReadonlyArray<string>): void => {
  const cols = ['Measure', 'Figure', 'Target', 'Result', 'Notes'] as const;
  const data = rows.map((r) => [r.measure, r.figure, r.target ?? '', r.verdict ?? '', r.note ?? '']);
  const widths = cols.map((c, i) => Math.max(c.length, ...data.map((d) => (d[i] as string).length)));
  const line = (cells: ReadonlyArray<string>): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  console.log(header.join('\n'));
  console.log('');
  console.log(line(cols));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const d of data) console.log(line(d));
  if (notes.length > 0) {
    console.log('');
    for (const n of notes) console.log(n);
  }
};

const main = async (): Promise<void> => {
  const started = new Date();
  const load0 = loadavg()[0] ?? 0;
  lib = await loadApi(root);
  const universe = loadUniverse(root);
  generator = caseGenerator(universe);
  console.error(`mtb-match bench${quick ? ' (quick)' : ''}: library from ${lib.from}`);
  if (lib.missing.length > 0) console.error(`  not found yet: ${lib.missing.join(', ')}`);

  const selected = measurements.filter((m) => only === undefined || only.includes(m.name));
  for (const m of selected) {
    console.error(`- ${m.name}: ${m.title}`);
    try {
      await m.run();
    } catch (e) {
      if (e instanceof Skip)
        add({ measure: m.title, figure: '-', verdict: 'SKIP', note: `needs ${e.missing.join(', ')}` });
      else {
        add({ measure: m.title, figure: 'error', verdict: 'MISS', note: (e as Error).message.slice(0, 160) });
        notes.push(`${m.name}: ${(e as Error).stack?.split('\n').slice(0, 4).join(' | ') ?? ''}`);
      }
    }
  }

  // Where the time goes, when a target is missed (or with --profile).
  const profileAsked = flag('profile');
  const missed = (name: string): boolean =>
    rows.some((r) => r.measure.startsWith(name) && r.verdict === 'MISS');
  const targets: Array<readonly [ProfileTarget, string]> = [];
  if (profileAsked || missed('match only')) targets.push(['match', 'match() on the registry mix']);
  if (profileAsked || missed('floor ratio'))
    targets.push(['parse', 'JSON text -> normalized Case on the registry mix']);
  if (profileAsked) targets.push(['tso500', 'readTso500 on the 1,200-row file']);
  if (!flag('no-profile') && need(lib, ['match', 'compile']).ok)
    for (const [target, what] of targets) {
      console.error(`- profile: node --cpu-prof over ${what}`);
      try {
        const top = await profileLibrary(root, lib, { seconds: quick ? 3 : 8, asOf, seed, target });
        notes.push('', `CPU profile of ${what} (${top.samples} samples; self time, then inclusive):`);
        for (const f of top.functions)
          notes.push(`  ${f.self.padStart(6)} self ${f.total.padStart(6)} total  ${f.name}  ${f.where}`);
      } catch (e) {
        notes.push(`profile of ${target} failed: ${(e as Error).message}`);
      }
    }
  const cliFile = join(root, '.bench-tmp', 'CombinedVariantOutput.tsv');
  if (!flag('no-profile') && rows.some((r) => r.measure.startsWith('CLI `match`')) && existsSync(cliFile)) {
    for (const [args, what] of [
      [['--help'], 'the CLI start-up, `node dist/cli.js --help`'],
      [['match', cliFile, '--diagnosis', 'COAD', '--as-of', asOf], 'the CLI on one TSO500 file'],
    ] as const) {
      try {
        const top = profileCli(root, args);
        notes.push('', `CPU profile of ${what} (${top.samples} samples):`);
        for (const f of top.functions.slice(0, 10))
          notes.push(`  ${f.self.padStart(6)} self ${f.total.padStart(6)} total  ${f.name}  ${f.where}`);
      } catch (e) {
        notes.push(`profile of ${what} failed: ${(e as Error).message}`);
      }
    }
  }

  const cpu = cpus();
  const header = [
    `mtb-match benchmark${quick ? ' (--quick: small counts, indicative only)' : ''}`,
    `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM; Node ${process.version}; ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `library: ${lib.from}; table as of ${asOf}${tableSource === '' ? '' : ` (${tableSource})`}; seed ${seed}; load average ${load0.toFixed(2)} at start, ${(loadavg()[0] ?? 0).toFixed(2)} at end (cores shared with other work)`,
    ...(caseSource === '' ? [] : [`JSON cases read by ${caseSource}`]),
    `medians of ${sizes.repeat.iterations} iterations after ${sizes.repeat.warmup} warm-up passes; ratios from interleaved runs in this process`,
  ];
  printTable(header);
  void sinkValue();
};

await main();
