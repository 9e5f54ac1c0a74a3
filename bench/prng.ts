/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the synthetic registry needs.
 * Same seed, same sequence, on every machine: the benchmark never calls `Math.random`.
 */

/** A seeded source of draws. Every method advances the same underlying sequence. */
export interface Rng {
  /** Uniform in [0, 1). */
  readonly next: () => number;
  /** Uniform integer in [min, max] (both inclusive). */
  readonly int: (min: number, max: number) => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One element, uniformly. The array must not be empty. */
  readonly pick: <T>(items: ReadonlyArray<T>) => T;
  /** One element, with probability proportional to its weight. */
  readonly weighted: <T>(items: ReadonlyArray<readonly [T, number]>) => T;
  /** Standard normal (Box-Muller). */
  readonly normal: () => number;
  /** Log-normal with the given median and log-scale spread. */
  readonly logNormal: (median: number, sigma: number) => number;
  /** Poisson-distributed count (Knuth; fine for small means). */
  readonly poisson: (mean: number) => number;
  /** A child generator whose sequence depends only on this one's next draw. */
  readonly fork: () => Rng;
}

/** The mulberry32 step: a 32-bit state to a float in [0, 1). */
const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Mixes a string into a 32-bit seed (FNV-1a), so seeds can be named: `seedOf('registry', 7)`. */
export const seedOf = (...parts: ReadonlyArray<string | number>): number => {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
};

/** A seeded generator. */
export const createRng = (seed: number): Rng => {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: ReadonlyArray<T>): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  };
  const normal = (): number => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const poisson = (mean: number): number => {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = next();
    while (p > limit) {
      k += 1;
      p *= next();
    }
    return k;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted,
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    poisson,
    fork: () => createRng(Math.floor(next() * 4294967296)),
  };
};

/**
 * Weighted sampling in O(1) per draw (Walker's alias method), for the thousands of hotspot alleles.
 * Build once, draw many times.
 */
export const aliasTable = <T>(items: ReadonlyArray<readonly [T, number]>): ((rng: Rng) => T) => {
  const n = items.length;
  if (n === 0) throw new Error('alias table of an empty list');
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  const prob = new Float64Array(n);
  const alias = new Uint32Array(n);
  const scaled = items.map(([, w]) => (w * n) / total);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    prob[s] = scaled[s] as number;
    alias[s] = l;
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    ((scaled[l] as number) < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) prob[i] = 1;
  const values = items.map(([item]) => item);
  return (rng) => {
    const i = Math.floor(rng.next() * n);
    return (rng.next() < (prob[i] as number) ? values[i] : values[alias[i] as number]) as T;
  };
};
