import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  readCbioportalStudy,
  type CbioportalOptions,
  type CbioportalStudy,
} from '../../src/adapters/cbioportal.js';
import { studyFilesFromMap, type StudyFiles } from '../../src/adapters/cbioportal-files.js';
import type { CaseDraft } from '../../src/model/draft.js';
import { syntheticStudy } from './cbioportal-synthetic.js';

const root = fileURLToPath(new URL('../../fixtures/cbioportal/demo_study', import.meta.url));

/** The fixture folder as the CLI would offer it: names from the file system, contents read on demand. */
const folder = (dir: string): StudyFiles => {
  const walk = (d: string): ReadonlyArray<string> =>
    readdirSync(d).flatMap((n) =>
      statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [relative(dir, join(d, n))],
    );
  return {
    names: walk(dir).map((n) => n.split('\\').join('/')),
    read: (name) => readFileSync(join(dir, name), 'utf8'),
  };
};

const study = (
  files: StudyFiles | ReadonlyMap<string, string>,
  options: CbioportalOptions = {},
): CbioportalStudy => {
  const result = readCbioportalStudy(files, options);
  if (result._tag === 'Left') throw new Error(result.left.map((i) => i.message).join('\n'));
  return result.right;
};
const failure = (files: ReadonlyMap<string, string>): ReadonlyArray<string> => {
  const result = readCbioportalStudy(files);
  if (result._tag === 'Right') throw new Error('expected the study to fail');
  return result.left.map((i) => `${i.code}: ${i.message}`);
};

const brief = (d: CaseDraft | undefined) => ({
  findings: d?.findings.map((f) => [
    `${f.source.file}:${f.source.line}${f.source.column === undefined ? '' : `:${f.source.column}`}`,
    f.input,
  ]),
  rejected: d?.rejected.map((r) => [r.source?.line, r.summary, r.issues.map((i) => i.code)]),
  notices: d?.notices.map((n) => n.code),
});

describe('readCbioportalStudy: the 5-sample fixture study', () => {
  const s = study(folder(root), { folder: 'demo_study' });
  const drafts = [...s.drafts()];
  const byId = new Map(drafts.map((d) => [d.sample.id, d]));

  it('lists the study, its files and samples (clinical order, then samples found only in data files)', () => {
    expect(s.studyId).toBe('mtb_match_demo_2024');
    expect(s.files).toEqual({
      clinicalSample: 'data_clinical_sample.txt',
      clinicalPatient: 'data_clinical_patient.txt',
      mutations: 'data_mutations.txt',
      cna: 'data_cna.txt',
      sv: 'data_sv.txt',
      metaStudy: 'meta_study.txt',
    });
    expect(s.sampleIds).toEqual(['S-001', 'S-002', 'S-003', 'S-004', 'S-005']);
    expect(drafts.map((d) => d.sample.id)).toEqual(s.sampleIds);
    expect(s.notices).toEqual([]);
    expect(drafts.every((d) => d.source.format === 'cbioportal' && d.source.file === 'demo_study')).toBe(
      true,
    );
  });

  it('S-001: patient facts, mutations, -2/2 CNA levels, SV fusion ordered by Event_Info, TMB and MSI', () => {
    const d = byId.get('S-001');
    expect(d?.patient).toEqual({ id: 'P-001', age: 63, sex: 'male', diagnosis: 'LUAD' });
    expect(d?.sample).toEqual({ id: 'S-001', assay: { panel: null, dna: true } });
    expect(brief(d)).toEqual({
      findings: [
        [
          'demo_study/data_mutations.txt:3',
          {
            kind: 'sequence-variant',
            gene: 'EGFR',
            proteinChange: 'p.L858R',
            cdnaChange: 'c.2573T>G',
            transcript: 'ENST00000275493',
            consequences: ['missense_variant'],
            exon: '21/28',
            vaf: 0.25,
            depth: 400,
            origin: 'somatic',
          },
        ],
        [
          'demo_study/data_mutations.txt:4',
          {
            kind: 'sequence-variant',
            gene: 'TP53',
            proteinChange: 'p.R273H',
            cdnaChange: 'c.818G>A',
            transcript: 'ENST00000269305',
            consequences: ['missense_variant'],
            exon: '8/11',
            vaf: 0.5,
            depth: 400,
            origin: 'somatic',
          },
        ],
        ['demo_study/data_cna.txt:2:S-001', { kind: 'copy-number', gene: 'MET', call: 'amplification' }],
        [
          'demo_study/data_cna.txt:3:S-001',
          { kind: 'copy-number', gene: 'CDKN2A', call: 'homozygous-deletion' },
        ],
        [
          'demo_study/data_sv.txt:2',
          {
            kind: 'fusion',
            gene5: 'EML4',
            gene3: 'ALK',
            orientationKnown: true,
            breakpoint5: '2:42522654',
            breakpoint3: '2:29446394',
            supportingReads: 42,
          },
        ],
        ['demo_study/data_clinical_sample.txt:6:TMB_NONSYNONYMOUS', { kind: 'tmb', value: 5.2 }],
        [
          'demo_study/data_clinical_sample.txt:6:MSI_SCORE',
          { kind: 'msi', percentUnstable: 0.5, status: 'MSS' },
        ],
      ],
      rejected: [],
      notices: ['cbioportal_panel_unknown'],
    });
  });

  it('S-002: -1.5 is a loss, NA genes are noted as not profiled, IGR and intragenic rows are rejected', () => {
    const d = byId.get('S-002');
    expect(d?.patient).toEqual({ id: 'P-002', age: 58, sex: 'female', diagnosis: 'COAD' });
    const b = brief(d);
    expect(b.findings?.map(([, input]) => input)).toEqual([
      expect.objectContaining({ gene: 'KRAS', proteinChange: 'p.G12D' }),
      { kind: 'copy-number', gene: 'ERBB2', call: 'loss' },
      { kind: 'tmb', value: 48.1 },
      { kind: 'msi', percentUnstable: 35.2, status: 'MSI-H' },
    ]);
    expect(b.rejected).toEqual([
      [6, 'Unknown IGR', ['maf_no_gene']],
      [4, 'EGFR-intragenic', ['cbioportal_sv_intragenic']],
    ]);
    expect(d?.notices.find((n) => n.code === 'cbioportal_cna_genes_not_profiled')?.message).toBe(
      'Sample "S-002" was not profiled (NA) for 2 genes of the copy-number file: EGFR, BRCA2.',
    );
  });

  it('S-003: second sample of P-002; an SV whose Event_Info does not name the order keeps orientation unknown', () => {
    const d = byId.get('S-003');
    expect(d?.patient.id).toBe('P-002');
    expect(d?.findings.map((f) => f.input)).toEqual([
      expect.objectContaining({ gene: 'PIK3CA' }),
      { kind: 'copy-number', gene: 'CDKN2A', call: 'loss' },
      { kind: 'copy-number', gene: 'ERBB2', call: 'amplification' },
      {
        kind: 'fusion',
        gene5: 'ETV6',
        gene3: 'NTRK3',
        orientationKnown: false,
        breakpoint5: '12:12022903',
        breakpoint3: '15:88483984',
        supportingReads: 8,
      },
    ]);
  });

  it('S-004: clinical only, so neither mutation- nor CNA-profiled: unknown panel, and why', () => {
    const d = byId.get('S-004');
    expect(d?.sample).toEqual({ id: 'S-004', assay: { panel: null, dna: false } });
    expect(d?.findings.map((f) => f.input)).toEqual([
      { kind: 'tmb', value: 2.1 },
      { kind: 'msi', percentUnstable: 1.1 },
    ]);
    expect(d?.notices.map((n) => n.message)).toEqual([
      'Sample "S-004" has no mutation rows and no case list or gene panel matrix says it was sequenced: the panel is recorded as unknown.',
      'Sample "S-004" has no column in demo_study/data_cna.txt, so it was not CNA-profiled: the panel is recorded as unknown.',
    ]);
    // P-003's AGE is NA: no age, no guess.
    expect(d?.patient).toEqual({ id: 'P-003', sex: 'female', diagnosis: 'BRCA' });
  });

  it('S-005: in the data files but not the clinical file: a draft with a notice; an unreadable CNA cell is rejected', () => {
    const d = byId.get('S-005');
    expect(d?.patient).toEqual({});
    expect(brief(d).rejected).toEqual([[6, 'BRCA2 3', ['cbioportal_cna_value']]]);
    expect(d?.notices[0]?.message).toBe(
      'Sample "S-005" has data in demo_study/data_mutations.txt, demo_study/data_cna.txt but no row in the clinical sample file: patient and diagnosis are unknown.',
    );
  });

  it('keeps rows without a sample id as unassigned, with their line', () => {
    expect(s.unassigned.map((r) => [r.source?.file, r.source?.line, r.issues.map((i) => i.code)])).toEqual([
      ['demo_study/data_mutations.txt', 9, ['maf_no_sample']],
      ['demo_study/data_sv.txt', 5, ['cbioportal_sv_no_sample']],
    ]);
  });

  it('accounts for every mutation and SV row and every CNA cell', () => {
    const from = (file: string) => (d: CaseDraft) =>
      [...d.findings.map((f) => f.source.file), ...d.rejected.map((r) => r.source?.file)].filter(
        (f) => f === file,
      ).length;
    const count = (file: string) =>
      drafts.reduce((n, d) => n + from(file)(d), 0) +
      s.unassigned.filter((r) => r.source?.file === file).length;
    expect(count('demo_study/data_mutations.txt')).toBe(7);
    expect(count('demo_study/data_sv.txt')).toBe(4);
    // Every CNA cell is a finding, a rejected cell, a gene noted as not profiled (NA) or diploid (0).
    const cells = readFileSync(join(root, 'data_cna.txt'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .flatMap((line) => line.split('\t').slice(2));
    expect(cells).toHaveLength(20);
    expect(count('demo_study/data_cna.txt')).toBe(cells.filter((c) => c !== '0' && c !== 'NA').length);
    const notProfiled = drafts.flatMap((d) =>
      d.notices.filter((n) => n.code === 'cbioportal_cna_genes_not_profiled'),
    );
    expect(notProfiled.map((n) => n.message.match(/for (\d+) gene/)?.[1])).toEqual([
      String(cells.filter((c) => c === 'NA').length),
    ]);
  });

  it('records the panel option for fully profiled samples only', () => {
    const tso = study(folder(root), { panel: 'TSO500' });
    expect([...tso.drafts()].map((d) => [d.sample.id, d.sample.assay?.panel])).toEqual([
      ['S-001', 'TSO500'],
      ['S-002', 'TSO500'],
      ['S-003', 'TSO500'],
      ['S-004', null],
      ['S-005', 'TSO500'],
    ]);
    expect(tso.draft('S-001')?.notices).toEqual([]);
    expect(tso.draft('S-999')).toBeUndefined();
  });

  it('reads each file at most once, however many drafts are built', () => {
    const base = folder(root);
    const reads = new Map<string, number>();
    const counting: StudyFiles = {
      names: base.names,
      read: (name) => {
        reads.set(name, (reads.get(name) ?? 0) + 1);
        return base.read(name);
      },
    };
    const st = study(counting);
    expect([...st.drafts()]).toHaveLength(5);
    expect([...st.drafts()]).toHaveLength(5);
    st.draft('S-001');
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    expect([...reads.keys()].sort()).toEqual([
      'case_lists/cases_sequenced.txt',
      'data_clinical_patient.txt',
      'data_clinical_sample.txt',
      'data_cna.txt',
      'data_mutations.txt',
      'data_sv.txt',
      'meta_study.txt',
    ]);
  });
});

describe('readCbioportalStudy: other study shapes', () => {
  const clinical = 'SAMPLE_ID\tPATIENT_ID\tONCOTREE_CODE\nS1\tP1\tLUAD\nS2\tP2\tCOAD';

  it('reads the deprecated fusion file: A-B split around Hugo_Symbol, the partner row is a duplicate', () => {
    const fusions = [
      'Hugo_Symbol\tEntrez_Gene_Id\tCenter\tTumor_Sample_Barcode\tFusion\tDNA_support\tRNA_support\tMethod\tFrame',
      'EML4\t27436\tc\tS1\tEML4-ALK fusion\tyes\tno\tx\tin-frame',
      'ALK\t238\tc\tS1\tEML4-ALK fusion\tyes\tno\tx\tin-frame',
      'NKX2-1\t7080\tc\tS2\tNKX2-1-RET fusion\tyes\tno\tx\tin-frame',
      'ALK\t238\tc\tS2\tALK-intragenic\tyes\tno\tx\t.',
      'RET\t5979\tc\tS2\tFusion\tyes\tno\tx\t.',
    ].join('\n');
    const s = study(
      new Map([
        ['data_clinical_sample.txt', clinical],
        ['data_fusions.txt', fusions],
      ]),
    );
    expect(s.draft('S1')?.findings.map((f) => f.input)).toEqual([
      { kind: 'fusion', gene5: 'EML4', gene3: 'ALK', orientationKnown: true },
    ]);
    expect(brief(s.draft('S1')).rejected).toEqual([[3, 'EML4-ALK fusion', ['cbioportal_fusion_duplicate']]]);
    expect(s.draft('S2')?.findings.map((f) => f.input)).toEqual([
      { kind: 'fusion', gene5: 'NKX2-1', gene3: 'RET', orientationKnown: true },
    ]);
    expect(brief(s.draft('S2')).rejected).toEqual([
      [5, 'ALK-intragenic', ['cbioportal_sv_intragenic']],
      [6, 'RET Fusion', ['cbioportal_fusion_unparsed']],
    ]);
  });

  it('prefers data_sv over data_fusions, and the shortest of several mutation files, with notices', () => {
    const maf = 'Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\nKRAS\tS1\tMissense_Mutation';
    const s = study(
      new Map([
        ['data_clinical_sample.txt', clinical],
        ['data_mutations_extended.txt', maf],
        ['data_mutations.txt', maf],
        ['data_sv.txt', 'Sample_Id\tSite1_Hugo_Symbol\tSite2_Hugo_Symbol\nS1\tALK\tEML4'],
        ['data_fusions.txt', 'Hugo_Symbol\tTumor_Sample_Barcode\tFusion\nALK\tS1\tEML4-ALK fusion'],
        ['data_cna_hg19.seg', 'ID\tchrom\tloc.start\tloc.end\tnum.mark\tseg.mean'],
      ]),
    );
    expect(s.files).toEqual({
      clinicalSample: 'data_clinical_sample.txt',
      mutations: 'data_mutations.txt',
      sv: 'data_sv.txt',
    });
    expect(s.notices.map((n) => n.message)).toEqual([
      'The study has several mutation files: read data_mutations.txt, ignored data_mutations_extended.txt.',
      'The study has several structural-variant files: read data_sv.txt, ignored data_fusions.txt.',
    ]);
  });

  it('takes the panel from the gene panel matrix when no option is given', () => {
    const s = study(
      new Map([
        ['data_clinical_sample.txt', clinical],
        ['data_cna.txt', 'Hugo_Symbol\tS1\tS2\nKRAS\t0\t0'],
        [
          'data_gene_panel_matrix.txt',
          'SAMPLE_ID\tmutations\tcna\nS1\tIMPACT468\tIMPACT468\nS2\tNA\tIMPACT468',
        ],
      ]),
    );
    expect([...s.drafts()].map((d) => [d.sample.id, d.sample.assay])).toEqual([
      ['S1', { panel: 'IMPACT468', dna: true }],
      ['S2', { panel: null, dna: true }],
    ]);
  });

  it('reads clinical words: MSI types, sex, bad ages and numbers, duplicate samples', () => {
    const sample = [
      'SAMPLE_ID\tPATIENT_ID\tONCOTREE_CODE\tTMB_NONSYNONYMOUS\tMSI_TYPE\tMSI_SCORE',
      'S1\tP1\tLUAD\thigh\tMSI-H\t140',
      'S2\tP2\t\t3\tunclear\tNA',
      'S1\tP1\tCOAD\t1\t\t',
    ].join('\n');
    const patient = ['PATIENT_ID\tAGE\tGENDER', 'P1\t200\tF', 'P2\t45\tnonbinary'].join('\n');
    const s = study(
      new Map([
        ['data_clinical_sample.txt', sample],
        ['data_clinical_patient.txt', patient],
      ]),
    );
    expect(s.notices.map((n) => n.code)).toEqual(['cbioportal_duplicate_sample']);
    const s1 = s.draft('S1');
    expect(s1?.patient).toEqual({ id: 'P1', sex: 'female', diagnosis: 'LUAD' });
    expect(s1?.findings.map((f) => f.input)).toEqual([{ kind: 'msi', status: 'MSI-H' }]);
    expect(s1?.notices.map((n) => n.code)).toEqual(
      expect.arrayContaining(['table_bad_number', 'cbioportal_bad_age']),
    );
    const s2 = s.draft('S2');
    expect(s2?.patient).toEqual({ id: 'P2', age: 45, sex: 'unknown' });
    expect(s2?.findings.map((f) => f.input)).toEqual([{ kind: 'tmb', value: 3 }]);
    expect(s2?.notices.map((n) => n.code)).toEqual(
      expect.arrayContaining(['cbioportal_msi_type', 'cbioportal_no_oncotree_code']),
    );
  });

  it('notes samples whose patient is missing, repeated patients, CNA rows without a gene and one-partner SVs', () => {
    const s = study(
      new Map([
        ['data_clinical_sample.txt', 'SAMPLE_ID\tPATIENT_ID\tONCOTREE_CODE\nS1\tP9\tLUAD'],
        ['data_clinical_patient.txt', 'PATIENT_ID\tAGE\nP1\t50\nP1\t51'],
        ['data_cna.txt', 'Hugo_Symbol\tEntrez_Gene_Id\tS1\nNA\t673\t2\nKRAS\t3845\t0'],
        ['data_sv.txt', 'Sample_Id\tSite1_Hugo_Symbol\tSite2_Hugo_Symbol\nS1\tALK\t'],
      ]),
    );
    expect(s.notices.map((n) => n.code)).toEqual(['cbioportal_duplicate_patient']);
    const d = s.draft('S1');
    expect(d?.notices.map((n) => n.code)).toContain('cbioportal_patient_not_found');
    expect(d?.rejected.map((r) => r.issues.map((i) => i.code))).toEqual([
      ['cbioportal_cna_no_gene'],
      ['cbioportal_sv_one_partner'],
    ]);
  });

  it.each([
    ['no study files', new Map([['README.md', '# x']]), /^cbioportal_no_data_files: The study folder has no/],
    [
      'a binary mutation file',
      new Map([['data_mutations.txt', '\u001f\u008b\u0008\u0000']]),
      /^file_binary: data_mutations\.txt is not a text MAF file/,
    ],
    [
      'a clinical file without SAMPLE_ID',
      new Map([['data_clinical_sample.txt', 'PATIENT_ID\nP1']]),
      /^table_missing_columns: data_clinical_sample\.txt lacks the required column SAMPLE_ID/,
    ],
    [
      'a CNA file without Hugo_Symbol',
      new Map([['data_cna.txt', 'Entrez_Gene_Id\tS1\n673\t2']]),
      /^table_missing_columns: data_cna\.txt lacks the required column Hugo_Symbol/,
    ],
  ])('fails on %s', (_, files, message) => {
    const issues = failure(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(message);
  });

  it('reports every broken file at once, and files it cannot read', () => {
    const files: StudyFiles = {
      names: ['data_mutations.txt', 'data_cna.txt', 'data_clinical_sample.txt'],
      read: (name) => (name === 'data_cna.txt' ? undefined : name === 'data_mutations.txt' ? 'x' : 'A\nB'),
    };
    const result = readCbioportalStudy(files);
    expect(result._tag === 'Left' && result.left.map((i) => i.code)).toEqual([
      'table_missing_columns',
      'table_missing_columns',
      'cbioportal_unreadable_file',
    ]);
  });

  it('studyFilesFromMap and a plain map read the same', () => {
    const files = new Map([['data_clinical_sample.txt', clinical]]);
    expect([...study(studyFilesFromMap(files)).drafts()]).toEqual([...study(files).drafts()]);
  });
});

describe('readCbioportalStudy: a generated 1,000-sample study', () => {
  const { files, counts } = syntheticStudy(1000, 20240115);
  const s = study(files);

  it('yields one draft per sample', () => {
    let n = 0;
    for (const d of s.drafts()) {
      expect(d.sample.id).toBe(s.sampleIds[n]);
      n += 1;
    }
    expect(n).toBe(1000);
    expect(s.sampleIds).toHaveLength(counts.samples);
  });

  it('reads it completely: every mutation row, CNA cell and fusion', () => {
    let mutations = 0;
    let cna = 0;
    let fusions = 0;
    let notProfiled = 0;
    let cnaSamples = 0;
    for (const d of s.drafts()) {
      mutations += [...d.findings, ...d.rejected].filter(
        (f) => f.source?.file === 'data_mutations.txt',
      ).length;
      cna += d.findings.filter((f) => f.input.kind === 'copy-number').length;
      fusions += d.findings.filter((f) => f.input.kind === 'fusion').length;
      const na = d.notices
        .find((n) => n.code === 'cbioportal_cna_genes_not_profiled')
        ?.message.match(/for (\d+) gene/)?.[1];
      notProfiled += Number(na ?? 0);
      if (!d.notices.some((n) => n.code === 'cbioportal_not_cna_profiled')) cnaSamples += 1;
      expect(d.patient.diagnosis).toMatch(/^[A-Z]+$/);
    }
    expect(s.unassigned).toEqual([]);
    expect(mutations).toBe(counts.mutationRows);
    expect(cna).toBe(counts.cnaAltered);
    expect(notProfiled).toBe(counts.cnaNotProfiled);
    expect(cnaSamples).toBe(counts.cnaSamples);
    expect(fusions).toBe(counts.fusions);
  });

  it('is the same study for the same seed', () => {
    expect(syntheticStudy(50, 7).files).toEqual(syntheticStudy(50, 7).files);
    expect(syntheticStudy(50, 7).files).not.toEqual(syntheticStudy(50, 8).files);
  });
});
