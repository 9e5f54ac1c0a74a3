/**
 * What is recorded about each invalid input (see `invalid-inputs.ts`): the result of `normalizeCase`, the
 * draft of `readJsonCase` and, for JSON-representable inputs, the result of `parseJsonCase` on the
 * pretty-printed text (lines), each as plain JSON.
 */
import { normalizeCase, parseJsonCase, readJsonCase } from '../../src/adapters/json-case.js';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** A valid case holding one valid finding, then the finding under test (so its path is `findings[1]`). */
export const caseOf = (finding: unknown): unknown => ({
  patient: { id: 'P1', diagnosis: 'LUAD' },
  sample: { id: 'S1', assay: { panel: 'TSO500', dna: true, rna: true }, purity: 0.5 },
  findings: [{ kind: 'tmb', value: 3 }, finding],
});

/** The case as pretty-printed JSON text, or null when the finding does not survive JSON unchanged. */
export const textOf = (finding: unknown): string | null => {
  const text = JSON.stringify(caseOf(finding), null, 2);
  let back: unknown;
  try {
    back = JSON.parse(text);
  } catch {
    return null;
  }
  return JSON.stringify(back) === JSON.stringify(caseOf(finding)) &&
    typeof finding === 'object' &&
    finding !== null &&
    !(finding instanceof Date) &&
    !(finding instanceof Map) &&
    Object.getPrototypeOf(finding) !== null &&
    !Object.values(finding as Record<string, unknown>).some((v) => v === undefined)
    ? text
    : null;
};

/** What a result says about its input: the issues of a failed case, else keys, rejected findings, notices. */
const outcome = (result: ReturnType<typeof normalizeCase>): unknown =>
  plain(
    result._tag === 'Left'
      ? { issues: result.left }
      : {
          keys: result.right.findings.map((f) => f.key),
          rejected: result.right.rejected,
          notices: result.right.notices,
        },
  );

/** The draft's findings (what zod gave back, key order included), or the issues. */
const drafted = (result: ReturnType<typeof readJsonCase>): unknown =>
  plain(result._tag === 'Left' ? { issues: result.left } : { findings: result.right.findings });

/** The three views of one input, as plain JSON (key order included, as the text shows it). */
export const views = (value: unknown, text: string | null): Record<string, unknown> => ({
  normalize: outcome(normalizeCase(value, { file: 'case.json' })),
  read: drafted(readJsonCase(value, { file: 'case.json' })),
  ...(text === null ? {} : { text: outcome(parseJsonCase(text, { file: 'case.json' })) }),
});
