/**
 * Builds `panel-tso500.json` from the three TSO500 gene lists: which molecular kinds are assessed per gene.
 */
import { join } from 'node:path';
import type { PanelFile } from '../../src/model/reference.js';
import { readTsv, type Tsv } from './io.js';
import {
  CBIOPORTAL_GENE_TABLE,
  GENERATED_BY,
  ILLUMINA_GENE_LIST,
  LICENSES,
  RNA_LIST,
  UMCCR_PREPARED,
} from './sources.js';

/** The three panel gene lists. */
export interface PanelInputs {
  readonly dna: Tsv;
  readonly rna: Tsv;
  readonly cnv: Tsv;
}

/** Reads the panel gene lists under `dataDir`. */
export const readPanel = (dataDir: string): PanelInputs => ({
  dna: readTsv(join(dataDir, 'panel/tso500-dna-genes.tsv'), [
    'symbol',
    'illumina_symbol',
    'hgnc_id',
    'small_variants',
    'cnv',
    'rna_fusion',
    'rna_splice',
    'ctdna_dna_fusion',
  ]),
  rna: readTsv(join(dataDir, 'panel/tso500-rna-genes.tsv'), [
    'symbol',
    'illumina_symbol',
    'hgnc_id',
    'splice_variant',
  ]),
  cnv: readTsv(join(dataDir, 'panel/tso500-cnv-genes.tsv'), [
    'symbol',
    'hgnc_id',
    'illumina_symbol_tissue_list',
  ]),
});

const flag = (value: string | undefined, where: string): boolean => {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`${where}: expected true/false, got "${value}"`);
};

/** Builds the panel file; cross-checks the DNA flags against the RNA and CNV lists. */
export const buildPanel = (
  inputs: PanelInputs,
  symbolOf: (id: number) => string | undefined,
): { readonly file: PanelFile; readonly report: ReadonlyArray<string> } => {
  const rnaById = new Map(inputs.rna.rows.map((row) => [row['hgnc_id'] ?? '', row]));
  const cnvIds = new Set(inputs.cnv.rows.map((row) => row['hgnc_id'] ?? ''));
  const genes = inputs.dna.rows.map((row, i): PanelFile['genes'][number] => {
    const where = `tso500-dna-genes.tsv:${i + 2}`;
    const hgncId = row['hgnc_id'] ?? '';
    const symbol = row['symbol'] ?? '';
    if (symbolOf(Number(hgncId.replace('HGNC:', ''))) !== symbol) {
      throw new Error(`${where}: ${hgncId} is not ${symbol} in the HGNC gene table`);
    }
    const cnv = flag(row['cnv'], where);
    const fusion = flag(row['rna_fusion'], where);
    const splice = flag(row['rna_splice'], where);
    if (!flag(row['small_variants'], where)) throw new Error(`${where}: small variants not assessed`);
    if (cnv !== cnvIds.has(hgncId)) throw new Error(`${where}: cnv flag disagrees with tso500-cnv-genes.tsv`);
    if (fusion !== rnaById.has(hgncId))
      throw new Error(`${where}: rna_fusion flag disagrees with tso500-rna-genes.tsv`);
    const spliceVariant = rnaById.get(hgncId)?.['splice_variant'] ?? '';
    if (splice !== (spliceVariant !== ''))
      throw new Error(`${where}: rna_splice flag disagrees with the RNA list`);
    const kinds = [
      'small-variant' as const,
      ...(cnv ? (['amplification'] as const) : []),
      ...(fusion ? (['fusion'] as const) : []),
      ...(splice ? (['splice'] as const) : []),
    ];
    return {
      hgncId,
      symbol,
      vendorSymbol: row['illumina_symbol'] ?? '',
      kinds,
      ...(splice ? { spliceVariant } : {}),
    };
  });
  genes.sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
  const count = (kind: string): number => genes.filter((g) => g.kinds.some((k) => k === kind)).length;
  const counts = `${genes.length} genes: small-variant ${count('small-variant')}, amplification ${count('amplification')}, fusion ${count('fusion')}, splice ${count('splice')}, deletion ${count('deletion')}`;
  const ctdnaFusions = inputs.dna.rows.filter((row) => row['ctdna_dna_fusion'] === 'true').length;
  const file: PanelFile = {
    meta: {
      title: 'TruSight Oncology 500 (tissue, DNA + RNA): genes and the molecular kinds assessed per gene',
      sources: [ILLUMINA_GENE_LIST, UMCCR_PREPARED, CBIOPORTAL_GENE_TABLE, RNA_LIST],
      version: 'TSO500 gene list (Illumina: 523 DNA genes, 59 CNV genes); RNA list of 55 genes (second-hand)',
      date: '2025-10-07',
      license: LICENSES.panel,
      generatedBy: GENERATED_BY,
      notes: [
        `${counts}.`,
        "date is the HGNC release that the approved symbols follow; vendorSymbol is Illumina's spelling.",
        'deletion is assessed for no gene: the TSO500 gene list (Local App era) calls amplifications only. DRAGEN ' +
          'TSO500 v2.5+ also writes losses (<DEL>), flagged by Illumina as validated on simulated data only; a ' +
          'loss call is kept as a finding, but a missing loss does not mean "tested, not found".',
        'The RNA gene list (fusion, splice) is second-hand: verify it against the Illumina tissue TSO500 data sheet ' +
          'before clinical use. Splice genes: AR (AR-V7), EGFR (EGFRvIII), MET (exon 14 skipping).',
        `Not modelled: the ${ctdnaFusions} DNA-level fusion genes of TSO500 ctDNA (a different assay).`,
      ],
    },
    id: 'TSO500',
    name: 'TruSight Oncology 500',
    armOfKind: {
      'small-variant': 'dna',
      amplification: 'dna',
      deletion: 'dna',
      fusion: 'rna',
      splice: 'rna',
    },
    genes,
  };
  return { file, report: [`panel TSO500: ${counts}.`] };
};
