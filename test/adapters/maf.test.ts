import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Either } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { readMaf } from '../../src/adapters/maf.js';
import {
  MAF_VARIANT_CLASSIFICATIONS,
  MafClassificationTableSchema,
  mafClassificationTerms,
} from '../../src/adapters/maf-variant-classification.js';
import table from '../../rules/reference/maf-variant-classification.json';
import type { CaseDraft } from '../../src/model/draft.js';
import type { Issues } from '../../src/model/issue.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/maf/${name}`, import.meta.url), 'utf8');

const drafts = (results: ReadonlyArray<Either<Issues, CaseDraft>>): ReadonlyArray<CaseDraft> =>
  results.flatMap((r) => (r._tag === 'Right' ? [r.right] : []));
const failures = (results: ReadonlyArray<Either<Issues, CaseDraft>>): ReadonlyArray<string> =>
  results.flatMap((r) =>
    r._tag === 'Left' ? r.left.map((i) => `${i.location?.line ?? '-'} ${i.code}`) : [],
  );

/** Data rows of a MAF: lines that are not blank, not comments, and not the header. */
const dataRows = (text: string): number =>
  text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#')).length - 1;

/** Every Variant_Classification value the GDC MAF specification and cBioPortal allow. */
const ALLOWED = [
  'Frame_Shift_Del',
  'Frame_Shift_Ins',
  'In_Frame_Del',
  'In_Frame_Ins',
  'Missense_Mutation',
  'Nonsense_Mutation',
  'Silent',
  'Splice_Site',
  'Translation_Start_Site',
  'Nonstop_Mutation',
  "3'UTR",
  "3'Flank",
  "5'UTR",
  "5'Flank",
  'IGR',
  'Intron',
  'RNA',
  'Targeted_Region',
  'De_novo_Start_InFrame',
  'De_novo_Start_OutOfFrame',
  'Splice_Region',
  'Unknown',
];

describe('rules/reference/maf-variant-classification.json', () => {
  it('is valid, names its sources, and maps every allowed Variant_Classification', () => {
    expect(MafClassificationTableSchema.safeParse(table).success).toBe(true);
    expect([...MAF_VARIANT_CLASSIFICATIONS].sort()).toEqual([...ALLOWED].sort());
  });

  it.each([
    ['Missense_Mutation', ['missense_variant']],
    ['Nonsense_Mutation', ['stop_gained']],
    ['Frame_Shift_Ins', ['frameshift_variant']],
    ['Splice_Site', ['splice_site_variant']],
    ["5'Flank", ['upstream_gene_variant']],
    ['missense_mutation', ['missense_variant']],
    ['Targeted_Region', []],
    ['Not_A_Class', undefined],
  ])('%s -> %j', (value, terms) => {
    expect(mafClassificationTerms(value)).toEqual(terms);
  });
});

describe('readMaf: a MAF with every Variant_Classification (CRLF, #version line)', () => {
  const text = fixture('all-classifications.maf');
  const results = readMaf(text, { file: 'all-classifications.maf' });
  const [a, b] = drafts(results);

  it('makes one draft per Tumor_Sample_Barcode, in order of appearance', () => {
    expect(drafts(results).map((d) => d.sample)).toEqual([{ id: 'TUMOR-A' }, { id: 'TUMOR-B' }]);
    expect(a?.source).toEqual({ format: 'maf', file: 'all-classifications.maf' });
  });

  it('maps each class to its SO terms, in file order, with the row line', () => {
    expect(
      a?.findings.map((f) => [
        f.source.line,
        f.input.kind === 'sequence-variant' ? f.input.consequences : null,
      ]),
    ).toEqual([
      [3, ['missense_variant']],
      [4, ['stop_gained']],
      [5, ['stop_lost']],
      [6, ['frameshift_variant']],
      [7, ['frameshift_variant']],
      [8, ['inframe_deletion']],
      [9, ['inframe_insertion']],
      [10, ['splice_site_variant']],
      [11, ['splice_region_variant']],
      [12, ['start_lost']],
      [13, ['5_prime_UTR_premature_start_codon_gain_variant']],
      [14, ['5_prime_UTR_premature_start_codon_gain_variant']],
      [25, ['frameshift_variant']],
      [27, undefined],
      [30, ['missense_variant']],
    ]);
    expect(
      b?.findings.map((f) => [
        f.source.line,
        f.input.kind === 'sequence-variant' ? f.input.consequences : null,
      ]),
    ).toEqual([
      [15, ['synonymous_variant']],
      [16, ['intron_variant']],
      [17, ['3_prime_UTR_variant']],
      [18, ['5_prime_UTR_variant']],
      [19, ['downstream_gene_variant']],
      [20, ['upstream_gene_variant']],
      [22, ['non_coding_transcript_exon_variant']],
      [23, []],
      [24, []],
      [29, ['missense_variant']],
    ]);
  });

  it('reads protein and cDNA change, transcript, exon, VAF, depth and origin', () => {
    expect(a?.findings[0]?.input).toEqual({
      kind: 'sequence-variant',
      gene: 'BRAF',
      proteinChange: 'p.V600E',
      cdnaChange: 'c.1799T>A',
      transcript: 'ENST00000288602',
      consequences: ['missense_variant'],
      exon: '15/18',
      vaf: 0.25,
      depth: 200,
      origin: 'somatic',
    });
    // Germline status; HGVSp used when HGVSp_Short is NA; VAF from t_alt_count / t_depth when t_ref_count is NA.
    expect(a?.findings.find((f) => f.source.line === 25)?.input).toMatchObject({
      gene: 'BRCA2',
      origin: 'germline',
    });
    expect(b?.findings.find((f) => f.source.line === 29)?.input).toMatchObject({
      gene: 'IDH1',
      proteinChange: 'p.Arg132His',
      vaf: 0.2,
      depth: 200,
    });
  });

  it('rejects rows without a gene or that are not mutation calls; notes unknown classes and bad counts', () => {
    expect(b?.rejected.map((r) => [r.source?.line, r.summary, r.issues.map((i) => i.code)])).toEqual([
      [21, 'Unknown IGR', ['maf_no_gene']],
      [26, 'KRAS p.G12D', ['maf_not_a_mutation']],
    ]);
    expect(a?.rejected).toEqual([]);
    expect(a?.notices.map((n) => [n.location?.line, n.code])).toEqual([
      [27, 'maf_unknown_variant_classification'],
      [30, 'table_bad_number'],
    ]);
    expect(a?.notices[1]?.message).toBe('t_alt_count value "abc" is not a valid number and was left out.');
  });

  it('reports a row without Tumor_Sample_Barcode in its own Left, with its line', () => {
    expect(failures(results)).toEqual(['28 maf_no_sample']);
  });

  it('accounts for every data row', () => {
    const accounted =
      drafts(results).reduce((n, d) => n + d.findings.length + d.rejected.length, 0) +
      failures(results).length;
    expect(accounted).toBe(dataRows(text));
  });

  it('reads the same with LF line endings', () => {
    expect(readMaf(text.replace(/\r\n/g, '\n'), { file: 'all-classifications.maf' })).toEqual(results);
  });
});

describe('readMaf: other shapes', () => {
  it('reads a minimal MAF (no optional columns)', () => {
    const results = readMaf(fixture('minimal.maf'));
    expect(drafts(results).map((d) => [d.sample.id, d.findings.map((f) => f.input)])).toEqual([
      [
        'S-001',
        [
          {
            kind: 'sequence-variant',
            gene: 'EGFR',
            proteinChange: 'p.L858R',
            consequences: ['missense_variant'],
          },
          { kind: 'sequence-variant', gene: 'TP53', proteinChange: 'p.R196*', consequences: ['stop_gained'] },
        ],
      ],
      [
        'S-002',
        [
          {
            kind: 'sequence-variant',
            gene: 'KRAS',
            proteinChange: 'p.G12C',
            consequences: ['missense_variant'],
          },
          { kind: 'sequence-variant', gene: 'MET', consequences: ['splice_site_variant'] },
        ],
      ],
    ]);
    expect(drafts(results)[0]?.source).toEqual({ format: 'maf', file: null });
    expect(drafts(results)[0]?.findings[0]?.source).toEqual({ line: 2 });
  });

  it('prefers a Consequence column (as vcf2maf writes it) over the class mapping', () => {
    const text = [
      'Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tConsequence\tHGVSp_Short',
      'MET\tS1\tSplice_Site\tsplice_donor_variant,intron_variant\tp.X1010_splice',
      'MET\tS1\tSplice_Site\t\tp.X1010_splice',
    ].join('\n');
    const [s1] = drafts(readMaf(text));
    expect(
      s1?.findings.map((f) => (f.input.kind === 'sequence-variant' ? f.input.consequences : null)),
    ).toEqual([['splice_donor_variant', 'intron_variant'], ['splice_site_variant']]);
  });

  it('keeps a row with too many cells as rejected, under its sample', () => {
    const text = [
      'Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification',
      'KRAS\tS1\tMissense_Mutation\textra',
    ].join('\n');
    const [s1] = drafts(readMaf(text, { file: 'x.maf' }));
    expect(s1?.rejected.map((r) => [r.source, r.issues.map((i) => i.message)])).toEqual([
      [{ file: 'x.maf', line: 2 }, ['Row has 4 cells but the header has only 3 columns.']],
    ]);
  });

  it.each([
    ['binary input', '\u001f\u008b\u0008\u0000', ['- file_binary']],
    ['empty input', '', ['- file_empty']],
    ['only comments', '#version 2.4\n#x\n', ['- table_no_header']],
    ['missing required columns', 'Hugo_Symbol\tHGVSp_Short\nKRAS\tp.G12D\n', ['1 table_missing_columns']],
    [
      'a header but no rows',
      'Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\n',
      ['- maf_no_samples'],
    ],
  ])('%s is one clear failure', (_, text, expected) => {
    expect(failures(readMaf(text))).toEqual(expected);
  });

  it('names the missing columns', () => {
    const [result] = readMaf('Hugo_Symbol\tHGVSp_Short\nKRAS\tp.G12D\n', { file: 'm.maf' });
    expect(result?._tag === 'Left' && result.left[0].message).toBe(
      'm.maf lacks the required columns Tumor_Sample_Barcode, Variant_Classification (its header has Hugo_Symbol, HGVSp_Short).',
    );
  });
});

describe('readMaf: properties', () => {
  const cellArb = fc.constantFrom(
    '',
    'NA',
    'KRAS',
    'Unknown',
    'S1',
    'S2',
    'Missense_Mutation',
    'IGR',
    'Odd',
    'p.G12D',
    '10',
    'x',
    'Somatic',
    'None',
  );
  const rowArb = fc.array(cellArb, { minLength: 1, maxLength: 8 }).map((cells) => cells.join('\t'));
  const head =
    'Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSp_Short\tt_ref_count\tt_alt_count\tMutation_Status';

  it('accounts for every data row, whatever the cells', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 25 }), (rows) => {
        const text = [head, ...rows].join('\n');
        const results = readMaf(text);
        const nonBlank = rows.filter((r) => r.trim() !== '').length;
        if (nonBlank === 0) {
          expect(failures(results)).toEqual(['- maf_no_samples']);
          return;
        }
        const accounted =
          drafts(results).reduce((n, d) => n + d.findings.length + d.rejected.length, 0) +
          failures(results).length;
        expect(accounted).toBe(nonBlank);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(Array.isArray(readMaf(text))).toBe(true);
      }),
    );
  });
});
