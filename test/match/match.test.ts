import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { match } from '../../src/match/match.js';
import type { Finding } from '../../src/model/case.js';
import type { Criterion } from '../../src/model/criteria.js';
import type { Candidate, MatchResult } from '../../src/model/result.js';
import { LIBRARY_VERSION } from '../../src/version.js';
import {
  cohort,
  compileFixture,
  copyNumber,
  fusion,
  indication,
  makeCase,
  msi,
  tmb,
  variant,
} from './fixtures.js';

const rasWildType: Criterion = {
  type: 'not',
  label: 'RAS wild type',
  of: {
    type: 'any',
    of: [
      { type: 'variant', gene: 'KRAS', select: { by: 'codon', codons: [12, 13, 61] } },
      { type: 'variant', gene: 'NRAS', select: { by: 'codon', codons: [12, 13, 61] } },
    ],
  },
};

const cohorts = [
  cohort({
    id: 'braf-v600',
    regimen: 'reg-a',
    criteria: { type: 'variant', gene: 'BRAF', select: { by: 'codon', codons: [600] } },
    evidence: { level: 'A', summary: 'x' },
  }),
  cohort({
    id: 'braf-v600e',
    regimen: 'reg-a',
    criteria: { type: 'variant', gene: 'BRAF', select: { by: 'change', changes: ['p.V600E'] }, minVaf: 0.05 },
    evidence: { level: 'A', summary: 'x' },
  }),
  cohort({
    id: 'erbb2-crc',
    regimen: 'reg-c',
    criteria: {
      type: 'all',
      of: [{ type: 'copy-number', gene: 'ERBB2', call: 'amplification', minCopyNumber: 6 }, rasWildType],
    },
    tumorTypes: { include: ['COADREAD'], exclude: [] },
  }),
  cohort({
    id: 'erbb2-full',
    regimen: 'reg-b',
    criteria: { type: 'copy-number', gene: 'ERBB2', call: 'amplification', minCopyNumber: 6 },
    status: [
      { date: '2020-01-01', state: 'stage1-open', enrolled: 1, sources: [], inferred: false },
      { date: '2023-01-01', state: 'stage1-full', enrolled: 8, sources: [], inferred: false },
    ],
  }),
  cohort({
    id: 'braf-closed',
    regimen: 'reg-b',
    criteria: { type: 'variant', gene: 'BRAF', select: { by: 'codon', codons: [600] } },
    status: [
      { date: '2020-01-01', state: 'closed-futility', enrolled: 8, benefit: 0, sources: [], inferred: false },
    ],
  }),
  cohort({
    id: 'ret-fusion',
    regimen: 'reg-b',
    criteria: { type: 'fusion', gene: 'RET' },
    evidence: { level: 'B', summary: 'x' },
  }),
  cohort({
    id: 'tmb-high',
    regimen: 'reg-c',
    criteria: { type: 'tmb', min: 10 },
    evidence: { level: 'C', summary: 'x' },
  }),
  cohort({
    id: 'msi-high',
    regimen: 'reg-c',
    criteria: { type: 'msi', minPercentUnstable: 20 },
    evidence: { level: 'C', summary: 'x' },
  }),
  cohort({
    id: 'cdkn2a-del',
    regimen: 'reg-b',
    criteria: { type: 'copy-number', gene: 'CDKN2A', call: 'homozygous-deletion' },
    evidence: { level: 'D', summary: 'x' },
  }),
  cohort({
    id: 'alk-fusion',
    regimen: 'reg-b',
    criteria: { type: 'fusion', gene: 'ALK' },
    tumorTypes: { include: ['SOLID'], exclude: ['NSCLC'] },
  }),
];

const selpercatinib = indication({
  id: 'retsevmo:ret-fusion-agnostic',
  drugs: ['drug-b'],
  summary: 'RET fusion-positive solid tumors',
  tumorAgnostic: true,
  biomarker: { type: 'fusion', gene: 'RET' },
  eu: { date: '2024-04-29', dateQuality: 'sourced' },
  funding: { basis: 'unknown', decisions: [] },
});
const brafMelanoma = indication({
  id: 'braf:melanoma',
  drugs: ['drug-a'],
  tumorTypes: ['MEL'],
  biomarker: { type: 'variant', gene: 'BRAF', select: { by: 'codon', codons: [600] } },
  eu: { date: '2015-08-25', dateQuality: 'sourced' },
  funding: {
    basis: 'pending',
    decisions: [{ date: '2016-04-24', dateQuality: 'sourced', decision: 'funded', sources: ['s'] }],
  },
});

const table = compileFixture(cohorts, { indications: [selpercatinib, brafMelanoma] });
const asOf = '2024-06-01';
const byId = (r: MatchResult, id: string): Candidate => {
  const c = r.candidates.find((x) => x.cohortId === id);
  if (c === undefined)
    throw new Error(`no candidate ${id}: ${r.candidates.map((x) => x.cohortId).join(', ')}`);
  return c;
};

describe('compile', () => {
  it('builds an index of gene and biomarker keys to cohorts, without wild-type genes', () => {
    const keys = [...table.index.keys()].sort();
    expect(keys).toEqual([
      'gene:HGNC:1097',
      'gene:HGNC:1787',
      'gene:HGNC:3430',
      'gene:HGNC:427',
      'gene:HGNC:9967',
      'msi',
      'tmb',
    ]);
    const ids = (key: string) => (table.index.get(key) ?? []).map((i) => table.cohorts[i]?.cohort.id);
    expect(ids('gene:HGNC:1097')).toEqual(['braf-closed', 'braf-v600', 'braf-v600e']);
    expect(ids('gene:HGNC:3430')).toEqual(['erbb2-crc', 'erbb2-full']);
    expect(table.index.has('gene:HGNC:6407')).toBe(false); // KRAS only in a wild-type requirement
    expect(table.genesNamed.has('HGNC:6407')).toBe(true);
  });

  it('reports an unknown gene symbol as an issue and leaves the criterion unknown', () => {
    const t = compileFixture([
      cohort({
        id: 'bad',
        criteria: { type: 'variant', gene: 'NOTAGENE1', select: { by: 'class', class: 'truncating' } },
      }),
    ]);
    expect(t.issues.map((i) => i.code)).toEqual(['unresolved_criterion_gene']);
    expect(t.issues[0]?.path).toEqual(['cohorts', 0, 'criteria', 'gene']);
    expect(match(makeCase([]), t, { asOf }).issues.map((i) => i.code)).toEqual(['unresolved_criterion_gene']);
  });
});

describe('match', () => {
  it('carries table id, version, hash, as-of date and library version', () => {
    const r = match(makeCase([]), table, { asOf });
    expect(r.table).toEqual({ id: 'fixture', version: '2024.1', hash: 'sha256:fixture' });
    expect(r.asOf).toBe(asOf);
    expect(r.library).toEqual({ name: 'mtb-match', version: LIBRARY_VERSION });
    expect(r.patient.diagnosis.path).toEqual(['TISSUE', 'LUNG', 'NSCLC', 'LUAD']);
  });

  it('only considers cohorts the findings reach', () => {
    const r = match(makeCase([variant('BRAF', 'p.V600E')]), table, { asOf });
    expect(r.candidates.map((c) => c.cohortId).sort()).toEqual(['braf-closed', 'braf-v600', 'braf-v600e']);
  });

  it('is eligible off-label, with reasons', () => {
    const r = match(makeCase([variant('BRAF', 'p.V600E')], { diagnosis: 'PAAD' }), table, { asOf });
    const c = byId(r, 'braf-v600e');
    expect(c.verdict).toBe('eligible');
    expect(c.access.status).toBe('off-label');
    expect(c.molecular).toBe('met');
    expect(c.matchedFindings).toEqual(['sv:BRAF:p.V600E']);
    expect(c.reasons.map((x) => x.code)).toEqual([
      'molecular-met',
      'tumor-type-included',
      'off-label',
      'cohort-open',
    ]);
    expect(c.status.slotsLeft).toBe(6);
  });

  it('routes an on-label, funded use to standard care (ineligible, near miss access)', () => {
    const r = match(makeCase([variant('BRAF', 'p.V600E')], { diagnosis: 'SKCM' }), table, { asOf });
    const c = byId(r, 'braf-v600');
    expect(c.access.status).toBe('on-label');
    expect(c.access.indication?.id).toBe('braf:melanoma');
    expect(c.verdict).toBe('ineligible');
    expect(r.nearMisses).toContainEqual(expect.objectContaining({ cohortId: 'braf-v600', kind: 'access' }));
  });

  it('shows the gap: a tumor-agnostic label without Norwegian funding, and the same case before the EU date', () => {
    const c = makeCase([fusion('CCDC6', 'RET')], { diagnosis: 'PAAD' });
    const after = byId(match(c, table, { asOf }), 'ret-fusion');
    expect(after.access.status).toBe('on-label-unfunded');
    expect(after.access.indication?.euDate).toBe('2024-04-29');
    expect(after.verdict).toBe('ineligible');
    expect(after.reasons[0]).toMatchObject({ code: 'access-on-label-unfunded', effect: 'blocks' });
    const before = byId(match(c, table, { asOf: '2023-06-01' }), 'ret-fusion');
    expect(before.access.status).toBe('off-label');
    expect(before.access.later.map((l) => l.euDate)).toEqual(['2024-04-29']);
    expect(before.verdict).toBe('eligible');
  });

  it('needs review when the required wild type was not confirmed', () => {
    const amp = copyNumber('ERBB2', 'amplification', { copyNumber: 10 });
    const r = match(makeCase([amp], { diagnosis: 'COAD', dna: true, panel: 'UNKNOWN-PANEL' }), table, {
      asOf,
    });
    const c = byId(r, 'erbb2-crc');
    expect(c.molecular).toBe('unknown');
    expect(c.verdict).toBe('needs-review');
    expect(c.reasons.find((x) => x.code === 'wild-type-not-confirmed')?.message).toMatch(
      /RAS wild type: absence not confirmed/,
    );
    expect(r.nearMisses).toContainEqual(
      expect.objectContaining({ cohortId: 'erbb2-crc', kind: 'wild-type' }),
    );
  });

  it('vetoes with a resistance finding', () => {
    const amp = copyNumber('ERBB2', 'amplification', { copyNumber: 10 });
    const kras = variant('KRAS', 'p.G12D');
    const r = match(makeCase([amp, kras], { diagnosis: 'COAD' }), table, { asOf });
    const c = byId(r, 'erbb2-crc');
    expect(c.verdict).toBe('ineligible');
    expect(c.reasons[0]?.code).toBe('resistance-veto');
    expect(r.nearMisses.find((m) => m.cohortId === 'erbb2-crc')?.message).toMatch(
      /RAS wild type: vetoed: .*KRAS p\.G12D/,
    );
    expect(r.findings.find((f) => f.key === kras.key)).toMatchObject({
      status: 'matched',
      cohorts: ['erbb2-crc'],
      reason: 'vetoes erbb2-crc',
    });
    // With RAS wild type confirmed on the panel, the same cohort is eligible.
    expect(byId(match(makeCase([amp], { diagnosis: 'COAD' }), table, { asOf }), 'erbb2-crc').verdict).toBe(
      'eligible',
    );
  });

  it('excludes by tumor type, with a near miss', () => {
    const r = match(makeCase([fusion('EML4', 'ALK')], { diagnosis: 'LUAD' }), table, { asOf });
    const c = byId(r, 'alk-fusion');
    expect(c.verdict).toBe('ineligible');
    expect(c.tumorType.decidedBy).toEqual({ rule: 'exclude', code: 'NSCLC' });
    expect(r.nearMisses).toContainEqual({
      cohortId: 'alk-fusion',
      drugs: ['drug-b'],
      kind: 'tumor-type',
      message: c.tumorType.reason,
    });
  });

  it('blocks closed and full cohorts, with near misses', () => {
    const r = match(
      makeCase([variant('BRAF', 'p.V600E'), copyNumber('ERBB2', 'amplification', { copyNumber: 9 })], {
        diagnosis: 'PAAD',
      }),
      table,
      { asOf },
    );
    expect(byId(r, 'braf-closed').verdict).toBe('ineligible');
    expect(byId(r, 'braf-closed').status.reason).toMatch(/Closed for futility/);
    expect(byId(r, 'erbb2-full').status.state).toBe('stage1-full');
    expect(byId(r, 'erbb2-full').verdict).toBe('ineligible');
    expect(r.nearMisses.filter((m) => m.kind === 'status').map((m) => m.cohortId)).toEqual([
      'braf-closed',
      'erbb2-full',
    ]);
  });

  it('needs review when ECOG is missing, and excludes prior use of the drug', () => {
    const f = [variant('BRAF', 'p.V600E')];
    const noEcog = byId(
      match(makeCase(f, { diagnosis: 'PAAD', patient: { ecog: null } }), table, { asOf }),
      'braf-v600',
    );
    expect(noEcog.verdict).toBe('needs-review');
    expect(noEcog.reasons.map((x) => x.code)).toContain('clinical-ecog-unknown');
    const prior = match(makeCase(f, { diagnosis: 'PAAD', patient: { priorDrugs: ['drug-a'] } }), table, {
      asOf,
    });
    expect(byId(prior, 'braf-v600').verdict).toBe('ineligible');
    expect(prior.nearMisses).toContainEqual(
      expect.objectContaining({
        cohortId: 'braf-v600',
        kind: 'clinical',
        message: 'already treated with drug-a',
      }),
    );
  });

  it('is not-evaluable when reached but undecidable without positive evidence', () => {
    const r = match(makeCase([variant('CDKN2A', 'p.R80*')], { diagnosis: 'PAAD' }), table, { asOf });
    const c = byId(r, 'cdkn2a-del');
    expect(c.molecular).toBe('unknown');
    expect(c.verdict).toBe('not-evaluable');
  });

  it('ranks by verdict, evidence level, specificity, openness and id', () => {
    const r = match(
      makeCase(
        [
          variant('BRAF', 'p.V600E'),
          tmb(20),
          copyNumber('ERBB2', 'amplification', { copyNumber: 9 }),
          msi({ status: 'MSI-H' }),
          fusion('CCDC6', 'RET'),
        ],
        { diagnosis: 'PAAD', patient: { ecog: null } },
      ),
      table,
      { asOf: '2023-01-02' },
    );
    expect(r.candidates.map((c) => [c.cohortId, c.verdict, c.evidenceLevel, c.specificity])).toEqual([
      ['braf-v600e', 'needs-review', 'A', 'change'],
      ['braf-v600', 'needs-review', 'A', 'codon'],
      ['ret-fusion', 'needs-review', 'B', 'gene'],
      ['msi-high', 'needs-review', 'C', 'biomarker'],
      ['tmb-high', 'needs-review', 'C', 'biomarker'],
      ['braf-closed', 'ineligible', 'B', 'codon'],
      ['erbb2-crc', 'ineligible', 'B', 'gene'], // open: before the full cohort of the same rank
      ['erbb2-full', 'ineligible', 'B', 'gene'],
    ]);
    expect(r.candidates.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.drugs.map((d) => [d.drug, d.bestVerdict])).toEqual([
      ['drug-a', 'needs-review'],
      ['drug-b', 'needs-review'],
      ['drug-c', 'needs-review'],
      ['drug-d', 'needs-review'],
    ]);
    expect(r.drugs[0]?.cohorts.map((c) => c.cohortId)).toEqual(['braf-v600', 'braf-v600e']);
  });

  it('names near misses on the same gene by variant and threshold', () => {
    const r = match(makeCase([variant('BRAF', 'p.G469A'), tmb(3)], { diagnosis: 'PAAD' }), table, { asOf });
    expect(r.nearMisses).toEqual(
      expect.arrayContaining([
        {
          cohortId: 'braf-v600',
          drugs: ['drug-a'],
          kind: 'variant',
          message: 'BRAF codon 600 change: BRAF p.G469A is at codon 469, not codon 600',
        },
        {
          cohortId: 'tmb-high',
          drugs: ['drug-c', 'drug-d'],
          kind: 'threshold',
          message: 'TMB >= 10 mut/Mb: TMB 3 mut/Mb below 10',
        },
      ]),
    );
    const vaf = match(makeCase([variant('BRAF', 'p.V600E', { vaf: 0.03 })], { diagnosis: 'PAAD' }), table, {
      asOf,
    });
    expect(vaf.nearMisses).toContainEqual(
      expect.objectContaining({
        cohortId: 'braf-v600e',
        kind: 'threshold',
        message: expect.stringMatching(/VAF 0\.03 below 0\.05/),
      }),
    );
  });

  it('accounts for every finding', () => {
    const findings: Finding[] = [
      variant('BRAF', 'p.V600E'),
      variant('BRAF', 'p.V600=', { variantClass: 'synonymous' }),
      variant('ERBB2', 'p.P1170A'),
      variant('ATM', 'p.R3008C'),
      variant('ZNF208', 'p.R20C'),
      tmb(3),
    ];
    const rejected = [{ summary: 'HER-2x p.V600E', source: { file: 'case.tsv', line: 9 }, issues: [] }];
    const r = match(makeCase(findings, { diagnosis: 'PAAD', rejected }), table, { asOf });
    expect(r.findings).toHaveLength(findings.length + rejected.length);
    const status = Object.fromEntries(
      r.findings.map((f) => [`${f.gene ?? ''} ${f.change}`, [f.status, f.reason]]),
    );
    expect(status).toEqual({
      'BRAF p.V600E': ['matched', 'meets the criteria of braf-closed, braf-v600, braf-v600e'],
      'BRAF p.V600=': ['not-actionable', 'synonymous variant: does not change the protein'],
      'ERBB2 p.P1170A': [
        'not-actionable',
        'variant of unknown significance for this table: no cohort criterion selects it',
      ],
      'ATM p.R3008C': ['not-actionable', 'no cohort of the table names this gene'],
      'ZNF208 p.R20C': ['off-panel', 'not assessed by TSO500 for this kind of alteration'],
      ' TMB 3 mut/Mb': ['not-actionable', 'meets no cohort criterion: TMB 3 mut/Mb below 10 (tmb-high)'],
      ' HER-2x p.V600E': ['rejected', 'rejected at input'],
    });
    expect(r.summary.findings).toEqual({ matched: 1, 'not-actionable': 4, 'off-panel': 1, rejected: 1 });
  });

  it('lists what the panel did not test for cohorts it could not reach', () => {
    const r = match(makeCase([], { diagnosis: 'PAAD', rna: false }), table, { asOf });
    expect(r.candidates).toEqual([]);
    expect(r.untested.map((u) => [u.gene, u.what, u.cohorts])).toEqual([
      [null, 'msi', ['msi-high']],
      [null, 'tmb', ['tmb-high']],
      ['ALK', 'fusion', ['alk-fusion']],
      ['CDKN2A', 'deletion', ['cdkn2a-del']],
      ['RET', 'fusion', ['ret-fusion']],
    ]);
    expect(r.untested.find((u) => u.gene === 'RET')?.message).toBe(
      'RET fusions not assessed for this sample (no RNA arm): cohort ret-fusion could be met by one',
    );
  });

  it('reports an invalid as-of date as an issue, without throwing', () => {
    const r = match(makeCase([variant('BRAF', 'p.V600E')]), table, { asOf: '2024-02-30' });
    expect(r.issues.map((i) => i.code)).toEqual(['invalid_as_of']);
    expect(r.candidates).toEqual([]);
    expect(r.findings).toHaveLength(1);
  });

  it('warns when the table is not yet in force on the date', () => {
    expect(match(makeCase([]), table, { asOf: '2019-01-01' }).issues.map((i) => i.code)).toEqual([
      'table_not_in_force',
    ]);
  });
});

describe('match properties', () => {
  const pool: ReadonlyArray<Finding> = [
    variant('BRAF', 'p.V600E', { line: 3 }),
    variant('BRAF', 'p.G469A', { line: 4 }),
    variant('KRAS', 'p.G12D', { line: 5 }),
    variant('BRCA2', 'p.S1982Rfs*22', { line: 6 }),
    copyNumber('ERBB2', 'amplification', { copyNumber: 11 }),
    copyNumber('CDKN2A', 'deletion'),
    fusion('CCDC6', 'RET'),
    fusion('EML4', 'ALK', false),
    tmb(14),
    msi({ percentUnstable: 3, usableSites: 80, status: 'MSS' }),
    variant('TP53', 'p.R273H', { line: 9 }),
  ];
  const diagnoses = ['PAAD', 'COAD', 'LUAD', 'SKCM', 'NSCLC'];

  it('gives a byte-identical result whatever the finding order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...pool]),
        fc.constantFrom(...diagnoses),
        fc.constantFrom('2023-01-01', '2024-06-01'),
        fc.infiniteStream(fc.nat()),
        (subset, diagnosis, date, seeds) => {
          const keyed = subset.map((f) => ({ f, k: seeds.next().value as number }));
          const permuted = [...keyed].sort((a, b) => a.k - b.k).map((x) => x.f);
          const a = JSON.stringify(match(makeCase(subset, { diagnosis }), table, { asOf: date }));
          const b = JSON.stringify(match(makeCase(permuted, { diagnosis }), table, { asOf: date }));
          expect(b).toBe(a);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('changes nothing but the findings list when a finding in a gene no rule names is added', () => {
    fc.assert(
      fc.property(fc.subarray([...pool]), fc.constantFrom(...diagnoses), (subset, diagnosis) => {
        const without = match(makeCase(subset, { diagnosis }), table, { asOf });
        const extra = variant('ATM', 'p.R3008C');
        const withIt = match(makeCase([...subset, extra], { diagnosis }), table, { asOf });
        const { findings: f1, summary: s1, ...rest1 } = without;
        const { findings: f2, summary: s2, ...rest2 } = withIt;
        expect(JSON.stringify(rest2)).toBe(JSON.stringify(rest1));
        expect(f2.filter((f) => f.key !== extra.key)).toEqual(f1);
        expect({ ...s2, findings: undefined }).toEqual({ ...s1, findings: undefined });
      }),
      { numRuns: 40 },
    );
  });

  it('gives identical results for 1-letter / 3-letter notation, alias symbols and fusion partner order', () => {
    const a = makeCase(
      [variant('BRAF', 'p.V600E'), variant('ERBB2', 'p.S310F'), fusion('EML4', 'ALK', false)],
      { diagnosis: 'PAAD' },
    );
    const b = makeCase(
      [
        variant('braf', 'p.(Val600Glu)'),
        variant('HER2', 'NP_004439.2:p.Ser310Phe'),
        fusion('ALK', 'EML4', false),
      ],
      { diagnosis: 'PAAD' },
    );
    expect(JSON.stringify(match(b, table, { asOf }))).toBe(JSON.stringify(match(a, table, { asOf })));
  });
});

describe('reach', () => {
  it('does not make a synonymous variant or a neutral copy number reach cohorts', () => {
    const r = match(
      makeCase([variant('BRAF', 'p.V600=', { variantClass: 'synonymous' }), copyNumber('ERBB2', 'neutral')], {
        diagnosis: 'PAAD',
      }),
      table,
      { asOf },
    );
    expect(r.candidates).toEqual([]);
    expect(r.findings.map((f) => f.status)).toEqual(['not-actionable', 'not-actionable']);
  });
});

describe('totality', () => {
  it('never throws, whatever the date string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (asOf) => {
        const r = match(makeCase([variant('BRAF', 'p.V600E'), tmb(12)]), table, { asOf });
        expect(r.findings).toHaveLength(2);
      }),
      { numRuns: 100 },
    );
  });
});

describe('table problems and counts', () => {
  it('reports a cohort whose regimen or partner is missing, and still matches it', () => {
    const t = compileFixture(
      [
        cohort({ id: 'orphan', regimen: 'nope', criteria: { type: 'tmb', min: 10 } }),
        cohort({ id: 'lost', regimen: 'reg-x', criteria: { type: 'tmb', min: 10 } }),
      ],
      {
        regimens: [
          { id: 'reg-x', drugs: [{ inn: 'drug-x' }], route: 'oral', partner: 'ghost', inferred: false },
        ],
      },
    );
    expect(t.issues.map((i) => i.code)).toEqual(['missing_partner', 'missing_regimen']);
    expect(t.issues[0]?.path).toEqual(['regimens', 0, 'partner']);
    const r = match(makeCase([tmb(20)], { diagnosis: 'PAAD' }), t, { asOf });
    expect(r.candidates.map((c) => [c.cohortId, c.drugs, c.status.partner.id])).toEqual([
      ['lost', ['drug-x'], 'ghost'],
      ['orphan', [], 'unknown'],
    ]);
  });

  it('asks for review when an open cohort has no slots left by its count', () => {
    const t = compileFixture([
      cohort({
        id: 'packed',
        criteria: { type: 'tmb', min: 10 },
        status: [{ date: '2020-01-01', state: 'stage1-open', enrolled: 8, sources: [], inferred: false }],
      }),
    ]);
    const c = match(makeCase([tmb(20)], { diagnosis: 'PAAD' }), t, { asOf }).candidates[0];
    expect(c?.verdict).toBe('needs-review');
    expect(c?.reasons.map((x) => x.code)).toContain('no-slots-left');
  });
});
