/**
 * The issue codes of the HGVS vocabulary (protein and cDNA changes) and how each is worded.
 * Every message names the input as written.
 */
import type { IssuePath } from '../model/issue.js';
import { defineIssues, formatPath } from '../model/issue.js';

interface Input {
  readonly input: string;
  /** Where the text sits in the caller's input (`[]` when not known). */
  readonly path: IssuePath;
}

interface Expected extends Input {
  /** What the grammar expected, e.g. `a position (digits) after the amino acid`. */
  readonly expected: string;
  /** 0-based index into the (trimmed) input. */
  readonly at: number;
  /** The trimmed text the index refers to. */
  readonly text: string;
}

interface Reason extends Input {
  readonly reason: string;
}

/** `"p.V600" at findings[3].proteinChange`: the input as written, and its path when known. */
const named = ({ input, path }: Input): string =>
  path.length === 0 ? `"${input}"` : `"${input}" at ${formatPath(path)}`;

const where = ({ at, text }: Expected): string =>
  at >= text.length ? 'at the end' : `at character ${at + 1} ("${text.slice(at, at + 12)}")`;

/**
 * Issue codes of protein and cDNA change parsing, with their message.
 *
 * @example
 * import { hgvsIssue } from 'mtb-match';
 * import assert from 'node:assert';
 * const issue = hgvsIssue('unknown_amino_acid', { input: 'p.Vak600Glu', path: ['findings', 3, 'protein'], code: 'Vak' });
 * assert.strictEqual(issue.message, 'Unknown amino acid "Vak" in protein change "p.Vak600Glu" at findings[3].protein.');
 */
export const hgvsIssue = defineIssues({
  empty_protein_change: {
    severity: 'error',
    message: (p: Input) =>
      `Empty protein change ${named(p)}: expected an HGVS protein notation such as "p.V600E" or "p.Val600Glu".`,
  },
  invalid_protein_change: {
    severity: 'error',
    message: (p: Expected) => `Cannot read protein change ${named(p)}: expected ${p.expected} ${where(p)}.`,
  },
  unknown_amino_acid: {
    severity: 'error',
    message: (p: Input & { readonly code: string }) =>
      `Unknown amino acid "${p.code}" in protein change ${named(p)}.`,
  },
  invalid_protein_range: {
    severity: 'error',
    message: (p: Reason) => `Invalid positions in protein change ${named(p)}: ${p.reason}.`,
  },
  inconsistent_protein_change: {
    severity: 'error',
    message: (p: Reason) => `Inconsistent protein change ${named(p)}: ${p.reason}.`,
  },
  unsupported_protein_change: {
    severity: 'error',
    message: (p: Reason) => `Unsupported protein change ${named(p)}: ${p.reason}.`,
  },
  empty_cdna_change: {
    severity: 'error',
    message: (p: Input) => `Empty cDNA change ${named(p)}: expected an HGVS c. notation such as "c.1799T>A".`,
  },
  invalid_cdna_change: {
    severity: 'error',
    message: (p: Expected) => `Cannot read cDNA change ${named(p)}: expected ${p.expected} ${where(p)}.`,
  },
  invalid_cdna_range: {
    severity: 'error',
    message: (p: Reason) => `Invalid positions in cDNA change ${named(p)}: ${p.reason}.`,
  },
  inconsistent_cdna_change: {
    severity: 'error',
    message: (p: Reason) => `Inconsistent cDNA change ${named(p)}: ${p.reason}.`,
  },
  unsupported_cdna_change: {
    severity: 'error',
    message: (p: Reason) => `Unsupported cDNA change ${named(p)}: ${p.reason}.`,
  },
});

/** Every issue code the HGVS vocabulary raises. */
export type HgvsIssueCode = Parameters<typeof hgvsIssue>[0];
