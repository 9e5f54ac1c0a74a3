/**
 * Simple fast-check generators for the property tests: JSON cases drawn from pools of real gene
 * symbols (approved, alias, previous), protein changes, diagnoses and dates, mixed with malformed
 * findings and junk values, and TSO500-shaped text. Simple on purpose: many cases per second on 2 cores.
 */
import fc from 'fast-check';

/** Genes the embedded table names, with spellings a lab might use. */
export const COHORT_GENES = [
  'ERBB2',
  'HER2',
  'BRAF',
  'KRAS',
  'NRAS',
  'NF1',
  'MAP2K1',
  'MEK1',
  'PRKMK1',
  'MTOR',
  'FRAP1',
  'TSC1',
  'TSC2',
  'PTCH1',
  'SMO',
  'RET',
  'ALK',
  'ROS1',
  'NTRK1',
  'NTRK3',
  'TRKC',
  'BRCA1',
  'BRCA2',
  'ATM',
  'PALB2',
  'CHEK2',
  'RAD51C',
  'CDK12',
  'CDK4',
  'CCND1',
  'CDKN2A',
  'MET',
  'EGFR',
] as const;

/** TSO500 genes no cohort of any embedded table version names. */
export const UNRELATED_GENES = [
  'TP53',
  'APC',
  'ARID1A',
  'SMAD4',
  'KMT2D',
  'NOTCH1',
  'FBXW7',
  'CTNNB1',
  'GATA3',
  'MYC',
] as const;

/** Genes outside the TSO500 panel. */
const OFF_PANEL_GENES = ['TTN', 'MUC16', 'DMD'] as const;

const PROTEIN_CHANGES = [
  'p.V600E',
  'p.Val600Glu',
  'V600E',
  'p.V600K',
  'p.G12D',
  'p.G12C',
  'p.Q61R',
  'p.L858R',
  'p.E746_A750del',
  'p.T790M',
  'p.G719S',
  'p.S310F',
  'p.L755S',
  'p.Y772_A775dup',
  'p.E1799K',
  'p.K57N',
  'p.R440*',
  'p.R509*',
  'p.Q853*',
  'p.W535L',
  'p.M918T',
  'p.S1982Rfs*22',
  'p.Q1756Pfs*74',
  'p.R2443*',
  'p.Y1183*',
  'p.R273H',
  'p.R248Q',
  'p.E545K',
  'p.H1047R',
  'NP_004324.2:p.(Val600Glu)',
  'p.(Gln787=)',
  'p.?',
  'c.2361G>A',
] as const;

export const DIAGNOSES = [
  'LUAD',
  'NSCLC',
  'LUNG',
  'COAD',
  'READ',
  'IHCH',
  'CHOL',
  'BLCA',
  'PAAD',
  'PRAD',
  'IDC',
  'BRCA',
  'SKCM',
  'MEL',
  'UEC',
  'SBC',
  'GB',
  'MBL',
  'BCC',
  'DDLS',
  'IMT',
  'CCRCC',
  'HNMASC',
  'THME',
  'HCL',
  'AML',
  'CUP',
] as const;

const AA = 'ACDEFGHIKLMNPQRSTVWY';

const randomProteinChange = fc
  .tuple(fc.constantFrom(...AA), fc.integer({ min: 1, max: 3000 }), fc.constantFrom(...AA, '*'))
  .map(([ref, pos, alt]) => `p.${ref}${pos}${alt}`);

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** Drops the undefined members, as a JSON file would not have them. */
const compact = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const vaf = fc.double({ min: 0, max: 1, noNaN: true });

export const sequenceVariant = (genes: ReadonlyArray<string>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({
      gene: fc.constantFrom(...genes),
      proteinChange: fc.oneof(fc.constantFrom(...PROTEIN_CHANGES), randomProteinChange),
      vaf: maybe(vaf),
      origin: maybe(fc.constantFrom('somatic', 'germline', 'unknown')),
    })
    .map((r) => compact({ kind: 'sequence-variant', ...r }));

const copyNumber = fc
  .record({
    gene: fc.constantFrom('ERBB2', 'CDK4', 'CCND1', 'MET', 'MYC', 'CDKN2A', 'BRCA2', 'EGFR'),
    call: maybe(
      fc.constantFrom('amplification', 'gain', 'neutral', 'loss', 'deletion', 'homozygous-deletion'),
    ),
    copyNumber: maybe(fc.double({ min: 0, max: 40, noNaN: true })),
    foldChange: maybe(fc.double({ min: 0, max: 12, noNaN: true })),
  })
  .map((r) => compact({ kind: 'copy-number', ...r }));

const fusion = fc
  .record({
    gene5: fc.constantFrom('EML4', 'CD74', 'KIF5B', 'ETV6', 'TPM3', 'NCOA4', 'GOPC', 'ALK', 'STRN'),
    gene3: fc.constantFrom('ALK', 'ROS1', 'RET', 'NTRK1', 'NTRK3', 'EML4', 'BRAF'),
    orientationKnown: maybe(fc.boolean()),
    supportingReads: maybe(fc.integer({ min: 0, max: 500 })),
  })
  .map((r) => compact({ kind: 'fusion', ...r }));

const splice = fc
  .record({ gene: fc.constantFrom('MET', 'EGFR', 'AR'), skippedExons: fc.constantFrom('14', '2-7', '4-8') })
  .map((r) => ({ kind: 'splice', ...r }));

const biomarker = fc.oneof(
  fc.double({ min: 0, max: 80, noNaN: true }).map((value) => ({ kind: 'tmb', value })),
  fc
    .record({
      percentUnstable: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
      usableSites: maybe(fc.integer({ min: 0, max: 300 })),
      status: maybe(fc.constantFrom('MSI-H', 'MSI-L', 'MSS', 'inconclusive')),
    })
    .map((r) => compact({ kind: 'msi', ...r })),
  fc.integer({ min: 0, max: 100 }).map((score) => ({ kind: 'hrd', score })),
  fc
    .constantFrom(
      ['MMR', 'deficient'],
      ['MMR', 'proficient'],
      ['HER2', '3+'],
      ['HER2', '1+'],
      ['PD-L1', 'TPS 60%'],
    )
    .map(([marker, score]) => ({ kind: 'ihc', marker, score })),
);

/** A schema-valid finding (the gene may still be unknown to the panel). */
export const validFinding: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 4, arbitrary: sequenceVariant([...COHORT_GENES, ...UNRELATED_GENES, ...OFF_PANEL_GENES]) },
  { weight: 2, arbitrary: copyNumber },
  { weight: 2, arbitrary: fusion },
  { weight: 1, arbitrary: splice },
  { weight: 2, arbitrary: biomarker },
);

/** A finding a lab export might garble: unknown genes, bad notation, out-of-range numbers, junk. */
const brokenFinding: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    kind: fc.constant('sequence-variant'),
    gene: fc.string({ maxLength: 8 }),
    proteinChange: fc.string({ maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('sequence-variant'),
    gene: fc.constantFrom(...COHORT_GENES),
    vaf: fc.double(),
  }),
  fc.record({
    kind: fc.constant('copy-number'),
    gene: fc.constantFrom('ERBB2', 'HER-2x'),
    copyNumber: fc.integer({ min: -5, max: 5 }),
  }),
  fc.record({ kind: fc.constantFrom('translocation', 'snv', ''), gene: fc.string() }),
  fc.record({ kind: fc.constant('fusion'), gene5: fc.string({ maxLength: 6 }), gene3: fc.constant('ALK') }),
  fc.record({ kind: fc.constant('msi'), percentUnstable: fc.double({ min: -10, max: 200 }) }),
  fc.jsonValue({ maxDepth: 2 }),
);

export const messyFinding: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: validFinding },
  { weight: 1, arbitrary: brokenFinding },
);

const DAY = 86_400_000;
const FIRST = Date.UTC(2021, 3, 1); // 2021-04-01, the first table version

/** An ISO date from the first table version to the end of 2026. */
export const asOfDate: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 2100 })
  .map((d) => new Date(FIRST + d * DAY).toISOString().slice(0, 10));

export const patient = fc
  .record({
    id: fc.constantFrom('P1', 'P2', 'PT-0001'),
    age: maybe(fc.integer({ min: 0, max: 100 })),
    ecog: maybe(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('unknown'))),
    standardTherapyExhausted: maybe(fc.constantFrom('yes', 'no', 'unknown')),
    priorDrugs: maybe(fc.subarray(['carboplatin', 'Dabrafenib', 'trametinib', 'olaparib', 'pembrolizumab'])),
    diagnosis: fc.constantFrom(...DIAGNOSES),
  })
  .map(compact);

export const sample = fc
  .record({
    id: fc.constant('S1'),
    assay: maybe(
      fc
        .record({
          panel: fc.constantFrom('TSO500', null),
          dna: maybe(fc.boolean()),
          rna: maybe(fc.boolean()),
        })
        .map(compact),
    ),
    purity: maybe(fc.double({ min: 0.05, max: 1, noNaN: true })),
  })
  .map(compact);

/** A JSON case with schema-valid findings. */
export const validCase = fc.record({
  patient,
  sample,
  findings: fc.array(validFinding, { maxLength: 8 }),
});

/** A JSON case whose findings may be malformed (each is then rejected, the case stands). */
export const messyCase = fc.record({
  patient,
  sample,
  findings: fc.array(messyFinding, { maxLength: 8 }),
});

/** A JSON value shaped like a case at the top, with anything inside. */
export const caseShapedJunk: fc.Arbitrary<unknown> = fc.record(
  {
    patient: fc.oneof(patient, fc.jsonValue({ maxDepth: 2 })),
    sample: fc.oneof(sample, fc.jsonValue({ maxDepth: 2 })),
    findings: fc.oneof(fc.array(messyFinding, { maxLength: 4 }), fc.jsonValue({ maxDepth: 2 })),
    extra: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

const cell = fc.oneof(
  fc.constantFrom(
    'ERBB2',
    'BRAF',
    'ALK',
    'EML4-ALK',
    'RET',
    'NA',
    '',
    '0.35',
    '4.1',
    'chr7',
    'p.(Val600Glu)',
    'missense_variant',
  ),
  fc.string({ maxLength: 10 }),
);

/** TSO500-like text: section headers (real and unknown), key-value lines and table rows with random cells. */
export const tso500Text: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '[Analysis Details]',
        '[TMB]',
        '[MSI]',
        '[Gene Amplifications]',
        '[Splice Variants]',
        '[Fusions]',
        '[Small Variants]',
        '[Copy Number Variants]',
        '[Unknown Section]',
        '',
        'Pair ID\tFX-P',
        'Total TMB\t12.5',
        'Usable MSI Sites\t120',
        'Percent Unstable MSI Sites\t25.0',
        'Gene\tFold Change',
        'Gene Pair\tBreakpoint 1\tBreakpoint 2\tFusion Supporting Reads',
        'Gene\tChromosome\tGenomic Position\tReference Call\tAlternative Call\tAllele Frequency\tDepth\tP-Dot Notation\tC-Dot Notation\tConsequence(s)\tAffected Exon(s)',
      ),
      fc.array(cell, { minLength: 1, maxLength: 11 }).map((cells) => cells.join('\t')),
    ),
    { maxLength: 40 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));
