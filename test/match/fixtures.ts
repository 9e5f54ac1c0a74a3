/**
 * Small builders for matcher tests: findings, cases, tables and approvals written in a few words, resolved
 * through the library's real vocabulary (genes, HGVS, OncoTree) so that what the tests claim about aliases
 * and notations is the library's behaviour, not a stub's.
 */
import { isLeft } from 'fp-ts/Either';
import type {
  Case,
  CopyNumberFinding,
  Finding,
  FusionFinding,
  GeneRef,
  HrdFinding,
  IhcFinding,
  MsiFinding,
  Patient,
  SequenceVariantFinding,
  SpliceFinding,
  TmbFinding,
  VariantClass,
} from '../../src/model/case.js';
import type { Approvals, Indication } from '../../src/model/approvals.js';
import type { Criterion } from '../../src/model/criteria.js';
import type { Cohort, Table } from '../../src/model/table.js';
import { compileTable } from '../../src/match/compile-table.js';
import type { CompiledTable } from '../../src/match/compiled.js';
import { defaultVocabulary } from '../../src/match/default-vocabulary.js';
import type { AssessedKind, MatchVocabulary } from '../../src/match/vocabulary.js';
import {
  formatProteinChange,
  isProteinAltering,
  isTruncating,
  parseProteinChange,
  proteinVariantClass,
} from '../../src/vocab/hgvs.js';
import { normalizeGene } from '../../src/vocab/genes.js';
import { tumorTypeByCode } from '../../src/vocab/oncotree.js';

export const gene = (symbol: string): GeneRef => {
  const g = normalizeGene(symbol);
  if (isLeft(g)) throw new Error(`fixture gene ${symbol}: ${g.left[0].message}`);
  return g.right;
};

const base = { inputId: null, source: null, notes: [] } as const;

export interface VariantOptions {
  readonly vaf?: number | null;
  readonly exon?: number | null;
  readonly origin?: SequenceVariantFinding['origin'];
  readonly variantClass?: VariantClass;
  readonly line?: number;
}

/** A sequence variant from a gene symbol (any alias) and a protein change (any spelling). */
export const variant = (
  symbol: string,
  protein: string | null,
  options: VariantOptions = {},
): SequenceVariantFinding => {
  const g = gene(symbol);
  const parsed = protein === null ? null : parseProteinChange(protein);
  if (parsed !== null && isLeft(parsed)) throw new Error(`fixture protein ${protein}`);
  const pc = parsed === null ? null : parsed.right;
  const pvc = pc === null ? 'unknown' : proteinVariantClass(pc);
  const variantClass: VariantClass =
    options.variantClass ?? (pvc === 'no-protein' ? 'unknown' : (pvc as VariantClass));
  const text = pc === null ? 'c.?' : formatProteinChange(pc);
  return {
    ...base,
    source: options.line === undefined ? null : { file: 'case.tsv', line: options.line },
    kind: 'sequence-variant',
    key: `sv:${g.symbol}:${text}`,
    gene: g,
    inputGene: symbol,
    protein: pc,
    proteinText: protein,
    cdnaText: null,
    transcript: null,
    consequences: [],
    variantClass,
    proteinAltering:
      options.variantClass === 'intronic' || options.variantClass === 'synonymous'
        ? false
        : pc === null
          ? variantClass !== 'unknown'
          : isProteinAltering(pc),
    truncating: pc === null ? variantClass === 'splice-site' : isTruncating(pc),
    exon: options.exon === undefined || options.exon === null ? null : { number: options.exon, total: null },
    vaf: options.vaf === undefined ? 0.3 : options.vaf,
    depth: 500,
    origin: options.origin ?? 'unknown',
  };
};

export const copyNumber = (
  symbol: string,
  call: CopyNumberFinding['call'],
  values: { copyNumber?: number | null; foldChange?: number | null; derived?: boolean } = {},
): CopyNumberFinding => {
  const g = gene(symbol);
  return {
    ...base,
    kind: 'copy-number',
    key: `cnv:${g.symbol}:${call}`,
    gene: g,
    inputGene: symbol,
    call,
    foldChange: values.foldChange ?? null,
    copyNumber: values.copyNumber ?? null,
    copyNumberDerived: values.derived ?? false,
  };
};

export const fusion = (five: string, three: string, orientationKnown = true): FusionFinding => {
  const g5 = gene(five);
  const g3 = gene(three);
  const [a, b] = orientationKnown ? [g5, g3] : [g5, g3].sort((x, y) => (x.symbol < y.symbol ? -1 : 1));
  return {
    ...base,
    kind: 'fusion',
    key: `fusion:${a?.symbol}${orientationKnown ? '::' : '/'}${b?.symbol}`,
    gene5: a ?? g5,
    gene3: b ?? g3,
    orientationKnown,
    breakpoint5: null,
    breakpoint3: null,
    supportingReads: 40,
  };
};

export const splice = (
  symbol: string,
  exons: { from: number; to: number } | null,
  label: string | null = null,
): SpliceFinding => {
  const g = gene(symbol);
  return {
    ...base,
    kind: 'splice',
    key: `splice:${g.symbol}:${exons === null ? label : `${exons.from}-${exons.to}`}`,
    gene: g,
    skippedExons: exons,
    label,
    supportingReads: 30,
  };
};

export const tmb = (value: number): TmbFinding => ({
  ...base,
  kind: 'tmb',
  key: `tmb:${value}`,
  value,
  eligibleVariants: null,
  regionSizeMb: null,
});

export const msi = (
  m: Partial<Pick<MsiFinding, 'percentUnstable' | 'usableSites' | 'status'>>,
): MsiFinding => ({
  ...base,
  kind: 'msi',
  key: `msi:${m.status ?? ''}:${m.percentUnstable ?? ''}:${m.usableSites ?? ''}`,
  percentUnstable: m.percentUnstable ?? null,
  usableSites: m.usableSites ?? null,
  status: m.status ?? null,
});

export const hrd = (score: number): HrdFinding => ({ ...base, kind: 'hrd', key: `hrd:${score}`, score });

export const ihc = (marker: string, score: string): IhcFinding => ({
  ...base,
  kind: 'ihc',
  key: `ihc:${marker}:${score}`,
  marker,
  score,
});

export interface CaseOptions {
  readonly diagnosis?: string;
  readonly patient?: Partial<Omit<Patient, 'diagnosis'>>;
  readonly rna?: boolean;
  readonly dna?: boolean;
  readonly panel?: string | null;
  readonly rejected?: Case['rejected'];
}

export const makeCase = (findings: ReadonlyArray<Finding>, options: CaseOptions = {}): Case => {
  const code = options.diagnosis ?? 'LUAD';
  return {
    patient: {
      id: 'patient-1',
      age: 60,
      birthDate: null,
      sex: 'female',
      ecog: 1,
      standardTherapyExhausted: 'yes',
      priorDrugs: [],
      ...options.patient,
      diagnosis: { code, name: tumorTypeByCode(code)?.name ?? code, resolvedFrom: null },
    },
    sample: {
      id: 'sample-1',
      date: '2024-05-01',
      purity: 0.5,
      assay: {
        panel: options.panel === undefined ? 'TSO500' : options.panel,
        version: null,
        dna: options.dna ?? true,
        rna: options.rna ?? true,
      },
    },
    findings,
    rejected: options.rejected ?? [],
    notices: [],
    source: { format: 'json', file: null },
    inputCount: findings.length + (options.rejected?.length ?? 0),
  };
};

type CohortInput = Partial<Omit<Cohort, 'criteria'>> & { readonly id: string; readonly criteria: Criterion };

export const cohort = (c: CohortInput): Cohort => ({
  title: c.id,
  regimen: 'reg-a',
  tumorTypes: { include: ['SOLID'], exclude: [] },
  clinical: {},
  status: [{ date: '2020-01-01', state: 'stage1-open', enrolled: 2, sources: [], inferred: false }],
  evidence: { level: 'B', summary: 'fixture' },
  sources: ['src'],
  inferred: false,
  ...c,
});

export interface TableOptions {
  readonly regimens?: Table['regimens'];
  readonly partners?: Table['partners'];
  readonly settings?: Partial<Table['settings']>;
}

export const makeTable = (cohorts: ReadonlyArray<Cohort>, options: TableOptions = {}): Table => ({
  id: 'fixture',
  version: '2024.1',
  title: 'Fixture table',
  effectiveFrom: '2020-01-01',
  supersedes: null,
  approvals: 'fixture',
  changelog: [{ version: '2024.1', date: '2020-01-01', changes: ['fixture'] }],
  sources: [{ id: 'src', citation: 'fixture' }],
  settings: {
    eligibility: {
      minAge: 18,
      maxEcog: 2,
      requireStandardTherapyExhausted: true,
      excludePriorUseOfRegimenDrugs: true,
    },
    benefit: { definition: 'DCR at week 16', weeks: 16 },
    stages: { stage1Size: 8, stage1MinBenefit: 1, stage2Size: 24, positiveAt: 5, expansionMax: 150 },
    excludedAccess: ['on-label', 'on-label-unfunded'],
    ...options.settings,
  },
  partners: options.partners ?? [
    { id: 'partner-a', name: 'Partner A', slots: 24, sources: [], inferred: false },
  ],
  regimens: options.regimens ?? [
    { id: 'reg-a', drugs: [{ inn: 'drug-a' }], route: 'oral', partner: 'partner-a', inferred: false },
    { id: 'reg-b', drugs: [{ inn: 'drug-b' }], route: 'oral', partner: 'partner-a', inferred: false },
    {
      id: 'reg-c',
      drugs: [{ inn: 'drug-c' }, { inn: 'drug-d' }],
      route: 'intravenous',
      partner: 'partner-a',
      inferred: false,
    },
  ],
  cohorts,
});

type IndicationInput = Partial<Indication> & { readonly id: string; readonly drugs: ReadonlyArray<string> };

export const indication = (i: IndicationInput): Indication => ({
  summary: i.id,
  tumorTypes: ['SOLID'],
  tumorAgnostic: false,
  biomarker: null,
  line: 'any',
  eu: { date: '2020-01-01', dateQuality: 'sourced' },
  funding: { basis: 'unknown', decisions: [] },
  sources: ['src'],
  ...i,
});

export const makeApprovals = (indications: ReadonlyArray<Indication>): Approvals => ({
  id: 'fixture',
  title: 'Fixture approvals',
  compiled: '2024-01-01',
  sources: [{ id: 'src', citation: 'fixture' }],
  indications,
});

/** The default vocabulary with some (gene, kind) pairs forced to assessed or not. */
export const vocabularyWith = (
  overrides: ReadonlyArray<{
    readonly symbol: string;
    readonly kind: AssessedKind;
    readonly assessed: boolean;
  }>,
): MatchVocabulary => ({
  ...defaultVocabulary,
  isAssessed: (assay, hgncId, kind) => {
    const o = overrides.find((x) => gene(x.symbol).hgncId === hgncId && x.kind === kind);
    return o !== undefined
      ? o.assessed && assay.panel !== null
      : defaultVocabulary.isAssessed(assay, hgncId, kind);
  },
});

export const compileFixture = (
  cohorts: ReadonlyArray<Cohort>,
  options: TableOptions & {
    readonly indications?: ReadonlyArray<Indication>;
    readonly vocabulary?: MatchVocabulary;
  } = {},
): CompiledTable =>
  compileTable(
    {
      table: makeTable(cohorts, options),
      approvals: makeApprovals(options.indications ?? []),
      hash: 'sha256:fixture',
    },
    options.vocabulary ?? defaultVocabulary,
  );
