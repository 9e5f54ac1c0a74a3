/**
 * Peak memory of the CLI while it streams a synthetic registry through `batch`: the NDJSON is piped into
 * the child's standard input (`batch /dev/stdin`; nothing huge touches the disk), its results are counted
 * and dropped, and its resident set is polled from `/proc/<pid>/status` (VmRSS now, VmHWM peak). When
 * `/usr/bin/time` exists the child runs under `time -v`, and its "Maximum resident set size" is the figure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { now } from './measure.js';

/** One poll of the child's memory. */
export interface MemorySample {
  readonly written: number;
  readonly rssMb: number;
  readonly hwmMb: number;
}

/** What one streaming run measured. */
export interface StreamRun {
  readonly patients: number;
  readonly wallNs: number;
  readonly exitCode: number | null;
  /** Peak RSS in MB: from `time -v` when available, else the last VmHWM polled. */
  readonly peakMb: number;
  readonly peakSource: string;
  readonly samples: ReadonlyArray<MemorySample>;
  readonly stderrTail: string;
  /** The CLI's stdout byte count (results written). */
  readonly outputBytes: number;
}

const statusOf = (pid: number): { rss: number; hwm: number } | null => {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(text)?.[1] ?? 'NaN');
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
};

const childrenOf = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
};

/** The descendant of `pid` that runs the CLI (its command line names `cli`), if it has started. */
const batchProcess = (pid: number, cli: string): number | null => {
  const queue = childrenOf(pid);
  while (queue.length > 0) {
    const p = queue.shift() as number;
    try {
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
      if (cmd.includes(cli) && !cmd.startsWith('/usr/bin/time') && !cmd.startsWith('sh')) return p;
    } catch {
      // Gone already.
    }
    queue.push(...childrenOf(p));
  }
  return null;
};

/**
 * Streams `patients` NDJSON lines (cycled from `pool`, each with a fresh patient id in place of
 * `placeholder`) into `cli batch /dev/stdin` and measures the child.
 */
export const streamThroughBatch = async (options: {
  readonly cli: string;
  /** Node flags for the CLI process, e.g. `--max-old-space-size=128`. */
  readonly nodeArgs?: ReadonlyArray<string>;
  readonly args: ReadonlyArray<string>;
  readonly pool: ReadonlyArray<string>;
  readonly placeholder: string;
  readonly patients: number;
  readonly onProgress?: (written: number) => void;
}): Promise<StreamRun> => {
  // Node gives a child a socket, not a pipe, for stdin, and /dev/stdin cannot be opened on a socket:
  // `cat` turns it into a real pipe.
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time -v ' : '';
  const quote = (x: string): string => `'${x.replace(/'/g, `'\\''`)}'`;
  const command = [
    process.execPath,
    ...(options.nodeArgs ?? []),
    options.cli,
    'batch',
    '/dev/stdin',
    ...options.args,
  ]
    .map(quote)
    .join(' ');
  const start = now();
  const child = spawn('sh', ['-c', `cat | ${timeBin}${command}`], { stdio: ['pipe', 'pipe', 'pipe'] });
  let outputBytes = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    outputBytes += chunk.length;
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  let gone = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      gone = true;
      resolve(code);
    }),
  );
  child.stdin.on('error', () => {
    gone = true; // EPIPE: the child stopped reading.
  });

  let written = 0;
  const samples: MemorySample[] = [];
  let nodePid: number | null = null;
  let lastHwm = Number.NaN;
  const poll = setInterval(() => {
    if (nodePid === null && child.pid !== undefined) nodePid = batchProcess(child.pid, options.cli);
    if (nodePid === null) return;
    const s = statusOf(nodePid);
    if (s !== null) {
      lastHwm = s.hwm;
      samples.push({ written, rssMb: s.rss, hwmMb: s.hwm });
    }
  }, 200);

  const childGone = exited.then(() => 'exited' as const);
  for (let i = 0; i < options.patients && !gone; i++) {
    const line = (options.pool[i % options.pool.length] as string).replace(options.placeholder, `R${i}`);
    if (!child.stdin.write(line)) {
      const r = await Promise.race([
        new Promise<'drain'>((resolve) => child.stdin.once('drain', () => resolve('drain'))),
        childGone,
      ]);
      if (r === 'exited') break;
    }
    written = i + 1;
    if (options.onProgress !== undefined && written % 50_000 === 0) options.onProgress(written);
  }
  child.stdin.end();
  const exitCode = await exited;
  clearInterval(poll);
  const wallNs = Number(now() - start);

  const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peakMb = timed !== null ? Number(timed[1]) / 1024 : lastHwm;
  return {
    patients: written,
    wallNs,
    exitCode,
    peakMb,
    peakSource: timed !== null ? '/usr/bin/time -v' : '/proc VmHWM (polled)',
    samples,
    stderrTail: stderr
      .split('\n')
      .filter(
        (l) =>
          !/^\s+(Command being timed|User time|System time|Percent of CPU|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/.test(
            l,
          ),
      )
      .slice(-6)
      .join('\n'),
    outputBytes,
  };
};

/** Wall time of a command, median of `runs` (after one unmeasured run). */
export const wallTime = (
  command: string,
  args: ReadonlyArray<string>,
  runs: number,
): { medianNs: number; status: number | null; stderr: string } => {
  const times: number[] = [];
  let status: number | null = null;
  let stderr = '';
  for (let i = 0; i <= runs; i++) {
    const start = now();
    const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const t = Number(now() - start);
    status = r.status;
    stderr = r.stderr.toString();
    if (i > 0) times.push(t);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const medianNs =
    times.length % 2 === 1
      ? (times[mid] as number)
      : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return { medianNs, status, stderr };
};

/** Peak RSS of one run of a command in MB, from `/usr/bin/time -v` (NaN without it). */
export const peakRss = (command: string, args: ReadonlyArray<string>): number => {
  if (!existsSync('/usr/bin/time')) return Number.NaN;
  const r = spawnSync('/usr/bin/time', ['-v', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr.toString())?.[1];
  return kb === undefined ? Number.NaN : Number(kb) / 1024;
};
