/**
 * The JSON rendering of a match result: the codec's encoding, keys in the codec's order, 2-space indent
 * and a final newline, so that the same result always gives the same bytes.
 */
import type { MatchResult } from '../model/result.js';
import type { ErrorRecord } from './codec.js';
import { encodeErrorRecord, encodeResult } from './codec.js';

/**
 * A match result as stable, pretty-printed JSON (byte-identical for equal results).
 *
 * @example
 * import assert from 'node:assert';
 * import { renderJson } from 'mtb-match';
 * const result = {
 *   schema: 'mtb-match/result@1', library: { name: 'mtb-match', version: '0.1.0' },
 *   table: { id: 'impress-norway', version: '2022.1', hash: 'sha256:0' }, asOf: '2024-05-01',
 *   patient: { id: 'P1', diagnosis: { code: 'LUAD', name: 'Lung Adenocarcinoma', path: ['LUNG', 'LUAD'] } },
 *   sample: { id: 'S1', panel: 'TSO500', dna: true, rna: true },
 *   candidates: [], drugs: [], nearMisses: [], findings: [], untested: [], issues: [],
 *   summary: { eligible: 0, needsReview: 0, ineligible: 0, notEvaluable: 0,
 *     findings: { matched: 0, 'not-actionable': 0, 'off-panel': 0, rejected: 0 } },
 * } as const;
 * const json = renderJson(result);
 * assert.ok(json.startsWith('{\n  "schema": "mtb-match/result@1",\n  "library"'));
 * assert.strictEqual(renderJson({ ...result, asOf: '2024-05-01' }), json);
 */
export const renderJson = (result: MatchResult): string =>
  `${JSON.stringify(encodeResult(result), null, 2)}\n`;

/**
 * A match result as one line of NDJSON (no indent, final newline), as `batch` writes it.
 *
 * @example
 * import assert from 'node:assert';
 * import { renderJsonLine } from 'mtb-match';
 * const result = {
 *   schema: 'mtb-match/result@1', library: { name: 'mtb-match', version: '0.1.0' },
 *   table: { id: 'impress-norway', version: '2022.1', hash: 'sha256:0' }, asOf: '2024-05-01',
 *   patient: { id: 'P1', diagnosis: { code: 'LUAD', name: 'Lung Adenocarcinoma', path: [] } },
 *   sample: { id: 'S1', panel: null, dna: true, rna: false },
 *   candidates: [], drugs: [], nearMisses: [], findings: [], untested: [], issues: [],
 *   summary: { eligible: 0, needsReview: 0, ineligible: 0, notEvaluable: 0,
 *     findings: { matched: 0, 'not-actionable': 0, 'off-panel': 0, rejected: 0 } },
 * } as const;
 * assert.strictEqual(renderJsonLine(result).split('\n').length, 2);
 */
export const renderJsonLine = (result: MatchResult): string => `${JSON.stringify(encodeResult(result))}\n`;

/**
 * An error record as one line of NDJSON.
 *
 * @example
 * import assert from 'node:assert';
 * import { renderErrorRecordLine } from 'mtb-match';
 * const line = renderErrorRecordLine({ schema: 'mtb-match/error@1', file: 'a.ndjson', line: 4, patientId: null, issues: [] });
 * assert.strictEqual(line, '{"schema":"mtb-match/error@1","file":"a.ndjson","line":4,"patientId":null,"issues":[]}\n');
 */
export const renderErrorRecordLine = (record: ErrorRecord): string =>
  `${JSON.stringify(encodeErrorRecord(record))}\n`;
