import { describe, expect, it } from 'vitest';
import type { CandidateSnapshot, ResultSnapshot } from '../../src/report/rescreen.js';
import { compareSnapshots, renderRescreenText, snapshotOf } from '../../src/report/rescreen.js';
import { richResult } from './fixtures.js';

const cohort = (over: Partial<CandidateSnapshot> = {}): CandidateSnapshot => ({
  cohortId: 'c1',
  drugs: ['drug'],
  verdict: 'eligible',
  access: 'off-label',
  accessReason: 'No label.',
  open: true,
  statusReason: 'Open.',
  criteria: 'variant:X',
  reason: 'Matches.',
  ...over,
});

const snap = (
  candidates: ReadonlyArray<CandidateSnapshot>,
  table = 't@2022.1',
  asOf = '2023-01-01',
): ResultSnapshot => ({
  patientId: 'P1',
  table,
  asOf,
  candidates,
});

describe('compareSnapshots', () => {
  it.each([
    ['unchanged', [cohort()], [cohort()], []],
    [
      'ineligible before and after',
      [cohort({ verdict: 'ineligible' })],
      [cohort({ verdict: 'ineligible', open: false })],
      [],
    ],
    [
      'newly considered',
      [],
      [cohort()],
      [['gained', 'newly-considered', 'Not a candidate under t@2022.1 on 2023-01-01.']],
    ],
    [
      'no longer considered',
      [cohort()],
      [],
      [['lost', 'no-longer-considered', 'Not a candidate under t@2023.1 on 2024-01-01.']],
    ],
    [
      'cohort opened',
      [cohort({ verdict: 'ineligible', open: false })],
      [cohort({ statusReason: 'Opened.' })],
      [['gained', 'cohort-opened', 'Opened.']],
    ],
    [
      'cohort closed',
      [cohort()],
      [cohort({ verdict: 'ineligible', open: false, statusReason: 'Closed.' })],
      [['lost', 'cohort-closed', 'Closed.']],
    ],
    [
      'access changed',
      [cohort()],
      [cohort({ verdict: 'ineligible', access: 'on-label', accessReason: 'EU label since 2023-06-01.' })],
      [['lost', 'access-changed', 'off-label -> on-label: EU label since 2023-06-01.']],
    ],
    [
      'criteria changed',
      [cohort()],
      [cohort({ verdict: 'needs-review', criteria: 'biallelic:X', reason: 'Second hit not known.' })],
      [['changed', 'criteria-changed', 'Second hit not known.']],
    ],
    [
      'verdict changed otherwise',
      [cohort({ verdict: 'needs-review' })],
      [cohort({ reason: 'ECOG now known.' })],
      [['changed', 'other', 'ECOG now known.']],
    ],
  ])('%s', (_, before, after, expected) => {
    const result = compareSnapshots(snap(before), snap(after, 't@2023.1', '2024-01-01'));
    expect(result.changes.map((c) => [c.change, c.cause, c.reason])).toEqual(expected);
  });

  it('names a cohort added or removed when the cohorts of both tables are known', () => {
    const options = { cohortsBefore: new Set(['old']), cohortsAfter: new Set(['c1']) };
    const added = compareSnapshots(snap([]), snap([cohort()], 't@2023.1'), options);
    expect(added.changes.map((c) => [c.change, c.cause, c.reason])).toEqual([
      ['gained', 'cohort-added', 'Cohort added in t@2023.1.'],
    ]);
    const removed = compareSnapshots(snap([cohort({ cohortId: 'old' })]), snap([], 't@2023.1'), options);
    expect(removed.changes.map((c) => [c.change, c.cause, c.reason])).toEqual([
      ['lost', 'cohort-removed', 'Cohort removed in t@2023.1.'],
    ]);
  });

  it('lists gains, then losses, then changes, each by cohort id', () => {
    const before = [
      cohort({ cohortId: 'b' }),
      cohort({ cohortId: 'a' }),
      cohort({ cohortId: 'd', verdict: 'needs-review' }),
    ];
    const after = [cohort({ cohortId: 'c' }), cohort({ cohortId: 'd' })];
    expect(
      compareSnapshots(snap(before), snap(after)).changes.map((c) => `${c.change}:${c.cohortId}`),
    ).toEqual(['gained:c', 'lost:a', 'lost:b', 'changed:d']);
  });

  it('snapshots a result compactly and renders changes as terminal-safe text', () => {
    const snapshot = snapshotOf(richResult);
    expect(snapshot.table).toBe('impress-norway@2024.1');
    expect(snapshot.candidates.map((c) => [c.cohortId, c.verdict, c.open])).toEqual([
      ['tp-erbb2-amp', 'eligible', true],
      ['dabtram-braf-v600', 'needs-review', true],
      ['sotorasib-kras-g12c', 'ineligible', true],
      ['tdxd-erbb2-mut', 'ineligible', true],
    ]);
    const text = renderRescreenText({
      ...compareSnapshots(snap([]), snap([cohort({ cohortId: 'x\u001b[2J' })])),
      patientId: 'P\u001b]0;title\u0007',
    });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text.split('\n')).toHaveLength(3);
  });
});
