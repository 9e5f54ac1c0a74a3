/**
 * Hand-built match results for the renderer, codec and CLI tests (they do not depend on the matcher).
 * The content is realistic, not authoritative: names and dates are test data.
 */
import type { Candidate, EvaluatedCriterion, IndicationUsed, MatchResult } from '../../src/model/result.js';

const leaf = (
  type: string,
  description: string,
  outcome: EvaluatedCriterion['outcome'],
  reason: string,
  evidence: ReadonlyArray<string> = [],
  specificity: EvaluatedCriterion['specificity'] = null,
): EvaluatedCriterion => ({ type, description, outcome, reason, evidence, specificity, children: [] });

const node = (
  type: 'all' | 'any' | 'not',
  description: string,
  outcome: EvaluatedCriterion['outcome'],
  reason: string,
  children: ReadonlyArray<EvaluatedCriterion>,
): EvaluatedCriterion => ({ type, description, outcome, reason, evidence: [], specificity: null, children });

const partner = { id: 'roche', name: 'Roche', slots: 100 };

const baseCandidate = {
  access: {
    status: 'off-label',
    reason: 'No EU label covers this drug in lung adenocarcinoma.',
    indication: null,
    possible: [],
    later: [],
  },
  reasons: [],
  molecular: 'met',
  tumorType: {
    outcome: 'met',
    diagnosis: 'LUAD',
    path: ['TISSUE', 'LUNG', 'NSCLC', 'LUAD'],
    decidedBy: { rule: 'include', code: 'SOLID' },
    reason: 'LUAD is a solid tumor (included via SOLID).',
  },
  status: {
    state: 'stage1-open',
    since: '2023-03-01',
    open: true,
    enrolled: 3,
    slotsLeft: 5,
    partner,
    reason: 'Stage 1 open since 2023-03-01, 3 of 8 enrolled.',
  },
  clinical: [
    { criterion: 'age', outcome: 'met', reason: 'Age 61 on 2024-05-01 (at least 18).' },
    { criterion: 'ecog', outcome: 'met', reason: 'ECOG 1 (at most 2).' },
    { criterion: 'standard-therapy-exhausted', outcome: 'met', reason: 'Standard therapy exhausted: yes.' },
    { criterion: 'prior-drug', outcome: 'met', reason: 'No prior use of the regimen drugs.' },
  ],
  evidenceLevel: 'B',
  inferred: false,
  sources: ['impress-protocol-v6'],
} as const satisfies Partial<Candidate>;

const tdxrNsclc: IndicationUsed = {
  id: 'enhertu:nsclc-her2m',
  drugs: ['trastuzumab deruxtecan'],
  summary: 'Adult NSCLC whose tumours have an activating HER2 (ERBB2) mutation, after platinum chemotherapy.',
  tumorAgnostic: false,
  euDate: '2023-10-23',
  funding: 'refused',
  decision: { date: '2024-03-18', decision: 'refused', methodId: 'ID2023_045', usableFrom: null },
  biomarker: 'met',
};

const sotorasib: IndicationUsed = {
  id: 'lumykras:nsclc-kras-g12c',
  drugs: ['sotorasib'],
  summary: 'Adult advanced NSCLC with KRAS G12C, after at least one prior systemic therapy.',
  tumorAgnostic: false,
  euDate: '2022-01-06',
  funding: 'funded',
  decision: { date: '2022-06-20', decision: 'funded', methodId: 'ID2021_012', usableFrom: '2022-07-01' },
  biomarker: 'met',
};

const larotrectinib: IndicationUsed = {
  id: 'vitrakvi:ntrk-agnostic',
  drugs: ['larotrectinib'],
  summary: 'Solid tumours with an NTRK gene fusion, no satisfactory treatment options.',
  tumorAgnostic: true,
  euDate: '2019-09-19',
  funding: 'temporarily-funded',
  decision: null,
  biomarker: 'unknown',
};

/** A rich result: every section of the report has content. */
export const richResult: MatchResult = {
  schema: 'mtb-match/result@1',
  library: { name: 'mtb-match', version: '0.1.0' },
  table: {
    id: 'impress-norway',
    version: '2024.1',
    hash: 'sha256:3f2a9c0d4e5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f',
  },
  asOf: '2024-05-01',
  patient: {
    id: 'P-0042',
    diagnosis: { code: 'LUAD', name: 'Lung Adenocarcinoma', path: ['TISSUE', 'LUNG', 'NSCLC', 'LUAD'] },
  },
  sample: { id: 'S-0042-T1', panel: 'TSO500', dna: true, rna: true },
  candidates: [
    {
      ...baseCandidate,
      cohortId: 'tp-erbb2-amp',
      title: 'Trastuzumab + pertuzumab, ERBB2 amplification',
      regimenId: 'trastuzumab-pertuzumab',
      drugs: ['trastuzumab', 'pertuzumab'],
      verdict: 'eligible',
      reasons: [
        {
          code: 'molecular_met',
          effect: 'supports',
          message: 'ERBB2 amplification (CN 8.2) meets copy number >= 6.',
        },
      ],
      criteria: node('any', 'any of', 'met', 'One branch is met.', [
        leaf(
          'copy-number',
          'ERBB2 amplification (copy number >= 6)',
          'met',
          'Copy number 8.2 is at least 6.',
          ['cn:ERBB2'],
          'gene',
        ),
        leaf('variant', 'ERBB2 activating mutation', 'not-met', 'No ERBB2 sequence variant was found.'),
      ]),
      specificity: 'gene',
      matchedFindings: ['cn:ERBB2'],
      rank: 1,
    },
    {
      ...baseCandidate,
      cohortId: 'dabtram-braf-v600',
      title: 'Dabrafenib + trametinib, BRAF V600',
      regimenId: 'dabrafenib-trametinib',
      drugs: ['dabrafenib', 'trametinib'],
      verdict: 'needs-review',
      access: {
        status: 'off-label',
        reason: 'The NSCLC label needs BRAF V600; this is BRAF G469A (class 2).',
        indication: null,
        possible: [larotrectinib],
        later: [],
      },
      reasons: [
        {
          code: 'molecular_met',
          effect: 'supports',
          message: 'BRAF p.G469A is an activating class 2 mutation.',
        },
        { code: 'clinical_unknown', effect: 'review', message: 'ECOG performance status is not known.' },
      ],
      clinical: [
        { criterion: 'age', outcome: 'met', reason: 'Age 61 on 2024-05-01 (at least 18).' },
        { criterion: 'ecog', outcome: 'unknown', reason: 'ECOG not given.' },
      ],
      criteria: node('all', 'all of', 'met', 'Every branch is met.', [
        leaf(
          'variant',
          'BRAF activating mutation',
          'met',
          'p.G469A is at a hotspot residue.',
          ['sv:BRAF:p.G469A'],
          'class',
        ),
        node('not', 'not', 'met', 'No resistance finding.', [
          leaf('variant', 'NRAS activating mutation', 'not-met', 'NRAS tested, wild type.'),
        ]),
      ]),
      specificity: 'class',
      matchedFindings: ['sv:BRAF:p.G469A'],
      evidenceLevel: 'C',
      inferred: true,
      rank: 2,
    },
    {
      ...baseCandidate,
      cohortId: 'sotorasib-kras-g12c',
      title: 'Sotorasib, KRAS G12C',
      regimenId: 'sotorasib',
      drugs: ['sotorasib'],
      verdict: 'ineligible',
      access: {
        status: 'on-label',
        reason: 'EU label for NSCLC with KRAS G12C, funded in Norway.',
        indication: sotorasib,
        possible: [],
        later: [],
      },
      reasons: [
        {
          code: 'on_label',
          effect: 'blocks',
          message: 'On-label and funded for NSCLC: standard care, not the trial.',
        },
      ],
      criteria: leaf('variant', 'KRAS p.G12C', 'met', 'Exact change found.', ['sv:KRAS:p.G12C'], 'change'),
      specificity: 'change',
      matchedFindings: ['sv:KRAS:p.G12C'],
      evidenceLevel: 'A',
      rank: 3,
    },
    {
      ...baseCandidate,
      cohortId: 'tdxd-erbb2-mut',
      title: 'Trastuzumab deruxtecan, ERBB2 mutation',
      regimenId: 'trastuzumab-deruxtecan',
      drugs: ['trastuzumab deruxtecan'],
      verdict: 'ineligible',
      access: {
        status: 'on-label-unfunded',
        reason: 'EU label for HER2-mutant NSCLC since 2023-10-23; refused by Beslutningsforum on 2024-03-18.',
        indication: tdxrNsclc,
        possible: [],
        later: [],
      },
      reasons: [
        {
          code: 'on_label_unfunded',
          effect: 'blocks',
          message: 'The EU label covers this use: outside the trial.',
        },
      ],
      criteria: leaf(
        'variant',
        'ERBB2 activating mutation',
        'unknown',
        'ERBB2 p.S310F is of unknown significance.',
        ['sv:ERBB2:p.S310F'],
      ),
      molecular: 'unknown',
      specificity: null,
      matchedFindings: [],
      rank: 4,
    },
  ],
  drugs: [
    {
      drug: 'pertuzumab',
      bestVerdict: 'eligible',
      cohorts: [{ cohortId: 'tp-erbb2-amp', verdict: 'eligible', access: 'off-label' }],
    },
    {
      drug: 'trastuzumab',
      bestVerdict: 'eligible',
      cohorts: [{ cohortId: 'tp-erbb2-amp', verdict: 'eligible', access: 'off-label' }],
    },
  ],
  nearMisses: [
    {
      cohortId: 'olaparib-brca',
      drugs: ['olaparib'],
      kind: 'variant',
      message: 'BRCA2 p.K3326* is a benign polymorphism, not loss of function.',
    },
    {
      cohortId: 'vismodegib-ptch1',
      drugs: ['vismodegib'],
      kind: 'tumor-type',
      message: 'Lung adenocarcinoma is not among the included tumor types.',
    },
  ],
  findings: [
    {
      key: 'cn:ERBB2',
      kind: 'copy-number',
      gene: 'ERBB2',
      change: 'amplification (CN 8.2)',
      status: 'matched',
      cohorts: ['tp-erbb2-amp'],
      reason: 'Meets copy number >= 6.',
      source: { file: 'CombinedVariantOutput.tsv', line: 88 },
    },
    {
      key: 'sv:BRAF:p.G469A',
      kind: 'sequence-variant',
      gene: 'BRAF',
      change: 'p.G469A',
      status: 'matched',
      cohorts: ['dabtram-braf-v600'],
      reason: 'Activating hotspot.',
      source: { file: 'CombinedVariantOutput.tsv', line: 61, column: 'P-Dot Notation' },
    },
    {
      key: 'sv:KRAS:p.G12C',
      kind: 'sequence-variant',
      gene: 'KRAS',
      change: 'p.G12C',
      status: 'matched',
      cohorts: ['sotorasib-kras-g12c'],
      reason: 'Exact change of a cohort.',
      source: null,
    },
    {
      key: 'sv:ERBB2:p.S310F',
      kind: 'sequence-variant',
      gene: 'ERBB2',
      change: 'p.S310F',
      status: 'not-actionable',
      cohorts: [],
      reason: 'Variant of unknown significance for this table.',
      source: null,
    },
    {
      key: 'sv:TTN:p.A100V',
      kind: 'sequence-variant',
      gene: 'TTN',
      change: 'p.A100V',
      status: 'off-panel',
      cohorts: [],
      reason: 'TTN is not on the TSO500 panel.',
      source: null,
    },
    {
      key: 'rejected:1',
      kind: 'sequence-variant',
      gene: null,
      change: 'HER-2x p.V600E',
      status: 'rejected',
      cohorts: [],
      reason: 'Unknown gene symbol "HER-2x".',
      source: { file: 'CombinedVariantOutput.tsv', line: 70, column: 2 },
    },
    {
      key: 'tmb',
      kind: 'tmb',
      gene: null,
      change: 'TMB 7.9 mut/Mb',
      status: 'not-actionable',
      cohorts: [],
      reason: 'Below 10 mut/Mb.',
      source: null,
    },
  ],
  untested: [
    {
      gene: 'CDKN2A',
      what: 'homozygous deletion',
      cohorts: ['palbociclib-cdkn2a'],
      message: 'TSO500 calls copy-number loss for a few genes only; CDKN2A deletion was not assessed.',
    },
    {
      gene: null,
      what: 'HER2 protein expression (IHC)',
      cohorts: ['tp-erbb2-ihc'],
      message: 'No IHC result was given.',
    },
  ],
  issues: [
    {
      code: 'unknown_section',
      severity: 'notice',
      message: 'Unknown section [Foo] kept as a notice.',
      path: [],
      location: { file: 'CombinedVariantOutput.tsv', line: 120 },
    },
    {
      code: 'retired_oncotree_code',
      severity: 'warning',
      message: 'OncoTree code "NSCLCPD" is retired: read as NSCLC.',
      path: ['patient', 'diagnosis'],
      input: 'NSCLCPD',
      suggestions: ['NSCLC'],
    },
  ],
  summary: {
    eligible: 1,
    needsReview: 1,
    ineligible: 2,
    notEvaluable: 0,
    findings: { matched: 3, 'not-actionable': 2, 'off-panel': 1, rejected: 1 },
  },
};

/** A result with no candidates and nothing to say: every empty section. */
export const emptyResult: MatchResult = {
  ...richResult,
  patient: { id: 'P-0001', diagnosis: { code: 'COAD', name: 'Colon Adenocarcinoma', path: [] } },
  sample: { id: 'S-0001', panel: null, dna: true, rna: false },
  candidates: [],
  drugs: [],
  nearMisses: [],
  findings: [],
  untested: [],
  issues: [],
  summary: {
    eligible: 0,
    needsReview: 0,
    ineligible: 0,
    notEvaluable: 0,
    findings: { matched: 0, 'not-actionable': 0, 'off-panel': 0, rejected: 0 },
  },
};
