/**
 * The compiled table's caches never change an answer: one compiled table asked about different diagnoses,
 * dates, assays and patient facts, in alternating and in random order, answers exactly as a fresh compile
 * does; and the caches stay within their bounds.
 */
import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/match/compile.js';
import type { CompiledTable } from '../../src/match/compiled.js';
import { match } from '../../src/match/match.js';
import { cacheBounds } from '../../src/match/table-cache.js';
import type { Case, Finding } from '../../src/model/case.js';
import { embeddedTables } from '../../src/table/embedded.js';
import { tableAsOf } from '../../src/table/versions.js';
import type { CaseOptions } from './fixtures.js';
import { copyNumber, fusion, ihc, makeCase, msi, tmb, variant } from './fixtures.js';

const loaded = tableAsOf(embeddedTables(), '2024-06-01');
if (isLeft(loaded)) throw new Error(loaded.left[0].message);
const bundle = loaded.right;

/** Profiles that reach cohorts with labels (ERBB2, BRAF, ALK), biomarkers and wild-type requirements. */
const profiles: ReadonlyArray<ReadonlyArray<Finding>> = [
  [copyNumber('ERBB2', 'amplification', { copyNumber: 9 }), variant('TP53', 'p.R273H'), tmb(4)],
  [
    variant('BRAF', 'p.V600E', { vaf: 0.27 }),
    variant('KRAS', 'p.G12D'),
    msi({ percentUnstable: 30, usableSites: 90 }),
  ],
  [fusion('EML4', 'ALK', false), ihc('PD-L1', 'TPS 60%'), tmb(14)],
  [
    variant('ERBB2', 'p.S310F', { vaf: 0.04 }),
    variant('PTEN', 'p.R130*'),
    copyNumber('CDK4', 'amplification'),
  ],
];

/** Facts that differ in what each cache is keyed by. */
const diagnoses = ['LUAD', 'COAD', 'NSCLC', 'BRCA', 'MEL'] as const;
const dates = ['2024-06-01', '2022-01-15', '2025-03-01', '2024-02-30'] as const;
const assays: ReadonlyArray<CaseOptions> = [{}, { rna: false }, { panel: null }, { dna: false }];
const patients: ReadonlyArray<NonNullable<CaseOptions['patient']>> = [
  {},
  { age: null, birthDate: '2006-05-02', ecog: null },
  { age: 17, standardTherapyExhausted: 'unknown', priorDrugs: ['Trastuzumab', 'dabrafenib'] },
];

interface Query {
  readonly profile: number;
  readonly diagnosis: number;
  readonly date: number;
  readonly assay: number;
  readonly patient: number;
}

const caseOf = (q: Query): Case =>
  makeCase(profiles[q.profile] ?? [], {
    diagnosis: diagnoses[q.diagnosis] ?? 'LUAD',
    ...assays[q.assay],
    patient: patients[q.patient] ?? {},
  });

const asOfOf = (q: Query): string => dates[q.date] ?? '2024-06-01';

/** The answer of a table compiled for this query alone (nothing cached before it). */
const fresh = new Map<string, string>();
const freshAnswer = (q: Query): string => {
  const key = JSON.stringify(q);
  const known = fresh.get(key);
  if (known !== undefined) return known;
  const answer = JSON.stringify(match(caseOf(q), compile(bundle), { asOf: asOfOf(q) }));
  fresh.set(key, answer);
  return answer;
};

const sharedAnswer = (table: CompiledTable, q: Query): string =>
  JSON.stringify(match(caseOf(q), table, { asOf: asOfOf(q) }));

const base: Query = { profile: 0, diagnosis: 0, date: 0, assay: 0, patient: 0 };

describe('the compiled table caches', () => {
  it.each([
    ['diagnoses', { diagnosis: 0 }, { diagnosis: 3 }],
    ['diagnoses, one less specific', { diagnosis: 0 }, { diagnosis: 2 }],
    ['dates', { date: 0 }, { date: 1 }],
    ['dates, one invalid', { date: 2 }, { date: 3 }],
    ['assays', { assay: 0 }, { assay: 1 }],
    ['assays, one without a panel', { assay: 0 }, { assay: 2 }],
    ['patient facts', { patient: 0 }, { patient: 1 }],
    ['patient facts with prior drugs', { patient: 2 }, { patient: 0 }],
    ['profiles', { profile: 0 }, { profile: 3 }],
  ] as const)('answer as a fresh compile for two %s in alternating order', (_, a, b) => {
    const table = compile(bundle);
    const qa: Query = { ...base, profile: 1, ...a };
    const qb: Query = { ...base, profile: 1, ...b };
    for (const q of [qa, qb, qa, qb, qb, qa]) expect(sharedAnswer(table, q)).toBe(freshAnswer(q));
  });

  it('answer as a fresh compile for any sequence of queries', () => {
    const query = fc.record({
      profile: fc.integer({ min: 0, max: profiles.length - 1 }),
      diagnosis: fc.integer({ min: 0, max: diagnoses.length - 1 }),
      date: fc.integer({ min: 0, max: dates.length - 1 }),
      assay: fc.integer({ min: 0, max: assays.length - 1 }),
      patient: fc.integer({ min: 0, max: patients.length - 1 }),
    });
    fc.assert(
      fc.property(fc.array(query, { minLength: 2, maxLength: 12 }), (queries) => {
        const table = compile(bundle);
        for (const q of queries) expect(sharedAnswer(table, q)).toBe(freshAnswer(q));
      }),
      { numRuns: 15, seed: 8 },
    );
  });

  it('answer as a fresh compile for one diagnosis code under two names in alternating order', () => {
    const table = compile(bundle);
    const c = caseOf({ ...base, profile: 2 });
    const named = (name: string): Case => ({
      ...c,
      patient: { ...c.patient, diagnosis: { ...c.patient.diagnosis, name } },
    });
    const asOf = '2024-06-01';
    const expected = new Map(
      ['Lung Adenocarcinoma', 'Adenocarcinoma of the lung'].map((name) => [
        name,
        JSON.stringify(match(named(name), compile(bundle), { asOf })),
      ]),
    );
    for (const name of ['Lung Adenocarcinoma', 'Adenocarcinoma of the lung', 'Lung Adenocarcinoma']) {
      expect(JSON.stringify(match(named(name), table, { asOf }))).toBe(expected.get(name));
    }
  });

  it('share frozen parts between results, so a consumer cannot change the next answer', () => {
    const table = compile(bundle);
    const q: Query = { ...base, profile: 1 };
    const first = match(caseOf(q), table, { asOf: asOfOf(q) }).candidates[0];
    if (first === undefined) throw new Error('no candidate');
    expect(() => {
      (first.tumorType as { reason: string }).reason = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (first.status as { open: boolean }).open = !first.status.open;
    }).toThrow(TypeError);
    expect(sharedAnswer(table, q)).toBe(freshAnswer(q));
  });

  it('give two compiled tables nothing in common', () => {
    const a = compile(bundle);
    const b = compile(bundle);
    const q: Query = { ...base, profile: 2, diagnosis: 1 };
    sharedAnswer(a, q);
    expect(b.memo.dates.size).toBe(0);
    expect(b.memo.diagnoses.size).toBe(0);
    expect(a.memo.dates.size).toBe(1);
  });

  it('stay within their bounds over many dates and patients', () => {
    const table = compile(bundle);
    const c = caseOf({ ...base, profile: 1 });
    for (let day = 0; day < cacheBounds.dates * 2 + 5; day++) {
      const asOf = `2024-${String(1 + (day % 12)).padStart(2, '0')}-${String(1 + Math.floor(day / 12)).padStart(2, '0')}`;
      match({ ...c, patient: { ...c.patient, age: 18 + day } }, table, { asOf });
    }
    expect(table.memo.dates.size).toBeLessThanOrEqual(cacheBounds.dates);
    expect(table.memo.patients.size).toBeLessThanOrEqual(cacheBounds.patients);
    const lastDay = JSON.stringify(match(c, table, { asOf: '2024-06-01' }));
    expect(lastDay).toBe(freshAnswer({ ...base, profile: 1 }));
  });
});
