/**
 * Where match() spends its time. The library functions the benchmark found (in `dist/` or in `src/`) are
 * bundled with `bench/profile-loop.ts` by esbuild (not minified, names kept), the bundle runs under
 * `node --cpu-prof`, and the `.cpuprofile` is read back into the top functions by self time, with their
 * inclusive time and source line (through the bundle's source map).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { SourceMap } from 'node:module';
import type { SourceMapPayload } from 'node:module';
import { build } from 'esbuild';
import type { LoadedApi } from './lib.js';
import type { ProfileTarget } from './profile-loop.js';

interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
    readonly columnNumber?: number;
  };
  readonly children?: ReadonlyArray<number>;
}
interface CpuProfile {
  readonly startTime: number;
  readonly nodes: ReadonlyArray<CpuProfileNode>;
  readonly samples: ReadonlyArray<number>;
  readonly timeDeltas: ReadonlyArray<number>;
}

/** One function's share of the profile. */
export interface ProfiledFunction {
  readonly name: string;
  readonly where: string;
  /** Percent of sampled time in the function itself. */
  readonly self: string;
  /** Percent of sampled time with the function on the stack. */
  readonly total: string;
}

/**
 * Reads a V8 CPU profile into the top `limit` functions by self time, counting only samples taken at or
 * after `fromUs`. `whereOf` names a call frame's place (file:line).
 */
export const topFunctions = (
  profile: CpuProfile,
  whereOf: (url: string, line: number, column: number) => string,
  limit = 15,
  fromUs = 0,
): { samples: number; functions: ProfiledFunction[] } => {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: CpuProfileNode): string =>
    `${n.callFrame.functionName || '(anonymous)'}\t${
      n.callFrame.url === ''
        ? ''
        : whereOf(n.callFrame.url, n.callFrame.lineNumber, n.callFrame.columnNumber ?? 0)
    }`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  let count = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    const node = byId.get(id);
    if (node === undefined || at < fromUs) return;
    count += 1;
    all += dt;
    const k = keyOf(node);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (n === undefined) break;
      const key = keyOf(n);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const pct = (x: number): string => `${((100 * x) / Math.max(all, 1)).toFixed(1)}%`;
  const functions = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([k, s]) => {
      const [name, where] = k.split('\t') as [string, string];
      return { name, where, self: pct(s), total: pct(total.get(k) ?? 0) };
    });
  return { samples: count, functions };
};

/** Profiles match() (or JSON text -> Case) on the registry mix for about `seconds` seconds. */
export const profileLibrary = async (
  root: string,
  lib: LoadedApi,
  options: {
    readonly seconds: number;
    readonly asOf: string;
    readonly seed: number;
    readonly target: ProfileTarget;
  },
): Promise<{ samples: number; functions: ProfiledFunction[] }> => {
  const dir = join(root, '.bench-tmp', `profile-${options.target}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const imports: string[] = [];
  const fields: string[] = [];
  let i = 0;
  for (const [key, where] of lib.where) {
    const [file, name] = where.split('#') as [string, string];
    imports.push(`import { ${name} as f${i} } from ${JSON.stringify(join(root, file))};`);
    fields.push(`${key}: f${i}`);
    i += 1;
  }
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    [
      ...imports,
      `import { profileLoop } from ${JSON.stringify(join(root, 'bench', 'profile-loop.ts'))};`,
      `profileLoop({ ${fields.join(', ')} }, ${JSON.stringify(lib.where.get('compile')?.split('#')[1] ?? 'compile')}, ${JSON.stringify({ root, ...options })});`,
      '',
    ].join('\n'),
  );
  const outfile = join(dir, 'entry.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    sourcemap: true,
    logLevel: 'error',
    absWorkingDir: root,
  });
  return profileRun(root, dir, [outfile], `${outfile}.map`);
};

/** Runs `node --cpu-prof <args>` and reads the profile back, mapping bundle positions through `mapFile`. */
const profileRun = (
  root: string,
  dir: string,
  args: ReadonlyArray<string>,
  mapFile: string,
): { samples: number; functions: ProfiledFunction[] } => {
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`profile run exited ${r.status}: ${r.stderr.toString().slice(-400)}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error('no .cpuprofile written');
  const fromUs = Number(/loop-start-us (\d+)/.exec(r.stdout.toString())?.[1] ?? 0);
  const bundle = args[0] ?? '';
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload);
  const mapDir = dirname(mapFile);
  const whereOf = (url: string, line: number, column: number): string => {
    if (!url.endsWith(basename(bundle))) return url.replace(/^file:\/\//, '');
    const entry = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
    if (entry.originalSource === undefined) return `bundle:${line + 1}`;
    const source = resolve(mapDir, entry.originalSource.replace(/^file:\/\//, ''));
    return `${relative(root, source)}:${(entry.originalLine ?? 0) + 1}`;
  };
  return topFunctions(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, whereOf, 15, fromUs);
};

/** Profiles one CLI run: `node --cpu-prof dist/cli.js <args>`. */
export const profileCli = (
  root: string,
  args: ReadonlyArray<string>,
): { samples: number; functions: ProfiledFunction[] } => {
  const dir = join(root, '.bench-tmp', 'profile-cli');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cli = join(root, 'dist', 'cli.js');
  return profileRun(root, dir, [cli, ...args], `${cli}.map`);
};
