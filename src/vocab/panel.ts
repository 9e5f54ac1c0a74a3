/**
 * Panel coverage: what an assay assessed, so that "not detected" is told apart from "not tested".
 * The per-gene kinds and the arm (DNA or RNA) each kind needs come from the panel's reference file.
 */
import { panelIndex } from './reference-data.js';

/** The molecular kinds a panel can assess for a gene. */
export type MolecularKind = 'small-variant' | 'amplification' | 'deletion' | 'fusion' | 'splice';

/** The assay a sample was run on: a panel id (or null when unknown) and which arms were sequenced. */
export interface AssayRef {
  readonly panel: string | null;
  readonly dna: boolean;
  readonly rna: boolean;
}

/** One gene of a panel and the kinds assessed for it. */
export interface PanelGene {
  readonly hgncId: string;
  readonly symbol: string;
  /** The symbol as the vendor's gene list spells it (e.g. `FAM46C` for TENT5C). */
  readonly vendorSymbol: string;
  readonly kinds: ReadonlyArray<MolecularKind>;
}

/**
 * Whether the assay assessed this kind of alteration in this gene: the gene must carry the kind on the
 * panel and the arm that assesses it (DNA for small variants and copy number, RNA for fusions and
 * splice variants on TSO500) must have been sequenced. A null or unknown panel assesses nothing.
 *
 * @example
 * import { isAssessed } from 'mtb-match';
 * import assert from 'node:assert';
 * const tso500 = { panel: 'TSO500', dna: true, rna: true };
 * assert.strictEqual(isAssessed(tso500, 'HGNC:427', 'fusion'), true); // ALK
 * assert.strictEqual(isAssessed({ ...tso500, rna: false }, 'HGNC:427', 'fusion'), false);
 * assert.strictEqual(isAssessed(tso500, 'HGNC:1787', 'deletion'), false); // CDKN2A
 */
export const isAssessed = (assay: AssayRef, hgncId: string, kind: MolecularKind): boolean => {
  if (assay.panel === null) return false;
  const panel = panelIndex().get(assay.panel);
  if (!panel) return false;
  const armRun = panel.file.armOfKind[kind] === 'dna' ? assay.dna : assay.rna;
  return armRun && (panel.kindsOf.get(hgncId)?.has(kind) ?? false);
};

/**
 * The genes of a panel with their assessed kinds, in symbol order; empty for an unknown panel id.
 *
 * @example
 * import { panelGenes } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(panelGenes('TSO500').length, 523);
 * assert.deepStrictEqual(panelGenes('nope'), []);
 */
export const panelGenes = (panelId: string): ReadonlyArray<PanelGene> =>
  panelIndex()
    .get(panelId)
    ?.file.genes.map((gene) => ({
      hgncId: gene.hgncId,
      symbol: gene.symbol,
      vendorSymbol: gene.vendorSymbol,
      kinds: gene.kinds,
    })) ?? [];

/**
 * The ids of the panels the reference data describe.
 *
 * @example
 * import { knownPanels } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.deepStrictEqual(knownPanels(), ['TSO500']);
 */
export const knownPanels = (): ReadonlyArray<string> => [...panelIndex().keys()].sort();
