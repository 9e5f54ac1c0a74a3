import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeFinding, parseSkippedExons } from '../../src/adapters/normalize-finding.js';
import type { NormalizeContext } from '../../src/adapters/normalize-finding.js';
import type { FindingInput } from '../../src/model/case-input.js';
import type { Finding } from '../../src/model/case.js';
import type { Issue } from '../../src/model/issue.js';

const ctx: NormalizeContext = { path: ['findings', 3], source: null, purity: null };

const ok = (input: FindingInput, context: NormalizeContext = ctx): Finding => {
  const r = normalizeFinding(input, context);
  if (r._tag === 'Left') throw new Error(r.left.map((i) => i.message).join(' '));
  return r.right;
};

const fail = (input: FindingInput, context: NormalizeContext = ctx): ReadonlyArray<Issue> => {
  const r = normalizeFinding(input, context);
  if (r._tag === 'Right') throw new Error(`expected a failure, got ${r.right.key}`);
  return r.left;
};

const sv = (fields: Partial<Extract<FindingInput, { kind: 'sequence-variant' }>>): FindingInput => ({
  kind: 'sequence-variant',
  gene: 'TP53',
  ...fields,
});

describe('sequence variants: class, protein-altering, truncating', () => {
  it.each([
    // [description, input, class, proteinAltering, truncating]
    ['missense, 3-letter', sv({ proteinChange: 'NP_000537.3:p.(Arg273His)' }), 'missense', true, false],
    ['nonsense', sv({ proteinChange: 'p.R196*' }), 'nonsense', true, true],
    ['frameshift', sv({ proteinChange: 'p.Pro72fs' }), 'frameshift', true, true],
    [
      'in-frame dup',
      sv({ gene: 'ERBB2', proteinChange: 'p.Tyr772_Ala775dup' }),
      'inframe-duplication',
      true,
      false,
    ],
    ['in-frame del', sv({ gene: 'EGFR', proteinChange: 'p.E746_A750del' }), 'inframe-deletion', true, false],
    ['start loss', sv({ proteinChange: 'p.M1?' }), 'start-loss', true, false],
    [
      'TSO500 synonymous in the P-dot column',
      sv({
        gene: 'MTOR',
        proteinChange: 'NM_004958.3:c.2997C>T(p.(Asn999=))',
        consequences: ['synonymous_variant'],
      }),
      'synonymous',
      false,
      false,
    ],
    [
      'synonymous in a splice region',
      sv({
        gene: 'MTOR',
        proteinChange: 'NM_004958.3:c.2997C>T(p.(Asn999=))',
        consequences: ['splice_region_variant:synonymous_variant'],
      }),
      'splice-region',
      false,
      false,
    ],
    [
      'canonical splice site from cDNA',
      sv({ cdnaChange: 'NM_000546.5:c.673-2A>G' }),
      'splice-site',
      true,
      true,
    ],
    [
      'canonical splice site from SO only',
      sv({ consequences: ['splice_donor_variant'] }),
      'splice-site',
      true,
      true,
    ],
    [
      'intronic',
      sv({ cdnaChange: 'c.672+62A>G', consequences: ['intron_variant'] }),
      'intronic',
      false,
      false,
    ],
    ['splice region (intron +5)', sv({ cdnaChange: 'c.672+5G>A' }), 'splice-region', false, false],
    ["5' UTR", sv({ cdnaChange: 'c.-30G>A' }), 'utr', false, false],
    [
      "3' UTR",
      sv({ cdnaChange: 'NM_004448.2:c.*57C>T', consequences: ['3_prime_UTR_variant'] }),
      'utr',
      false,
      false,
    ],
    ['intergenic by SO', sv({ consequences: ['upstream_gene_variant'] }), 'intergenic', false, false],
    [
      'non-coding by SO',
      sv({ consequences: ['non_coding_transcript_exon_variant'] }),
      'non-coding',
      false,
      false,
    ],
    [
      'missense by SO only',
      sv({ cdnaChange: 'c.818G>A', consequences: ['missense_variant'] }),
      'missense',
      true,
      false,
    ],
    [
      'p.? with SO missense',
      sv({ proteinChange: 'p.?', consequences: ['missense_variant'] }),
      'missense',
      true,
      false,
    ],
    [
      'missense with a splice-site SO term is truncating too',
      sv({ proteinChange: 'p.Gly245Ser', consequences: ['missense_variant', 'splice_donor_variant'] }),
      'missense',
      true,
      true,
    ],
  ] as const)('%s', (_name, input, variantClass, proteinAltering, truncating) => {
    expect(ok(input)).toMatchObject({ variantClass, proteinAltering, truncating });
  });

  it('keeps the texts, the transcript from the cDNA and the exon', () => {
    const f = ok(
      sv({
        gene: 'ERBB2',
        proteinChange: 'NP_004439.2:p.(Tyr772_Ala775dup)',
        cdnaChange: 'NM_004448.2:c.2313_2324dup',
        exon: '20/27',
        vaf: 0.28,
        depth: 1388,
      }),
    );
    expect(f).toMatchObject({
      key: 'sv:ERBB2:p.Y772_A775dup',
      proteinText: 'NP_004439.2:p.(Tyr772_Ala775dup)',
      cdnaText: 'NM_004448.2:c.2313_2324dup',
      transcript: 'NM_004448.2',
      exon: { number: 20, total: 27 },
      vaf: 0.28,
      depth: 1388,
      origin: 'unknown',
      inputGene: 'ERBB2',
    });
  });

  it('reads a c. change found in the protein field as the cDNA change', () => {
    const f = ok(sv({ proteinChange: 'NM_000546.5:c.673-2A>G' }));
    expect(f).toMatchObject({ key: 'sv:TP53:c.673-2A>G', variantClass: 'splice-site', protein: null });
    expect(f.notes.map((n) => n.code)).toEqual(['cdna_in_protein_field']);
  });

  it('warns on conflicts and unknown classes, without rejecting', () => {
    expect(
      ok(sv({ proteinChange: 'p.R273H', consequences: ['synonymous_variant'] })).notes.map((n) => n.code),
    ).toEqual(['consequence_conflict']);
    expect(ok(sv({ proteinChange: 'p.R273=', consequences: ['missense_variant'] }))).toMatchObject({
      variantClass: 'synonymous',
      notes: [{ code: 'consequence_conflict' }],
    });
    const unknown = ok(sv({ cdnaChange: 'c.818G>A' }));
    expect(unknown).toMatchObject({
      variantClass: 'unknown',
      proteinAltering: false,
      key: 'sv:TP53:c.818G>A',
    });
    expect(unknown.notes.map((n) => n.code)).toEqual(['variant_class_unknown']);
    expect(
      ok(sv({ proteinChange: 'p.R273H', consequences: ['made_up_term'] })).notes.map((n) => n.code),
    ).toEqual(['unknown_consequence']);
  });

  it('a variant with no change text gets a key from its source, so two are never merged', () => {
    const a = ok(sv({ consequences: ['intron_variant'] }), { ...ctx, source: { file: 'f.tsv', line: 7 } });
    const b = ok(sv({ consequences: ['intron_variant'] }), { ...ctx, source: { file: 'f.tsv', line: 8 } });
    expect(a.key).toBe('sv:TP53:?@f.tsv:7');
    expect(b.key).not.toBe(a.key);
    expect(ok(sv({ id: 'v9' })).key).toBe('sv:TP53:?@#v9');
  });

  it.each([
    ['VAF above 1', sv({ proteinChange: 'p.R273H', vaf: 1.3 }), 'vaf_out_of_range', 'vaf'],
    ['negative VAF', sv({ proteinChange: 'p.R273H', vaf: -0.1 }), 'vaf_out_of_range', 'vaf'],
    ['negative depth', sv({ proteinChange: 'p.R273H', depth: -5 }), 'invalid_depth', 'depth'],
    ['fractional depth', sv({ proteinChange: 'p.R273H', depth: 12.5 }), 'invalid_depth', 'depth'],
    ['empty gene', sv({ gene: ' ', proteinChange: 'p.R273H' }), 'missing_gene', 'gene'],
    ['unknown gene', sv({ gene: 'HER-2x', proteinChange: 'p.V600E' }), 'unknown_gene_symbol', 'gene'],
    ['bad protein change', sv({ proteinChange: 'p.Vak600Glu' }), 'unknown_amino_acid', 'proteinChange'],
    ['bad cDNA and no protein', sv({ cdnaChange: 'c.12Q>Z' }), 'invalid_cdna_change', 'cdnaChange'],
  ] as const)('rejects %s with a coded issue and its path', (_name, input, code, field) => {
    const issues = fail(input, { ...ctx, source: { file: 'a.tsv', line: 12 } });
    const issue = issues.find((i) => i.code === code);
    expect(issue).toBeDefined();
    expect(issue?.path).toEqual(['findings', 3, field]);
    expect(issue?.location).toMatchObject({ file: 'a.tsv', line: 12 });
    expect(issue?.severity).toBe('error');
  });

  it('messages name the input and where it is', () => {
    const [issue] = fail(sv({ gene: 'HER-2x', proteinChange: 'p.V600E' }));
    expect(issue?.message).toBe('Unknown gene symbol "HER-2x" at findings[3].gene: did you mean ERBB2?');
    const [vaf] = fail(sv({ proteinChange: 'p.V600E', vaf: 31 }), {
      ...ctx,
      source: { file: 'x.tsv', line: 4 },
    });
    expect(vaf?.message).toBe(
      'Variant allele fraction 31 at findings[3].vaf (x.tsv line 4) is impossible: it must be a fraction from 0 to 1 (not a percent).',
    );
  });

  it('a bad cDNA beside a good protein change is a warning only', () => {
    const f = ok(sv({ proteinChange: 'p.R273H', cdnaChange: 'c.zz' }));
    expect(f.notes.map((n) => [n.code, n.severity])).toEqual([['unread_cdna_change', 'warning']]);
  });

  it('an unreadable exon is left unknown with a warning', () => {
    const f = ok(sv({ proteinChange: 'p.R273H', exon: '3-4/11' }));
    expect(f).toMatchObject({ exon: null, notes: [{ code: 'invalid_exon', severity: 'warning' }] });
    expect(ok(sv({ proteinChange: 'p.R273H', exon: '8' }))).toMatchObject({
      exon: { number: 8, total: null },
    });
    expect(ok(sv({ proteinChange: 'p.R273H', exon: '12/11' }))).toMatchObject({ exon: null });
  });
});

describe('keys: one key per change whatever the spelling', () => {
  const spellings: ReadonlyArray<readonly [string, string]> = [
    ['BRAF', 'p.V600E'],
    ['braf', 'p.Val600Glu'],
    ['BRAF', 'NP_004324.2:p.(Val600Glu)'],
    ['BRAF', 'p.(V600E)'],
  ];

  it('1-letter, 3-letter, predicted, prefixed and lower-case gene give one key', () => {
    const keys = spellings.map(([gene, proteinChange]) => ok(sv({ gene, proteinChange })).key);
    expect(new Set(keys)).toEqual(new Set(['sv:BRAF:p.V600E']));
  });

  it('alias and approved symbol give one key (property)', () => {
    const pairs: ReadonlyArray<readonly [string, string]> = [
      ['HER2', 'ERBB2'],
      ['MYCL1', 'MYCL'],
      ['FAM46C', 'TENT5C'],
      ['SEPT14', 'SEPTIN14'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.integer({ min: 2, max: 900 }), ([alias, symbol], pos) => {
        const a = ok(sv({ gene: alias, proteinChange: `p.Gly${pos}Asp` }));
        const b = ok(sv({ gene: symbol, proteinChange: `p.G${pos}D` }));
        expect(a.key).toBe(b.key);
        expect(a.key).toBe(`sv:${symbol}:p.G${pos}D`);
        expect(a.kind === 'sequence-variant' && a.inputGene).toBe(alias);
      }),
    );
  });

  it('normalization is total on schema-valid sequence variants (property: never throws)', () => {
    fc.assert(
      fc.property(
        fc.record({
          gene: fc.constantFrom('TP53', 'KRAS', 'X', ''),
          proteinChange: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
          cdnaChange: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
          consequences: fc.option(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), {
            nil: undefined,
          }),
          exon: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
        }),
        (fields) => {
          const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
          const r = normalizeFinding({ kind: 'sequence-variant', ...clean } as FindingInput, ctx);
          expect(['Left', 'Right']).toContain(r._tag);
        },
      ),
    );
  });
});

describe('copy number', () => {
  const cn = (fields: Partial<Extract<FindingInput, { kind: 'copy-number' }>>): FindingInput => ({
    kind: 'copy-number',
    gene: 'ERBB2',
    ...fields,
  });

  it('derives CN = (2 FC - 2 (1 - p)) / p at known purity (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (foldChange, purity) => {
          const f = ok(cn({ call: 'amplification', foldChange }), { ...ctx, purity });
          const expected = Math.round(((2 * foldChange - 2 * (1 - purity)) / purity) * 100) / 100;
          expect(f).toMatchObject({ copyNumber: expected, copyNumberDerived: true });
          // At any purity a gain's copy number is at least the purity-free estimate 2 x FC.
          expect(
            f.kind === 'copy-number' && (f.copyNumber ?? 0) >= Math.round(2 * foldChange * 100) / 100 - 0.01,
          ).toBe(true);
        },
      ),
    );
  });

  it('at unknown purity uses 2 x FC, marked derived, with a notice saying purity was unknown', () => {
    const f = ok(cn({ call: 'amplification', foldChange: 2.95 }));
    expect(f).toMatchObject({ copyNumber: 5.9, copyNumberDerived: true, key: 'cn:ERBB2:amplification' });
    expect(f.notes.map((n) => n.code)).toEqual(['copy_number_purity_unknown']);
    expect(f.notes[0]?.message).toContain('purity is unknown');
  });

  it('keeps a given copy number and does not derive', () => {
    expect(
      ok(cn({ call: 'amplification', foldChange: 1.5, copyNumber: 5 }), { ...ctx, purity: 0.5 }),
    ).toMatchObject({
      copyNumber: 5,
      copyNumberDerived: false,
      notes: [],
    });
  });

  it('clamps a fold change below what purity allows to 0, with a warning', () => {
    const f = ok(cn({ call: 'homozygous-deletion', foldChange: 0.2 }), { ...ctx, purity: 0.5 });
    expect(f).toMatchObject({ copyNumber: 0 });
    expect(f.notes.map((n) => n.code)).toEqual(['copy_number_below_purity_floor', 'copy_number_derived']);
  });

  it('derives a missing call from the numbers, with a notice', () => {
    expect(ok(cn({ foldChange: 0.4 }))).toMatchObject({
      call: 'loss',
      notes: [{ code: 'copy_number_call_derived' }, { code: 'copy_number_purity_unknown' }],
    });
    expect(ok(cn({ copyNumber: 0 }))).toMatchObject({
      call: 'homozygous-deletion',
      key: 'cn:ERBB2:homozygous-deletion',
    });
    expect(ok(cn({ copyNumber: 9 }))).toMatchObject({ call: 'gain' });
  });

  it.each([
    ['fold change 0 with a gain call', cn({ call: 'gain', foldChange: 0 }), 'fold_change_contradicts_call'],
    [
      'amplification with fold change < 1',
      cn({ call: 'amplification', foldChange: 0.6 }),
      'fold_change_contradicts_call',
    ],
    ['loss with fold change > 1', cn({ call: 'loss', foldChange: 1.8 }), 'fold_change_contradicts_call'],
    [
      'amplification with copy number 1',
      cn({ call: 'amplification', copyNumber: 1 }),
      'copy_number_contradicts_call',
    ],
    ['negative fold change', cn({ call: 'gain', foldChange: -1 }), 'invalid_value'],
    ['negative copy number', cn({ call: 'loss', copyNumber: -1 }), 'invalid_value'],
    ['nothing at all', cn({}), 'copy_number_without_values'],
  ] as const)('rejects %s', (_name, input, code) => {
    expect(fail(input).map((i) => i.code)).toContain(code);
  });

  it('warns on a call with a neutral fold change', () => {
    expect(ok(cn({ call: 'amplification', foldChange: 1 })).notes.map((n) => n.code)).toContain(
      'neutral_fold_change',
    );
  });
});

describe('fusions', () => {
  it('keys known orientation 5::3 and unknown orientation as an unordered pair (property)', () => {
    const genes = ['EML4', 'ALK', 'ROS1', 'CD74', 'RET', 'KIF5B', 'NTRK1', 'TPM3'];
    fc.assert(
      fc.property(fc.constantFrom(...genes), fc.constantFrom(...genes), (g1, g2) => {
        const known = ok({ kind: 'fusion', gene5: g1, gene3: g2 });
        expect(known.key).toBe(`fusion:${g1}::${g2}`);
        const a = ok({ kind: 'fusion', gene5: g1, gene3: g2, orientationKnown: false, breakpoint5: 'b1' });
        const b = ok({ kind: 'fusion', gene5: g2, gene3: g1, orientationKnown: false, breakpoint3: 'b1' });
        expect(a).toEqual(b);
        expect(a.key).toBe(`fusion:{${[g1, g2].sort().join(',')}}`);
      }),
    );
  });

  it('normalizes legacy partner symbols', () => {
    expect(
      ok({ kind: 'fusion', gene5: 'EGFR', gene3: 'SEPT14', breakpoint5: 'chr7:1', breakpoint3: 'chr7:2' }),
    ).toMatchObject({
      key: 'fusion:EGFR::SEPTIN14',
      gene3: { symbol: 'SEPTIN14' },
      breakpoint5: 'chr7:1',
    });
  });

  it('rejects an unknown partner and negative reads', () => {
    expect(fail({ kind: 'fusion', gene5: 'EML4', gene3: 'NOTAGENE1' }).map((i) => i.path)).toEqual([
      ['findings', 3, 'gene3'],
    ]);
    expect(
      fail({ kind: 'fusion', gene5: 'EML4', gene3: 'ALK', supportingReads: -2 }).map((i) => i.code),
    ).toEqual(['invalid_count']);
  });
});

describe('splice variants', () => {
  it.each([
    ['14', { from: 14, to: 14 }],
    ['2-7', { from: 2, to: 7 }],
    ['14/21', { from: 14, to: 14 }],
    ['2-7/28', { from: 2, to: 7 }],
    [' 2 - 7 / 28 ', { from: 2, to: 7 }],
    ['7-2', null],
    ['14/12', null],
    ['exon14', null],
    ['0', null],
  ])('parseSkippedExons(%j)', (text, expected) => {
    expect(parseSkippedExons(text)).toEqual(expected);
  });

  it('keys by exons, else by label', () => {
    expect(ok({ kind: 'splice', gene: 'MET', skippedExons: '14/21' }).key).toBe('splice:MET:14');
    expect(ok({ kind: 'splice', gene: 'EGFR', skippedExons: '2-7/28' }).key).toBe('splice:EGFR:2-7');
    expect(ok({ kind: 'splice', gene: 'AR', label: 'AR-V7' })).toMatchObject({
      key: 'splice:AR:AR-V7',
      skippedExons: null,
    });
    expect(fail({ kind: 'splice', gene: 'AR' }).map((i) => i.code)).toEqual(['splice_without_exons']);
    expect(fail({ kind: 'splice', gene: 'MET', skippedExons: 'x' }).map((i) => i.code)).toEqual([
      'invalid_skipped_exons',
    ]);
  });
});

describe('biomarkers', () => {
  it('TMB, MSI, HRD and IHC have fixed or marker keys', () => {
    expect(ok({ kind: 'tmb', value: 7.1, eligibleVariants: 9, regionSizeMb: 1.27 })).toMatchObject({
      key: 'tmb',
      value: 7.1,
    });
    expect(ok({ kind: 'msi', usableSites: 124, unstableSites: 31 })).toMatchObject({
      key: 'msi',
      percentUnstable: 25,
      notes: [{ code: 'msi_percent_computed' }],
    });
    expect(ok({ kind: 'msi', status: 'MSI-H' })).toMatchObject({
      key: 'msi',
      percentUnstable: null,
      status: 'MSI-H',
    });
    expect(ok({ kind: 'hrd', score: 47 })).toMatchObject({ key: 'hrd', score: 47 });
    expect(ok({ kind: 'ihc', marker: 'her2', score: '3+' })).toMatchObject({
      key: 'ihc:HER2',
      marker: 'her2',
    });
  });

  it.each([
    [{ kind: 'tmb', value: -1 }, 'invalid_value'],
    [{ kind: 'msi', usableSites: 10, unstableSites: 11 }, 'msi_sites_inconsistent'],
    [{ kind: 'msi', percentUnstable: 120 }, 'invalid_value'],
    [{ kind: 'msi' }, 'msi_without_values'],
    [{ kind: 'hrd', score: Number.NaN }, 'invalid_value'],
    [{ kind: 'ihc', marker: ' ', score: '3+' }, 'empty_field'],
  ] as const)('rejects %j', (input, code) => {
    expect(fail(input as FindingInput).map((i) => i.code)).toContain(code);
  });
});
