/**
 * A synthetic cBioPortal study generated in memory from a seed (no file is written or committed): clinical
 * sample and patient files, a MAF, a discrete CNA matrix with NA and -1.5 cells, and an SV file. Used by the
 * tests (read completely) and available to the benchmark (timing belongs there, not in tests).
 */

/** mulberry32: a 32-bit seed to a reproducible stream of floats in [0, 1). */
const random = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const GENES = [
  'ALK',
  'APC',
  'AR',
  'ARID1A',
  'ATM',
  'BRAF',
  'BRCA1',
  'BRCA2',
  'CCND1',
  'CDK4',
  'CDKN2A',
  'CTNNB1',
  'EGFR',
  'ERBB2',
  'ESR1',
  'FGFR1',
  'FGFR2',
  'FGFR3',
  'IDH1',
  'IDH2',
  'KIT',
  'KRAS',
  'MDM2',
  'MET',
  'MYC',
  'NF1',
  'NRAS',
  'NTRK1',
  'PDGFRA',
  'PIK3CA',
  'PTEN',
  'RB1',
  'RET',
  'ROS1',
  'SMAD4',
  'STK11',
  'TP53',
  'TSC2',
];
const CLASSES = [
  'Missense_Mutation',
  'Missense_Mutation',
  'Missense_Mutation',
  'Nonsense_Mutation',
  'Frame_Shift_Del',
  'In_Frame_Del',
  'Splice_Site',
  'Silent',
  'Intron',
];
const CODES = ['LUAD', 'COAD', 'BRCA', 'PAAD', 'SKCM', 'PRAD', 'HGSOC', 'GBM'];
const AMINO = 'ACDEFGHIKLMNPQRSTVWY';
/** Discrete CNA cells and their weights: mostly diploid, some NA (not profiled) and -1.5. */
const CNA_CELLS: ReadonlyArray<readonly [string, number]> = [
  ['0', 80],
  ['-1', 5],
  ['-1.5', 2],
  ['1', 5],
  ['2', 2],
  ['-2', 1],
  ['NA', 5],
];

/** Counts the generator knows, to check a reader against. */
export interface SyntheticStudyCounts {
  readonly samples: number;
  readonly mutationRows: number;
  /** CNA cells by kind: altered (a finding), neutral (0), not profiled (NA). */
  readonly cnaAltered: number;
  readonly cnaNeutral: number;
  readonly cnaNotProfiled: number;
  /** Samples with a CNA column. */
  readonly cnaSamples: number;
  readonly fusions: number;
}

/** A generated study: its files by name, and what they hold. */
export interface SyntheticStudy {
  readonly files: ReadonlyMap<string, string>;
  readonly counts: SyntheticStudyCounts;
}

/**
 * Generates a study of `samples` samples (ids `S-00001`...), two samples per patient for one in ten
 * patients, about three mutations per sample, a 38-gene CNA matrix covering 95 % of samples, and a fusion
 * in 5 % of samples. The same seed gives the same files.
 */
export const syntheticStudy = (samples: number, seed = 1): SyntheticStudy => {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: ReadonlyArray<T>): T => items[Math.floor(next() * items.length)] as T;
  const weighted = (items: ReadonlyArray<readonly [string, number]>): string => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[0]?.[0] ?? '';
  };
  const ids = Array.from({ length: samples }, (_, i) => `S-${String(i + 1).padStart(5, '0')}`);
  const patients: string[] = [];
  const sampleRows: string[] = [];
  let patient = 0;
  ids.forEach((id, i) => {
    // One patient in ten has a second sample: the previous sample's patient.
    if (i === 0 || next() >= 0.1) {
      patient += 1;
      patients.push(`P-${String(patient).padStart(5, '0')}`);
    }
    const p = `P-${String(patient).padStart(5, '0')}`;
    const msi = next() < 0.05 ? ['38.2', 'Instable'] : [(next() * 3).toFixed(2), 'Stable'];
    sampleRows.push([p, id, pick(CODES), (next() * 30).toFixed(1), ...msi].join('\t'));
  });
  const clinicalHeader = (names: ReadonlyArray<string>) => [
    `#${names.join('\t')}`,
    `#${names.join('\t')}`,
    `#${names.map(() => 'STRING').join('\t')}`,
    `#${names.map(() => '1').join('\t')}`,
    names.join('\t'),
  ];
  const sampleFile = [
    ...clinicalHeader([
      'PATIENT_ID',
      'SAMPLE_ID',
      'ONCOTREE_CODE',
      'TMB_NONSYNONYMOUS',
      'MSI_SCORE',
      'MSI_TYPE',
    ]),
    ...sampleRows,
  ];
  const patientFile = [
    ...clinicalHeader(['PATIENT_ID', 'AGE', 'SEX']),
    ...patients.map((p) => [p, String(int(25, 90)), pick(['Male', 'Female'])].join('\t')),
  ];

  const mutations = [
    '#version 2.4',
    'Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSp_Short\tt_ref_count\tt_alt_count',
  ];
  for (const id of ids) {
    const n = int(0, 6);
    for (let k = 0; k < n; k += 1) {
      const change = `p.${pick([...AMINO])}${int(2, 1200)}${pick([...AMINO])}`;
      mutations.push(
        [pick(GENES), id, pick(CLASSES), change, String(int(20, 500)), String(int(5, 300))].join('\t'),
      );
    }
  }

  const cnaIds = ids.filter(() => next() < 0.95);
  let cnaAltered = 0;
  let cnaNeutral = 0;
  let cnaNotProfiled = 0;
  const cna = [['Hugo_Symbol', 'Entrez_Gene_Id', ...cnaIds].join('\t')];
  GENES.forEach((gene, g) => {
    const cells = cnaIds.map(() => weighted(CNA_CELLS));
    for (const c of cells) {
      if (c === '0') cnaNeutral += 1;
      else if (c === 'NA') cnaNotProfiled += 1;
      else cnaAltered += 1;
    }
    cna.push([gene, String(1000 + g), ...cells].join('\t'));
  });

  const sv = ['Sample_Id\tSite1_Hugo_Symbol\tSite2_Hugo_Symbol\tEvent_Info\tTumor_Split_Read_Count'];
  for (const id of ids) {
    if (next() < 0.05) {
      const [five, three] = pick([
        ['EML4', 'ALK'],
        ['CD74', 'ROS1'],
        ['ETV6', 'NTRK3'],
        ['KIF5B', 'RET'],
        ['FGFR3', 'TACC3'],
      ] as const);
      sv.push([id, three, five, `${five}-${three} fusion`, String(int(3, 80))].join('\t'));
    }
  }

  const files = new Map<string, string>([
    ['meta_study.txt', 'type_of_cancer: mixed\ncancer_study_identifier: synthetic_study\n'],
    ['data_clinical_sample.txt', `${sampleFile.join('\n')}\n`],
    ['data_clinical_patient.txt', `${patientFile.join('\n')}\n`],
    ['data_mutations.txt', `${mutations.join('\n')}\n`],
    ['data_cna.txt', `${cna.join('\n')}\n`],
    ['data_sv.txt', `${sv.join('\n')}\n`],
    [
      'case_lists/cases_sequenced.txt',
      `cancer_study_identifier: synthetic_study\ncase_list_ids: ${ids.join('\t')}\n`,
    ],
  ]);
  return {
    files,
    counts: {
      samples,
      mutationRows: mutations.length - 2,
      cnaAltered,
      cnaNeutral,
      cnaNotProfiled,
      cnaSamples: cnaIds.length,
      fusions: sv.length - 1,
    },
  };
};
