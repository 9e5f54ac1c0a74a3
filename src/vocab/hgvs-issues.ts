/**
 * The issue codes of the HGVS vocabulary (protein and cDNA changes) and how each is worded.
 * Every message names the input as written.
 */
import { defineIssues } from '../model/issue.js';

interface Input {
  readonly input: string;
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

const where = ({ at, text }: Expected): string =>
  at >= text.length ? 'at the end' : `at character ${at + 1} ("${text.slice(at, at + 12)}")`;

/**
 * Issue codes of protein and cDNA change parsing, with their message.
 *
 * @example
 * import { hgvsIssue } from 'mtb-match';
 * import assert from 'node:assert';
 * const issue = hgvsIssue('unknown_amino_acid', { input: 'p.Vak600Glu', code: 'Vak' });
 * assert.strictEqual(issue.message, 'Unknown amino acid "Vak" in protein change "p.Vak600Glu".');
 */
export const hgvsIssue = defineIssues({
  empty_protein_change: {
    severity: 'error',
    message: ({ input }: Input) =>
      `Empty protein change "${input}": expected an HGVS protein notation such as "p.V600E" or "p.Val600Glu".`,
  },
  invalid_protein_change: {
    severity: 'error',
    message: (p: Expected) => `Cannot read protein change "${p.input}": expected ${p.expected} ${where(p)}.`,
  },
  unknown_amino_acid: {
    severity: 'error',
    message: ({ input, code }: Input & { readonly code: string }) =>
      `Unknown amino acid "${code}" in protein change "${input}".`,
  },
  invalid_protein_range: {
    severity: 'error',
    message: ({ input, reason }: Reason) => `Invalid positions in protein change "${input}": ${reason}.`,
  },
  inconsistent_protein_change: {
    severity: 'error',
    message: ({ input, reason }: Reason) => `Inconsistent protein change "${input}": ${reason}.`,
  },
  unsupported_protein_change: {
    severity: 'error',
    message: ({ input, reason }: Reason) => `Unsupported protein change "${input}": ${reason}.`,
  },
  empty_cdna_change: {
    severity: 'error',
    message: ({ input }: Input) =>
      `Empty cDNA change "${input}": expected an HGVS c. notation such as "c.1799T>A".`,
  },
  invalid_cdna_change: {
    severity: 'error',
    message: (p: Expected) => `Cannot read cDNA change "${p.input}": expected ${p.expected} ${where(p)}.`,
  },
  invalid_cdna_range: {
    severity: 'error',
    message: ({ input, reason }: Reason) => `Invalid positions in cDNA change "${input}": ${reason}.`,
  },
  inconsistent_cdna_change: {
    severity: 'error',
    message: ({ input, reason }: Reason) => `Inconsistent cDNA change "${input}": ${reason}.`,
  },
  unsupported_cdna_change: {
    severity: 'error',
    message: ({ input, reason }: Reason) => `Unsupported cDNA change "${input}": ${reason}.`,
  },
});

/** Every issue code the HGVS vocabulary raises. */
export type HgvsIssueCode = Parameters<typeof hgvsIssue>[0];
