import { describe, expect, it } from 'vitest';
import { evaluateAccess, fundingOn } from '../../src/match/access.js';
import { ageOn, evaluateClinical } from '../../src/match/clinical.js';
import { defaultVocabulary } from '../../src/match/default-vocabulary.js';
import { groupFindings, sortFindings } from '../../src/match/case-findings.js';
import { statusOn } from '../../src/match/status.js';
import { evaluateTumorType } from '../../src/match/tumor-type.js';
import type { Finding } from '../../src/model/case.js';
import type { Indication } from '../../src/model/approvals.js';
import type { StatusEvent } from '../../src/model/table.js';
import { cohort, compileFixture, fusion, indication, makeCase, tmb } from './fixtures.js';

const dx = (code: string) => makeCase([], { diagnosis: code }).patient.diagnosis;

describe('tumor type', () => {
  const v = defaultVocabulary;
  it('includes via an ancestor and names the path and entry', () => {
    const t = evaluateTumorType({ include: ['NSCLC'], exclude: [] }, dx('LUAD'), v);
    expect(t.outcome).toBe('met');
    expect(t.path).toEqual(['TISSUE', 'LUNG', 'NSCLC', 'LUAD']);
    expect(t.decidedBy).toEqual({ rule: 'include', code: 'NSCLC' });
    expect(t.reason).toMatch(/included \(under NSCLC\)/);
  });
  it('lets an exclusion win over SOLID', () => {
    const t = evaluateTumorType({ include: ['SOLID'], exclude: ['COADREAD'] }, dx('COAD'), v);
    expect(t.outcome).toBe('not-met');
    expect(t.decidedBy).toEqual({ rule: 'exclude', code: 'COADREAD' });
  });
  it('names the most specific covering entry', () => {
    const t = evaluateTumorType({ include: ['SOLID', 'LUNG', 'NSCLC'], exclude: [] }, dx('LUAD'), v);
    expect(t.decidedBy?.code).toBe('NSCLC');
  });
  it('is not-met outside the included types', () => {
    const t = evaluateTumorType({ include: ['NSCLC'], exclude: [] }, dx('PAAD'), v);
    expect(t.outcome).toBe('not-met');
    expect(t.decidedBy).toBeNull();
  });
  it('is unknown when the diagnosis is less specific than an included or excluded type', () => {
    expect(evaluateTumorType({ include: ['LUAD'], exclude: [] }, dx('NSCLC'), v).outcome).toBe('unknown');
    expect(evaluateTumorType({ include: ['SOLID'], exclude: ['LUAD'] }, dx('NSCLC'), v).outcome).toBe(
      'unknown',
    );
  });
  it('keeps hematologic tumors out of SOLID', () => {
    expect(evaluateTumorType({ include: ['SOLID'], exclude: [] }, dx('AML'), v).outcome).toBe('not-met');
  });
});

describe('funding on a date', () => {
  const history: Indication['funding'] = {
    basis: 'pending',
    decisions: [
      {
        date: '2022-10-27',
        dateQuality: 'sourced',
        decision: 'funded',
        methodId: 'ID2021_001',
        sources: ['s'],
      },
      {
        date: '2021-11-22',
        dateQuality: 'sourced',
        decision: 'refused',
        methodId: 'ID2021_001',
        sources: ['s'],
      },
    ],
  };
  it.each([
    ['2021-01-01', 'pending', null],
    ['2021-11-22', 'refused', '2021-11-22'],
    ['2022-10-26', 'refused', '2021-11-22'],
    ['2022-10-27', 'funded', '2022-10-27'],
    ['2025-01-01', 'funded', '2022-10-27'],
  ])('on %s: %s', (asOf, status, decided) => {
    const f = fundingOn(history, asOf);
    expect(f.status).toBe(status);
    expect(f.decision?.date ?? null).toBe(decided);
  });
  it('treats predates-system as funded from the start and an exemption as pending', () => {
    expect(fundingOn({ basis: 'predates-system', decisions: [] }, '2010-01-01').status).toBe(
      'predates-system',
    );
    expect(
      fundingOn(
        {
          basis: 'pending',
          decisions: [{ date: '2019-09-19', dateQuality: 'sourced', decision: 'exemption', sources: ['s'] }],
        },
        '2020-01-01',
      ).status,
    ).toBe('pending');
  });
});

describe('access on a date', () => {
  // Selpercatinib's tumor-agnostic RET-fusion label: EU 2024-04-29, no Norwegian decision found.
  const selpercatinib = indication({
    id: 'retsevmo:ret-fusion-agnostic',
    drugs: ['drug-a'],
    summary: 'RET fusion-positive solid tumors (tumor-agnostic)',
    tumorTypes: ['SOLID'],
    tumorAgnostic: true,
    biomarker: { type: 'fusion', gene: 'RET' },
    minAge: 18,
    eu: { date: '2024-04-29', dateQuality: 'sourced' },
    funding: { basis: 'unknown', decisions: [] },
  });
  const table = compileFixture([cohort({ id: 'ret', criteria: { type: 'fusion', gene: 'RET' } })], {
    indications: [selpercatinib],
  });
  const access = (findings: ReadonlyArray<Finding>, asOf: string, age: number | null = 60) => {
    const c = makeCase(findings, { diagnosis: 'PAAD' });
    const ctx = {
      vocabulary: table.vocabulary,
      assay: c.sample.assay,
      findings: groupFindings(sortFindings(findings)),
    };
    return evaluateAccess(
      table.cohorts[0]?.indications ?? [],
      { diagnosis: c.patient.diagnosis, age },
      ctx,
      asOf,
    );
  };

  it('is on-label-unfunded after the EU date with no Norwegian decision, naming both', () => {
    const a = access([fusion('CCDC6', 'RET')], '2024-06-01');
    expect(a.status).toBe('on-label-unfunded');
    expect(a.indication?.id).toBe('retsevmo:ret-fusion-agnostic');
    expect(a.indication?.euDate).toBe('2024-04-29');
    expect(a.indication?.funding).toBe('unknown');
    expect(a.reason).toMatch(
      /not funded in Norway on 2024-06-01.*EU approval 2024-04-29; Nye metoder: no decision found/,
    );
  });

  it('is off-label before the EU date and lists the later approval', () => {
    const a = access([fusion('CCDC6', 'RET')], '2023-06-01');
    expect(a.status).toBe('off-label');
    expect(a.indication).toBeNull();
    expect(a.later.map((l) => l.id)).toEqual(['retsevmo:ret-fusion-agnostic']);
    expect(a.reason).toMatch(/later EU approval: retsevmo:ret-fusion-agnostic on 2024-04-29/);
  });

  it('is off-label when the label biomarker is absent', () => {
    expect(access([tmb(30)], '2024-06-01').status).toBe('off-label');
  });

  it('lists a label as possible when its biomarker cannot be decided', () => {
    const c = makeCase([tmb(30)], { diagnosis: 'PAAD', rna: false });
    const ctx = { vocabulary: table.vocabulary, assay: c.sample.assay, findings: groupFindings(c.findings) };
    const a = evaluateAccess(
      table.cohorts[0]?.indications ?? [],
      { diagnosis: c.patient.diagnosis, age: 60 },
      ctx,
      '2024-06-01',
    );
    expect(a.status).toBe('off-label');
    expect(a.possible.map((p) => p.biomarker)).toEqual(['unknown']);
  });

  it('checks the label age range (unknown age -> possible)', () => {
    expect(access([fusion('CCDC6', 'RET')], '2024-06-01', 12).status).toBe('off-label');
    const unknownAge = access([fusion('CCDC6', 'RET')], '2024-06-01', null);
    expect(unknownAge.status).toBe('off-label');
    expect(unknownAge.possible).toHaveLength(1);
  });

  it('follows a decision history: refused, then funded', () => {
    const funded = compileFixture([cohort({ id: 'ret', criteria: { type: 'fusion', gene: 'RET' } })], {
      indications: [
        {
          ...selpercatinib,
          funding: {
            basis: 'pending',
            decisions: [
              {
                date: '2024-09-01',
                dateQuality: 'sourced',
                decision: 'refused',
                methodId: 'ID2024_001',
                sources: ['s'],
              },
              {
                date: '2025-02-01',
                dateQuality: 'sourced',
                decision: 'funded',
                methodId: 'ID2024_001',
                usableFrom: '2025-03-01',
                sources: ['s'],
              },
            ],
          },
        },
      ],
    });
    const at = (asOf: string) => {
      const f = [fusion('CCDC6', 'RET')];
      const c = makeCase(f, { diagnosis: 'PAAD' });
      const ctx = { vocabulary: funded.vocabulary, assay: c.sample.assay, findings: groupFindings(f) };
      return evaluateAccess(
        funded.cohorts[0]?.indications ?? [],
        { diagnosis: c.patient.diagnosis, age: 60 },
        ctx,
        asOf,
      );
    };
    expect(at('2024-06-01').indication?.funding).toBe('pending');
    const refused = at('2024-10-01');
    expect(refused.status).toBe('on-label-unfunded');
    expect(refused.reason).toMatch(/refused on 2024-09-01 \(ID2024_001\)/);
    // Decided on 2025-02-01 but usable only from 2025-03-01: the refusal is still in effect before that.
    const decidedNotUsable = at('2025-02-15');
    expect(decidedNotUsable.status).toBe('on-label-unfunded');
    expect(decidedNotUsable.reason).toMatch(/refused on 2024-09-01/);
    const nowFunded = at('2025-03-01');
    expect(nowFunded.status).toBe('on-label');
    expect(nowFunded.indication?.decision).toEqual({
      date: '2025-02-01',
      decision: 'funded',
      methodId: 'ID2024_001',
      usableFrom: '2025-03-01',
    });
    expect(nowFunded.reason).toMatch(/usable from 2025-03-01/);
  });

  it('prefers a funded label over an unfunded one', () => {
    const t = compileFixture([cohort({ id: 'ret', criteria: { type: 'fusion', gene: 'RET' } })], {
      indications: [
        selpercatinib,
        indication({
          id: 'old:pancreas',
          drugs: ['drug-a'],
          tumorTypes: ['PANCREAS'],
          eu: { date: '2024-05-01', dateQuality: 'sourced' },
          funding: { basis: 'predates-system', decisions: [] },
        }),
      ],
    });
    const f = [fusion('CCDC6', 'RET')];
    const c = makeCase(f, { diagnosis: 'PAAD' });
    const a = evaluateAccess(
      t.cohorts[0]?.indications ?? [],
      { diagnosis: c.patient.diagnosis, age: 60 },
      { vocabulary: t.vocabulary, assay: c.sample.assay, findings: groupFindings(f) },
      '2024-06-01',
    );
    expect(a.status).toBe('on-label');
    expect(a.indication?.id).toBe('old:pancreas');
  });
});

describe('cohort status on a date', () => {
  const stages = { stage1Size: 8, stage1MinBenefit: 1, stage2Size: 24, positiveAt: 5, expansionMax: 150 };
  const partner = { id: 'p', name: 'Partner', slots: 24 };
  const e = (date: string, state: StatusEvent['state'], extra: Partial<StatusEvent> = {}): StatusEvent => ({
    date,
    state,
    sources: [],
    inferred: false,
    ...extra,
  });
  const timeline = [
    e('2021-03-01', 'stage1-open', { enrolled: 3 }),
    e('2022-01-10', 'stage1-full', { enrolled: 8 }),
    e('2022-06-01', 'stage2-open', { enrolled: 10, benefit: 2 }),
    e('2023-09-01', 'closed-negative', { enrolled: 24, benefit: 3 }),
  ];

  it.each([
    ['2021-01-01', 'planned', false, null],
    ['2021-03-01', 'stage1-open', true, 5],
    ['2022-02-01', 'stage1-full', false, null],
    ['2022-07-01', 'stage2-open', true, 14],
    ['2024-01-01', 'closed-negative', false, null],
  ])('on %s: %s', (asOf, state, open, slots) => {
    const s = statusOn(timeline, stages, partner, asOf);
    expect(s.state).toBe(state);
    expect(s.open).toBe(open);
    expect(s.slotsLeft).toBe(slots);
    expect(s.partner).toEqual(partner);
  });
  it('says why in words', () => {
    expect(statusOn(timeline, stages, partner, '2022-02-01').reason).toMatch(
      /^Stage 1 full, awaiting the benefit evaluation since 2022-01-10; 8 enrolled/,
    );
    expect(statusOn(timeline, stages, partner, '2024-01-01').reason).toMatch(
      /^Closed, negative .* since 2023-09-01/,
    );
    expect(statusOn(timeline, stages, partner, '2020-01-01').reason).toMatch(/Not yet open on 2020-01-01/);
  });
});

describe('clinical criteria', () => {
  const eligibility = {
    minAge: 18,
    maxEcog: 2,
    requireStandardTherapyExhausted: true,
    excludePriorUseOfRegimenDrugs: true,
  };
  const patient = makeCase([]).patient;
  it('computes age on the as-of date from the birth date', () => {
    expect(ageOn({ birthDate: '2006-06-15', age: 99 }, '2024-06-14')).toBe(17);
    expect(ageOn({ birthDate: '2006-06-15', age: 99 }, '2024-06-15')).toBe(18);
    const [age] = evaluateClinical({ ...patient, birthDate: '2006-06-15' }, eligibility, [], '2024-06-14');
    expect(age?.outcome).toBe('not-met');
  });
  it('gives unknown, never exclusion, for unknown facts', () => {
    const out = evaluateClinical(
      { ...patient, age: null, ecog: null, standardTherapyExhausted: 'unknown' },
      eligibility,
      [],
      '2024-01-01',
    );
    expect(out.map((o) => [o.criterion, o.outcome])).toEqual([
      ['age', 'unknown'],
      ['ecog', 'unknown'],
      ['standard-therapy-exhausted', 'unknown'],
      ['prior-drug', 'met'],
    ]);
  });
  it('excludes prior use of a regimen drug and ECOG above the maximum', () => {
    const out = evaluateClinical(
      { ...patient, ecog: 3, priorDrugs: ['Drug-B'] },
      eligibility,
      ['drug-a', 'drug-b'],
      '2024-01-01',
    );
    expect(out[1]?.outcome).toBe('not-met');
    expect(out[3]).toEqual({
      criterion: 'prior-drug',
      outcome: 'not-met',
      reason: 'already treated with drug-b',
    });
  });
});
