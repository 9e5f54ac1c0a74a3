/**
 * The report's wire format as io-ts codecs: `encode` writes a match result as JSON with a fixed key order;
 * `decode` reads a stored report back (re-screening a registry against an earlier run, replaying a
 * report for audit) and turns every problem into a coded issue with its path.
 *
 * The codecs mirror `src/model/result.ts` field for field; the compiler checks that they decode to
 * exactly `MatchResult` (see the `satisfies`-style assignments below).
 */
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { Issue, IssuePath, Result, SourceLocation } from '../model/issue.js';
import { formatPath } from '../model/issue.js';
import type { EvaluatedCriterion, MatchResult } from '../model/result.js';
import { CohortStateSchema, EvidenceLevelSchema } from '../model/table.js';
import { integer, isoDate, nullable, oneOf, optional, struct, UNKNOWN_FIELD } from './codec-kit.js';
import { reportIssue } from './issues.js';

/** The schema tag of a match result this version writes and reads. */
export const RESULT_SCHEMA = 'mtb-match/result@1';

/** The schema tag of an error record in a results (NDJSON) stream. */
export const ERROR_RECORD_SCHEMA = 'mtb-match/error@1';

const Severity = oneOf(['error', 'warning', 'notice']);
const Outcome = oneOf(['met', 'not-met', 'unknown']);
const Verdict = oneOf(['eligible', 'needs-review', 'ineligible', 'not-evaluable']);
const AccessStatus = oneOf(['off-label', 'on-label-unfunded', 'on-label']);
const Specificity = oneOf(['change', 'codon', 'exon', 'class', 'gene', 'biomarker']);
const FundingStatus = oneOf([
  'funded',
  'temporarily-funded',
  'predates-system',
  'refused',
  'pending',
  'unknown',
]);
const FindingStatus = oneOf(['matched', 'not-actionable', 'off-panel', 'rejected']);
const Strings = t.readonlyArray(t.string);

const SourceLocationCodec = struct('SourceLocation', {
  file: optional(t.string),
  line: optional(integer),
  column: optional(t.union([t.string, integer], 'string | integer')),
});

const IssueCodec = struct('Issue', {
  code: t.string,
  severity: Severity,
  message: t.string,
  path: t.readonlyArray(t.union([t.string, integer], 'string | integer')),
  input: optional(t.string),
  location: optional(SourceLocationCodec),
  suggestions: optional(Strings),
});

const EvaluatedCriterionCodec: t.Type<EvaluatedCriterion, EvaluatedCriterion, unknown> = t.recursion(
  'EvaluatedCriterion',
  (self) =>
    struct('EvaluatedCriterion', {
      type: t.string,
      description: t.string,
      outcome: Outcome,
      reason: t.string,
      evidence: Strings,
      specificity: nullable(Specificity),
      children: t.readonlyArray(self),
    }),
);

const TumorTypeOutcomeCodec = struct('TumorTypeOutcome', {
  outcome: Outcome,
  diagnosis: t.string,
  path: Strings,
  decidedBy: nullable(struct('TumorTypeDecision', { rule: oneOf(['include', 'exclude']), code: t.string })),
  reason: t.string,
});

const IndicationUsedCodec = struct('IndicationUsed', {
  id: t.string,
  drugs: Strings,
  summary: t.string,
  tumorAgnostic: t.boolean,
  euDate: isoDate,
  funding: FundingStatus,
  decision: nullable(
    struct('FundingDecisionUsed', {
      date: isoDate,
      decision: t.string,
      methodId: nullable(t.string),
      usableFrom: nullable(isoDate),
    }),
  ),
  biomarker: Outcome,
});

const AccessOutcomeCodec = struct('AccessOutcome', {
  status: AccessStatus,
  reason: t.string,
  indication: nullable(IndicationUsedCodec),
  possible: t.readonlyArray(IndicationUsedCodec),
  later: t.readonlyArray(IndicationUsedCodec),
});

const CohortStatusOutcomeCodec = struct('CohortStatusOutcome', {
  state: oneOf(CohortStateSchema.options),
  since: isoDate,
  open: t.boolean,
  enrolled: nullable(integer),
  slotsLeft: nullable(integer),
  partner: struct('PartnerSlots', { id: t.string, name: t.string, slots: nullable(integer) }),
  reason: t.string,
});

const ClinicalOutcomeCodec = struct('ClinicalOutcome', {
  criterion: oneOf(['age', 'ecog', 'standard-therapy-exhausted', 'prior-drug']),
  outcome: Outcome,
  reason: t.string,
});

const ReasonCodec = struct('Reason', {
  code: t.string,
  effect: oneOf(['blocks', 'review', 'supports']),
  message: t.string,
});

const CandidateCodec = struct('Candidate', {
  cohortId: t.string,
  title: t.string,
  regimenId: t.string,
  drugs: Strings,
  verdict: Verdict,
  access: AccessOutcomeCodec,
  reasons: t.readonlyArray(ReasonCodec),
  criteria: EvaluatedCriterionCodec,
  molecular: Outcome,
  tumorType: TumorTypeOutcomeCodec,
  status: CohortStatusOutcomeCodec,
  clinical: t.readonlyArray(ClinicalOutcomeCodec),
  evidenceLevel: oneOf(EvidenceLevelSchema.options),
  specificity: nullable(Specificity),
  matchedFindings: Strings,
  inferred: t.boolean,
  sources: Strings,
  rank: integer,
});

const NearMissCodec = struct('NearMiss', {
  cohortId: t.string,
  drugs: Strings,
  kind: oneOf(['tumor-type', 'access', 'status', 'clinical', 'variant', 'threshold', 'wild-type']),
  message: t.string,
});

const FindingAccountCodec = struct('FindingAccount', {
  key: t.string,
  kind: t.string,
  gene: nullable(t.string),
  change: t.string,
  status: FindingStatus,
  cohorts: Strings,
  reason: t.string,
  source: nullable(SourceLocationCodec),
});

const DrugViewCodec = struct('DrugView', {
  drug: t.string,
  bestVerdict: Verdict,
  cohorts: t.readonlyArray(
    struct('DrugRoute', { cohortId: t.string, verdict: Verdict, access: AccessStatus }),
  ),
});

const UntestedNoteCodec = struct('UntestedNote', {
  gene: nullable(t.string),
  what: t.string,
  cohorts: Strings,
  message: t.string,
});

const MatchResultStruct = struct(
  'MatchResult',
  {
    schema: t.literal(RESULT_SCHEMA),
    library: struct('Library', { name: t.literal('mtb-match'), version: t.string }),
    table: struct('TableRef', { id: t.string, version: t.string, hash: t.string }),
    asOf: isoDate,
    patient: struct('PatientRef', {
      id: t.string,
      diagnosis: struct('DiagnosisRef', { code: t.string, name: t.string, path: Strings }),
    }),
    sample: struct('SampleRef', { id: t.string, panel: nullable(t.string), dna: t.boolean, rna: t.boolean }),
    candidates: t.readonlyArray(CandidateCodec),
    drugs: t.readonlyArray(DrugViewCodec),
    nearMisses: t.readonlyArray(NearMissCodec),
    findings: t.readonlyArray(FindingAccountCodec),
    untested: t.readonlyArray(UntestedNoteCodec),
    issues: t.readonlyArray(IssueCodec),
    summary: struct('Summary', {
      eligible: integer,
      needsReview: integer,
      ineligible: integer,
      notEvaluable: integer,
      findings: struct('FindingCounts', {
        matched: integer,
        'not-actionable': integer,
        'off-panel': integer,
        rejected: integer,
      }),
    }),
  },
  'The whole answer of mtb-match for one case, one cohort table version and one date.',
);

/** A match result as JSON: the same shape, plain data (dates are already `YYYY-MM-DD` strings). */
export type MatchResultJson = t.OutputOf<typeof MatchResultStruct>;

/**
 * The codec of a whole match result. Its decoded type is exactly `MatchResult` (checked by the compiler:
 * a `t.Type` is invariant in its decoded type).
 *
 * @example
 * import assert from 'node:assert';
 * import { MatchResultCodec } from 'mtb-match';
 * assert.strictEqual(MatchResultCodec.is({ schema: 'mtb-match/result@1' }), false);
 */
export const MatchResultCodec: t.Type<MatchResult, MatchResultJson, unknown> = MatchResultStruct;

/** A line of a results stream that could not become a result: which line, which patient, why. */
export interface ErrorRecord {
  readonly schema: typeof ERROR_RECORD_SCHEMA;
  readonly file: string | null;
  readonly line: number | null;
  readonly patientId: string | null;
  readonly issues: ReadonlyArray<Issue>;
}

const ErrorRecordStruct = struct(
  'ErrorRecord',
  {
    schema: t.literal(ERROR_RECORD_SCHEMA),
    file: nullable(t.string),
    line: nullable(integer),
    patientId: nullable(t.string),
    issues: t.readonlyArray(IssueCodec),
  },
  'A case of a batch that could not be matched, with its line and the reasons.',
);

/**
 * The codec of an error record in a results stream.
 *
 * @example
 * import assert from 'node:assert';
 * import { ErrorRecordCodec } from 'mtb-match';
 * const record = { schema: 'mtb-match/error@1', file: 'cases.ndjson', line: 3, patientId: null, issues: [] };
 * assert.strictEqual(ErrorRecordCodec.is(record), true);
 */
export const ErrorRecordCodec: t.Type<
  ErrorRecord,
  t.OutputOf<typeof ErrorRecordStruct>,
  unknown
> = ErrorRecordStruct;

/** Any line of a results stream (`batch` output): a result or an error record. */
export type ResultRecord = MatchResult | ErrorRecord;

/** Where the thing being decoded came from, for the wording and location of issues. */
export interface DecodeContext {
  /** Subject of the messages, e.g. `Line 12 of results.ndjson`; default `The report`. */
  readonly what?: string;
  readonly location?: SourceLocation;
}

const MAX_ISSUES = 20;

const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const text = JSON.stringify(value);
    return text.length > 42 ? `${text.slice(0, 40)}..."` : text;
  }
  return String(value);
};

interface Located {
  readonly path: IssuePath;
  readonly expected: string;
  readonly value: unknown;
}

/** The path of an io-ts error; inside a union, the union itself is reported (not each branch). */
const locate = (error: t.ValidationError): Located => {
  const path: Array<string | number> = [];
  const context = error.context;
  for (let i = 1; i < context.length; i += 1) {
    const entry = context[i] as t.ContextEntry;
    const parent = (context[i - 1] as t.ContextEntry).type as t.Decoder<unknown, unknown> & { _tag?: string };
    if (parent._tag === 'UnionType') return { path, expected: parent.name, value: context[i - 1]?.actual };
    const isIndex = parent._tag === 'ReadonlyArrayType' || parent._tag === 'ArrayType';
    path.push(isIndex ? Number(entry.key) : entry.key);
  }
  const last = context[context.length - 1];
  return { path, expected: last?.type.name ?? 'a value', value: error.value };
};

const toIssues = (errors: t.Errors, what: string, location: SourceLocation | undefined): Issue[] => {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  const ctx = (path: IssuePath) => ({ path, ...(location === undefined ? {} : { location }) });
  for (const error of errors) {
    const { path, expected, value } = locate(error);
    const key = formatPath(path);
    if (seen.has(key)) continue;
    seen.add(key);
    const at = key === '' ? 'the top level' : key;
    issues.push(
      error.message === UNKNOWN_FIELD
        ? reportIssue('report_unknown_field', { what, path: at }, ctx(path))
        : value === undefined
          ? reportIssue('report_missing_field', { what, path: at, expected }, ctx(path))
          : reportIssue(
              'report_invalid_value',
              { what, path: at, expected, actual: describeValue(value) },
              { ...ctx(path), input: describeValue(value) },
            ),
    );
  }
  if (issues.length <= MAX_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_ISSUES),
    reportIssue('report_more_issues', { what, count: issues.length - MAX_ISSUES }, ctx([])),
  ];
};

const fail = (first: Issue, ...rest: ReadonlyArray<Issue>): Result<never> => E.left([first, ...rest]);

const schemaOf = (u: unknown): unknown =>
  typeof u === 'object' && u !== null && !Array.isArray(u) ? (u as { schema?: unknown }).schema : undefined;

const decodeWith = <A>(
  codec: t.Type<A, unknown, unknown>,
  supported: string,
  u: unknown,
  context: DecodeContext,
): Result<A> => {
  const what = context.what ?? 'The report';
  const schema = schemaOf(u);
  if (typeof schema === 'string' && schema !== supported) {
    return fail(
      reportIssue(
        'report_unsupported_schema',
        { what, schema: JSON.stringify(schema), supported: JSON.stringify(supported) },
        {
          path: ['schema'],
          input: schema,
          ...(context.location === undefined ? {} : { location: context.location }),
        },
      ),
    );
  }
  const decoded = codec.decode(u);
  if (decoded._tag === 'Right') return decoded;
  const [first, ...rest] = toIssues(decoded.left, what, context.location);
  return first === undefined
    ? fail(
        reportIssue('report_invalid_value', {
          what,
          path: 'the top level',
          expected: codec.name,
          actual: describeValue(u),
        }),
      )
    : fail(first, ...rest);
};

/**
 * Encodes a match result as plain JSON data, keys in the documented order.
 *
 * @example
 * import assert from 'node:assert';
 * import { decodeResult, encodeResult } from 'mtb-match';
 * const result = {
 *   schema: 'mtb-match/result@1', library: { name: 'mtb-match', version: '0.1.0' },
 *   table: { id: 'impress-norway', version: '2022.1', hash: 'sha256:0' }, asOf: '2024-05-01',
 *   patient: { id: 'P1', diagnosis: { code: 'LUAD', name: 'Lung Adenocarcinoma', path: ['LUNG', 'LUAD'] } },
 *   sample: { id: 'S1', panel: 'TSO500', dna: true, rna: true },
 *   candidates: [], drugs: [], nearMisses: [], findings: [], untested: [], issues: [],
 *   summary: { eligible: 0, needsReview: 0, ineligible: 0, notEvaluable: 0,
 *     findings: { matched: 0, 'not-actionable': 0, 'off-panel': 0, rejected: 0 } },
 * } as const;
 * // what is written reads back as the same result
 * const stored = JSON.parse(JSON.stringify(encodeResult(result)));
 * assert.deepStrictEqual(decodeResult(stored), { _tag: 'Right', right: result });
 */
export const encodeResult = (result: MatchResult): MatchResultJson => MatchResultCodec.encode(result);

/**
 * Decodes a stored match result (already parsed JSON), or returns coded issues with paths.
 *
 * @example
 * import assert from 'node:assert';
 * import { decodeResult } from 'mtb-match';
 * const decoded = decodeResult({ schema: 'mtb-match/result@2' });
 * assert.strictEqual(decoded._tag === 'Left' && decoded.left[0].code, 'report_unsupported_schema');
 */
export const decodeResult = (u: unknown, context: DecodeContext = {}): Result<MatchResult> =>
  decodeWith(MatchResultCodec, RESULT_SCHEMA, u, context);

/**
 * Decodes one line of a results stream: a match result or an error record.
 *
 * @example
 * import assert from 'node:assert';
 * import { decodeResultRecord } from 'mtb-match';
 * const line = { schema: 'mtb-match/error@1', file: null, line: 7, patientId: 'P7', issues: [] };
 * assert.strictEqual(decodeResultRecord(line)._tag, 'Right');
 */
export const decodeResultRecord = (u: unknown, context: DecodeContext = {}): Result<ResultRecord> =>
  schemaOf(u) === ERROR_RECORD_SCHEMA
    ? decodeWith(ErrorRecordCodec, ERROR_RECORD_SCHEMA, u, context)
    : decodeWith(MatchResultCodec, RESULT_SCHEMA, u, context);

/**
 * Parses and decodes the text of a stored result (or one line of a results stream).
 *
 * @example
 * import assert from 'node:assert';
 * import { parseResultRecord } from 'mtb-match';
 * const parsed = parseResultRecord('{"schema":', { what: 'Line 2 of old.ndjson', location: { file: 'old.ndjson', line: 2 } });
 * assert.strictEqual(parsed._tag === 'Left' && parsed.left[0].code, 'report_invalid_json');
 */
export const parseResultRecord = (text: string, context: DecodeContext = {}): Result<ResultRecord> => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\.$/, '') : 'unreadable';
    return fail(
      reportIssue(
        'report_invalid_json',
        { what: context.what ?? 'The report', detail },
        context.location === undefined ? {} : { location: context.location },
      ),
    );
  }
  return decodeResultRecord(json, context);
};

/**
 * Encodes an error record for a results stream.
 *
 * @example
 * import assert from 'node:assert';
 * import { encodeErrorRecord } from 'mtb-match';
 * const json = encodeErrorRecord({ issues: [], patientId: null, line: 1, file: null, schema: 'mtb-match/error@1' });
 * assert.deepStrictEqual(Object.keys(json), ['schema', 'file', 'line', 'patientId', 'issues']);
 */
export const encodeErrorRecord = (record: ErrorRecord): t.OutputOf<typeof ErrorRecordStruct> =>
  ErrorRecordCodec.encode(record);
