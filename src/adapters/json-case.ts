/**
 * The JSON case (`CaseInputSchema`) -> `Case`.
 *
 * - Structure is checked with zod; every zod issue becomes an `invalid_case_field` issue with its JSON path
 *   and what was expected. `patient` and `sample` fields are checked here as the schema says, except that
 *   missing ones are left to `completeCase`, which explains them better (a missing diagnosis asks for an
 *   OncoTree code; a missing patient or sample id takes the other id).
 * - Each finding is validated on its own with `FindingInputSchema`: a bad finding is a rejected finding
 *   (with its path, e.g. `findings[3].vaf`), not a failed case.
 * - From text (`parseJsonCase`), a syntax error is an issue with line and column, and findings carry the
 *   line they start on.
 */
import { chain, left, map, right } from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { z } from 'zod';
import { formatPath } from '../model/issue.js';
import type { Issue, IssuePath, Result, SourceLocation } from '../model/issue.js';
import type { Case, RejectedFinding } from '../model/case.js';
import type { CaseDraft, DraftFinding } from '../model/draft.js';
import type { FindingInput } from '../model/case-input.js';
import { FindingInputSchema, PatientInputSchema, SampleInputSchema } from '../model/case-input.js';
import type { CaseFacts } from './complete-case.js';
import { completeCase } from './complete-case.js';
import { adapterIssue, describeAt } from './issues.js';
import { findingLines, scanJson, scansAsParsed } from './json-case-syntax.js';
import { stripBom } from './text.js';
import { fastSafeParse } from './zod-fast-path.js';
import { zodIssues } from './zod-issues.js';

/** Options for reading a JSON case. */
export interface JsonCaseOptions {
  /** The file name, for issue locations. */
  readonly file?: string;
  /** Facts given besides the file (CLI flags); they override the file's, with a warning on conflict. */
  readonly facts?: CaseFacts;
}

/** Where values start in the text, when the JSON came as text. */
interface TextLines {
  /** The line finding `i` starts on. */
  readonly finding: (i: number) => number | undefined;
  /** The line of the value at a printed path up to three levels down (`findings[3].vaf`), for issues. */
  readonly at: (path: string) => number | undefined;
}

const NO_LINES: TextLines = { finding: () => undefined, at: () => undefined };

/** Finding `i` -> its line, from the lines in finding order. */
const lineOfEach =
  (lines: ReadonlyArray<number>) =>
  (i: number): number | undefined =>
    lines[i];

/** A text without line breaks: every value is on line 1. */
const ONE_LINE: TextLines = { finding: () => 1, at: () => 1 };

/**
 * The lines of a text the scanner accepts, given the line of each finding. The scan that issue locations
 * need (three levels down) runs only when an issue asks (few cases have any), and gives the same lines
 * for the findings: below a valid top level, no deeper path prints as `findings[i]`.
 */
const textLines = (body: string, finding: (i: number) => number | undefined): TextLines => {
  let deep: ReadonlyMap<string, number> | undefined;
  const deepLines = (): ReadonlyMap<string, number> => {
    const scan = scanJson(body, 3);
    return scan.ok ? scan.lines : new Map();
  };
  return { finding, at: (path) => (deep ??= deepLines()).get(path) };
};

const TopSchema = z
  .object({
    $schema: z.string().optional(),
    patient: PatientInputSchema.partial(),
    sample: SampleInputSchema.partial(),
    findings: z.array(z.unknown()),
  })
  .strict();

// zod decides and explains; valid input takes the fast path (see `zod-fast-path.ts`).
const parseTop = fastSafeParse(TopSchema);
const parseFinding = fastSafeParse(FindingInputSchema);

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** A summary of a finding that did not validate, from whatever fields it has. */
const summarizeRaw = (raw: unknown): string => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return `not a finding: ${JSON.stringify(raw)}`.slice(0, 80);
  const r = raw as Record<string, unknown>;
  const parts = [
    str(r['kind']) ?? '(no kind)',
    str(r['gene']) ?? (str(r['gene5']) !== null ? `${str(r['gene5'])}::${str(r['gene3']) ?? '?'}` : null),
    str(r['proteinChange']) ?? str(r['cdnaChange']) ?? str(r['call']) ?? str(r['marker']),
  ];
  return parts.filter((p): p is string => p !== null).join(' ');
};

/** A finding's own `source`, read leniently (a malformed one falls back to the file and line). */
const OwnSourceSchema = z.object({
  file: z.string().optional(),
  line: z.number().optional(),
  column: z.union([z.string(), z.number()]).optional(),
});
const parseOwnSource = fastSafeParse(OwnSourceSchema);

/** The source of finding i: its own `source` if valid, else the file and the line it starts on. */
const sourceOf = (raw: unknown, i: number, file: string | undefined, lines: TextLines): SourceLocation => {
  const own =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)['source']
      : undefined;
  const line = lines.finding(i);
  const fromText: SourceLocation =
    file === undefined
      ? line === undefined
        ? {}
        : { line }
      : line === undefined
        ? { file }
        : { file, line };
  if (own === undefined) return fromText;
  const parsed = parseOwnSource(own);
  if (!parsed.success) return fromText;
  return {
    ...fromText,
    ...(parsed.data.file === undefined ? {} : { file: parsed.data.file }),
    ...(parsed.data.line === undefined ? {} : { line: parsed.data.line }),
    ...(parsed.data.column === undefined ? {} : { column: parsed.data.column }),
  };
};

const nonEmpty = (issues: ReadonlyArray<Issue>): Result<never> => {
  const [first, ...rest] = issues;
  return left(
    first === undefined
      ? [adapterIssue('invalid_case_field', { at: 'the case', expected: 'a case' })]
      : [first, ...rest],
  );
};

/** A draft and the input index of each of its findings. */
interface JsonDraft {
  readonly draft: CaseDraft;
  readonly indexes: ReadonlyArray<number>;
}

/** The location of a path: the file and the line of the closest enclosing value the scan recorded. */
const locator =
  (file: string | undefined, lines: TextLines) =>
  (path: IssuePath): SourceLocation | null => {
    for (let n = path.length; n >= 0; n -= 1) {
      const line = lines.at(formatPath(path.slice(0, n)));
      if (line !== undefined) return { ...(file === undefined ? {} : { file }), line };
    }
    return file === undefined ? null : { file };
  };

const readDraft = (json: unknown, file: string | undefined, lines: TextLines): Result<JsonDraft> => {
  const top = parseTop(json);
  if (!top.success) return nonEmpty(zodIssues(top.error.issues, [], locator(file, lines), json));
  const indexes: number[] = [];
  const findings: DraftFinding[] = [];
  const rejected: RejectedFinding[] = [];
  top.data.findings.forEach((raw, i) => {
    const source = sourceOf(raw, i, file, lines);
    const parsed = parseFinding(raw);
    if (parsed.success) {
      findings.push({ input: parsed.data as FindingInput, source });
      indexes.push(i);
    } else {
      const locate = (path: IssuePath): SourceLocation | null => {
        const at = locator(file, lines)(path);
        return at?.line !== undefined || source.line === undefined ? at : source;
      };
      rejected.push({
        summary: summarizeRaw(raw),
        source,
        issues: zodIssues(parsed.error.issues, ['findings', i], locate, raw),
      });
    }
  });
  const { patient, sample } = top.data;
  const draft: CaseDraft = {
    patient: patient as CaseDraft['patient'],
    sample: sample as CaseDraft['sample'],
    findings,
    rejected,
    notices: [],
    source: { format: 'json', file: file ?? null },
  };
  return right({ draft, indexes });
};

const complete =
  (facts: CaseFacts | undefined) =>
  (read: JsonDraft): Result<Case> =>
    completeCase(read.draft, facts ?? {}, { findingPath: (i) => ['findings', read.indexes[i] ?? i] });

/**
 * Reads a JSON case (already parsed) into a draft: structure checked, findings validated one by one.
 *
 * @example
 * import { readJsonCase } from 'mtb-match';
 * import assert from 'node:assert';
 * const draft = readJsonCase({
 *   patient: { id: 'P1', diagnosis: 'LUAD' },
 *   sample: { id: 'S1' },
 *   findings: [{ kind: 'tmb', value: 12 }, { kind: 'tmb', value: -1 }],
 * });
 * assert.ok(draft._tag === 'Right');
 * assert.strictEqual(draft.right.findings.length, 1);
 * assert.strictEqual(draft.right.rejected[0]?.issues[0]?.code, 'invalid_case_field');
 */
export const readJsonCase = (json: unknown, options: { readonly file?: string } = {}): Result<CaseDraft> =>
  pipe(
    readDraft(json, options.file, NO_LINES),
    map((read) => read.draft),
  );

/**
 * Normalizes a JSON case (already parsed) into a `Case`: `readJsonCase` then `completeCase`.
 *
 * @example
 * import { normalizeCase } from 'mtb-match';
 * import assert from 'node:assert';
 * const c = normalizeCase({
 *   patient: { id: 'P1', diagnosis: 'LUAD', ecog: 1 },
 *   sample: { id: 'S1', assay: { panel: 'TSO500', dna: true, rna: true } },
 *   findings: [
 *     { kind: 'fusion', gene5: 'EML4', gene3: 'ALK' },
 *     { kind: 'sequence-variant', gene: 'HER2', proteinChange: 'p.Ser310Phe' },
 *     { kind: 'sequence-variant', gene: 'BRAF', vaf: 3 },
 *   ],
 * });
 * assert.ok(c._tag === 'Right');
 * assert.deepStrictEqual(c.right.findings.map((f) => f.key), ['fusion:EML4::ALK', 'sv:ERBB2:p.S310F']);
 * assert.strictEqual(c.right.rejected.length, 1);
 * assert.strictEqual(c.right.inputCount, 3);
 */
export const normalizeCase = (json: unknown, options: JsonCaseOptions = {}): Result<Case> =>
  pipe(readDraft(json, options.file, NO_LINES), chain(complete(options.facts)));

/**
 * Parses JSON text and normalizes it as a case. A syntax error is an `invalid_json` issue with its line
 * and column; findings carry the line they start on.
 *
 * @example
 * import { parseJsonCase } from 'mtb-match';
 * import assert from 'node:assert';
 * const bad = parseJsonCase('{\n  "patient": {,\n}', { file: 'case.json' });
 * assert.ok(bad._tag === 'Left');
 * assert.strictEqual(bad.left[0].code, 'invalid_json');
 * assert.deepStrictEqual(bad.left[0].location, { file: 'case.json', line: 2, column: 15 });
 */
export const parseJsonCase = (text: string, options: JsonCaseOptions = {}): Result<Case> => {
  const body = stripBom(text);
  const file = options.file;
  let json: unknown;
  let parseError: { readonly reason: string } | null = null;
  try {
    json = JSON.parse(body);
  } catch (e) {
    parseError = { reason: e instanceof Error ? e.message : String(e) };
  }
  // Valid JSON the scanner would accept too needs no scan: on one line (as JSON.stringify writes it)
  // every value is on line 1, else the lines of the findings are looked up.
  if (parseError === null && scansAsParsed(body, json)) {
    const lines = body.includes('\n') ? textLines(body, lineOfEach(findingLines(body))) : ONE_LINE;
    return pipe(readDraft(json, file, lines), chain(complete(options.facts)));
  }
  const scan = scanJson(body, 2);
  if (!scan.ok) {
    const location: SourceLocation = {
      ...(file === undefined ? {} : { file }),
      line: scan.error.line,
      column: scan.error.column,
    };
    return left([
      adapterIssue('invalid_json', { at: describeAt([], location), reason: scan.error.reason }, { location }),
    ]);
  }
  if (parseError !== null) {
    // The scanner accepted what JSON.parse refused: report the engine's words at line 1.
    const location: SourceLocation = { ...(file === undefined ? {} : { file }), line: 1 };
    return left([
      adapterIssue('invalid_json', { at: describeAt([], location), reason: parseError.reason }, { location }),
    ]);
  }
  const lines = textLines(body, (i) => scan.lines.get(`findings[${i}]`));
  return pipe(readDraft(json, file, lines), chain(complete(options.facts)));
};
