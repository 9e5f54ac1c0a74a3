/**
 * Amino acid codes: one-letter <-> three-letter, with the stop spelled `*`, `Ter` or (old notation) `X`.
 *
 * Case: three-letter codes are read case-insensitively (`Val`, `VAL`, `val`) because upper-case
 * spellings occur in lab exports; one-letter codes must be upper case, since lower-case letters are
 * HGVS keywords (`del`, `dup`, `ins`, `fs`, `ext`) and no pipeline writes `p.v600e`.
 */
import type { AminoAcid } from '../model/protein-change.js';

/** The HGVS three-letter code of each one-letter code, in the case HGVS writes it. */
const THREE_LETTER: Readonly<Record<AminoAcid, string>> = {
  A: 'Ala',
  C: 'Cys',
  D: 'Asp',
  E: 'Glu',
  F: 'Phe',
  G: 'Gly',
  H: 'His',
  I: 'Ile',
  K: 'Lys',
  L: 'Leu',
  M: 'Met',
  N: 'Asn',
  O: 'Pyl',
  P: 'Pro',
  Q: 'Gln',
  R: 'Arg',
  S: 'Ser',
  T: 'Thr',
  U: 'Sec',
  V: 'Val',
  W: 'Trp',
  Y: 'Tyr',
  '*': 'Ter',
};

const ONE_LETTER_CODES: ReadonlyArray<AminoAcid> = Object.keys(THREE_LETTER) as ReadonlyArray<AminoAcid>;

const FROM_THREE_LETTER: ReadonlyMap<string, AminoAcid> = new Map(
  ONE_LETTER_CODES.map((aa) => [THREE_LETTER[aa].toUpperCase(), aa] as const),
);

/** Every amino acid code this library knows, one-letter, stop (`*`) last. */
export const AMINO_ACIDS: ReadonlyArray<AminoAcid> = ONE_LETTER_CODES;

const isOneLetterCode = (code: string): code is AminoAcid =>
  (ONE_LETTER_CODES as ReadonlyArray<string>).includes(code);

/**
 * Reads one amino acid code, one- or three-letter: `V`, `Val`, `VAL`, `*`, `Ter`, `X` (stop).
 * Returns null for anything else (`B`, `Xaa`, lower-case one-letter codes).
 *
 * @example
 * import { aminoAcidFromCode } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(aminoAcidFromCode('Val'), 'V');
 * assert.strictEqual(aminoAcidFromCode('TER'), '*');
 * assert.strictEqual(aminoAcidFromCode('X'), '*');
 * assert.strictEqual(aminoAcidFromCode('Xaa'), null);
 */
export const aminoAcidFromCode = (code: string): AminoAcid | null => {
  if (code.length === 1) return code === 'X' ? '*' : isOneLetterCode(code) ? code : null;
  if (code.length === 3) return FROM_THREE_LETTER.get(code.toUpperCase()) ?? null;
  return null;
};

/**
 * The HGVS three-letter code of an amino acid (`Ter` for the stop).
 *
 * @example
 * import { threeLetterAminoAcid } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(threeLetterAminoAcid('V'), 'Val');
 * assert.strictEqual(threeLetterAminoAcid('*'), 'Ter');
 */
export const threeLetterAminoAcid = (aa: AminoAcid): string => THREE_LETTER[aa];
