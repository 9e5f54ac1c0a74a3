import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../src/match/evaluate.js';
import { groupFindings, sortFindings } from '../../src/match/case-findings.js';
import type { MatchVocabulary } from '../../src/match/vocabulary.js';
import type { Finding } from '../../src/model/case.js';
import type { Criterion } from '../../src/model/criteria.js';
import type { EvaluatedCriterion } from '../../src/model/result.js';
import type { CaseOptions } from './fixtures.js';
import {
  cohort,
  compileFixture,
  copyNumber,
  fusion,
  hrd,
  ihc,
  makeCase,
  msi,
  splice,
  tmb,
  variant,
  vocabularyWith,
} from './fixtures.js';

const evaluate = (
  criteria: Criterion,
  findings: ReadonlyArray<Finding>,
  options: CaseOptions & { vocabulary?: MatchVocabulary } = {},
): EvaluatedCriterion => {
  const compiled = compileFixture(
    [cohort({ id: 'c', criteria })],
    options.vocabulary ? { vocabulary: options.vocabulary } : {},
  );
  const c = makeCase(findings, options);
  const first = compiled.cohorts[0];
  if (first === undefined) throw new Error('no cohort');
  const ctx = {
    vocabulary: compiled.vocabulary,
    assay: c.sample.assay,
    findings: groupFindings(sortFindings(c.findings)),
  };
  return evaluateCriterion(first.criteria, ctx).tree;
};

type Row = readonly [
  string,
  Criterion,
  ReadonlyArray<Finding>,
  CaseOptions & { vocabulary?: MatchVocabulary },
  string,
  RegExp,
];

const braf600: Criterion = { type: 'variant', gene: 'BRAF', select: { by: 'codon', codons: [600] } };
const v600e: Criterion = {
  type: 'variant',
  gene: 'BRAF',
  select: { by: 'change', changes: ['p.Val600Glu'] },
};
const egfrEx20: Criterion = {
  type: 'variant',
  gene: 'EGFR',
  select: { by: 'exon', exons: [20], classes: ['inframe-insertion', 'inframe-duplication'] },
};
const brca2Trunc: Criterion = {
  type: 'variant',
  gene: 'BRCA2',
  select: { by: 'class', class: 'truncating' },
};
const erbb2Act: Criterion = { type: 'variant', gene: 'ERBB2', select: { by: 'class', class: 'activating' } };
const erbb2Amp: Criterion = {
  type: 'copy-number',
  gene: 'ERBB2',
  call: 'amplification',
  minCopyNumber: 6,
  minFoldChange: 2,
};
const cdkn2aDel: Criterion = { type: 'copy-number', gene: 'CDKN2A', call: 'homozygous-deletion' };
const brca2Bi: Criterion = { type: 'biallelic', gene: 'BRCA2' };
const retFusion: Criterion = { type: 'fusion', gene: 'RET' };
const alkEml4: Criterion = { type: 'fusion', gene: 'ALK', partner: 'EML4', role: 'three-prime' };
const metEx14: Criterion = { type: 'splice', gene: 'MET', exons: '14' };
const tmb10: Criterion = { type: 'tmb', min: 10 };
const msiH: Criterion = { type: 'msi', minPercentUnstable: 20, minUsableSites: 40 };
const hrd42: Criterion = { type: 'hrd', min: 42 };
const her2: Criterion = { type: 'ihc', marker: 'HER2', scores: ['3+'] };
const pdl1: Criterion = { type: 'ihc', marker: 'PD-L1 TPS', scores: [], minValue: 50 };
const withDeletion = vocabularyWith([{ symbol: 'BRCA2', kind: 'deletion', assessed: true }]);

const rows: ReadonlyArray<Row> = [
  // variant: change
  [
    'change met, 1-letter vs 3-letter',
    v600e,
    [variant('BRAF', 'p.V600E')],
    {},
    'met',
    /BRAF p\.V600E \(VAF 0\.3\) matches/,
  ],
  [
    'change not-met: other change',
    v600e,
    [variant('BRAF', 'p.V600K')],
    {},
    'not-met',
    /p\.V600K is not p\.V600E/,
  ],
  [
    'change not-met: nothing in an assessed gene',
    v600e,
    [],
    {},
    'not-met',
    /no matching BRAF variant detected/,
  ],
  [
    'change unknown: no DNA arm',
    v600e,
    [],
    { dna: false },
    'unknown',
    /BRAF small variants not assessed for this sample \(no DNA arm\)/,
  ],
  ['change unknown: unknown panel', v600e, [], { panel: null }, 'unknown', /the panel is unknown/],
  [
    'change unknown: protein not reported',
    v600e,
    [variant('BRAF', null, { variantClass: 'missense' })],
    {},
    'unknown',
    /protein change not reported/,
  ],
  // codon
  ['codon met', braf600, [variant('BRAF', 'p.V600K')], {}, 'met', /matches/],
  ['codon not-met', braf600, [variant('BRAF', 'p.G469A')], {}, 'not-met', /at codon 469, not codon 600/],
  [
    'codon met by a delins spanning it',
    braf600,
    [variant('BRAF', 'p.V600_K601delinsE')],
    {},
    'met',
    /matches/,
  ],
  [
    'codon not-met by a synonymous change',
    braf600,
    [variant('BRAF', 'p.V600=')],
    {},
    'not-met',
    /no matching BRAF variant/,
  ],
  // exon
  ['exon met', egfrEx20, [variant('EGFR', 'p.A767_V769dup', { exon: 20 })], {}, 'met', /matches/],
  [
    'exon not-met: other exon',
    egfrEx20,
    [variant('EGFR', 'p.E746_A750del', { exon: 19 })],
    {},
    'not-met',
    /exon 19/,
  ],
  [
    'exon unknown: exon not reported',
    egfrEx20,
    [variant('EGFR', 'p.A767_V769dup')],
    {},
    'unknown',
    /exon not reported/,
  ],
  // class
  ['truncating met', brca2Trunc, [variant('BRCA2', 'p.K3326*')], {}, 'met', /matches/],
  [
    'truncating not-met by a missense',
    brca2Trunc,
    [variant('BRCA2', 'p.N372H')],
    {},
    'not-met',
    /is not truncating/,
  ],
  ['activating met at a hotspot', erbb2Act, [variant('ERBB2', 'p.S310F')], {}, 'met', /matches/],
  [
    'activating not-met off hotspot',
    erbb2Act,
    [variant('ERBB2', 'p.P1170A')],
    {},
    'not-met',
    /not at a known hotspot/,
  ],
  // VAF
  [
    'VAF below threshold',
    { ...v600e, minVaf: 0.05 },
    [variant('BRAF', 'p.V600E', { vaf: 0.03 })],
    {},
    'not-met',
    /VAF 0\.03 below 0\.05/,
  ],
  [
    'VAF at threshold (>=)',
    { ...v600e, minVaf: 0.05 },
    [variant('BRAF', 'p.V600E', { vaf: 0.05 })],
    {},
    'met',
    /matches/,
  ],
  [
    'VAF not reported',
    { ...v600e, minVaf: 0.05 },
    [variant('BRAF', 'p.V600E', { vaf: null })],
    {},
    'unknown',
    /VAF was not reported/,
  ],
  [
    'origin not determined',
    { ...v600e, origin: 'germline' },
    [variant('BRAF', 'p.V600E')],
    {},
    'unknown',
    /origin was not determined/,
  ],
  [
    'origin mismatch',
    { ...v600e, origin: 'germline' },
    [variant('BRAF', 'p.V600E', { origin: 'somatic' })],
    {},
    'not-met',
    /somatic, germline required/,
  ],
  // copy number
  [
    'amplification met by copy number',
    erbb2Amp,
    [copyNumber('ERBB2', 'amplification', { copyNumber: 8.2 })],
    {},
    'met',
    /copy number 8\.2 matches/,
  ],
  [
    'amplification below copy number',
    erbb2Amp,
    [copyNumber('ERBB2', 'amplification', { copyNumber: 4.1 })],
    {},
    'not-met',
    /copy number 4\.1 below 6/,
  ],
  [
    'amplification derived copy number named',
    erbb2Amp,
    [copyNumber('ERBB2', 'amplification', { copyNumber: 9, derived: true, foldChange: 3 })],
    {},
    'met',
    /derived from fold change and purity/,
  ],
  [
    'amplification by fold change only',
    erbb2Amp,
    [copyNumber('ERBB2', 'amplification', { foldChange: 2.5 })],
    {},
    'met',
    /fold change 2\.5 matches/,
  ],
  [
    'amplification fold change below',
    erbb2Amp,
    [copyNumber('ERBB2', 'amplification', { foldChange: 1.6 })],
    {},
    'not-met',
    /fold change 1\.6 below 2/,
  ],
  [
    'amplification value missing',
    { type: 'copy-number', gene: 'ERBB2', call: 'amplification', minCopyNumber: 6 },
    [copyNumber('ERBB2', 'amplification', { foldChange: 3 })],
    {},
    'unknown',
    /was not reported/,
  ],
  ['amplification not-met when assessed', erbb2Amp, [], {}, 'not-met', /no ERBB2 amplification detected/],
  [
    'homozygous deletion not assessed on TSO500',
    cdkn2aDel,
    [],
    {},
    'unknown',
    /CDKN2A deletions \(copy loss\) not assessed for this sample \(not assessed by TSO500\)/,
  ],
  [
    'homozygous deletion found although not assessed',
    cdkn2aDel,
    [copyNumber('CDKN2A', 'homozygous-deletion')],
    {},
    'met',
    /matches/,
  ],
  [
    'deletion of unstated depth',
    cdkn2aDel,
    [copyNumber('CDKN2A', 'deletion')],
    {},
    'unknown',
    /may be homozygous/,
  ],
  // biallelic
  [
    'biallelic: homozygous deletion',
    brca2Bi,
    [copyNumber('BRCA2', 'homozygous-deletion')],
    {},
    'met',
    /homozygous deletion/,
  ],
  [
    'biallelic: two truncating hits',
    brca2Bi,
    [variant('BRCA2', 'p.K3326*'), variant('BRCA2', 'p.S1982Rfs*22')],
    {},
    'met',
    /two truncating hits/,
  ],
  [
    'biallelic: truncating plus loss',
    brca2Bi,
    [variant('BRCA2', 'p.S1982Rfs*22'), copyNumber('BRCA2', 'loss')],
    {},
    'met',
    /plus copy loss/,
  ],
  [
    'biallelic: one hit, loss not assessed',
    brca2Bi,
    [variant('BRCA2', 'p.S1982Rfs*22')],
    {},
    'unknown',
    /one truncating hit; second allele not known \(BRCA2 deletions \(copy loss\) not assessed/,
  ],
  [
    'biallelic: one hit, loss assessed and absent',
    brca2Bi,
    [variant('BRCA2', 'p.S1982Rfs*22')],
    { vocabulary: withDeletion },
    'not-met',
    /no second hit or copy loss/,
  ],
  [
    'biallelic: nothing, deletion not assessed',
    brca2Bi,
    [variant('BRCA2', 'p.N372H')],
    {},
    'unknown',
    /no truncating BRCA2 variant detected, but/,
  ],
  [
    'biallelic: nothing, all assessed',
    brca2Bi,
    [],
    { vocabulary: withDeletion },
    'not-met',
    /no truncating BRCA2 variant or homozygous deletion/,
  ],
  // fusion
  ['fusion met', retFusion, [fusion('CCDC6', 'RET')], {}, 'met', /CCDC6::RET fusion matches/],
  ['fusion not-met with RNA', retFusion, [], {}, 'not-met', /no matching RET fusion detected/],
  [
    'fusion unknown without RNA arm',
    retFusion,
    [],
    { rna: false },
    'unknown',
    /RET fusions not assessed for this sample \(no RNA arm\)/,
  ],
  ['fusion partner and role met', alkEml4, [fusion('EML4', 'ALK')], {}, 'met', /EML4::ALK fusion matches/],
  ['fusion wrong partner', alkEml4, [fusion('KIF5B', 'ALK')], {}, 'not-met', /partner KIF5B, not EML4/],
  [
    'fusion wrong role',
    alkEml4,
    [fusion('ALK', 'EML4')],
    {},
    'not-met',
    /ALK is the 5' partner, 3' required/,
  ],
  [
    'fusion orientation unknown with a role',
    alkEml4,
    [fusion('ALK', 'EML4', false)],
    {},
    'unknown',
    /orientation not known/,
  ],
  [
    'fusion orientation unknown without a role',
    { type: 'fusion', gene: 'ALK', partner: 'EML4' },
    [fusion('ALK', 'EML4', false)],
    {},
    'met',
    /ALK\/EML4 fusion matches/,
  ],
  // splice
  ['splice met', metEx14, [splice('MET', { from: 14, to: 14 })], {}, 'met', /exon 14 skipping matches/],
  ['splice other exons', metEx14, [splice('MET', { from: 2, to: 7 })], {}, 'not-met', /not exon 14/],
  [
    'splice exons not reported',
    metEx14,
    [splice('MET', null, 'METex14')],
    {},
    'unknown',
    /skipped exons not reported/,
  ],
  ['splice without RNA arm', metEx14, [], { rna: false }, 'unknown', /no RNA arm/],
  // TMB
  ['TMB met at threshold', tmb10, [tmb(10)], {}, 'met', /TMB 10 mut\/Mb at least 10/],
  ['TMB below', tmb10, [tmb(3.2)], {}, 'not-met', /TMB 3\.2 mut\/Mb below 10/],
  ['TMB not reported', tmb10, [], {}, 'unknown', /TMB not reported \(not tested\)/],
  // MSI
  [
    'MSI met by percent and sites',
    msiH,
    [msi({ percentUnstable: 25, usableSites: 60 })],
    {},
    'met',
    /25% unstable sites/,
  ],
  ['MSI met by status', msiH, [msi({ status: 'MSI-H' })], {}, 'met', /lab status MSI-H/],
  [
    'MSI below',
    msiH,
    [msi({ percentUnstable: 5, usableSites: 60, status: 'MSS' })],
    {},
    'not-met',
    /5% unstable sites below 20%/,
  ],
  [
    'MSI usable sites unknown',
    msiH,
    [msi({ percentUnstable: 25 })],
    {},
    'unknown',
    /usable sites not reported/,
  ],
  [
    'MSI too few usable sites',
    msiH,
    [msi({ percentUnstable: 25, usableSites: 12 })],
    {},
    'unknown',
    /only 12 usable sites/,
  ],
  ['MSI inconclusive', msiH, [msi({ status: 'inconclusive' })], {}, 'unknown', /inconclusive/],
  ['MSI status MSS only', msiH, [msi({ status: 'MSS' })], {}, 'not-met', /lab status MSS/],
  ['MSI not reported', msiH, [], {}, 'unknown', /MSI not reported/],
  // HRD
  ['HRD met', hrd42, [hrd(55)], {}, 'met', /HRD score 55 at least 42/],
  ['HRD below', hrd42, [hrd(20)], {}, 'not-met', /below 42/],
  ['HRD not reported', hrd42, [], {}, 'unknown', /HRD score not reported/],
  // IHC
  ['IHC met', her2, [ihc('her2', '3+')], {}, 'met', /matches/],
  ['IHC other score', her2, [ihc('HER2', '2+')], {}, 'not-met', /is not 3\+/],
  ['IHC not reported', her2, [], {}, 'unknown', /HER2 IHC not reported/],
  ['IHC numeric at floor', pdl1, [ihc('PD-L1 TPS', '50%')], {}, 'met', /matches/],
  ['IHC numeric below floor', pdl1, [ihc('PDL1 TPS', '10')], {}, 'not-met', /below 50/],
];

describe('leaf evaluation', () => {
  it.each(rows)('%s', (_name, criterion, findings, options, outcome, reason) => {
    const node = evaluate(criterion, findings, options);
    expect(node.outcome).toBe(outcome);
    expect(node.reason).toMatch(reason);
    if (outcome === 'met') {
      expect(node.evidence.length).toBeGreaterThan(0);
      expect(node.specificity).not.toBeNull();
    } else {
      expect(node.specificity).toBeNull();
    }
  });

  it('gives met leaves their specificity', () => {
    expect(evaluate(v600e, [variant('BRAF', 'V600E')]).specificity).toBe('change');
    expect(evaluate(braf600, [variant('BRAF', 'V600E')]).specificity).toBe('codon');
    expect(evaluate(egfrEx20, [variant('EGFR', 'p.A767_V769dup', { exon: 20 })]).specificity).toBe('exon');
    expect(evaluate(brca2Trunc, [variant('BRCA2', 'p.K3326*')]).specificity).toBe('class');
    expect(evaluate(erbb2Amp, [copyNumber('ERBB2', 'amplification', { copyNumber: 9 })]).specificity).toBe(
      'gene',
    );
    expect(evaluate(alkEml4, [fusion('EML4', 'ALK')]).specificity).toBe('change');
    expect(evaluate(tmb10, [tmb(30)]).specificity).toBe('biomarker');
  });

  it('describes leaves with approved symbols and canonical changes', () => {
    expect(
      evaluate({ type: 'variant', gene: 'HER2', select: { by: 'change', changes: ['p.Ser310Phe'] } }, [])
        .description,
    ).toBe('ERBB2 p.S310F');
    expect(evaluate(erbb2Amp, []).description).toBe(
      'ERBB2 amplification (copy number >= 6 or, when only fold change is known, fold change >= 2)',
    );
  });
});

describe('tree evaluation', () => {
  const herCrc: Criterion = {
    type: 'all',
    of: [
      { type: 'copy-number', gene: 'ERBB2', call: 'amplification', minCopyNumber: 6 },
      {
        type: 'not',
        label: 'RAS wild type',
        of: {
          type: 'any',
          of: [
            { type: 'variant', gene: 'KRAS', select: { by: 'codon', codons: [12, 13, 61] } },
            { type: 'variant', gene: 'NRAS', select: { by: 'codon', codons: [12, 13, 61] } },
          ],
        },
      },
    ],
  };
  const amp = copyNumber('ERBB2', 'amplification', { copyNumber: 12 });

  it('confirms a wild type the panel assessed', () => {
    const node = evaluate(herCrc, [amp]);
    expect(node.outcome).toBe('met');
    expect(node.children[1]?.outcome).toBe('met');
    expect(node.children[1]?.reason).toMatch(/^absence confirmed/);
  });

  it('vetoes with the resistance finding as evidence', () => {
    const kras = variant('KRAS', 'p.G12D');
    const node = evaluate(herCrc, [amp, kras]);
    expect(node.outcome).toBe('not-met');
    expect(node.children[1]?.outcome).toBe('not-met');
    expect(node.children[1]?.evidence).toEqual([kras.key]);
    expect(node.children[1]?.reason).toMatch(/^vetoed: .*KRAS p\.G12D/);
  });

  it('leaves an untested wild type unknown', () => {
    const node = evaluate(herCrc, [amp], {
      dna: true,
      vocabulary: vocabularyWith([{ symbol: 'NRAS', kind: 'small-variant', assessed: false }]),
    });
    expect(node.outcome).toBe('unknown');
    expect(node.children[1]?.outcome).toBe('unknown');
    expect(node.children[1]?.reason).toMatch(/absence not confirmed: .*NRAS small variants not assessed/);
    expect(node.evidence).toEqual([amp.key]);
  });

  it('makes a node not-met as soon as one child of all is not-met, even with unknowns', () => {
    const node = evaluate({ type: 'all', of: [tmb10, v600e] }, [variant('BRAF', 'p.V600K')]);
    expect(node.children.map((c) => c.outcome)).toEqual(['unknown', 'not-met']);
    expect(node.outcome).toBe('not-met');
  });

  it('makes any met as soon as one child is met, even with unknowns', () => {
    const node = evaluate({ type: 'any', of: [tmb10, v600e] }, [variant('BRAF', 'p.V600E')]);
    expect(node.outcome).toBe('met');
  });
});

describe('IHC scales', () => {
  const tps50: Criterion = { type: 'ihc', marker: 'PD-L1 TPS', scores: [], minValue: 50 };
  it('reads a scale written in the score', () => {
    expect(evaluate(tps50, [ihc('PD-L1', 'TPS 60%')]).outcome).toBe('met');
    expect(evaluate(tps50, [ihc('PD-L1', 'TPS 10%')]).outcome).toBe('not-met');
    expect(evaluate(tps50, [ihc('PD-L1', 'CPS 60')]).outcome).toBe('unknown');
    expect(evaluate(tps50, [ihc('PD-L1 TPS', '60')]).outcome).toBe('met');
  });
});
