/**
 * A protein change, parsed once from whatever HGVS spelling a lab wrote (`p.V600E`, `p.Val600Glu`,
 * `NP_004324.2:p.(Val600Glu)`, `p.X1445_splice`) into one structure.
 *
 * The union is on `kind`, the HGVS edit type as written. The clinical reading of a change (missense,
 * nonsense, start loss, truncating, ...) is derived from the structure by `proteinVariantClass` and friends
 * in `src/vocab/hgvs.ts`, so two notations that say the same thing give the same answers.
 *
 * Every value is normalized: amino acids are one-letter codes with `*` for the stop (`Ter`, `X`), a single
 * residue is never written as a range, `p.V600V` is `synonymous`, a one-residue `delins` of one residue is a
 * `substitution`. Two values that print the same canonical short form (`proteinChangeKey`) mean the same
 * change; `predicted` and `reference` are carried for reports and never take part in equality.
 */
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray';

/**
 * One-letter amino acid code, `*` for the stop codon (HGVS `Ter`; `X` in old notation).
 * The 20 standard amino acids plus `U` (selenocysteine, `Sec`) and `O` (pyrrolysine, `Pyl`).
 */
export type AminoAcid =
  | 'A'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U'
  | 'V'
  | 'W'
  | 'Y'
  | '*';

/** A reference residue: the amino acid the reference protein has at a 1-based position, e.g. V at 600. */
export interface Residue {
  readonly aa: AminoAcid;
  readonly position: number;
}

/**
 * What an insertion or deletion-insertion puts in: the residues, or only how many (`p.R78_G79ins23`,
 * `p.(Arg78_Gly79insXaa[23])`) when the notation does not name them.
 */
export type InsertedSequence =
  | { readonly kind: 'residues'; readonly residues: ReadonlyNonEmptyArray<AminoAcid> }
  | { readonly kind: 'count'; readonly count: number };

/** Where the position of a new stop (frameshift, C-terminal extension) or new start is not known: `*?`. */
export type UnknownPosition = 'unknown';

/** Fields every protein change carries. Neither takes part in equality. */
export interface ProteinChangeNotation {
  /** The notation was predicted from DNA, written in parentheses: `p.(Val600Glu)`, `p.0?`. */
  readonly predicted: boolean;
  /** The reference sequence prefix as written, without the colon: `NP_004439.2`, `ENSP00000288602.6`. */
  readonly reference: string | null;
}

/** One residue replaced by another: `p.V600E`, `p.W557*` (alt `*`), `p.*110Q` (ref `*`, a stop loss). */
export interface Substitution extends ProteinChangeNotation {
  readonly kind: 'substitution';
  readonly at: Residue;
  /** Never equal to `at.aa` (that is `synonymous`). */
  readonly alt: AminoAcid;
}

/** No change to the protein: `p.=` (`at` is null), `p.N999=`, old `p.N999N`, TSO500's `c.2997C>T(p.(Asn999=))`. */
export interface Synonymous extends ProteinChangeNotation {
  readonly kind: 'synonymous';
  readonly at: Residue | null;
}

/** In-frame deletion of `start..end` (equal for one residue): `p.P129del`, `p.E746_A750del`. */
export interface Deletion extends ProteinChangeNotation {
  readonly kind: 'deletion';
  readonly start: Residue;
  readonly end: Residue;
}

/** In-frame duplication of `start..end` (equal for one residue): `p.L755dup`, `p.Y772_A775dup`. */
export interface Duplication extends ProteinChangeNotation {
  readonly kind: 'duplication';
  readonly start: Residue;
  readonly end: Residue;
}

/** Residues inserted between two adjacent residues `start` and `end`: `p.P780_Y781insGSP`. */
export interface Insertion extends ProteinChangeNotation {
  readonly kind: 'insertion';
  readonly start: Residue;
  /** Always `start.position + 1`. */
  readonly end: Residue;
  readonly inserted: InsertedSequence;
}

/** `start..end` replaced by other residues: `p.E746_S752delinsV`, `p.G776delinsVC`. */
export interface DeletionInsertion extends ProteinChangeNotation {
  readonly kind: 'delins';
  readonly start: Residue;
  readonly end: Residue;
  readonly inserted: InsertedSequence;
}

/**
 * A frameshift starting at `at`: `p.M1470Cfs*26`, `p.Met1470CysfsTer26`, `p.K1423fs`.
 * `alt` is the first new residue when written; `newStop` counts from `at` (= 1) to the new stop codon,
 * `'unknown'` for `fs*?`, null when the notation gives no stop at all (`p.K1423fs`).
 */
export interface Frameshift extends ProteinChangeNotation {
  readonly kind: 'frameshift';
  readonly at: Residue;
  readonly alt: AminoAcid | null;
  readonly newStop: number | UnknownPosition | null;
}

/**
 * C-terminal extension (stop loss): `p.*1000Qext*?`, `p.Ter110GlnextTer17`. `at` is the lost stop,
 * `alt` the residue that replaces it (null in `p.*110ext*?`), `newStop` the position of the new stop
 * counted from `at` (= 1).
 */
export interface StopExtension extends ProteinChangeNotation {
  readonly kind: 'extension';
  readonly terminus: 'C';
  readonly at: Residue;
  readonly alt: AminoAcid | null;
  readonly newStop: number | UnknownPosition;
}

/**
 * N-terminal extension: a new upstream start, `p.Met1ext-5`, `p.M1Vext-12`. `at` is Met1, `alt` the
 * residue replacing it when written, `newStart` the (negative) position of the new initiation codon.
 */
export interface StartExtension extends ProteinChangeNotation {
  readonly kind: 'extension';
  readonly terminus: 'N';
  readonly at: Residue;
  readonly alt: AminoAcid | null;
  readonly newStart: number | UnknownPosition;
}

/** The start codon is changed and the consequence is unknown: `p.Met1?`, `p.M1?`, `p.(Met1?)`. */
export interface StartLoss extends ProteinChangeNotation {
  readonly kind: 'start-loss';
  /** Always position 1. */
  readonly at: Residue;
}

/**
 * A splice acceptor/donor variant as MAF files write it: `p.X1445_splice` (vcf2maf derives the codon from
 * the cDNA position; the letter before it is a placeholder, so only the position is kept).
 */
export interface SpliceChange extends ProteinChangeNotation {
  readonly kind: 'splice';
  readonly position: number;
}

/** The effect on the protein is unknown: `p.?`, `p.(?)`. */
export interface UnknownProteinChange extends ProteinChangeNotation {
  readonly kind: 'unknown';
}

/** No protein is made: `p.0`, `p.0?` (predicted). */
export interface NoProtein extends ProteinChangeNotation {
  readonly kind: 'no-protein';
}

/** A parsed, normalized protein change; see the module comment for what `kind` means. */
export type ProteinChange =
  | Substitution
  | Synonymous
  | Deletion
  | Duplication
  | Insertion
  | DeletionInsertion
  | Frameshift
  | StopExtension
  | StartExtension
  | StartLoss
  | SpliceChange
  | UnknownProteinChange
  | NoProtein;

/**
 * What a protein change does, as a matcher asks it (names follow the case model's `VariantClass`).
 *
 * - `missense`, `synonymous`, `frameshift`, `inframe-deletion|insertion|duplication|delins`: as named;
 * - `nonsense`: a new stop (`p.W557*`, or an insertion / delins whose inserted residues hold a stop);
 * - `start-loss`: Met1 is replaced or removed (`p.M1?`, `p.M1V`, `p.M1_K3del`, `p.M1fs`) or an
 *   N-terminal extension (`p.M1ext-5`);
 * - `stop-loss`: the stop is replaced (`p.*110Q`, `p.*110Qext*?`) or deleted;
 * - `splice-site`: MAF's `p.X1445_splice` (canonical splice acceptor/donor);
 * - `no-protein`: `p.0`; `unknown`: `p.?`.
 */
export type ProteinVariantClass =
  | 'missense'
  | 'nonsense'
  | 'synonymous'
  | 'frameshift'
  | 'inframe-deletion'
  | 'inframe-insertion'
  | 'inframe-duplication'
  | 'inframe-delins'
  | 'start-loss'
  | 'stop-loss'
  | 'splice-site'
  | 'no-protein'
  | 'unknown';
