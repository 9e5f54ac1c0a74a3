/**
 * The vocabulary the matcher asks its questions through: genes, OncoTree ancestry, panel coverage, protein
 * changes and hotspots. The matcher holds no gene, drug or tumor knowledge of its own; everything specific
 * comes through this port, from the reference data (`defaultVocabulary`) or, in tests, from a small fixture.
 */
import type { Assay, GeneRef } from '../model/case.js';
import type { Result } from '../model/issue.js';
import type { ProteinChange } from '../model/protein-change.js';

/** The molecular kinds a panel may assess for a gene (as in the panel reference data). */
export type AssessedKind = 'small-variant' | 'amplification' | 'deletion' | 'fusion' | 'splice';

/** The tumor-type shorthands a table may use instead of an OncoTree code. */
export type TumorGroup = 'SOLID' | 'HEME';

/** An inclusive range of protein positions (codons), `start <= end`. */
export interface CodonSpan {
  readonly start: number;
  readonly end: number;
}

/** Everything the matcher needs to know about the world, as functions. All are pure and total. */
export interface MatchVocabulary {
  /** Any symbol (approved, previous, alias, legacy) to HGNC id + approved symbol. */
  readonly normalizeGene: (symbol: string) => Result<GeneRef>;
  /** Whether `code` is `ancestor` or lies under it in OncoTree. */
  readonly isA: (code: string, ancestor: string) => boolean;
  /** The OncoTree codes from the root down to `code` (empty when unknown). */
  readonly pathTo: (code: string) => ReadonlyArray<string>;
  /** Whether `code` belongs to the SOLID or HEME shorthand. */
  readonly isInGroup: (code: string, group: TumorGroup) => boolean;
  /** Whether the sample's assay assessed this kind of alteration in this gene. */
  readonly isAssessed: (assay: Assay, hgncId: string, kind: AssessedKind) => boolean;
  /** Parses a protein change in any HGVS spelling. */
  readonly parseProteinChange: (text: string) => Result<ProteinChange>;
  /** Whether two protein changes mean the same change. */
  readonly equalProteinChange: (a: ProteinChange, b: ProteinChange) => boolean;
  /** The canonical short form, e.g. `p.V600E`, whatever spelling was parsed. */
  readonly formatProteinChange: (pc: ProteinChange) => string;
  /** The codons a change touches (first codon for substitutions and frameshifts), null when none is known. */
  readonly affectedCodons: (pc: ProteinChange) => CodonSpan | null;
  /** Whether a protein change hits a cancer hotspot residue or indel span of the gene. */
  readonly isHotspot: (hgncId: string, pc: ProteinChange) => boolean;
}
