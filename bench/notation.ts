/**
 * Writing variants the ways labs and people write them: 1- and 3-letter protein changes with and
 * without `p.` and parentheses, cDNA changes, exon `n/total`, Sequence Ontology consequence terms.
 */
import type { Rng } from './prng.js';

/** 1-letter to 3-letter amino acid codes (`*` is `Ter`). */
export const threeLetter: Readonly<Record<string, string>> = {
  A: 'Ala',
  R: 'Arg',
  N: 'Asn',
  D: 'Asp',
  C: 'Cys',
  E: 'Glu',
  Q: 'Gln',
  G: 'Gly',
  H: 'His',
  I: 'Ile',
  L: 'Leu',
  K: 'Lys',
  M: 'Met',
  F: 'Phe',
  P: 'Pro',
  S: 'Ser',
  T: 'Thr',
  W: 'Trp',
  Y: 'Tyr',
  V: 'Val',
  '*': 'Ter',
};

/** The 20 amino acids, 1-letter. */
export const aminoAcids: ReadonlyArray<string> = Object.keys(threeLetter).filter((a) => a !== '*');

const bases = ['A', 'C', 'G', 'T'] as const;

/** A base other than `ref`. */
export const otherBase = (rng: Rng, ref: string): string => rng.pick(bases.filter((b) => b !== ref));

/** A random base. */
export const base = (rng: Rng): string => rng.pick(bases);

/** An amino acid other than `ref`. */
export const otherAminoAcid = (rng: Rng, ref: string): string =>
  rng.pick(aminoAcids.filter((a) => a !== ref));

/** Rewrites a 1-letter change (`V600E`, `E746_A750del`, `R213*`, `M1470Cfs*26`) in 3-letter form. */
export const toThreeLetter = (change: string): string =>
  change.replace(/[A-Z*]/g, (c, offset: number, whole: string) => {
    // Keep the letters of the keywords del/dup/ins/fs/delins/ext and of anything lowercase.
    const before = whole.slice(0, offset);
    if (/(del|dup|ins|fs|ext)$/.test(before) && c === '*') return 'Ter';
    return threeLetter[c] ?? c;
  });

/** How a protein change is written: TSO500's `p.(Val600Glu)`, MAF's `p.V600E`, or a clinician's `V600E`. */
export type ProteinStyle = 'p3paren' | 'p1' | 'bare1' | 'p3';

/** Writes a 1-letter change in a style. */
export const writeProtein = (change: string, style: ProteinStyle): string => {
  switch (style) {
    case 'p3paren':
      return `p.(${toThreeLetter(change)})`;
    case 'p3':
      return `p.${toThreeLetter(change)}`;
    case 'p1':
      return `p.${change}`;
    case 'bare1':
      return change;
  }
};

/** A style, weighted like the mix of files and hand-written cases a registry collects. */
export const pickStyle = (rng: Rng): ProteinStyle =>
  rng.weighted<ProteinStyle>([
    ['p1', 55],
    ['p3paren', 30],
    ['p3', 8],
    ['bare1', 7],
  ]);

/** A stable pseudo exon count for a gene (no transcript models in the reference data). */
export const exonTotal = (gene: string): number => {
  let h = 17;
  for (const c of gene) h = (h * 33 + (c.codePointAt(0) ?? 0)) >>> 0;
  return 4 + (h % 40);
};

/** The exon a protein position falls in, on a pseudo transcript of `total` exons of ~60 residues. */
export const exonOf = (position: number, total: number): number =>
  Math.min(total, Math.max(1, Math.ceil(position / 60)));

/** A coding cDNA change at a protein position: `c.1799T>A`. */
export const cdnaAt = (rng: Rng, position: number): string => {
  const ref = base(rng);
  return `c.${position * 3 - rng.int(0, 2)}${ref}>${otherBase(rng, ref)}`;
};

/** An intronic cDNA change: `c.1899-5C>T` or `c.2100+12G>A`. */
export const intronicCdna = (rng: Rng, position: number): string => {
  const ref = base(rng);
  const offset = rng.chance(0.5) ? `-${rng.int(3, 250)}` : `+${rng.int(3, 250)}`;
  return `c.${position * 3}${offset}${ref}>${otherBase(rng, ref)}`;
};
