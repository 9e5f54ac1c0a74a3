/**
 * The JSON Schema of the report (a match result as written by `renderJson` and `batch`), generated from
 * the io-ts codecs so that it cannot drift from them. `scripts/build-report-schema.ts` writes it to
 * `rules/schema/report.schema.json`; a test keeps that file current.
 */
import { MatchResultCodec, RESULT_SCHEMA } from './codec.js';
import type { JsonSchema } from './json-schema.js';
import { toJsonSchema } from './json-schema.js';

/**
 * The report's JSON Schema (draft 2020-12), built from `MatchResultCodec`.
 *
 * @example
 * import assert from 'node:assert';
 * import { reportJsonSchema } from 'mtb-match';
 * const schema = reportJsonSchema();
 * assert.deepStrictEqual(schema['required'], [
 *   'schema', 'library', 'table', 'asOf', 'patient', 'sample', 'candidates', 'drugs', 'nearMisses',
 *   'findings', 'untested', 'issues', 'summary',
 * ]);
 */
export const reportJsonSchema = (): JsonSchema =>
  toJsonSchema(MatchResultCodec, {
    comment:
      'Generated from the io-ts codecs in src/report/codec.ts by scripts/build-report-schema.ts: do not edit.',
    title: `mtb-match report (${RESULT_SCHEMA})`,
  }).schema;

/**
 * The report's JSON Schema as the text of `rules/schema/report.schema.json` (2-space indent, final newline).
 *
 * @example
 * import assert from 'node:assert';
 * import { renderReportSchema } from 'mtb-match';
 * assert.ok(renderReportSchema().startsWith('{\n  "$schema": "https://json-schema.org/draft/2020-12/schema"'));
 */
export const renderReportSchema = (): string => `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
