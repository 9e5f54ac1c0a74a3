import fc from 'fast-check';
import { isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../../src/table/hash.js';
import { embeddedApprovals, embeddedTables } from '../../src/table/embedded.js';
import { loadTable } from '../../src/table/load-table.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and whitespace', () => {
    expect(canonicalJson({ b: { z: 1, a: [3, { y: null, x: 'é' }] }, a: undefined, c: false })).toBe(
      '{"b":{"a":[3,{"x":"é","y":null}],"z":1},"c":false}',
    );
  });

  it('is the same for any key order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
        expect(JSON.parse(canonicalJson(object))).toEqual(JSON.parse(JSON.stringify(object)));
      }),
    );
  });
});

describe('contentHash of tables', () => {
  const latest = embeddedTables().at(-1);
  if (latest === undefined) throw new Error('no embedded table');

  it('is stable: pinned for the embedded 2023.1 version, and equal when reloaded from a re-serialized copy', () => {
    const reloaded = loadTable(JSON.parse(JSON.stringify(latest.table, null, 4)), embeddedApprovals());
    expect(isRight(reloaded) && reloaded.right.hash).toBe(latest.hash);
    expect(latest.hash).toMatchInlineSnapshot(
      `"46bee5c1048dd4042f3fb8963c4717e38b5a8cc40efd965e7452179b7fe73eb0"`,
    );
  });

  it('changes when one criterion changes', () => {
    const [first, ...rest] = latest.table.cohorts;
    if (first === undefined) throw new Error('no cohort');
    const edited = { ...latest.table, cohorts: [{ ...first, criteria: { type: 'tmb', min: 12 } }, ...rest] };
    const reloaded = loadTable(edited, embeddedApprovals());
    expect(isRight(reloaded)).toBe(true);
    expect(isRight(reloaded) && reloaded.right.hash).not.toBe(latest.hash);
    const threshold = JSON.parse(JSON.stringify(latest.table));
    threshold.cohorts[0].criteria.of[0].minCopyNumber = 7;
    expect(contentHash(threshold)).not.toBe(contentHash(latest.table));
  });
});
