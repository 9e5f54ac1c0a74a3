/**
 * Issue codes of the gene, tumor-type and panel vocabulary, with their messages.
 * (Protein-change notation keeps its own map in `hgvs-issues.ts`.)
 */
import { defineIssues, formatPath, type IssuePath } from '../model/issue.js';

const at = (path: IssuePath): string => (path.length === 0 ? '' : ` at ${formatPath(path)}`);

const didYouMean = (suggestions: ReadonlyArray<string>): string => {
  if (suggestions.length === 0) return '';
  const last = suggestions[suggestions.length - 1];
  const list = suggestions.length === 1 ? last : `${suggestions.slice(0, -1).join(', ')} or ${last}`;
  return `: did you mean ${list}?`;
};

/**
 * Builds vocabulary issues from their codes (gene symbols, OncoTree codes). Callers see these issues in
 * the results of `normalizeGene`, `resolveGene` and `resolveTumorType`.
 * @internal
 */
export const vocabIssue = defineIssues({
  empty_gene_symbol: {
    severity: 'error',
    message: (p: { path: IssuePath }) => `Empty gene symbol${at(p.path)}.`,
  },
  unknown_gene_symbol: {
    severity: 'error',
    message: (p: { input: string; path: IssuePath; suggestions: ReadonlyArray<string> }) =>
      p.suggestions.length === 0
        ? `Unknown gene symbol "${p.input}"${at(p.path)}.`
        : `Unknown gene symbol "${p.input}"${at(p.path)}${didYouMean(p.suggestions)}`,
  },
  ambiguous_gene_symbol: {
    severity: 'error',
    message: (p: { input: string; path: IssuePath; candidates: ReadonlyArray<string> }) =>
      `Ambiguous gene symbol "${p.input}"${at(p.path)}: it names ${p.candidates.join(', ')}; give the approved symbol.`,
  },
  empty_oncotree_code: {
    severity: 'error',
    message: (p: { path: IssuePath }) => `Empty OncoTree code${at(p.path)}.`,
  },
  unknown_oncotree_code: {
    severity: 'error',
    message: (p: { input: string; path: IssuePath; release: string; suggestions: ReadonlyArray<string> }) =>
      `Unknown OncoTree code "${p.input}"${at(p.path)} (OncoTree ${p.release})${
        p.suggestions.length === 0 ? '.' : didYouMean(p.suggestions)
      }`,
  },
  ambiguous_retired_oncotree_code: {
    severity: 'error',
    message: (p: { input: string; path: IssuePath; release: string; candidates: ReadonlyArray<string> }) =>
      `Retired OncoTree code "${p.input}"${at(p.path)} maps to several ${p.release} codes ` +
      `(${p.candidates.join(', ')}); choose one.`,
  },
  retired_oncotree_code: {
    severity: 'notice',
    message: (p: {
      input: string;
      path: IssuePath;
      code: string;
      name: string;
      relation: 'history' | 'precursor';
      release: string;
    }) =>
      p.relation === 'history'
        ? `OncoTree code "${p.input}"${at(p.path)} is a former code of ${p.code} (${p.name}); read as ${p.code} (${p.release}).`
        : `OncoTree code "${p.input}"${at(p.path)} is retired and now part of ${p.code} (${p.name}); read as ${p.code} (${p.release}).`,
  },
  revoked_oncotree_code: {
    severity: 'warning',
    message: (p: { input: string; path: IssuePath; code: string; name: string; release: string }) =>
      `OncoTree code "${p.input}"${at(p.path)} was revoked; its successor ${p.code} (${p.name}) is narrower. ` +
      `Read as ${p.code} (${p.release}); check that the diagnosis fits.`,
  },
});

/**
 * Levenshtein distance between two strings, or `max + 1` as soon as it is known to exceed `max`.
 * `rows` are two scratch buffers at least `b.length + 1` long (reused across calls to spare allocation).
 * @internal
 */
export const boundedEditDistance = (
  a: string,
  b: string,
  max: number,
  rows: readonly [Int32Array, Int32Array] = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)],
): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let [previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? max + 1;
};

/** Spellings to suggest from, grouped by length; each with its label and rank (lower = preferred). @internal */
export interface SuggestionPool {
  readonly byLength: ReadonlyMap<number, ReadonlyArray<readonly [key: string, label: string, rank: number]>>;
}

/**
 * Builds a suggestion pool from `[key, label]` pairs in order of preference (keys upper-cased).
 * @internal
 */
export const suggestionPool = (entries: Iterable<readonly [string, string]>): SuggestionPool => {
  const byLength = new Map<number, Array<readonly [string, string, number]>>();
  let rank = 0;
  for (const [key, label] of entries) {
    const bucket = byLength.get(key.length) ?? [];
    bucket.push([key, label, rank++]);
    byLength.set(key.length, bucket);
  }
  return { byLength };
};

/**
 * The labels of the pool entries closest to `input` (case-insensitive edit distance at most `max`): all
 * entries at the smallest distance found, most preferred first, without repeats, at most `limit`.
 * @internal
 */
export const closestMatches = (
  input: string,
  pool: SuggestionPool,
  max: number,
  limit = 3,
): ReadonlyArray<string> => {
  const key = input.toUpperCase();
  let best = max + 1;
  let found: Array<readonly [string, number]> = [];
  const rows = [new Int32Array(key.length + max + 1), new Int32Array(key.length + max + 1)] as const;
  for (let length = Math.max(0, key.length - max); length <= key.length + max; length++) {
    for (const [candidate, label, rank] of pool.byLength.get(length) ?? []) {
      const d = boundedEditDistance(key, candidate, Math.min(best, max), rows);
      if (d < best) {
        best = d;
        found = [[label, rank]];
      } else if (d === best && d <= max) {
        found.push([label, rank]);
      }
    }
  }
  if (best > max) return [];
  const labels = [...found].sort((x, y) => x[1] - y[1]).map(([label]) => label);
  return [...new Set(labels)].slice(0, limit);
};
