/**
 * The matcher on the embedded IMPRESS-Norway table and EU/Norway approvals: the cases the Matcher issue
 * names, against the real data.
 */
import { isLeft } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/match/compile.js';
import { match } from '../../src/match/match.js';
import { embeddedTables } from '../../src/table/embedded.js';
import { tableAsOf } from '../../src/table/versions.js';
import { copyNumber, fusion, makeCase, variant } from './fixtures.js';

const compiledAsOf = (asOf: string) => {
  const loaded = tableAsOf(embeddedTables(), asOf);
  if (isLeft(loaded)) throw new Error(loaded.left[0].message);
  return compile(loaded.right);
};

describe('embedded IMPRESS-Norway table', () => {
  it('compiles every version without issues', () => {
    for (const loaded of embeddedTables()) {
      expect(compile(loaded).issues).toEqual([]);
    }
  });

  it('puts selpercatinib for a RET-fusion pancreatic tumor in the gap after 2024-04-29, and off-label before', () => {
    const c = makeCase([fusion('CCDC6', 'RET')], { diagnosis: 'PAAD' });
    const after = match(c, compiledAsOf('2024-06-01'), { asOf: '2024-06-01' });
    const sel = after.candidates.find((x) => x.cohortId === 'selpercatinib-ret');
    expect(sel?.access.status).toBe('on-label-unfunded');
    expect(sel?.access.indication).toMatchObject({
      id: 'retsevmo:ret-fusion-agnostic',
      euDate: '2024-04-29',
      funding: 'unknown',
      decision: null,
      tumorAgnostic: true,
    });
    expect(sel?.verdict).toBe('ineligible');
    expect(after.nearMisses).toContainEqual(
      expect.objectContaining({ cohortId: 'selpercatinib-ret', kind: 'access' }),
    );

    const before = match(c, compiledAsOf('2023-10-01'), { asOf: '2023-10-01' });
    const early = before.candidates.find((x) => x.cohortId === 'selpercatinib-ret');
    expect(early?.access.status).toBe('off-label');
    expect(early?.access.later.map((l) => l.id)).toContain('retsevmo:ret-fusion-agnostic');
    expect(early?.verdict).toBe('eligible');
  });

  it('names the refusal for a RET-fusion lung cancer', () => {
    const r = match(makeCase([fusion('KIF5B', 'RET')], { diagnosis: 'LUAD' }), compiledAsOf('2023-01-01'), {
      asOf: '2023-01-01',
    });
    const sel = r.candidates.find((x) => x.cohortId === 'selpercatinib-ret');
    expect(sel?.access.status).toBe('on-label-unfunded');
    expect(sel?.access.reason).toMatch(/refused on 2022-02-21/);
  });

  it('routes HER2-amplified breast cancer to standard care and keeps a mutation for review', () => {
    const asOf = '2024-06-01';
    const table = compiledAsOf(asOf);
    const amp = match(
      makeCase([copyNumber('ERBB2', 'amplification', { copyNumber: 12 })], { diagnosis: 'BRCA' }),
      table,
      { asOf },
    );
    const tp = amp.candidates.find((x) => x.cohortId === 'trastuzumab-pertuzumab-erbb2');
    expect(tp?.access.status).toBe('on-label');
    expect(tp?.verdict).toBe('ineligible');
  });

  it('gives a BRAF V600E colorectal tumor candidates with reasons on every node', () => {
    const asOf = '2024-06-01';
    const r = match(makeCase([variant('BRAF', 'p.V600E')], { diagnosis: 'COAD' }), compiledAsOf(asOf), {
      asOf,
    });
    expect(r.candidates.length).toBeGreaterThan(0);
    const walk = (n: { outcome: string; reason: string; children: ReadonlyArray<unknown> }): void => {
      expect(['met', 'not-met', 'unknown']).toContain(n.outcome);
      expect(n.reason.length).toBeGreaterThan(0);
      n.children.forEach((child) => walk(child as typeof n));
    };
    r.candidates.forEach((c) => walk(c.criteria));
    expect(r.findings.map((f) => f.status)).toEqual(['matched']);
  });
});
