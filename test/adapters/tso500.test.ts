import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { completeCase } from '../../src/adapters/complete-case.js';
import { readTso500, readTso500Account } from '../../src/adapters/tso500.js';
import type { Case, Finding } from '../../src/model/case.js';
import type { CaseDraft } from '../../src/model/draft.js';
import type { Issue } from '../../src/model/issue.js';

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'fixtures/tso500');
/** Decoded as the CLI decodes files: UTF-8, invalid bytes become U+FFFD. */
const fixture = (name: string): string => new TextDecoder().decode(readFileSync(join(dir, name)));

const draftOf = (name: string): CaseDraft => {
  const read = readTso500(fixture(name), { file: name });
  if (read._tag === 'Left') throw new Error(`${name}: ${read.left.map((i) => i.message).join(' ')}`);
  return read.right;
};

const caseOf = (name: string): Case => {
  const c = completeCase(draftOf(name), { diagnosis: 'LUAD' });
  if (c._tag === 'Left') throw new Error(`${name}: ${c.left.map((i) => i.message).join(' ')}`);
  return c.right;
};

const codes = (issues: ReadonlyArray<Issue>): ReadonlyArray<string> =>
  [...new Set(issues.map((i) => i.code))].sort();
const keys = (c: Case): ReadonlyArray<string> => c.findings.map((f) => f.key);
const find = (c: Case, key: string): Finding => {
  const f = c.findings.find((x) => x.key === key);
  if (f === undefined) throw new Error(`no finding ${key}`);
  return f;
};

const TABLE_SECTIONS = new Set([
  'Gene Amplifications',
  'Copy Number Variants',
  'Splice Variants',
  'Fusions',
  'Exon-Level CNVs',
  'Large Rearrangements',
  'Small Variants',
]);

/** Data lines of table sections, found independently of the reader: after each header, up to a blank line. */
const tableDataLines = (text: string): ReadonlyArray<number> => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: number[] = [];
  let state: 'out' | 'header' | 'rows' = 'out';
  lines.forEach((raw, i) => {
    const cells = raw.split('\t').map((c) => c.trim());
    const blank = cells.every((c) => c === '');
    const section = /^\[(.+)\]$/.exec(cells[0] ?? '');
    if (section !== null) state = TABLE_SECTIONS.has(section[1] ?? '') ? 'header' : 'out';
    else if (blank) state = 'out';
    else if (/^[A-Z .]+$/.test(cells[0] ?? '') && (cells[0] ?? '').split(' ').length >= 4)
      return; // banner
    else if (state === 'header')
      state =
        cells[0] === 'NA' && cells.every((c) => c === '' || c === 'NA') ? (out.push(i + 1), 'rows') : 'rows';
    else if (state === 'rows') out.push(i + 1);
  });
  return out;
};

describe('readTso500: every table line is accounted for', () => {
  it.each([
    'local-app-2.2.tsv',
    'dragen-2.1.tsv',
    'dragen-2.6.tsv',
    'example-lung-erbb2.tsv',
    'rna-only.tsv',
    'dna-only.tsv',
    'unknown-section.tsv',
    'truncated.tsv',
    'missing-small-variants.tsv',
    'binary.tsv',
    'impossible-values.tsv',
  ])('%s', (name) => {
    const text = fixture(name);
    const read = readTso500Account(text, { file: name });
    expect(read._tag).toBe('Right');
    if (read._tag !== 'Right') return;
    const { draft, noCallLines } = read.right;
    const data = tableDataLines(text);
    const findingLines = new Set(draft.findings.map((f) => f.source.line));
    const rejectedLines = new Set(draft.rejected.map((r) => r.source?.line));
    // No line is both a finding and a rejected row; every data line is exactly one of the three.
    expect([...findingLines].filter((l) => rejectedLines.has(l))).toEqual([]);
    const accounted = new Set([...findingLines, ...rejectedLines, ...noCallLines]);
    expect(data.filter((l) => !accounted.has(l))).toEqual([]);
    expect(noCallLines.filter((l) => findingLines.has(l) || rejectedLines.has(l))).toEqual([]);
    // Findings not from table lines come from the key-value biomarker sections only.
    const other = draft.findings.filter((f) => !data.includes(f.source.line ?? 0)).map((f) => f.input.kind);
    expect(other.every((k) => k === 'tmb' || k === 'msi' || k === 'hrd')).toBe(true);
    // The case accounts for every draft finding and rejected row.
    const c = completeCase(draft, { diagnosis: 'LUAD' });
    expect(c._tag).toBe('Right');
    if (c._tag !== 'Right') return;
    expect(c.right.inputCount).toBe(draft.findings.length + draft.rejected.length);
    expect(c.right.findings.length + c.right.rejected.length).toBe(c.right.inputCount);
  });
});

describe('Local App 2.2 (CRLF, 3-field padding)', () => {
  const c = caseOf('local-app-2.2.tsv');

  it('reads the sample and assay', () => {
    expect(c.sample).toEqual({
      id: 'LA-0042',
      date: null,
      assay: { panel: 'TSO500', version: 'Local App ruo-2.2.0.12', dna: true, rna: true },
      purity: null,
    });
    expect(c.source).toEqual({ format: 'tso500', file: 'local-app-2.2.tsv' });
  });

  it('reads every section into keyed findings', () => {
    expect(keys(c)).toEqual([
      'cn:MET:amplification',
      'cn:MYCL:amplification',
      'fusion:CD74::ROS1',
      'fusion:EGFR::SEPTIN14',
      'fusion:EML4::ALK',
      'fusion:PPARG::PAX8',
      'msi',
      'splice:EGFR:2-7',
      'splice:MET:14',
      'sv:BRCA2:p.S1982Rfs*22',
      'sv:ERBB2:c.*57C>T',
      'sv:KIT:p.W557*',
      'sv:MAP2K1:p.E102_I103del',
      'sv:MTOR:c.7165-1G>T',
      'sv:MTOR:p.N999=',
      'sv:PTEN:p.R130Q',
      'sv:TENT5C:p.D90N',
      'sv:TNFRSF14:p.K17R',
      'sv:TP53:c.672+62A>G',
      'tmb',
    ]);
    expect(c.inputCount).toBe(22);
    // Rejected rows are sorted by summary (code-unit order: "chr13" before "chr1:").
    expect(c.rejected.map((r) => [r.summary, r.source?.line, codes(r.issues)])).toEqual([
      ['chr13:48303747 T>C (no gene)', 62, ['tso500_off_gene_variant']],
      ['chr1:16919005 C>T (no gene)', 55, ['tso500_off_gene_variant']],
    ]);
    expect(c.rejected.flatMap((r) => r.issues).every((i) => i.severity === 'notice')).toBe(true);
  });

  it('keeps intronic, UTR and synonymous rows, not protein-altering; splice sites truncating', () => {
    const classes = Object.fromEntries(
      c.findings.flatMap((f) =>
        f.kind === 'sequence-variant' ? [[f.key, [f.variantClass, f.proteinAltering, f.truncating]]] : [],
      ),
    );
    expect(classes).toMatchObject({
      'sv:TP53:c.672+62A>G': ['intronic', false, false],
      'sv:ERBB2:c.*57C>T': ['utr', false, false],
      'sv:MTOR:p.N999=': ['splice-region', false, false],
      'sv:MTOR:c.7165-1G>T': ['splice-site', true, true],
      'sv:KIT:p.W557*': ['nonsense', true, true],
      'sv:BRCA2:p.S1982Rfs*22': ['frameshift', true, true],
      'sv:MAP2K1:p.E102_I103del': ['inframe-deletion', true, false],
    });
    const syn = find(c, 'sv:MTOR:p.N999=');
    expect(syn).toMatchObject({
      proteinText: 'NM_004958.3:c.2997C>T(p.(Asn999=))',
      cdnaText: 'NM_004958.3:c.2997C>T',
      transcript: 'NM_004958.3',
      exon: { number: 21, total: 58 },
      vaf: 0.5021,
      depth: 1003,
      source: { file: 'local-app-2.2.tsv', line: 57 },
    });
  });

  it('normalizes legacy symbols and keeps what was written', () => {
    expect(find(c, 'sv:TENT5C:p.D90N')).toMatchObject({ inputGene: 'FAM46C', gene: { symbol: 'TENT5C' } });
    expect(find(c, 'cn:MYCL:amplification')).toMatchObject({ inputGene: 'MYCL1', foldChange: 3.12 });
    expect(find(c, 'fusion:EGFR::SEPTIN14')).toMatchObject({
      orientationKnown: true,
      breakpoint5: 'chr7:55268106',
    });
  });

  it('derives copy number from fold change at unknown purity, and says so', () => {
    const cn = find(c, 'cn:MYCL:amplification');
    expect(cn).toMatchObject({ copyNumber: 6.24, copyNumberDerived: true });
    expect(cn.notes.map((n) => n.code)).toContain('copy_number_purity_unknown');
  });

  it('splits fusion gene pairs with the gene dictionary and names what it set aside', () => {
    const choice = c.notices.filter((n) => n.code === 'tso500_fusion_partner_choice');
    expect(choice.map((n) => n.location?.line)).toEqual([48, 49]);
    expect(choice[0]?.message).toContain('GOPC (not a panel fusion gene)');
    expect(choice[1]?.message).toContain('AC016683.6 (not a known gene)');
  });

  it('reads splice variants with totals and the TMB/MSI biomarkers', () => {
    expect(find(c, 'splice:MET:14')).toMatchObject({
      skippedExons: { from: 14, to: 14 },
      supportingReads: 58,
    });
    expect(find(c, 'splice:EGFR:2-7')).toMatchObject({ skippedExons: { from: 2, to: 7 } });
    expect(find(c, 'tmb')).toMatchObject({ value: 12.6, eligibleVariants: 16, regionSizeMb: 1.27 });
    expect(find(c, 'msi')).toMatchObject({ percentUnstable: 2.42, usableSites: 124, status: null });
  });

  it('reads the same with LF line ends and no padding', () => {
    const text = fixture('local-app-2.2.tsv');
    // Padding only ever fills lines up to 3 fields; wider rows keep their (possibly empty) cells.
    const stripped = text
      .split('\r\n')
      .map((l) => (l.split('\t').length <= 3 ? l.replace(/\t+$/, '') : l))
      .join('\n');
    expect(stripped).not.toContain('\r');
    const a = readTso500(text, { file: 'x' });
    const b = readTso500(stripped, { file: 'x' });
    expect(b).toEqual(a);
  });
});

describe('DRAGEN 2.1 (11-field padding, tab-only blank lines)', () => {
  const c = caseOf('dragen-2.1.tsv');

  it('reads sample, purity from [GIS] and the generation', () => {
    expect(c.sample).toMatchObject({
      id: 'DR21-0007',
      purity: 0.62,
      assay: { panel: 'TSO500', version: 'DRAGEN 2.1 ruo-2.1.1.4', dna: true, rna: true },
    });
  });

  it('reads the findings', () => {
    expect(keys(c)).toEqual([
      'cn:ERBB2:amplification',
      'hrd',
      'msi',
      'splice:AR:AR-V7 (exon 3 to cryptic exon 3)',
      'sv:ACVR2A:c.1310-29T>C',
      'sv:APC:p.R1450*',
      'sv:ATM:c.3078+1G>A',
      'sv:BRAF:p.V600E',
      'sv:KMT2D:p.P1820=',
      'sv:PIK3CA:p.H1047R',
      'sv:RNF43:p.G659Vfs*41',
      'tmb',
    ]);
    expect(c.rejected).toEqual([]);
    expect(find(c, 'hrd')).toMatchObject({ score: 47 });
    expect(find(c, 'sv:ATM:c.3078+1G>A')).toMatchObject({ variantClass: 'splice-site', truncating: true });
  });

  it('derives copy number from fold change and purity', () => {
    // (2 x 5.21 - 2 x (1 - 0.62)) / 0.62 = 15.58
    expect(find(c, 'cn:ERBB2:amplification')).toMatchObject({ copyNumber: 15.58, copyNumberDerived: true });
  });

  it('labels the unannotated AR-V7 junction and counts BRCA NA rows and NA tables as no call', () => {
    expect(find(c, 'splice:AR:AR-V7 (exon 3 to cryptic exon 3)')).toMatchObject({ skippedExons: null });
    const read = readTso500Account(fixture('dragen-2.1.tsv'));
    expect(read._tag === 'Right' && read.right.noCallLines).toEqual([41, 45, 46]);
    expect(codes(c.notices)).toEqual(['patient_id_from_sample', 'tso500_splice_label']);
  });
});

describe('DRAGEN 2.6 (header-only tables, percent tumor fraction, no final newline)', () => {
  const c = caseOf('dragen-2.6.tsv');

  it('reads percent tumor fraction as purity', () => {
    expect(c.sample).toMatchObject({
      id: 'D26-0113',
      purity: 0.55,
      assay: { version: 'DRAGEN 2.6 2.6.2.4', dna: true, rna: true },
    });
    expect(c.notices.find((n) => n.code === 'tso500_percent_tumor_fraction')?.location).toEqual({
      file: 'dragen-2.6.tsv',
      line: 25,
      column: 'Tumor Fraction',
    });
  });

  it('reads [Copy Number Variants] gains and losses with absolute copy numbers', () => {
    expect(keys(c).filter((k) => k.startsWith('cn:'))).toEqual([
      'cn:BRCA2:deletion',
      'cn:CDKN2A:homozygous-deletion',
      'cn:EGFR:amplification',
      'cn:FANCD2:loss',
      'cn:GSK3B:amplification',
    ]);
    expect(find(c, 'cn:EGFR:amplification')).toMatchObject({
      foldChange: 1.5,
      copyNumber: 5,
      copyNumberDerived: false,
    });
    expect(find(c, 'cn:CDKN2A:homozygous-deletion')).toMatchObject({
      copyNumber: 0,
      copyNumberDerived: false,
    });
    // (2 x 1.33 - 2 x 0.45) / 0.55 = 3.2
    expect(find(c, 'cn:GSK3B:amplification')).toMatchObject({ copyNumber: 3.2, copyNumberDerived: true });
    expect(c.notices.find((n) => n.code === 'tso500_exon_level_cnv')?.message).toContain('exons 3-10');
  });

  it('reads DRAGEN splice exons and the header-only fusion table as empty', () => {
    expect(find(c, 'splice:MET:14')).toMatchObject({ skippedExons: { from: 14, to: 14 } });
    expect(c.findings.some((f) => f.kind === 'fusion')).toBe(false);
    expect(c.inputCount).toBe(14);
    expect(c.rejected).toEqual([]);
  });
});

describe('README quick start: example-lung-erbb2.tsv', () => {
  const c = caseOf('example-lung-erbb2.tsv');

  it('is a lung adenocarcinoma with an ERBB2 exon 20 insertion, KRAS wild type, TMB 7.1, MSS', () => {
    expect(c.patient.diagnosis).toEqual({ code: 'LUAD', name: 'Lung Adenocarcinoma', resolvedFrom: null });
    expect(keys(c)).toEqual([
      'cn:MYC:amplification',
      'msi',
      'sv:EGFR:p.Q787=',
      'sv:ERBB2:p.Y772_A775dup',
      'sv:STK11:c.*16C>G',
      'sv:TP53:c.74+38C>G',
      'sv:TP53:p.R273H',
      'tmb',
    ]);
    expect(find(c, 'sv:ERBB2:p.Y772_A775dup')).toMatchObject({
      variantClass: 'inframe-duplication',
      proteinAltering: true,
      exon: { number: 20, total: 27 },
    });
    expect(c.findings.some((f) => 'gene' in f && f.gene.symbol === 'KRAS')).toBe(false);
    expect(find(c, 'tmb')).toMatchObject({ value: 7.1 });
    expect(find(c, 'msi')).toMatchObject({ percentUnstable: 0 });
    expect(c.sample.assay).toEqual({
      panel: 'TSO500',
      version: 'Local App ruo-2.2.0.12',
      dna: true,
      rna: true,
    });
    expect(c.rejected.map((r) => r.summary)).toEqual(['chr6:41903782 A>G (no gene)']);
  });
});

describe('quirk files', () => {
  it('RNA-only pair: DNA not tested, TMB and MSI not assessed', () => {
    const c = caseOf('rna-only.tsv');
    expect(c.sample.assay).toMatchObject({ dna: false, rna: true });
    expect(keys(c)).toEqual(['fusion:KIF5B::RET']);
    expect(codes(c.notices)).toEqual(['patient_id_from_sample', 'tso500_arm_absent', 'tso500_not_assessed']);
    expect(c.notices.find((n) => n.code === 'tso500_arm_absent')?.location?.line).toBe(6);
  });

  it('DNA-only pair: RNA not tested, fusions and splice NA tables empty', () => {
    const c = caseOf('dna-only.tsv');
    expect(c.sample.assay).toMatchObject({ dna: true, rna: false });
    expect(keys(c)).toEqual(['msi', 'sv:KRAS:p.G12C', 'sv:STK11:p.Q170*', 'tmb']);
    expect(codes(c.notices)).toContain('tso500_arm_absent');
    expect(c.notices.find((n) => n.code === 'tso500_not_assessed')?.message).toContain(
      'Genomic Instability Score',
    );
  });

  it('unknown section and banner lines: notices with their line, the rest read', () => {
    const c = caseOf('unknown-section.tsv');
    const unknown = c.notices.find((n) => n.code === 'tso500_unknown_section');
    expect(unknown).toMatchObject({
      severity: 'notice',
      location: { file: 'unknown-section.tsv', line: 34 },
    });
    expect(unknown?.message).toContain('[Loss of Heterozygosity]');
    expect(c.notices.filter((n) => n.code === 'tso500_banner_line').map((n) => n.location?.line)).toEqual([
      24, 30,
    ]);
    expect(keys(c)).toEqual(['cn:CCNE1:amplification', 'hrd', 'msi', 'sv:BRCA2:p.N1784Kfs*3', 'tmb']);
    expect(c.sample.purity).toBe(0.4);
  });

  it('truncated file: the short last row is rejected, the file reported, DNA read as not tested', () => {
    const c = caseOf('truncated.tsv');
    expect(keys(c)).toEqual(['msi', 'sv:NRAS:p.Q61R', 'sv:TP53:p.R175H', 'tmb']);
    expect(c.rejected.map((r) => [r.source?.line, codes(r.issues)])).toEqual([[39, ['tso500_short_row']]]);
    const truncated = c.notices.find((n) => n.code === 'tso500_truncated_file');
    expect(truncated).toMatchObject({ severity: 'error', location: { file: 'truncated.tsv', line: 39 } });
    expect(c.sample.assay.dna).toBe(false);
    expect(c.sample.assay.rna).toBe(true);
  });

  it('a short row in the middle is rejected without calling the file truncated', () => {
    const text = fixture('dna-only.tsv').replace('KRAS\tchr12\t25398285\tC\tA', 'KRAS\tchr12');
    const read = readTso500(text);
    expect(read._tag).toBe('Right');
    if (read._tag !== 'Right') return;
    expect(read.right.rejected.map((r) => codes(r.issues))).toEqual([['tso500_short_row']]);
    expect(codes(read.right.notices)).not.toContain('tso500_truncated_file');
    expect(read.right.sample.assay?.dna).toBe(true);
  });

  it('missing [Small Variants]: error, DNA read as not tested, the rest read', () => {
    const c = caseOf('missing-small-variants.tsv');
    const missing = c.notices.find((n) => n.code === 'tso500_missing_section');
    expect(missing).toMatchObject({ severity: 'error', location: { file: 'missing-small-variants.tsv' } });
    expect(missing?.message).toContain('[Small Variants]');
    expect(c.sample.assay).toMatchObject({ dna: false, rna: true });
    expect(keys(c)).toEqual(['cn:CDK4:amplification', 'hrd', 'msi', 'tmb']);
  });

  it('binary lines: each rejected with its line, the section makes DNA not tested, the rest read', () => {
    const c = caseOf('binary.tsv');
    expect(keys(c)).toEqual(['msi', 'sv:IDH1:p.R132H', 'sv:PIK3CA:p.E545K', 'tmb']);
    expect(c.rejected.map((r) => [r.source?.line, codes(r.issues)])).toEqual([
      [38, ['binary_content']],
      [39, ['binary_content']],
    ]);
    expect(c.rejected.every((r) => !r.summary.includes('\u0000') && !r.summary.includes('\uFFFD'))).toBe(
      true,
    );
    expect(codes(c.notices)).toEqual(expect.arrayContaining(['binary_content', 'tso500_corrupt_section']));
    expect(c.sample.assay.dna).toBe(false);
  });

  it('a wholly binary file is not read', () => {
    const read = readTso500(fixture('binary-gzip.tsv'), { file: 'binary-gzip.tsv' });
    expect(read._tag).toBe('Left');
    if (read._tag !== 'Left') return;
    expect(read.left.map((i) => i.code)).toEqual(['binary_content', 'tso500_not_recognized']);
    expect(read.left[0].location).toEqual({ file: 'binary-gzip.tsv', line: 1 });
  });

  it('empty text is an error', () => {
    const read = readTso500(' \n', { file: 'e.tsv' });
    expect(read._tag === 'Left' && read.left[0].code).toBe('empty_file');
  });

  it('impossible values reject their row with line and column', () => {
    const c = caseOf('impossible-values.tsv');
    expect(keys(c)).toEqual(['cn:FGFR1:amplification', 'hrd', 'msi', 'sv:EGFR:p.L858R']);
    const where = c.rejected
      .flatMap((r) => r.issues.filter((i) => i.severity === 'error'))
      .map((i) => [i.code, i.location?.line, i.location?.column])
      .sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(where).toEqual([
      ['invalid_value', 14, 'Total TMB'],
      ['fold_change_contradicts_call', 30, undefined],
      ['tso500_invalid_number', 31, 'Fold Change'],
      ['invalid_count', 36, undefined],
      ['tso500_unsplittable_gene_pair', 40, 'Gene Pair'],
      ['vaf_out_of_range', 44, 'Allele Frequency'],
      ['invalid_depth', 45, 'Depth'],
      ['invalid_depth', 46, 'Depth'],
    ]);
    expect(c.inputCount).toBe(12);
  });
});

describe('readTso500 is independent of section order', () => {
  it('gives the same case when sections are reversed', () => {
    const text = fixture('dragen-2.1.tsv').replace(/\n$/, '');
    const blocks = text.split(/\n\t{10}\n/);
    const [head, ...sections] = blocks;
    const reversed = [head, ...sections.reverse()].join('\n\t\t\t\t\t\t\t\t\t\t\n');
    const strip = (c: Case): unknown => c.findings.map(({ source: _source, notes: _notes, ...rest }) => rest);
    const a = completeCase(draftOf('dragen-2.1.tsv'), { diagnosis: 'COAD' });
    const read = readTso500(reversed);
    expect(read._tag).toBe('Right');
    if (read._tag !== 'Right' || a._tag !== 'Right') return;
    const b = completeCase(read.right, { diagnosis: 'COAD' });
    expect(b._tag === 'Right' && strip(b.right)).toEqual(strip(a.right));
  });
});
