/**
 * The matcher's vocabulary from the library's reference data: HGNC symbols, OncoTree, the panel files,
 * cancerhotspots and the HGVS grammar.
 */
import {
  affectedCodons,
  equalProteinChange,
  formatProteinChange,
  parseProteinChange,
} from '../vocab/hgvs.js';
import { hotspotAt, hotspotSpanCovering, spliceHotspotAt } from '../vocab/gene-facts.js';
import { normalizeGene } from '../vocab/genes.js';
import { isA, isInGroup, pathTo } from '../vocab/oncotree.js';
import { isAssessed } from '../vocab/panel.js';
import type { ProteinChange } from '../model/protein-change.js';
import type { MatchVocabulary } from './vocabulary.js';

/**
 * Whether a protein change hits a cancerhotspots residue (a substitution at a hotspot residue), an
 * in-frame indel hotspot span (deletion, duplication, insertion or delins wholly inside a span, or a
 * one-residue change at a hotspot residue), or a splice-site hotspot. Frameshifts, extensions and start
 * losses are not hotspot changes (the truncating and loss-of-function classes cover them).
 *
 * @example
 * import { isHotspotChange, parseProteinChange } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const v600e = parseProteinChange('p.Val600Glu');
 * assert.ok(isRight(v600e));
 * assert.strictEqual(isHotspotChange('HGNC:1097', v600e.right), true); // BRAF
 */
export const isHotspotChange = (hgncId: string, pc: ProteinChange): boolean => {
  switch (pc.kind) {
    case 'substitution':
      return hotspotAt(hgncId, pc.at.position) !== null;
    case 'deletion':
    case 'duplication':
    case 'insertion':
    case 'delins':
      return (
        hotspotSpanCovering(hgncId, pc.start.position, pc.end.position) !== null ||
        (pc.start.position === pc.end.position && hotspotAt(hgncId, pc.start.position) !== null)
      );
    case 'splice':
      return spliceHotspotAt(hgncId, pc.position) !== null;
    default:
      return false;
  }
};

/**
 * The vocabulary built from the reference data shipped with the library.
 *
 * @example
 * import { defaultVocabulary } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(defaultVocabulary.isA('LUAD', 'NSCLC'), true);
 * assert.strictEqual(defaultVocabulary.isAssessed({ panel: 'TSO500', version: null, dna: true, rna: false }, 'HGNC:427', 'fusion'), false);
 */
export const defaultVocabulary: MatchVocabulary = {
  normalizeGene: (symbol) => normalizeGene(symbol),
  isA,
  pathTo,
  isInGroup,
  isAssessed,
  parseProteinChange: (text) => parseProteinChange(text),
  equalProteinChange,
  formatProteinChange,
  affectedCodons: (pc) => {
    const span = affectedCodons(pc);
    return span === null ? null : { start: span.first, end: span.last };
  },
  isHotspot: isHotspotChange,
};
