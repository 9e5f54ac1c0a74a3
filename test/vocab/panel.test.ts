import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAssessed,
  knownPanels,
  panelGenes,
  type AssayRef,
  type MolecularKind,
} from '../../src/vocab/panel.js';

const tissue: AssayRef = { panel: 'TSO500', dna: true, rna: true };
const dnaOnly: AssayRef = { ...tissue, rna: false };
const rnaOnly: AssayRef = { ...tissue, dna: false };
const kinds: ReadonlyArray<MolecularKind> = [
  'small-variant',
  'amplification',
  'deletion',
  'fusion',
  'splice',
];

const ALK = 'HGNC:427';
const CDKN2A = 'HGNC:1787';
const ERBB2 = 'HGNC:3430';
const EGFR = 'HGNC:3236';
const MET = 'HGNC:7029';
const AR = 'HGNC:644';
const MYCL = 'HGNC:7555';
const TTN = 'HGNC:12403';

describe('panelGenes / knownPanels', () => {
  it('lists TSO500 with its 523 genes and the counts of the Illumina gene list', () => {
    expect(knownPanels()).toEqual(['TSO500']);
    const genes = panelGenes('TSO500');
    expect(genes).toHaveLength(523);
    expect(new Set(genes.map((g) => g.hgncId)).size).toBe(523);
    const count = (kind: MolecularKind): number => genes.filter((g) => g.kinds.includes(kind)).length;
    expect(kinds.map(count)).toEqual([523, 59, 0, 55, 3]);
    expect(genes.filter((g) => g.kinds.includes('splice')).map((g) => g.symbol)).toEqual([
      'AR',
      'EGFR',
      'MET',
    ]);
    expect(genes.find((g) => g.hgncId === MYCL)).toMatchObject({
      symbol: 'MYCL',
      kinds: ['small-variant', 'amplification'],
    });
  });

  it('has no genes for an unknown panel', () => {
    expect(panelGenes('TSO600')).toEqual([]);
    expect(panelGenes('tso500')).toEqual([]); // panel ids are exact
  });
});

describe('isAssessed', () => {
  it.each<[string, AssayRef, string, MolecularKind, boolean]>([
    ['CDKN2A small variant', tissue, CDKN2A, 'small-variant', true],
    ['CDKN2A amplification: not a CNV gene', tissue, CDKN2A, 'amplification', false],
    ['CDKN2A deletion: TSO500 assesses no deletions', tissue, CDKN2A, 'deletion', false],
    ['ERBB2 amplification', tissue, ERBB2, 'amplification', true],
    ['ERBB2 amplification, DNA arm missing', rnaOnly, ERBB2, 'amplification', false],
    ['ERBB2 deletion', tissue, ERBB2, 'deletion', false],
    ['ALK fusion', tissue, ALK, 'fusion', true],
    ['ALK fusion, RNA arm missing', dnaOnly, ALK, 'fusion', false],
    ['ALK small variant, RNA only', rnaOnly, ALK, 'small-variant', false],
    ['EGFR splice (EGFRvIII)', tissue, EGFR, 'splice', true],
    ['MET splice (exon 14 skipping), RNA only', rnaOnly, MET, 'splice', true],
    ['AR splice, DNA only', dnaOnly, AR, 'splice', false],
    ['ERBB2 splice: not a splice gene', tissue, ERBB2, 'splice', false],
    ['TTN: a real gene, not on the panel', tissue, TTN, 'small-variant', false],
    ['unknown gene id', tissue, 'HGNC:0', 'small-variant', false],
    ['null panel', { panel: null, dna: true, rna: true }, ERBB2, 'small-variant', false],
    ['unknown panel', { panel: 'FoundationOne', dna: true, rna: true }, ERBB2, 'small-variant', false],
  ])('%s', (_name, assay, hgncId, kind, expected) => {
    expect(isAssessed(assay, hgncId, kind)).toBe(expected);
  });

  it('assesses a kind only when the panel lists it for the gene and its arm was sequenced', () => {
    const genes = panelGenes('TSO500');
    fc.assert(
      fc.property(
        fc.constantFrom(...genes),
        fc.constantFrom(...kinds),
        fc.boolean(),
        fc.boolean(),
        (gene, kind, dna, rna) => {
          const armRun = kind === 'fusion' || kind === 'splice' ? rna : dna;
          expect(isAssessed({ panel: 'TSO500', dna, rna }, gene.hgncId, kind)).toBe(
            armRun && gene.kinds.includes(kind),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
