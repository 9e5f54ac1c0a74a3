import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/model/issue.js';
import type { MatchResult } from '../../src/model/result.js';
import {
  decodeResult,
  decodeResultRecord,
  encodeResult,
  ErrorRecordCodec,
  MatchResultCodec,
  parseResultRecord,
} from '../../src/report/codec.js';
import { renderErrorRecordLine, renderJson, renderJsonLine } from '../../src/report/json.js';
import { arbitraryOf } from './codec-walk.js';
import { emptyResult, richResult } from './fixtures.js';

const results = arbitraryOf(MatchResultCodec) as fc.Arbitrary<MatchResult>;

const roundTrip = (result: MatchResult) => decodeResult(JSON.parse(renderJson(result)));

const issuesOf = (u: unknown) => {
  const decoded = decodeResult(u);
  if (decoded._tag === 'Right') throw new Error('expected a decode failure');
  return decoded.left.map((i) => ({ code: i.code, path: i.path, message: i.message }));
};

/** The rich result as plain JSON, to be broken in one place. */
const json = (): Record<string, unknown> => JSON.parse(renderJson(richResult)) as Record<string, unknown>;

describe('report codec: round trip', () => {
  it.each([
    ['rich', richResult],
    ['empty', emptyResult],
  ])('decode(encode(%s result)) is the same result', (_, result) => {
    expect(roundTrip(result)).toEqual({ _tag: 'Right', right: result });
  });

  it('round-trips generated results (encode -> JSON -> decode -> deep equal, same bytes again)', () => {
    fc.assert(
      fc.property(results, (result) => {
        const decoded = roundTrip(result);
        expect(decoded).toEqual({ _tag: 'Right', right: result });
        if (decoded._tag === 'Right') expect(renderJson(decoded.right)).toBe(renderJson(result));
      }),
      { numRuns: 150 },
    );
  });

  it('writes keys in the codec order whatever the order of the input object', () => {
    const shuffled = Object.fromEntries(Object.entries(richResult).reverse()) as unknown as MatchResult;
    expect(renderJson(shuffled)).toBe(renderJson(richResult));
    expect(Object.keys(encodeResult(shuffled))).toEqual([
      'schema',
      'library',
      'table',
      'asOf',
      'patient',
      'sample',
      'candidates',
      'drugs',
      'nearMisses',
      'findings',
      'untested',
      'issues',
      'summary',
    ]);
  });

  it('renders JSON with 2-space indent and a final newline; NDJSON lines have no inner newline', () => {
    const text = renderJson(richResult);
    expect(text.startsWith('{\n  "schema": "mtb-match/result@1",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const line = renderJsonLine(richResult);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(JSON.parse(line)).toEqual(JSON.parse(text));
  });

  it('leaves optional fields out rather than writing undefined or null', () => {
    const issue = (encodeResult(richResult).issues[0] ?? {}) as Record<string, unknown>;
    expect(Object.keys(issue)).toEqual(['code', 'severity', 'message', 'path', 'location']);
  });

  it('round-trips error records', () => {
    const record = {
      schema: 'mtb-match/error@1',
      file: 'cases.ndjson',
      line: 12,
      patientId: 'P-12',
      issues: [{ code: 'x', severity: 'error', message: 'Bad.', path: ['patient', 'age'] }],
    } as const;
    const line = renderErrorRecordLine(record);
    expect(ErrorRecordCodec.is(JSON.parse(line))).toBe(true);
    expect(decodeResultRecord(JSON.parse(line))).toEqual({ _tag: 'Right', right: record });
  });
});

describe('report codec: decode failures are coded issues with paths', () => {
  it('names a wrong enum value and its path', () => {
    const broken = json();
    ((broken['candidates'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>)['verdict'] =
      'maybe';
    expect(issuesOf(broken)).toEqual([
      {
        code: 'report_invalid_value',
        path: ['candidates', 0, 'verdict'],
        message:
          'The report has "maybe" at candidates[0].verdict, expected "eligible" | "needs-review" | "ineligible" | "not-evaluable".',
      },
    ]);
  });

  it('names a missing field, an unknown field and an impossible date at once', () => {
    const broken = json();
    delete broken['asOf'];
    broken['extra'] = 1;
    (broken['table'] as Record<string, unknown>)['hash'] = 7;
    ((broken['findings'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>)['status'] = null;
    const candidate = (broken['candidates'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    (candidate['status'] as Record<string, unknown>)['since'] = '2023-02-30';
    expect(issuesOf(broken).map((i) => [i.code, i.path])).toEqual([
      ['report_invalid_value', ['table', 'hash']],
      ['report_missing_field', ['asOf']],
      ['report_invalid_value', ['candidates', 0, 'status', 'since']],
      ['report_invalid_value', ['findings', 0, 'status']],
      ['report_unknown_field', ['extra']],
    ]);
  });

  it('reports a bad union member once, at the union', () => {
    const broken = json();
    const issue = (broken['issues'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    (issue['location'] as Record<string, unknown>)['column'] = true;
    expect(issuesOf(broken)).toEqual([
      {
        code: 'report_invalid_value',
        path: ['issues', 0, 'location', 'column'],
        message: 'The report has true at issues[0].location.column, expected string | integer.',
      },
    ]);
  });

  it('follows the recursive criteria tree', () => {
    const broken = json();
    const candidate = (broken['candidates'] as Array<Record<string, unknown>>)[1] as Record<string, unknown>;
    const not = (
      (candidate['criteria'] as Record<string, unknown>)['children'] as Array<Record<string, unknown>>
    )[1];
    const leaf = (not?.['children'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    leaf['outcome'] = 'perhaps';
    expect(issuesOf(broken).map((i) => i.path)).toEqual([
      ['candidates', 1, 'criteria', 'children', 1, 'children', 0, 'outcome'],
    ]);
  });

  it('refuses another schema version in one issue', () => {
    expect(issuesOf({ ...json(), schema: 'mtb-match/result@2', candidates: 'garbage' })).toEqual([
      {
        code: 'report_unsupported_schema',
        path: ['schema'],
        message:
          'The report is written in schema "mtb-match/result@2"; this version of mtb-match reads "mtb-match/result@1".',
      },
    ]);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', 'hello'],
    ['null', null],
  ])('refuses %s at the top level', (_, value) => {
    const issues = issuesOf(value);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('report_invalid_value');
    expect(issues[0]?.message).toContain('at the top level');
  });

  it('caps a flood of problems at 20 issues and says how many more', () => {
    const broken = json();
    broken['findings'] = Array.from({ length: 30 }, () => ({ key: 1 }));
    const issues = issuesOf(broken);
    expect(issues).toHaveLength(21);
    expect(issues[20]).toMatchObject({ code: 'report_more_issues' });
  });

  it('reads a line of a results stream with its location and a one-line message', () => {
    const parsed = parseResultRecord('{"schema": "mtb-match/result@1",', {
      what: 'Line 3 of old.ndjson',
      location: { file: 'old.ndjson', line: 3 },
    });
    expect(parsed._tag).toBe('Left');
    if (parsed._tag === 'Left') {
      const line = formatIssue(parsed.left[0]);
      expect(line).toMatch(
        /^old\.ndjson:3: error report_invalid_json: Line 3 of old\.ndjson is not valid JSON: /,
      );
      expect(line).not.toContain('\n');
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => decodeResultRecord(value)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseResultRecord(text)._tag).toBe('Left');
      }),
    );
  });
});
