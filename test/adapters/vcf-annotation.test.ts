import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annotationLayout,
  chooseAnnotation,
  type AnnotationLayout,
} from '../../src/adapters/vcf-annotation.js';

const vep: AnnotationLayout = {
  key: 'CSQ',
  fields: [
    'Allele',
    'Consequence',
    'SYMBOL',
    'Feature',
    'HGVSp',
    'CANONICAL',
    'MANE_SELECT',
    'PICK',
    'ALLELE_NUM',
  ],
};
const entry = (fields: Partial<Record<(typeof vep.fields)[number], string>>): string =>
  vep.fields.map((f) => fields[f] ?? '').join('|');

describe('annotationLayout', () => {
  it('reads the VEP Format list, else the SnpEff quoted list, else nothing', () => {
    const descriptions: Record<string, string> = {
      CSQ: 'Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL',
      ANN: "Functional annotations: 'Allele | Annotation | Gene_Name' ",
    };
    expect(annotationLayout((k) => descriptions[k])).toEqual({
      key: 'CSQ',
      fields: ['Allele', 'Consequence', 'SYMBOL'],
    });
    expect(annotationLayout((k) => (k === 'ANN' ? descriptions[k] : undefined))).toEqual({
      key: 'ANN',
      fields: ['Allele', 'Annotation', 'Gene_Name'],
    });
    expect(
      annotationLayout((k) => (k === 'ANN' ? 'Functional annotations' : undefined))?.fields,
    ).toHaveLength(16);
    expect(annotationLayout(() => undefined)).toBeNull();
  });
});

describe('chooseAnnotation: VEP transcript order', () => {
  const a = entry({ Allele: 'T', SYMBOL: 'G1', Feature: 'ENST1', HGVSp: 'p.A1' });
  const canonical = entry({ Allele: 'T', SYMBOL: 'G1', Feature: 'ENST2', CANONICAL: 'YES' });
  const mane = entry({ Allele: 'T', SYMBOL: 'G1', Feature: 'ENST3', MANE_SELECT: 'NM_1.1' });
  const pick = entry({ Allele: 'T', SYMBOL: 'G1', Feature: 'ENST4', PICK: '1' });
  const noGene = entry({ Allele: 'T', Consequence: 'intergenic_variant' });
  const feature = (entries: ReadonlyArray<string>) => {
    const chosen = chooseAnnotation(vep, entries, 'A', ['T'], 0);
    return typeof chosen === 'string' ? chosen : chosen.transcript;
  };

  it.each([
    [[a, canonical], 'ENST2'],
    [[a, canonical, mane], 'ENST3'],
    [[mane, pick, canonical], 'ENST4'],
    [[a, entry({ Allele: 'T', SYMBOL: 'G1', Feature: 'ENST9' })], 'ENST1'],
    [[noGene, a], 'ENST1'],
    [[noGene], 'no-gene'],
  ])('%#: PICK > MANE Select > CANONICAL > file order, among entries with a gene', (entries, expected) => {
    expect(feature(entries)).toBe(expected);
  });

  it('does not depend on where the preferred entry is listed', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([a, canonical, entry({ Allele: 'T', SYMBOL: 'G1', Feature: 'ENST8' })], {
          minLength: 3,
          maxLength: 3,
        }),
        (entries) => {
          expect(feature(entries)).toBe('ENST2');
        },
      ),
    );
  });

  it('matches VEP allele strings: anchor base dropped, "-" for deletions; ALLELE_NUM when present', () => {
    const del = [
      entry({ Allele: '-', SYMBOL: 'EGFR', Feature: 'D' }),
      entry({ Allele: 'AA', SYMBOL: 'EGFR', Feature: 'I' }),
    ];
    // REF TA, ALT T (deletion) and TAA (insertion): all share the anchor T.
    expect(chooseAnnotation(vep, del, 'TA', ['T', 'TAA'], 0)).toMatchObject({ transcript: 'D' });
    expect(chooseAnnotation(vep, del, 'TA', ['T', 'TAA'], 1)).toMatchObject({ transcript: 'I' });
    const numbered = [
      entry({ Allele: 'X', SYMBOL: 'G', Feature: 'one', ALLELE_NUM: '1' }),
      entry({ Allele: 'X', SYMBOL: 'G', Feature: 'two', ALLELE_NUM: '2' }),
    ];
    expect(chooseAnnotation(vep, numbered, 'A', ['C', 'G'], 1)).toMatchObject({ transcript: 'two' });
    expect(chooseAnnotation(vep, [entry({ Allele: 'G', SYMBOL: 'G' })], 'A', ['C', 'T'], 0)).toBe(
      'no-entries',
    );
  });

  it('splits consequences on "&"', () => {
    const chosen = chooseAnnotation(
      vep,
      [entry({ Allele: 'T', SYMBOL: 'G', Consequence: 'missense_variant&splice_region_variant' })],
      'A',
      ['T'],
      0,
    );
    expect(chosen).toMatchObject({ consequences: ['missense_variant', 'splice_region_variant'] });
  });
});

describe('chooseAnnotation: SnpEff', () => {
  const snpeff: AnnotationLayout = {
    key: 'ANN',
    fields: ['Allele', 'Annotation', 'Gene_Name', 'Feature_ID', 'Rank', 'HGVS.c', 'HGVS.p'],
  };
  const ann = (...values: ReadonlyArray<string>) => values.join('|');

  it('takes the first entry with a gene that is not intergenic, and the cancer-mode ALT-REF allele', () => {
    const entries = [
      ann('T', 'intergenic_region', 'A-B', 'x', '', '', ''),
      ann('T-A', 'stop_gained', 'TP53', 'NM_000546.6', '6/11', 'c.637C>T', 'p.Arg213*'),
      ann('T', 'missense_variant', 'TP53', 'NM_other', '6/11', 'c.1C>T', 'p.X'),
    ];
    expect(chooseAnnotation(snpeff, entries, 'A', ['T'], 0)).toEqual({
      source: 'ANN',
      gene: 'TP53',
      consequences: ['stop_gained'],
      proteinChange: 'p.Arg213*',
      cdnaChange: 'c.637C>T',
      transcript: 'NM_000546.6',
      exon: '6/11',
    });
  });
});
