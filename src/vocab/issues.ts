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
 * Builds vocabulary issues from their codes.
 *
 * @example
 * import { vocabIssue } from 'mtb-match';
 * import assert from 'node:assert';
 * const issue = vocabIssue('empty_gene_symbol', { path: ['findings', 0, 'gene'] });
 * assert.strictEqual(issue.message, 'Empty gene symbol at findings[0].gene.');
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
 * @internal
 */
export const boundedEditDistance = (a: string, b: string, max: number): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
};

/**
 * The labels of the candidates closest to `input` (case-insensitive edit distance at most `max`): all
 * candidates at the smallest distance found, in the given order of preference, without repeats, at most
 * `limit`. Candidates are `[key, label]`, the key upper-cased.
 * @internal
 */
export const closestMatches = (
  input: string,
  candidates: Iterable<readonly [string, string]>,
  max: number,
  limit = 3,
): ReadonlyArray<string> => {
  const key = input.toUpperCase();
  let best = max + 1;
  let labels: string[] = [];
  for (const [candidate, label] of candidates) {
    const d = boundedEditDistance(key, candidate, Math.min(best, max));
    if (d < best) {
      best = d;
      labels = [label];
    } else if (d === best && d <= max && !labels.includes(label)) {
      labels.push(label);
    }
  }
  return best <= max ? labels.slice(0, limit) : [];
};
