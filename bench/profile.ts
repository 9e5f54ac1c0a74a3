/**
 * Where match() spends its time: runs `bench/profile-match.ts` under `node --cpu-prof` and reads the
 * `.cpuprofile` back into the top functions by self time, with their inclusive time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
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

/** Reads a V8 CPU profile into the top `limit` functions by self time (idle and GC kept, labelled). */
export const topFunctions = (
  profile: CpuProfile,
  root: string,
  limit = 15,
  fromUs = 0,
): { samples: number; functions: ProfiledFunction[] } => {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: CpuProfileNode): string => {
    const url = n.callFrame.url.replace(/^file:\/\//, '');
    const where = url === '' ? '' : `${relative(root, url)}:${n.callFrame.lineNumber + 1}`;
    return `${n.callFrame.functionName || '(anonymous)'}\t${where}`;
  };
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

/** Profiles match() on the registry mix for about `seconds` seconds. */
export const profileMatch = async (
  root: string,
  options: { readonly seconds: number; readonly asOf: string; readonly seed: number },
): Promise<{ samples: number; functions: ProfiledFunction[] }> => {
  const dir = join(root, '.bench-tmp', 'profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      '--import',
      'tsx',
      join(root, 'bench', 'profile-match.ts'),
      String(options.seconds),
      options.asOf,
      String(options.seed),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (r.status !== 0) throw new Error(`profile run exited ${r.status}: ${r.stderr.toString().slice(-400)}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error('no .cpuprofile written');
  const fromUs = Number(/loop-start-us (\d+)/.exec(r.stdout.toString())?.[1] ?? 0);
  return topFunctions(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, root, 15, fromUs);
};
