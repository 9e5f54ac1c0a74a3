import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/model/criteria.js';
import { describeCriterion } from '../../src/table/describe.js';

const v = (
  gene: string,
  select: Extract<Criterion, { type: 'variant' }>['select'],
  extra = {},
): Criterion => ({
  type: 'variant',
  gene,
  select,
  ...extra,
});

describe('describeCriterion', () => {
  it.each<[Criterion, string]>([
    [
      {
        type: 'copy-number',
        gene: 'ERBB2',
        call: 'amplification',
        minCopyNumber: 6,
        label: 'ERBB2 amplification',
      },
      'ERBB2 amplification (copy number >= 6)',
    ],
    [
      { type: 'copy-number', gene: 'ERBB2', call: 'amplification', minFoldChange: 2 },
      'ERBB2 amplification (fold change >= 2)',
    ],
    [{ type: 'copy-number', gene: 'CDKN2A', call: 'homozygous-deletion' }, 'CDKN2A homozygous deletion'],
    [
      v('BRAF', { by: 'codon', codons: [600] }, { label: 'BRAF p.V600' }),
      'BRAF p.V600 (any change at codon 600)',
    ],
    [v('KRAS', { by: 'codon', codons: [12, 13, 61] }), 'KRAS variant (any change at codons 12, 13 or 61)'],
    [v('BRAF', { by: 'change', changes: ['V600E'] }), 'BRAF p.V600E'],
    [v('EGFR', { by: 'change', changes: ['p.L861Q', 'S768I'] }), 'EGFR p.L861Q or p.S768I'],
    [
      v('ERBB2', { by: 'change', changes: ['S310F', 'L755S'] }, { label: 'ERBB2 hotspot' }),
      'ERBB2 hotspot (p.S310F or p.L755S)',
    ],
    [
      v('EGFR', { by: 'exon', exons: [20], classes: ['inframe-insertion'] }),
      'EGFR variant (exon 20 in-frame insertion)',
    ],
    [v('NF1', { by: 'class', class: 'loss-of-function' }), 'NF1 loss-of-function variant'],
    [
      v('BRCA2', { by: 'class', class: 'loss-of-function' }, { origin: 'germline', minVaf: 0.3 }),
      'BRCA2 loss-of-function variant (VAF >= 0.3, germline)',
    ],
    [{ type: 'biallelic', gene: 'BRCA1' }, 'bi-allelic BRCA1 inactivation'],
    [
      { type: 'fusion', gene: 'ALK', partner: 'EML4', role: 'three-prime' },
      "ALK fusion (with EML4, ALK as 3' partner)",
    ],
    [{ type: 'splice', gene: 'MET', exons: '14' }, 'MET exon 14 skipping'],
    [{ type: 'splice', gene: 'EGFR', exons: '2-7' }, 'EGFR exons 2-7 skipping'],
    [{ type: 'tmb', min: 10 }, 'TMB >= 10 mut/Mb'],
    [{ type: 'tmb', min: 10, label: 'TMB-high' }, 'TMB-high (>= 10 mut/Mb)'],
    [
      { type: 'msi', minPercentUnstable: 20, minUsableSites: 40 },
      'MSI >= 20% unstable of >= 40 usable sites',
    ],
    [{ type: 'hrd', min: 42 }, 'HRD score >= 42'],
    [{ type: 'ihc', marker: 'HER2', scores: ['3+'] }, 'HER2 IHC 3+'],
    [{ type: 'ihc', marker: 'HER2', scores: ['1+', '2+'] }, 'HER2 IHC 1+ or 2+'],
    [{ type: 'ihc', marker: 'PD-L1 TPS', scores: [], minValue: 50 }, 'PD-L1 TPS IHC >= 50'],
    [
      { type: 'not', of: v('KRAS', { by: 'class', class: 'protein-altering' }) },
      'not: KRAS protein-altering variant',
    ],
    [
      {
        type: 'all',
        of: [
          { type: 'copy-number', gene: 'ERBB2', call: 'amplification' },
          {
            type: 'not',
            of: {
              type: 'any',
              of: [
                v('KRAS', { by: 'class', class: 'protein-altering' }),
                v('NRAS', { by: 'class', class: 'protein-altering' }),
              ],
            },
          },
        ],
      },
      'ERBB2 amplification and not: (KRAS protein-altering variant or NRAS protein-altering variant)',
    ],
    [
      {
        type: 'any',
        of: [
          {
            type: 'all',
            of: [
              { type: 'tmb', min: 10 },
              { type: 'hrd', min: 42 },
            ],
          },
          { type: 'msi', minPercentUnstable: 20 },
        ],
      },
      '(TMB >= 10 mut/Mb and HRD score >= 42) or MSI >= 20% unstable',
    ],
    [
      {
        type: 'any',
        of: [
          { type: 'biallelic', gene: 'BRCA1' },
          { type: 'biallelic', gene: 'BRCA2' },
        ],
        label: 'bi-allelic BRCA1/2 inactivation',
      },
      'bi-allelic BRCA1/2 inactivation',
    ],
  ])('%# %s', (criterion, words) => {
    expect(describeCriterion(criterion)).toBe(words);
  });

  it('spells out labelled groups when asked', () => {
    const c: Criterion = {
      type: 'any',
      of: [
        { type: 'biallelic', gene: 'BRCA1' },
        { type: 'biallelic', gene: 'BRCA2' },
      ],
      label: 'bi-allelic BRCA1/2',
    };
    expect(describeCriterion(c, { labels: false })).toBe(
      'bi-allelic BRCA1 inactivation or bi-allelic BRCA2 inactivation',
    );
  });
});
