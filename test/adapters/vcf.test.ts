import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Either } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { readVcf } from '../../src/adapters/vcf.js';
import type { CaseDraft } from '../../src/model/draft.js';
import type { Issues } from '../../src/model/issue.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/vcf/${name}`, import.meta.url), 'utf8');

const right = (result: Either<Issues, CaseDraft>): CaseDraft => {
  if (result._tag === 'Left')
    throw new Error(`expected a draft, got ${result.left.map((i) => i.code).join(', ')}`);
  return result.right;
};
const leftCodes = (result: Either<Issues, CaseDraft>): ReadonlyArray<string> => {
  if (result._tag === 'Right') throw new Error('expected issues, got a draft');
  return result.left.map((i) => i.code);
};

/** What a reader must account for: one row per ALT of each well-formed record, one per malformed record. */
const expectedRows = (text: string): number => {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.find((l) => l.startsWith('#CHROM'))?.split('\t').length ?? 0;
  return lines
    .filter((l) => !l.startsWith('#'))
    .reduce((sum, l) => {
      const cells = l.split('\t');
      while (cells.length > header && cells[cells.length - 1]?.trim() === '') cells.pop();
      const wellFormed =
        cells.length === header && /^\d+$/.test(cells[1] ?? '') && cells[3] !== '' && cells[7] !== '';
      return sum + (wellFormed && cells[4] !== '.' ? (cells[4] ?? '').split(',').length : 1);
    }, 0);
};

const header = (samples: ReadonlyArray<string>, meta: ReadonlyArray<string> = []): string =>
  [
    '##fileformat=VCFv4.2',
    '##INFO=<ID=CSQ,Number=.,Type=String,Description="VEP. Format: Allele|Consequence|SYMBOL|HGVSp">',
    ...meta,
    [
      '#CHROM',
      'POS',
      'ID',
      'REF',
      'ALT',
      'QUAL',
      'FILTER',
      'INFO',
      ...(samples.length > 0 ? ['FORMAT'] : []),
      ...samples,
    ].join('\t'),
  ].join('\n');

describe('readVcf: TSO500 Local App small variants annotated by VEP (CSQ)', () => {
  const text = fixture('TSO-DNA-01_MergedSmallVariants.vcf');
  const draft = right(readVcf(text, { file: 'TSO-DNA-01_MergedSmallVariants.vcf' }));

  it('reads the sample and marks the source', () => {
    expect(draft.sample).toEqual({ id: 'TSO-DNA-01' });
    expect(draft.source).toEqual({ format: 'vcf', file: 'TSO-DNA-01_MergedSmallVariants.vcf' });
    expect(draft.notices).toEqual([]);
  });

  it('reads each passing annotated allele as a finding, with its line', () => {
    expect(draft.findings.map((f) => [f.source.line, f.input])).toEqual([
      [
        28,
        {
          kind: 'sequence-variant',
          gene: 'BRAF',
          // The second, canonical transcript, not the first one listed.
          proteinChange: 'ENSP00000288602.6:p.Val600Glu',
          cdnaChange: 'ENST00000288602.6:c.1799T>A',
          transcript: 'ENST00000288602',
          consequences: ['missense_variant'],
          exon: '15/18',
          vaf: 0.3005,
          depth: 812,
        },
      ],
      [
        29,
        {
          kind: 'sequence-variant',
          gene: 'KRAS',
          // MANE Select wins over the transcript flagged CANONICAL.
          proteinChange: 'ENSP00000308495.3:p.Gly12Asp',
          cdnaChange: 'ENST00000311936.3:c.35G>A',
          transcript: 'ENST00000311936',
          consequences: ['missense_variant'],
          exon: '2/6',
          vaf: 0.3,
          depth: 1020,
        },
      ],
      [
        30,
        {
          kind: 'sequence-variant',
          gene: 'EGFR',
          proteinChange: 'ENSP00000275493.2:p.Glu746_Ala750del',
          cdnaChange: 'ENST00000275493.2:c.2235_2249del',
          transcript: 'ENST00000275493',
          consequences: ['inframe_deletion'],
          exon: '19/28',
          vaf: 0.2,
          depth: 640,
        },
      ],
      [
        31,
        {
          kind: 'sequence-variant',
          gene: 'PIK3CA',
          proteinChange: 'ENSP00000263967.3:p.Glu545Lys',
          cdnaChange: 'ENST00000263967.3:c.1633G>A',
          transcript: 'ENST00000263967',
          consequences: ['missense_variant'],
          exon: '10/21',
          vaf: 0.1846,
          depth: 650,
        },
      ],
      [
        31,
        {
          kind: 'sequence-variant',
          gene: 'PIK3CA',
          proteinChange: 'ENSP00000263967.3:p.Glu545Gln',
          cdnaChange: 'ENST00000263967.3:c.1633G>C',
          transcript: 'ENST00000263967',
          consequences: ['missense_variant'],
          exon: '10/21',
          vaf: 0.0462,
          depth: 650,
        },
      ],
    ]);
  });

  it('keeps filtered, unannotated and malformed records as rejected rows with their line and reason', () => {
    expect(draft.rejected.map((r) => [r.source?.line, r.summary, r.issues.map((i) => i.code)])).toEqual([
      [32, 'TP53 ENSP00000269305.4:p.Arg273His (chr17:7577120 C>T)', ['vcf_filtered']],
      [33, 'chr12:25000000 A>G', ['vcf_no_gene_annotation']],
      [34, 'chr1:2488137 T>A', ['vcf_no_gene_annotation']],
      [35, 'chr7:14045313X A>T', ['vcf_bad_position']],
      [36, 'chr7:55249071 C>T', ['vcf_bad_column_count']],
    ]);
    expect(draft.rejected[0]?.issues[0]?.message).toBe(
      "Record did not pass the caller's filters (FILTER LowVarSupport: Variant is supported by too few reads); kept as rejected, not matched.",
    );
    expect(draft.rejected[4]?.issues[0]).toMatchObject({
      severity: 'error',
      location: { file: 'TSO-DNA-01_MergedSmallVariants.vcf', line: 36 },
      message: 'Record has 8 tab-separated columns where the header declares 10.',
    });
  });

  it('accounts for every record: one finding or rejected row per ALT', () => {
    expect(draft.findings.length + draft.rejected.length).toBe(expectedRows(text));
  });
});

describe('readVcf: DRAGEN hard-filtered small variants annotated by SnpEff (ANN)', () => {
  const text = fixture('TSO-DNA-02.hard-filtered.vcf');
  const draft = right(readVcf(text, { file: 'TSO-DNA-02.hard-filtered.vcf' }));

  it('takes the first (most severe) SnpEff entry with a gene; no exon for intronic variants', () => {
    expect(draft.findings.map((f) => [f.source.line, f.input])).toEqual([
      [
        29,
        {
          kind: 'sequence-variant',
          gene: 'EGFR',
          proteinChange: 'p.Leu858Arg',
          cdnaChange: 'c.2573T>G',
          transcript: 'NM_005228.5',
          consequences: ['missense_variant'],
          exon: '21/28',
          vaf: 0.3311,
          depth: 601,
        },
      ],
      [
        30,
        {
          kind: 'sequence-variant',
          gene: 'ERBB2',
          proteinChange: 'p.Glu770_Ala771insAlaTyrValMet',
          cdnaChange: 'c.2310_2311insGCATACGTGATG',
          transcript: 'NM_004448.4',
          consequences: ['conservative_inframe_insertion'],
          exon: '20/27',
          vaf: 0.2105,
          depth: 494,
        },
      ],
      [
        33,
        {
          kind: 'sequence-variant',
          gene: 'TP53',
          cdnaChange: 'c.559+1000C>T',
          transcript: 'NM_000546.6',
          consequences: ['intron_variant'],
          vaf: 0.5,
          depth: 700,
        },
      ],
    ]);
  });

  it('names every failed filter with its header description; intergenic records are rejected', () => {
    expect(draft.rejected.map((r) => [r.source?.line, r.issues.map((i) => i.code)])).toEqual([
      [31, ['vcf_filtered']],
      [32, ['vcf_no_gene_annotation']],
    ]);
    expect(draft.rejected[0]?.issues[0]?.message).toContain(
      'no_reliable_supporting_read: Site filtered because no reliable supporting somatic read exists; weak_evidence: Somatic variant score does not meet threshold',
    );
    expect(draft.findings.length + draft.rejected.length).toBe(expectedRows(text));
  });
});

describe('readVcf: copy number', () => {
  it('Local App CopyNumberVariants.vcf: ANT gene, FC fold change, LowValidation losses rejected', () => {
    const text = fixture('TSO-DNA-01_CopyNumberVariants.vcf');
    const draft = right(readVcf(text, { file: 'cnv.vcf' }));
    expect(draft.findings.map((f) => [f.source.line, f.input])).toEqual([
      [18, { kind: 'copy-number', gene: 'ERBB2', call: 'amplification', foldChange: 4.21 }],
      [19, { kind: 'copy-number', gene: 'MET', call: 'gain', foldChange: 1.93 }],
      [20, { kind: 'copy-number', gene: 'CDKN2A', call: 'loss', foldChange: 0.38 }],
      [22, { kind: 'copy-number', gene: 'EGFR', call: 'neutral', foldChange: 1.02 }],
    ]);
    expect(draft.rejected.map((r) => [r.source?.line, r.summary, r.issues.map((i) => i.code)])).toEqual([
      [21, 'BRCA2 loss FC 0.61 (chr13:32889611-32973805 <DEL>)', ['vcf_filtered']],
      [23, '? amplification FC 2.9 (chr1:40361097-40367928 <DUP>)', ['vcf_no_gene_annotation']],
    ]);
    expect(draft.findings.length + draft.rejected.length).toBe(expectedRows(text));
  });

  it('DRAGEN cnv.vcf: SEGID gene, SM fold change, ALT "." neutral, cnvQual and other filters rejected', () => {
    const text = fixture('TSO-DNA-02.cnv.vcf');
    const draft = right(readVcf(text, { file: 'TSO-DNA-02.cnv.vcf' }));
    expect(draft.sample).toEqual({ id: 'TSO-DNA-02' });
    expect(draft.findings.map((f) => [f.source.line, f.input])).toEqual([
      [29, { kind: 'copy-number', gene: 'ERBB2', call: 'amplification', foldChange: 3.12 }],
      [30, { kind: 'copy-number', gene: 'MYCL1', call: 'neutral', foldChange: 1.04232 }],
      [31, { kind: 'copy-number', gene: 'FANCD2', call: 'loss', foldChange: 0.614134 }],
      [33, { kind: 'copy-number', gene: 'MET', call: 'gain', foldChange: 1.9 }],
    ]);
    expect(draft.rejected.map((r) => [r.source?.line, r.issues[0]?.message])).toEqual([
      [
        32,
        "Record did not pass the caller's filters (FILTER cnvQual: CNV with quality below 0); kept as rejected, not matched.",
      ],
      [34, expect.stringContaining('FILTER cnvBinSupportRatio: CNV with low supporting number of bins')],
    ]);
    expect(draft.findings.length + draft.rejected.length).toBe(expectedRows(text));
  });

  it.each([
    [undefined, ['amplification', 'gain']],
    [null, ['gain', 'gain']],
    [1.5, ['amplification', 'amplification']],
  ] as const)('amplificationFoldChange %s decides DUP calls', (threshold, calls) => {
    const draft = right(
      readVcf(
        fixture('TSO-DNA-02.cnv.vcf'),
        threshold === undefined ? {} : { amplificationFoldChange: threshold },
      ),
    );
    const dups = draft.findings.filter(
      (f) => f.input.kind === 'copy-number' && f.input.foldChange !== undefined && f.input.foldChange > 1.5,
    );
    expect(dups.map((f) => (f.input.kind === 'copy-number' ? f.input.call : null))).toEqual(calls);
  });

  it('<CNV> alleles follow the fold change; without one they are rejected', () => {
    const text = [
      '##fileformat=VCFv4.1',
      '##FORMAT=<ID=FC,Number=1,Type=Float,Description="fold change">',
      ['#CHROM', 'POS', 'ID', 'REF', 'ALT', 'QUAL', 'FILTER', 'INFO', 'FORMAT', 'S'].join('\t'),
      'chr12\t69201952\t.\tN\t<CNV>\t.\tPASS\tEND=69244466;ANT=MDM2\tFC\t3.4',
      'chr9\t21967751\t.\tN\t<CNV>\t.\tPASS\tEND=21995300;ANT=CDKN2A\tFC\t0.5',
      'chr9\t21967751\t.\tN\t<CNV>\t.\tPASS\tEND=21995300;ANT=CDKN2A\tFC\t.',
      'chr9\t21967751\t.\tN\t<INV>\t.\tPASS\tEND=21995300;ANT=CDKN2A\tFC\t0.5',
    ].join('\n');
    const draft = right(readVcf(text));
    expect(draft.findings.map((f) => f.input)).toEqual([
      { kind: 'copy-number', gene: 'MDM2', call: 'amplification', foldChange: 3.4 },
      { kind: 'copy-number', gene: 'CDKN2A', call: 'loss', foldChange: 0.5 },
    ]);
    expect(draft.rejected.map((r) => r.issues.map((i) => i.code))).toEqual([
      ['vcf_no_fold_change'],
      ['vcf_unsupported_allele'],
    ]);
  });
});

describe('readVcf: samples', () => {
  const record = 'chr7\t140453136\t.\tA\tT\t.\tPASS\tCSQ=T|missense_variant|BRAF|p.V600E\tGT:AD';

  it('errors on several samples when none is marked as tumor, listing them', () => {
    const result = readVcf(`${header(['N1', 'T1'])}\n${record}\t0/0:50,0\t0/1:30,20`, { file: 'pair.vcf' });
    expect(leftCodes(result)).toEqual(['vcf_multiple_samples']);
    expect(result._tag === 'Left' && result.left[0].message).toBe(
      'pair.vcf has 2 samples (N1, T1) and its header marks no tumor sample: choose one with the sample option.',
    );
  });

  it('reads the sample option, or the ##tumor_sample the header names, or a column named TUMOR', () => {
    const text = `${header(['N1', 'T1'])}\n${record}\t0/0:50,0\t0/1:30,20`;
    expect(right(readVcf(text, { sample: 'T1' })).findings[0]?.input).toMatchObject({ vaf: 0.4, depth: 50 });
    expect(right(readVcf(text, { sample: 'N1' })).findings[0]?.input).toMatchObject({ vaf: 0, depth: 50 });
    expect(leftCodes(readVcf(text, { sample: 'X' }))).toEqual(['vcf_sample_not_found']);
    const marked = right(
      readVcf(
        `${header(['N1', 'T1'], ['##tumor_sample=T1', '##normal_sample=N1'])}\n${record}\t0/0:50,0\t0/1:30,20`,
      ),
    );
    expect(marked.sample).toEqual({ id: 'T1' });
    expect(marked.notices.map((n) => n.code)).toEqual(['vcf_tumor_sample_from_header']);
    const strelka = right(readVcf(`${header(['NORMAL', 'TUMOR'])}\n${record}\t0/0:50,0\t0/1:30,20`));
    expect(strelka.sample).toEqual({ id: 'TUMOR' });
  });

  it('reads a sites-only VCF with a notice; depth from INFO DP, origin from the SOMATIC flag', () => {
    const text = `${header([])}\nchr7\t140453136\t.\tA\tT\t.\t.\tDP=88;SOMATIC;CSQ=T|missense_variant|BRAF|p.V600E`;
    const draft = right(readVcf(text));
    expect(draft.sample).toEqual({});
    expect(draft.notices.map((n) => n.code)).toEqual(['vcf_no_samples']);
    expect(draft.findings[0]?.input).toEqual({
      kind: 'sequence-variant',
      gene: 'BRAF',
      proteinChange: 'p.V600E',
      consequences: ['missense_variant'],
      depth: 88,
      origin: 'somatic',
    });
  });
});

describe('readVcf: input that is not a readable VCF', () => {
  it.each([
    ['gzip bytes', '\u001f\u008b\u0008\u0000\u0000\u0000', 'file_binary'],
    ['gzip decoded as UTF-8', '\u001f\ufffd\u0008\u0000', 'file_binary'],
    ['NUL bytes', '##fileformat=VCFv4.2\u0000\u0000', 'file_binary'],
    ['a zip archive', 'PK\u0003\u0004\u0014\u0000', 'file_binary'],
    ['empty text', '\n\n', 'file_empty'],
    ['a CSV', 'gene,change\nBRAF,V600E\n', 'vcf_not_vcf'],
    [
      'a header without #CHROM',
      '##fileformat=VCFv4.2\nchr1\t1\t.\tA\tT\t.\tPASS\t.\n',
      'vcf_no_column_header',
    ],
    [
      'a space-separated #CHROM line',
      '##fileformat=VCFv4.2\n#CHROM POS ID REF ALT QUAL FILTER INFO\n',
      'vcf_bad_header',
    ],
  ])('%s gives one clear issue', (_, text, code) => {
    const result = readVcf(text, { file: 'x.vcf' });
    expect(leftCodes(result)).toEqual([code]);
    expect(result._tag === 'Left' && result.left[0].message).toMatch(/^x\.vcf /);
  });

  it('says what the binary input looks like', () => {
    const result = readVcf('\u001f\u008b\u0008', { file: 'S1.vcf.gz' });
    expect(result._tag === 'Left' && result.left[0].message).toBe(
      'S1.vcf.gz is not a text VCF file (it starts with the gzip signature; decompress .gz files first); give the uncompressed text file.',
    );
  });

  it('reads CRLF files like LF files, and a missing ##fileformat with a notice', () => {
    const text = fixture('TSO-DNA-02.hard-filtered.vcf');
    const lf = right(readVcf(text));
    const crlf = right(readVcf(text.replace(/\n/g, '\r\n')));
    expect(crlf.findings).toEqual(lf.findings);
    expect(crlf.rejected).toEqual(lf.rejected);
    const bare = right(readVcf(text.replace('##fileformat=VCFv4.2\n', '')));
    expect(bare.notices.map((n) => n.code)).toEqual(['vcf_no_fileformat']);
    expect(bare.findings.map((f) => f.input)).toEqual(lf.findings.map((f) => f.input));
  });

  it('a header-only VCF is an empty draft with a warning', () => {
    const draft = right(readVcf(header(['S1'])));
    expect(draft.findings).toEqual([]);
    expect(draft.rejected).toEqual([]);
    expect(draft.notices.map((n) => n.code)).toEqual(['vcf_no_records']);
  });
});

describe('readVcf: record-level issues', () => {
  const csq = 'CSQ=T|missense_variant|BRAF|p.V600E';
  it.each([
    ['an empty INFO column', `chr7\t1\t.\tA\tT\t.\tPASS\t\tGT:AD\t0/1:5,5`, 'rejected', 'vcf_bad_record'],
    [
      'no ALT (a reference call)',
      `chr7\t1\t.\tA\t.\t.\tPASS\t${csq}\tGT:AD\t0/0:5`,
      'rejected',
      'vcf_reference_call',
    ],
    [
      'a spanning-deletion ALT',
      `chr7\t1\t.\tA\t*\t.\tPASS\t${csq}\tGT:AD\t0/1:5,5`,
      'rejected',
      'vcf_unsupported_allele',
    ],
    [
      'a breakend ALT',
      `chr7\t1\t.\tA\tA[chr2:5[\t.\tPASS\t${csq}\tGT:AD\t0/1:5,5`,
      'rejected',
      'vcf_unsupported_allele',
    ],
    [
      'an allele fraction in percent',
      `chr7\t1\t.\tA\tT\t.\tPASS\t${csq}\tGT:AF\t0/1:35`,
      'notice',
      'vcf_allele_fraction_out_of_range',
    ],
  ])('%s', (_, record, where, code) => {
    const draft = right(readVcf(`${header(['S1'])}\n${record}`));
    const codes =
      where === 'rejected'
        ? draft.rejected.flatMap((r) => r.issues.map((i) => i.code))
        : draft.notices.map((n) => n.code);
    expect(codes).toEqual([code]);
  });

  it('skips a malformed ## header line with a notice', () => {
    const text = header(['S1'], ['##not a key value line']);
    const draft = right(readVcf(`${text}\nchr7\t1\t.\tA\tT\t.\tPASS\t${csq}\tGT:AD\t0/1:5,5`));
    expect(draft.notices.map((n) => [n.code, n.location?.line])).toEqual([['vcf_meta_line_skipped', 3]]);
    expect(draft.findings).toHaveLength(1);
  });
});

describe('readVcf: properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = readVcf(text);
        expect(['Left', 'Right']).toContain(result._tag);
      }),
    );
  });

  const cellArb = fc.constantFrom(
    'chr1',
    '1',
    '12345',
    'x1',
    'A',
    'T',
    'AT',
    '.',
    'PASS',
    'q10',
    'A,T',
    '<DUP>',
    '*',
    'DP=5',
    'CSQ=T|missense_variant|KRAS|p.G12D',
    'GT:AD',
    '0/1:5,5',
    '',
  );
  const recordArb = fc.array(cellArb, { minLength: 1, maxLength: 11 }).map((cells) => cells.join('\t'));

  it('accounts for every record line: findings + rejected = rows, in any mix of good and bad lines', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 20 }), (records) => {
        const text = `${header(['S1'])}\n${records.join('\n')}`;
        const draft = right(readVcf(text));
        expect(draft.findings.length + draft.rejected.length).toBe(expectedRows(text));
        for (const f of draft.findings) expect(f.source.line).toBeGreaterThan(3);
      }),
    );
  });
});
