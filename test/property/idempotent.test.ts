/**
 * Normalization is idempotent: a normalized case written back as JSON (approved symbols, canonical
 * notation) normalizes to the same case and gives the same rendered result; and writing it back a
 * second time gives the same JSON (a fixed point after one round).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { normalizeCase } from '../../src/adapters/json-case.js';
import type { Case } from '../../src/model/case.js';
import { asOfDate, validCase } from './arbitraries.js';
import { denormalize, withoutEcho } from './denormalize.js';
import { maskEcho } from './echo.js';
import { runJson } from './pipeline.js';
import { RUNS } from './runs.js';

const normalized = (json: unknown): Case | null => {
  const c = normalizeCase(json);
  return c._tag === 'Right' ? c.right : null;
};

describe('normalization is idempotent', () => {
  it(
    'normalize(denormalize(normalize(x))) = normalize(x), and the rendered results are byte-identical',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(validCase, asOfDate, (json, asOf) => {
          const once = normalized(json);
          if (once === null) return;
          const back = denormalize(once);
          const twice = normalized(back);
          assert.ok(twice !== null, `the normalized case does not normalize: ${JSON.stringify(back)}`);
          assert.deepEqual(twice.findings.map(withoutEcho), once.findings.map(withoutEcho));
          assert.deepEqual(twice.patient, once.patient);
          assert.deepEqual(twice.sample, once.sample);
          assert.deepEqual(twice.rejected, []);
          // The result of a case does not depend on how its findings were spelled (rejected inputs are
          // not written back, so compare when there were none).
          if (once.rejected.length > 0) return;
          const a = runJson(json, asOf);
          const b = runJson(back, asOf);
          assert.equal(maskEcho(b.json), maskEcho(a.json));
          if (once.findings.every((f) => !f.key.includes('@'))) {
            assert.equal(b.json, a.json);
            assert.equal(b.md, a.md);
          }
          // One round reaches the fixed point.
          const bySpelling = (x: Record<string, unknown>): ReadonlyArray<string> =>
            (x['findings'] as ReadonlyArray<unknown>).map((f) => JSON.stringify(f)).sort();
          assert.deepEqual(bySpelling(denormalize(twice)), bySpelling(back));
        }),
        { numRuns: RUNS.idempotent },
      );
    },
  );
});
