import { describe, expect, it } from 'vitest';
import hotspots from '../../rules/reference/hotspots.json';
import { geneRole, hotspotAt, hotspotSpanCovering, spliceHotspotAt } from '../../src/vocab/gene-facts.js';

const BRAF = 'HGNC:1097';
const KRAS = 'HGNC:6407';
const EGFR = 'HGNC:3236';
const MET = 'HGNC:7029';
const TP53 = 'HGNC:11998';
const H3_3A = 'HGNC:4764';
const WHR1 = 'HGNC:11398';

describe('geneRole', () => {
  it.each([
    [BRAF, 'oncogene'],
    [KRAS, 'oncogene'],
    [TP53, 'tumor-suppressor'],
    ['HGNC:7881', 'both'], // NOTCH1
    ['HGNC:12403', null], // TTN: not in the list
    ['HGNC:2512', null], // CSNK1A1: TSO500 gene the list does not have
    ['HGNC:0', null],
  ])('%s -> %s', (hgncId, role) => {
    expect(geneRole(hgncId)).toBe(role);
  });

  it('reads a gene listed under an older symbol (STK19, now WHR1) by its HGNC id', () => {
    expect(geneRole(WHR1)).toBe('oncogene');
  });
});

describe('hotspotAt / spliceHotspotAt', () => {
  it('finds BRAF V600 with its observed alternates', () => {
    const v600 = hotspotAt(BRAF, 600);
    expect(v600).toMatchObject({ gene: { hgncId: BRAF, symbol: 'BRAF' }, transcript: 'ENST00000288602' });
    expect(v600?.reference).toBe('V');
    expect(Object.keys(v600?.alternates ?? {})[0]).toBe('E'); // most frequent first
    expect(v600?.tumorCount).toBeGreaterThan(800);
  });

  it.each([
    [KRAS, 12, 'G'],
    [KRAS, 13, 'G'],
    [KRAS, 61, 'Q'],
    [EGFR, 858, 'L'],
    [TP53, 273, 'R'],
    [H3_3A, 28, 'K'], // source symbol H3F3A, the old name
  ])('%s residue %i is a %s hotspot', (hgncId, position, reference) => {
    expect(hotspotAt(hgncId, position)?.reference).toBe(reference);
  });

  it('returns null away from hotspots and for genes without any', () => {
    expect(hotspotAt(BRAF, 700)).toBeNull();
    expect(hotspotAt('HGNC:12403', 600)).toBeNull();
  });

  it('keeps splice-site hotspots apart from residue hotspots at the same position', () => {
    expect(spliceHotspotAt(MET, 1010)).toMatchObject({ position: 1010, gene: { symbol: 'MET' } });
    expect(hotspotAt(MET, 1010)?.reference).toBe('D');
    expect(spliceHotspotAt(BRAF, 600)).toBeNull();
  });
});

describe('hotspotSpanCovering', () => {
  it.each([
    [EGFR, 746, 750, [745, 759]], // exon 19 deletion E746_A750del
    [EGFR, 770, 771, [764, 774]], // exon 20 insertion
    [EGFR, 745, 759, [745, 759]],
    [EGFR, 740, 750, null], // starts before the span
    [EGFR, 750, 746, null], // start after end
    [BRAF, 600, 601, [592, 604]], // V600_K601delinsE
    [BRAF, 700, 700, null],
  ])('%s %i-%i -> %j', (hgncId, start, end, expected) => {
    const span = hotspotSpanCovering(hgncId, start, end);
    expect(span === null ? null : [span.start, span.end]).toEqual(expected);
  });

  it('carries the observed changes', () => {
    expect(Object.keys(hotspotSpanCovering(EGFR, 746, 750)?.variants ?? {}).length).toBeGreaterThan(0);
  });

  it('finds every stored span by its own bounds', () => {
    for (const gene of hotspots.genes) {
      for (const span of gene.indels) {
        expect(hotspotSpanCovering(gene.hgncId, span.start, span.end)).toMatchObject({
          start: span.start,
          end: span.end,
        });
      }
    }
  });
});
