/**
 * Gene-level facts used to judge a variant: the gene's role in cancer (OncoKB cancer gene list) and its
 * recurrent mutation hotspots (cancerhotspots.org v2). Keyed by HGNC id.
 *
 * Hotspot positions are protein positions on the Ensembl (GRCh37) transcript named in each record;
 * TSO500 annotates on RefSeq transcripts, which number residues differently for a few genes.
 */
import type { GeneRef } from '../model/case.js';
import { geneRoleIndex, hotspotIndex, type HotspotIndexEntry } from './reference-data.js';

/** A gene's role in cancer: activated (oncogene), inactivated (tumor suppressor), or either. */
export type GeneRole = 'oncogene' | 'tumor-suppressor' | 'both';

/** The gene and transcript a hotspot record belongs to. */
export interface HotspotGene {
  readonly gene: GeneRef;
  /** Ensembl transcript (GRCh37) the positions refer to; null when the source gives none. */
  readonly transcript: string | null;
}

/** A recurrently mutated single residue, with the alternate amino acids observed (`*` = stop) and counts. */
export interface ResidueHotspotRecord extends HotspotGene {
  readonly position: number;
  /** One-letter reference amino acid (`*` for a stop codon). */
  readonly reference: string;
  readonly alternates: Readonly<Record<string, number>>;
  readonly tumorCount: number;
}

/** A recurrently mutated splice site, at the protein position of the affected codon. */
export interface SpliceHotspotRecord extends HotspotGene {
  readonly position: number;
  readonly tumorCount: number;
}

/** A protein span with recurrent in-frame insertions/deletions, with the observed changes and counts. */
export interface IndelHotspotRecord extends HotspotGene {
  readonly start: number;
  readonly end: number;
  readonly variants: Readonly<Record<string, number>>;
  readonly tumorCount: number;
}

/**
 * The gene's role per the OncoKB cancer gene list, or null when OncoKB calls it neither, has
 * insufficient evidence, does not annotate it, or does not list it.
 *
 * @example
 * import { geneRole } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(geneRole('HGNC:1097'), 'oncogene'); // BRAF
 * assert.strictEqual(geneRole('HGNC:11998'), 'tumor-suppressor'); // TP53
 * assert.strictEqual(geneRole('HGNC:12403'), null); // TTN
 */
export const geneRole = (hgncId: string): GeneRole | null => {
  const call = geneRoleIndex().get(hgncId);
  return call === 'oncogene' || call === 'tumor-suppressor' || call === 'both' ? call : null;
};

const geneOf = (hgncId: string): (HotspotIndexEntry & { readonly base: HotspotGene }) | undefined => {
  const entry = hotspotIndex().get(hgncId);
  if (!entry) return undefined;
  const { gene } = entry;
  return {
    ...entry,
    base: { gene: { hgncId: gene.hgncId, symbol: gene.symbol }, transcript: gene.transcript },
  };
};

/**
 * The single-residue hotspot at this protein position of the gene, or null.
 *
 * @example
 * import { hotspotAt } from 'mtb-match';
 * import assert from 'node:assert';
 * const v600 = hotspotAt('HGNC:1097', 600); // BRAF V600
 * assert.strictEqual(v600?.reference, 'V');
 * assert.ok((v600?.alternates['E'] ?? 0) > 800);
 * assert.strictEqual(hotspotAt('HGNC:1097', 700), null);
 */
export const hotspotAt = (hgncId: string, position: number): ResidueHotspotRecord | null => {
  const found = geneOf(hgncId);
  const residue = found?.residues.get(position);
  return found && residue ? { ...found.base, ...residue } : null;
};

/**
 * The splice-site hotspot at this protein position of the gene, or null.
 *
 * @example
 * import { spliceHotspotAt } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(spliceHotspotAt('HGNC:7029', 1010)?.position, 1010); // MET exon 14 splice site
 * assert.strictEqual(spliceHotspotAt('HGNC:7029', 1003), null);
 */
export const spliceHotspotAt = (hgncId: string, position: number): SpliceHotspotRecord | null => {
  const found = geneOf(hgncId);
  const site = found?.splice.get(position);
  return found && site ? { ...found.base, ...site } : null;
};

/**
 * The in-frame indel hotspot span that covers the whole protein range `start..end` (inclusive), or null.
 * When spans nest, the narrowest wins.
 *
 * @example
 * import { hotspotSpanCovering } from 'mtb-match';
 * import assert from 'node:assert';
 * const exon19 = hotspotSpanCovering('HGNC:3236', 746, 750); // EGFR E746_A750del
 * assert.deepStrictEqual([exon19?.start, exon19?.end], [745, 759]);
 * assert.strictEqual(hotspotSpanCovering('HGNC:3236', 740, 750), null);
 */
export const hotspotSpanCovering = (
  hgncId: string,
  start: number,
  end: number,
): IndelHotspotRecord | null => {
  const found = geneOf(hgncId);
  if (!found || start > end) return null;
  const spans = found.gene.indels.filter((s) => s.start <= start && end <= s.end);
  const narrowest = spans.reduce<(typeof spans)[number] | undefined>(
    (best, s) => (best === undefined || s.end - s.start < best.end - best.start ? s : best),
    undefined,
  );
  return narrowest ? { ...found.base, ...narrowest } : null;
};
