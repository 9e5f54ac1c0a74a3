/**
 * Timing helpers: warm-up, several iterations, medians, `process.hrtime.bigint()`. Ratios are measured by
 * interleaving the two sides (A B A B ...) in one process, so a noisy neighbour hits both alike.
 */

/** Nanoseconds now. */
export const now = (): bigint => process.hrtime.bigint();

/** The median of numbers (mean of the middle two for an even count). */
export const median = (xs: ReadonlyArray<number>): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/**
 * A full collection before each timed pass when `node --expose-gc` is on. Not forced otherwise: a forced
 * full collection resets V8's young-generation sizing and clears weakly held caches, and the passes then
 * measure a colder state than a running batch ever is. Paired timings settle instead (see `timePaired`).
 */
export const collect = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
};

/** A timed batch: median nanoseconds per item over the iterations, and every iteration's figure. */
export interface Timing {
  /** Median over iterations of (batch time / items), in nanoseconds. */
  readonly nsPerItem: number;
  /** The same from the process's CPU time (user + system), which waiting for a shared core does not inflate. */
  readonly cpuNsPerItem: number;
  readonly perIteration: ReadonlyArray<number>;
  readonly items: number;
  readonly iterations: number;
}

/** How much to repeat. */
export interface Repeat {
  readonly warmup: number;
  readonly iterations: number;
}

/** Keeps results alive so the optimizer cannot drop the work. */
let sink: unknown = null;
/** Reads the sink (for the end of a run). */
export const sinkValue = (): unknown => sink;

/** Times `fn` over every item, `warmup` unmeasured passes then `iterations` measured ones. */
export const timeEach = <T>(items: ReadonlyArray<T>, fn: (item: T) => unknown, repeat: Repeat): Timing => {
  const pass = (): readonly [number, number] => {
    const cpu = process.cpuUsage();
    const start = now();
    for (const item of items) sink = fn(item);
    const wall = Number(now() - start) / items.length;
    const used = process.cpuUsage(cpu);
    return [wall, ((used.user + used.system) * 1000) / items.length];
  };
  for (let i = 0; i < repeat.warmup; i++) pass();
  const runs: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < repeat.iterations; i++) {
    collect();
    const [wall, cpu] = pass();
    runs.push(wall);
    cpus.push(cpu);
  }
  return {
    nsPerItem: median(runs),
    cpuNsPerItem: median(cpus),
    perIteration: runs,
    items: items.length,
    iterations: repeat.iterations,
  };
};

/** Times an async `fn` over every item, one at a time (awaiting each). */
export const timeEachAsync = async <T>(
  items: ReadonlyArray<T>,
  fn: (item: T) => Promise<unknown>,
  repeat: Repeat,
): Promise<Timing> => {
  const pass = async (): Promise<number> => {
    const start = now();
    for (const item of items) sink = await fn(item);
    return Number(now() - start) / items.length;
  };
  for (let i = 0; i < repeat.warmup; i++) await pass();
  const runs: number[] = [];
  for (let i = 0; i < repeat.iterations; i++) {
    collect();
    runs.push(await pass());
  }
  return {
    nsPerItem: median(runs),
    cpuNsPerItem: Number.NaN,
    perIteration: runs,
    items: items.length,
    iterations: repeat.iterations,
  };
};

/** Two sides timed alternately over the same items; the ratio is median(a) / median(b). */
export interface Paired {
  readonly a: Timing;
  readonly b: Timing;
  readonly ratio: number;
}

/**
 * Times `a` and `b` interleaved: warm-up both, then (a, a*, b, b*) repeated, where only the starred pass of
 * each pair is timed: the untimed one pays the collector debt the other side left behind.
 */
export const timePaired = <T>(
  items: ReadonlyArray<T>,
  a: (item: T) => unknown,
  b: (item: T) => unknown,
  repeat: Repeat,
): Paired => {
  const pass = (fn: (item: T) => unknown, wall: number[], cpu: number[]): void => {
    collect();
    const used0 = process.cpuUsage();
    const start = now();
    for (const item of items) sink = fn(item);
    wall.push(Number(now() - start) / items.length);
    const used = process.cpuUsage(used0);
    cpu.push(((used.user + used.system) * 1000) / items.length);
  };
  const scratch: number[] = [];
  for (let i = 0; i < repeat.warmup; i++) {
    pass(a, scratch, scratch);
    pass(b, scratch, scratch);
  }
  const wa: number[] = [];
  const ca: number[] = [];
  const wb: number[] = [];
  const cb: number[] = [];
  for (let i = 0; i < repeat.iterations; i++) {
    // An untimed pass of the same side first absorbs the other side's garbage (its collector debt).
    pass(a, scratch, scratch);
    pass(a, wa, ca);
    pass(b, scratch, scratch);
    pass(b, wb, cb);
  }
  const timing = (wall: number[], cpu: number[]): Timing => ({
    nsPerItem: median(wall),
    cpuNsPerItem: median(cpu),
    perIteration: wall,
    items: items.length,
    iterations: repeat.iterations,
  });
  const ta = timing(wa, ca);
  const tb = timing(wb, cb);
  return { a: ta, b: tb, ratio: ta.nsPerItem / tb.nsPerItem };
};

/** Several groups timed round-robin (group 1, 2, ..., 1, 2, ...), one `Timing` per group. */
export const timeRounds = <T>(
  groups: ReadonlyArray<ReadonlyArray<T>>,
  fn: (item: T) => unknown,
  repeat: Repeat,
): Timing[] => {
  const wall = groups.map((): number[] => []);
  const cpu = groups.map((): number[] => []);
  const pass = (items: ReadonlyArray<T>, w: number[], c: number[]): void => {
    collect();
    const used0 = process.cpuUsage();
    const start = now();
    for (const item of items) sink = fn(item);
    w.push(Number(now() - start) / items.length);
    const used = process.cpuUsage(used0);
    c.push(((used.user + used.system) * 1000) / items.length);
  };
  const scratch: number[] = [];
  for (let i = 0; i < repeat.warmup; i++) for (const g of groups) pass(g, scratch, scratch);
  for (let i = 0; i < repeat.iterations; i++)
    groups.forEach((g, k) => pass(g, wall[k] as number[], cpu[k] as number[]));
  return groups.map((g, k) => ({
    nsPerItem: median(wall[k] as number[]),
    cpuNsPerItem: median(cpu[k] as number[]),
    perIteration: wall[k] as number[],
    items: g.length,
    iterations: repeat.iterations,
  }));
};

/** Like `timePaired`, with an async `b` awaited item by item (json-rules-engine runs are promises). */
export const timePairedAsync = async <T>(
  items: ReadonlyArray<T>,
  a: (item: T) => unknown,
  b: (item: T) => Promise<unknown>,
  repeat: Repeat,
): Promise<Paired> => {
  const measure = async (run: () => Promise<void>, wall: number[], cpu: number[]): Promise<void> => {
    collect();
    const used0 = process.cpuUsage();
    const start = now();
    await run();
    wall.push(Number(now() - start) / items.length);
    const used = process.cpuUsage(used0);
    cpu.push(((used.user + used.system) * 1000) / items.length);
  };
  const runA = async (): Promise<void> => {
    for (const item of items) sink = a(item);
  };
  const runB = async (): Promise<void> => {
    for (const item of items) sink = await b(item);
  };
  const scratch: number[] = [];
  for (let i = 0; i < repeat.warmup; i++) {
    await measure(runA, scratch, scratch);
    await measure(runB, scratch, scratch);
  }
  const wa: number[] = [];
  const ca: number[] = [];
  const wb: number[] = [];
  const cb: number[] = [];
  for (let i = 0; i < repeat.iterations; i++) {
    await measure(runA, scratch, scratch);
    await measure(runA, wa, ca);
    await measure(runB, scratch, scratch);
    await measure(runB, wb, cb);
  }
  const timing = (wall: number[], cpu: number[]): Timing => ({
    nsPerItem: median(wall),
    cpuNsPerItem: median(cpu),
    perIteration: wall,
    items: items.length,
    iterations: repeat.iterations,
  });
  const ta = timing(wa, ca);
  const tb = timing(wb, cb);
  return { a: ta, b: tb, ratio: ta.nsPerItem / tb.nsPerItem };
};

/** Per second, from nanoseconds per item. */
export const perSecond = (nsPerItem: number): number => 1e9 / nsPerItem;

/** `12.3 µs`, `1.24 ms`, `870 ns`. */
export const formatNs = (ns: number): string =>
  !Number.isFinite(ns)
    ? 'n/a'
    : ns >= 1e9
      ? `${(ns / 1e9).toFixed(2)} s`
      : ns >= 1e6
        ? `${(ns / 1e6).toFixed(2)} ms`
        : ns >= 1e3
          ? `${(ns / 1e3).toFixed(ns >= 1e5 ? 0 : ns >= 1e4 ? 1 : 2)} µs`
          : `${ns.toFixed(0)} ns`;

/** `12,345`. */
export const formatCount = (x: number): string =>
  !Number.isFinite(x) ? 'n/a' : Math.round(x).toLocaleString('en-US');

/** `3.1x`. */
export const formatRatio = (x: number): string =>
  !Number.isFinite(x)
    ? 'n/a'
    : x >= 100
      ? `${x.toFixed(0)}x`
      : x >= 10
        ? `${x.toFixed(1)}x`
        : `${x.toFixed(2)}x`;
