/**
 * Real-world protein change notations and what they must parse to.
 *
 * Sources of the spellings: MAF `HGVSp_Short` (vcf2maf: one-letter, `*`, `p.X165_splice`, old `p.N999N`
 * for synonymous), MAF `HGVSp` (VEP: three-letter, `Ter`, no prefix), raw VEP CSQ (`ENSP...:p.`,
 * URL-encoded `%3D`), TSO500 CombinedVariantOutput P-Dot Notation (`NP_...:p.(...)`, synonymous as
 * `NM_...:c.2997C>T(p.(Asn999=))`), old TCGA / Oncotator / COSMIC spellings (`p.R1450X`, `p.E23fs`,
 * `p.E746_A750delELREA`, `p.L747_P753>S`) and the HGVS recommendations' own examples.
 */
import type {
  AminoAcid,
  InsertedSequence,
  ProteinChange,
  ProteinVariantClass,
  Residue,
} from '../../src/model/protein-change.js';

/** A `ProteinChange` without the notation fields (`predicted`, `reference`), checked separately. */
export type Shape = ProteinChange extends infer T
  ? T extends ProteinChange
    ? Omit<T, 'predicted' | 'reference'>
    : never
  : never;

export interface NotationRow {
  readonly input: string;
  /** Where this spelling comes from (for the reader). */
  readonly source: string;
  readonly shape: Shape;
  readonly short: string;
  readonly class: ProteinVariantClass;
  readonly predicted?: boolean;
  readonly reference?: string;
}

const r = (aa: AminoAcid, position: number): Residue => ({ aa, position });
const residues = (text: string): InsertedSequence => {
  const [first, ...rest] = [...text] as AminoAcid[];
  if (first === undefined) throw new Error('empty inserted sequence in the table');
  return { kind: 'residues', residues: [first, ...rest] };
};

const sub = (ref: AminoAcid, position: number, alt: AminoAcid): Shape => ({
  kind: 'substitution',
  at: r(ref, position),
  alt,
});
const syn = (ref?: AminoAcid, position?: number): Shape => ({
  kind: 'synonymous',
  at: ref === undefined || position === undefined ? null : r(ref, position),
});
const del = (a: AminoAcid, p: number, b: AminoAcid = a, q: number = p): Shape => ({
  kind: 'deletion',
  start: r(a, p),
  end: r(b, q),
});
const dup = (a: AminoAcid, p: number, b: AminoAcid = a, q: number = p): Shape => ({
  kind: 'duplication',
  start: r(a, p),
  end: r(b, q),
});
const ins = (a: AminoAcid, p: number, b: AminoAcid, inserted: string | number): Shape => ({
  kind: 'insertion',
  start: r(a, p),
  end: r(b, p + 1),
  inserted: typeof inserted === 'number' ? { kind: 'count', count: inserted } : residues(inserted),
});
const delins = (a: AminoAcid, p: number, b: AminoAcid, q: number, inserted: string): Shape => ({
  kind: 'delins',
  start: r(a, p),
  end: r(b, q),
  inserted: residues(inserted),
});
const fs = (ref: AminoAcid, position: number, alt: AminoAcid | null, newStop: number | 'unknown' | null): Shape => ({
  kind: 'frameshift',
  at: r(ref, position),
  alt,
  newStop,
});
const extC = (position: number, alt: AminoAcid | null, newStop: number | 'unknown'): Shape => ({
  kind: 'extension',
  terminus: 'C',
  at: r('*', position),
  alt,
  newStop,
});
const extN = (alt: AminoAcid | null, newStart: number | 'unknown'): Shape => ({
  kind: 'extension',
  terminus: 'N',
  at: r('M', 1),
  alt,
  newStart,
});
const startLoss: Shape = { kind: 'start-loss', at: r('M', 1) };
const splice = (position: number): Shape => ({ kind: 'splice', position });
const unknown: Shape = { kind: 'unknown' };
const noProtein: Shape = { kind: 'no-protein' };

const MAF_SHORT = 'MAF HGVSp_Short';
const MAF_LONG = 'MAF HGVSp';
const TSO500 = 'TSO500 P-Dot Notation';
const VEP = 'VEP CSQ HGVSp';
const LEGACY = 'old MAF / COSMIC spelling';
const HGVS = 'HGVS recommendations';
const LAB = 'lab export';

export const NOTATIONS: ReadonlyArray<NotationRow> = [
  // BRAF
  { input: 'p.V600E', source: MAF_SHORT, shape: sub('V', 600, 'E'), short: 'p.V600E', class: 'missense' },
  { input: 'p.Val600Glu', source: MAF_LONG, shape: sub('V', 600, 'E'), short: 'p.V600E', class: 'missense' },
  {
    input: 'NP_004324.2:p.(Val600Glu)',
    source: TSO500,
    shape: sub('V', 600, 'E'),
    short: 'p.V600E',
    class: 'missense',
    predicted: true,
    reference: 'NP_004324.2',
  },
  {
    input: 'ENSP00000288602.6:p.Val600Glu',
    source: VEP,
    shape: sub('V', 600, 'E'),
    short: 'p.V600E',
    class: 'missense',
    reference: 'ENSP00000288602.6',
  },
  { input: 'V600E', source: LAB, shape: sub('V', 600, 'E'), short: 'p.V600E', class: 'missense' },
  { input: 'p.(V600E)', source: LAB, shape: sub('V', 600, 'E'), short: 'p.V600E', class: 'missense', predicted: true },
  { input: 'p.VAL600GLU', source: LAB, shape: sub('V', 600, 'E'), short: 'p.V600E', class: 'missense' },
  { input: '  p.V600E\t', source: LAB, shape: sub('V', 600, 'E'), short: 'p.V600E', class: 'missense' },
  { input: 'p.V600K', source: MAF_SHORT, shape: sub('V', 600, 'K'), short: 'p.V600K', class: 'missense' },
  { input: 'p.Val600Lys', source: MAF_LONG, shape: sub('V', 600, 'K'), short: 'p.V600K', class: 'missense' },
  { input: 'p.Val600Asp', source: MAF_LONG, shape: sub('V', 600, 'D'), short: 'p.V600D', class: 'missense' },
  { input: 'p.K601E', source: MAF_SHORT, shape: sub('K', 601, 'E'), short: 'p.K601E', class: 'missense' },
  { input: 'p.G469A', source: MAF_SHORT, shape: sub('G', 469, 'A'), short: 'p.G469A', class: 'missense' },
  { input: 'p.D594G', source: MAF_SHORT, shape: sub('D', 594, 'G'), short: 'p.D594G', class: 'missense' },
  { input: 'p.L597V', source: MAF_SHORT, shape: sub('L', 597, 'V'), short: 'p.L597V', class: 'missense' },
  {
    input: 'p.V600_K601delinsE',
    source: MAF_SHORT,
    shape: delins('V', 600, 'K', 601, 'E'),
    short: 'p.V600_K601delinsE',
    class: 'inframe-delins',
  },
  {
    input: 'p.V600_K601>E',
    source: LEGACY,
    shape: delins('V', 600, 'K', 601, 'E'),
    short: 'p.V600_K601delinsE',
    class: 'inframe-delins',
  },
  { input: 'p.T599dup', source: MAF_SHORT, shape: dup('T', 599), short: 'p.T599dup', class: 'inframe-duplication' },

  // KRAS, NRAS
  { input: 'p.G12C', source: MAF_SHORT, shape: sub('G', 12, 'C'), short: 'p.G12C', class: 'missense' },
  { input: 'p.Gly12Cys', source: MAF_LONG, shape: sub('G', 12, 'C'), short: 'p.G12C', class: 'missense' },
  {
    input: 'NP_004976.2:p.(Gly12Asp)',
    source: TSO500,
    shape: sub('G', 12, 'D'),
    short: 'p.G12D',
    class: 'missense',
    predicted: true,
    reference: 'NP_004976.2',
  },
  { input: 'p.G12V', source: MAF_SHORT, shape: sub('G', 12, 'V'), short: 'p.G12V', class: 'missense' },
  { input: 'p.G13D', source: MAF_SHORT, shape: sub('G', 13, 'D'), short: 'p.G13D', class: 'missense' },
  { input: 'p.Q61H', source: MAF_SHORT, shape: sub('Q', 61, 'H'), short: 'p.Q61H', class: 'missense' },
  { input: 'p.Gln61His', source: MAF_LONG, shape: sub('Q', 61, 'H'), short: 'p.Q61H', class: 'missense' },
  { input: 'p.A146T', source: MAF_SHORT, shape: sub('A', 146, 'T'), short: 'p.A146T', class: 'missense' },
  { input: 'p.K117N', source: MAF_SHORT, shape: sub('K', 117, 'N'), short: 'p.K117N', class: 'missense' },
  { input: 'p.Q61R', source: MAF_SHORT, shape: sub('Q', 61, 'R'), short: 'p.Q61R', class: 'missense' },
  { input: 'p.Gln61Lys', source: MAF_LONG, shape: sub('Q', 61, 'K'), short: 'p.Q61K', class: 'missense' },
  {
    input: 'p.G12_G13delinsVC',
    source: MAF_SHORT,
    shape: delins('G', 12, 'G', 13, 'VC'),
    short: 'p.G12_G13delinsVC',
    class: 'inframe-delins',
  },
  { input: 'p.(Gly12=)', source: TSO500, shape: syn('G', 12), short: 'p.G12=', class: 'synonymous', predicted: true },

  // EGFR exon 19 deletions
  { input: 'p.E746_A750del', source: MAF_SHORT, shape: del('E', 746, 'A', 750), short: 'p.E746_A750del', class: 'inframe-deletion' },
  {
    input: 'p.Glu746_Ala750del',
    source: MAF_LONG,
    shape: del('E', 746, 'A', 750),
    short: 'p.E746_A750del',
    class: 'inframe-deletion',
  },
  {
    input: 'NP_005219.2:p.(Glu746_Ala750del)',
    source: TSO500,
    shape: del('E', 746, 'A', 750),
    short: 'p.E746_A750del',
    class: 'inframe-deletion',
    predicted: true,
    reference: 'NP_005219.2',
  },
  {
    input: 'p.E746_A750delELREA',
    source: LEGACY,
    shape: del('E', 746, 'A', 750),
    short: 'p.E746_A750del',
    class: 'inframe-deletion',
  },
  { input: 'p.L747_T751del', source: MAF_SHORT, shape: del('L', 747, 'T', 751), short: 'p.L747_T751del', class: 'inframe-deletion' },
  { input: 'p.L747_S752del', source: MAF_SHORT, shape: del('L', 747, 'S', 752), short: 'p.L747_S752del', class: 'inframe-deletion' },
  { input: 'p.L747_E749del', source: MAF_SHORT, shape: del('L', 747, 'E', 749), short: 'p.L747_E749del', class: 'inframe-deletion' },
  {
    input: 'p.(Leu747_Thr751del)',
    source: TSO500,
    shape: del('L', 747, 'T', 751),
    short: 'p.L747_T751del',
    class: 'inframe-deletion',
    predicted: true,
  },
  {
    input: 'p.L747_P753delinsS',
    source: MAF_SHORT,
    shape: delins('L', 747, 'P', 753, 'S'),
    short: 'p.L747_P753delinsS',
    class: 'inframe-delins',
  },
  {
    input: 'p.L747_P753>S',
    source: LEGACY,
    shape: delins('L', 747, 'P', 753, 'S'),
    short: 'p.L747_P753delinsS',
    class: 'inframe-delins',
  },
  {
    input: 'p.E746_S752delinsV',
    source: MAF_SHORT,
    shape: delins('E', 746, 'S', 752, 'V'),
    short: 'p.E746_S752delinsV',
    class: 'inframe-delins',
  },
  {
    input: 'p.Glu746_Ser752delinsVal',
    source: MAF_LONG,
    shape: delins('E', 746, 'S', 752, 'V'),
    short: 'p.E746_S752delinsV',
    class: 'inframe-delins',
  },
  {
    input: 'p.L747_A750delinsP',
    source: MAF_SHORT,
    shape: delins('L', 747, 'A', 750, 'P'),
    short: 'p.L747_A750delinsP',
    class: 'inframe-delins',
  },
  {
    input: 'p.E746_T751delinsA',
    source: MAF_SHORT,
    shape: delins('E', 746, 'T', 751, 'A'),
    short: 'p.E746_T751delinsA',
    class: 'inframe-delins',
  },
  {
    input: 'p.E709_T710delinsD',
    source: MAF_SHORT,
    shape: delins('E', 709, 'T', 710, 'D'),
    short: 'p.E709_T710delinsD',
    class: 'inframe-delins',
  },

  // EGFR exon 20 insertions and other EGFR
  {
    input: 'p.V769_D770insASV',
    source: MAF_SHORT,
    shape: ins('V', 769, 'D', 'ASV'),
    short: 'p.V769_D770insASV',
    class: 'inframe-insertion',
  },
  {
    input: 'p.Val769_Asp770insAlaSerVal',
    source: MAF_LONG,
    shape: ins('V', 769, 'D', 'ASV'),
    short: 'p.V769_D770insASV',
    class: 'inframe-insertion',
  },
  {
    input: 'p.D770_N771insSVD',
    source: MAF_SHORT,
    shape: ins('D', 770, 'N', 'SVD'),
    short: 'p.D770_N771insSVD',
    class: 'inframe-insertion',
  },
  {
    input: 'p.H773_V774insNPH',
    source: MAF_SHORT,
    shape: ins('H', 773, 'V', 'NPH'),
    short: 'p.H773_V774insNPH',
    class: 'inframe-insertion',
  },
  { input: 'p.D770_N771insG', source: MAF_SHORT, shape: ins('D', 770, 'N', 'G'), short: 'p.D770_N771insG', class: 'inframe-insertion' },
  {
    input: 'p.A763_Y764insFQEA',
    source: MAF_SHORT,
    shape: ins('A', 763, 'Y', 'FQEA'),
    short: 'p.A763_Y764insFQEA',
    class: 'inframe-insertion',
  },
  { input: 'p.A767_V769dup', source: MAF_SHORT, shape: dup('A', 767, 'V', 769), short: 'p.A767_V769dup', class: 'inframe-duplication' },
  {
    input: 'p.(Ala767_Val769dup)',
    source: TSO500,
    shape: dup('A', 767, 'V', 769),
    short: 'p.A767_V769dup',
    class: 'inframe-duplication',
    predicted: true,
  },
  {
    input: 'p.A767_V769dupASV',
    source: LEGACY,
    shape: dup('A', 767, 'V', 769),
    short: 'p.A767_V769dup',
    class: 'inframe-duplication',
  },
  { input: 'p.S768_D770dup', source: MAF_SHORT, shape: dup('S', 768, 'D', 770), short: 'p.S768_D770dup', class: 'inframe-duplication' },
  { input: 'p.N771_H773dup', source: MAF_SHORT, shape: dup('N', 771, 'H', 773), short: 'p.N771_H773dup', class: 'inframe-duplication' },
  { input: 'p.H773dup', source: MAF_SHORT, shape: dup('H', 773), short: 'p.H773dup', class: 'inframe-duplication' },
  { input: 'p.D770delinsGY', source: MAF_SHORT, shape: delins('D', 770, 'D', 770, 'GY'), short: 'p.D770delinsGY', class: 'inframe-delins' },
  { input: 'p.L858R', source: MAF_SHORT, shape: sub('L', 858, 'R'), short: 'p.L858R', class: 'missense' },
  { input: 'p.Leu858Arg', source: MAF_LONG, shape: sub('L', 858, 'R'), short: 'p.L858R', class: 'missense' },
  { input: 'p.T790M', source: MAF_SHORT, shape: sub('T', 790, 'M'), short: 'p.T790M', class: 'missense' },
  { input: 'p.Thr790Met', source: MAF_LONG, shape: sub('T', 790, 'M'), short: 'p.T790M', class: 'missense' },
  { input: 'p.C797S', source: MAF_SHORT, shape: sub('C', 797, 'S'), short: 'p.C797S', class: 'missense' },
  { input: 'p.G719S', source: MAF_SHORT, shape: sub('G', 719, 'S'), short: 'p.G719S', class: 'missense' },
  { input: 'p.L861Q', source: MAF_SHORT, shape: sub('L', 861, 'Q'), short: 'p.L861Q', class: 'missense' },
  { input: 'p.S768I', source: MAF_SHORT, shape: sub('S', 768, 'I'), short: 'p.S768I', class: 'missense' },

  // ERBB2
  { input: 'p.Y772_A775dup', source: MAF_SHORT, shape: dup('Y', 772, 'A', 775), short: 'p.Y772_A775dup', class: 'inframe-duplication' },
  {
    input: 'p.Tyr772_Ala775dup',
    source: MAF_LONG,
    shape: dup('Y', 772, 'A', 775),
    short: 'p.Y772_A775dup',
    class: 'inframe-duplication',
  },
  {
    input: 'NP_004439.2:p.(Tyr772_Ala775dup)',
    source: TSO500,
    shape: dup('Y', 772, 'A', 775),
    short: 'p.Y772_A775dup',
    class: 'inframe-duplication',
    predicted: true,
    reference: 'NP_004439.2',
  },
  {
    input: 'p.A775_G776insYVMA',
    source: LEGACY,
    shape: ins('A', 775, 'G', 'YVMA'),
    short: 'p.A775_G776insYVMA',
    class: 'inframe-insertion',
  },
  { input: 'p.G776delinsVC', source: MAF_SHORT, shape: delins('G', 776, 'G', 776, 'VC'), short: 'p.G776delinsVC', class: 'inframe-delins' },
  {
    input: 'p.(Gly776delinsValCys)',
    source: TSO500,
    shape: delins('G', 776, 'G', 776, 'VC'),
    short: 'p.G776delinsVC',
    class: 'inframe-delins',
    predicted: true,
  },
  { input: 'p.G776>VC', source: LEGACY, shape: delins('G', 776, 'G', 776, 'VC'), short: 'p.G776delinsVC', class: 'inframe-delins' },
  {
    input: 'p.G776delGinsVC',
    source: LEGACY,
    shape: delins('G', 776, 'G', 776, 'VC'),
    short: 'p.G776delinsVC',
    class: 'inframe-delins',
  },
  { input: 'p.G778_P780dup', source: MAF_SHORT, shape: dup('G', 778, 'P', 780), short: 'p.G778_P780dup', class: 'inframe-duplication' },
  {
    input: 'p.P780_Y781insGSP',
    source: MAF_SHORT,
    shape: ins('P', 780, 'Y', 'GSP'),
    short: 'p.P780_Y781insGSP',
    class: 'inframe-insertion',
  },
  {
    input: 'p.Pro780_Tyr781insGlySerPro',
    source: MAF_LONG,
    shape: ins('P', 780, 'Y', 'GSP'),
    short: 'p.P780_Y781insGSP',
    class: 'inframe-insertion',
  },
  {
    input: 'p.G778_S779insCPG',
    source: MAF_SHORT,
    shape: ins('G', 778, 'S', 'CPG'),
    short: 'p.G778_S779insCPG',
    class: 'inframe-insertion',
  },
  { input: 'p.L755_T759del', source: MAF_SHORT, shape: del('L', 755, 'T', 759), short: 'p.L755_T759del', class: 'inframe-deletion' },
  { input: 'p.S310F', source: MAF_SHORT, shape: sub('S', 310, 'F'), short: 'p.S310F', class: 'missense' },
  { input: 'p.L755S', source: MAF_SHORT, shape: sub('L', 755, 'S'), short: 'p.L755S', class: 'missense' },
  { input: 'p.V777L', source: MAF_SHORT, shape: sub('V', 777, 'L'), short: 'p.V777L', class: 'missense' },
  { input: 'p.Val842Ile', source: MAF_LONG, shape: sub('V', 842, 'I'), short: 'p.V842I', class: 'missense' },

  // KIT exons 9, 11, 13, 17
  { input: 'p.W557_K558del', source: MAF_SHORT, shape: del('W', 557, 'K', 558), short: 'p.W557_K558del', class: 'inframe-deletion' },
  {
    input: 'p.Trp557_Lys558del',
    source: MAF_LONG,
    shape: del('W', 557, 'K', 558),
    short: 'p.W557_K558del',
    class: 'inframe-deletion',
  },
  { input: 'p.V559D', source: MAF_SHORT, shape: sub('V', 559, 'D'), short: 'p.V559D', class: 'missense' },
  { input: 'p.V560D', source: MAF_SHORT, shape: sub('V', 560, 'D'), short: 'p.V560D', class: 'missense' },
  { input: 'p.W557R', source: MAF_SHORT, shape: sub('W', 557, 'R'), short: 'p.W557R', class: 'missense' },
  { input: 'p.V559del', source: MAF_SHORT, shape: del('V', 559), short: 'p.V559del', class: 'inframe-deletion' },
  { input: 'p.D579del', source: MAF_SHORT, shape: del('D', 579), short: 'p.D579del', class: 'inframe-deletion' },
  { input: 'p.K550_K558del', source: MAF_SHORT, shape: del('K', 550, 'K', 558), short: 'p.K550_K558del', class: 'inframe-deletion' },
  {
    input: 'p.W557_V559delinsF',
    source: MAF_SHORT,
    shape: delins('W', 557, 'V', 559, 'F'),
    short: 'p.W557_V559delinsF',
    class: 'inframe-delins',
  },
  { input: 'p.Y570_L576del', source: MAF_SHORT, shape: del('Y', 570, 'L', 576), short: 'p.Y570_L576del', class: 'inframe-deletion' },
  { input: 'p.L576P', source: MAF_SHORT, shape: sub('L', 576, 'P'), short: 'p.L576P', class: 'missense' },
  { input: 'p.W557*', source: MAF_SHORT, shape: sub('W', 557, '*'), short: 'p.W557*', class: 'nonsense' },
  { input: 'p.Trp557Ter', source: MAF_LONG, shape: sub('W', 557, '*'), short: 'p.W557*', class: 'nonsense' },
  {
    input: 'NP_000213.1:p.(Trp557Ter)',
    source: TSO500,
    shape: sub('W', 557, '*'),
    short: 'p.W557*',
    class: 'nonsense',
    predicted: true,
    reference: 'NP_000213.1',
  },
  { input: 'p.W557X', source: LEGACY, shape: sub('W', 557, '*'), short: 'p.W557*', class: 'nonsense' },
  { input: 'p.A502_Y503dup', source: MAF_SHORT, shape: dup('A', 502, 'Y', 503), short: 'p.A502_Y503dup', class: 'inframe-duplication' },
  {
    input: 'p.Ala502_Tyr503dup',
    source: MAF_LONG,
    shape: dup('A', 502, 'Y', 503),
    short: 'p.A502_Y503dup',
    class: 'inframe-duplication',
  },
  { input: 'p.K642E', source: MAF_SHORT, shape: sub('K', 642, 'E'), short: 'p.K642E', class: 'missense' },
  { input: 'p.D816V', source: MAF_SHORT, shape: sub('D', 816, 'V'), short: 'p.D816V', class: 'missense' },
  { input: 'p.N822K', source: MAF_SHORT, shape: sub('N', 822, 'K'), short: 'p.N822K', class: 'missense' },
  { input: 'p.X550_splice', source: MAF_SHORT, shape: splice(550), short: 'p.X550_splice', class: 'splice-site' },

  // PDGFRA
  { input: 'p.D842V', source: MAF_SHORT, shape: sub('D', 842, 'V'), short: 'p.D842V', class: 'missense' },
  {
    input: 'p.D842_I843delinsIM',
    source: MAF_SHORT,
    shape: delins('D', 842, 'I', 843, 'IM'),
    short: 'p.D842_I843delinsIM',
    class: 'inframe-delins',
  },
  { input: 'p.I843_D846del', source: MAF_SHORT, shape: del('I', 843, 'D', 846), short: 'p.I843_D846del', class: 'inframe-deletion' },

  // PIK3CA
  { input: 'p.E545K', source: MAF_SHORT, shape: sub('E', 545, 'K'), short: 'p.E545K', class: 'missense' },
  { input: 'p.Glu545Lys', source: MAF_LONG, shape: sub('E', 545, 'K'), short: 'p.E545K', class: 'missense' },
  { input: 'p.H1047R', source: MAF_SHORT, shape: sub('H', 1047, 'R'), short: 'p.H1047R', class: 'missense' },
  { input: 'p.His1047Arg', source: MAF_LONG, shape: sub('H', 1047, 'R'), short: 'p.H1047R', class: 'missense' },
  {
    input: 'NP_006209.2:p.(His1047Arg)',
    source: TSO500,
    shape: sub('H', 1047, 'R'),
    short: 'p.H1047R',
    class: 'missense',
    predicted: true,
    reference: 'NP_006209.2',
  },
  { input: 'p.H1047L', source: MAF_SHORT, shape: sub('H', 1047, 'L'), short: 'p.H1047L', class: 'missense' },
  { input: 'p.E542K', source: MAF_SHORT, shape: sub('E', 542, 'K'), short: 'p.E542K', class: 'missense' },
  { input: 'p.Q546K', source: MAF_SHORT, shape: sub('Q', 546, 'K'), short: 'p.Q546K', class: 'missense' },
  { input: 'p.N345K', source: MAF_SHORT, shape: sub('N', 345, 'K'), short: 'p.N345K', class: 'missense' },
  { input: 'p.C420R', source: MAF_SHORT, shape: sub('C', 420, 'R'), short: 'p.C420R', class: 'missense' },
  { input: 'p.E469delinsDK', source: MAF_SHORT, shape: delins('E', 469, 'E', 469, 'DK'), short: 'p.E469delinsDK', class: 'inframe-delins' },
  {
    input: 'p.Glu469delinsAspLys',
    source: MAF_LONG,
    shape: delins('E', 469, 'E', 469, 'DK'),
    short: 'p.E469delinsDK',
    class: 'inframe-delins',
  },
  { input: 'p.E110del', source: MAF_SHORT, shape: del('E', 110), short: 'p.E110del', class: 'inframe-deletion' },
  { input: 'p.E81K', source: MAF_SHORT, shape: sub('E', 81, 'K'), short: 'p.E81K', class: 'missense' },

  // TP53
  { input: 'p.R175H', source: MAF_SHORT, shape: sub('R', 175, 'H'), short: 'p.R175H', class: 'missense' },
  { input: 'p.Arg175His', source: MAF_LONG, shape: sub('R', 175, 'H'), short: 'p.R175H', class: 'missense' },
  {
    input: 'NP_000537.3:p.(Arg175His)',
    source: TSO500,
    shape: sub('R', 175, 'H'),
    short: 'p.R175H',
    class: 'missense',
    predicted: true,
    reference: 'NP_000537.3',
  },
  { input: 'p.R248Q', source: MAF_SHORT, shape: sub('R', 248, 'Q'), short: 'p.R248Q', class: 'missense' },
  { input: 'p.R248W', source: MAF_SHORT, shape: sub('R', 248, 'W'), short: 'p.R248W', class: 'missense' },
  { input: 'p.R273H', source: MAF_SHORT, shape: sub('R', 273, 'H'), short: 'p.R273H', class: 'missense' },
  { input: 'p.Arg273Cys', source: MAF_LONG, shape: sub('R', 273, 'C'), short: 'p.R273C', class: 'missense' },
  { input: 'p.Y220C', source: MAF_SHORT, shape: sub('Y', 220, 'C'), short: 'p.Y220C', class: 'missense' },
  { input: 'p.G245S', source: MAF_SHORT, shape: sub('G', 245, 'S'), short: 'p.G245S', class: 'missense' },
  { input: 'p.R282W', source: MAF_SHORT, shape: sub('R', 282, 'W'), short: 'p.R282W', class: 'missense' },
  { input: 'p.Pro72Arg', source: MAF_LONG, shape: sub('P', 72, 'R'), short: 'p.P72R', class: 'missense' },
  { input: 'p.R213*', source: MAF_SHORT, shape: sub('R', 213, '*'), short: 'p.R213*', class: 'nonsense' },
  { input: 'p.Arg213Ter', source: MAF_LONG, shape: sub('R', 213, '*'), short: 'p.R213*', class: 'nonsense' },
  { input: 'p.R196*', source: MAF_SHORT, shape: sub('R', 196, '*'), short: 'p.R196*', class: 'nonsense' },
  { input: 'p.R342X', source: LEGACY, shape: sub('R', 342, '*'), short: 'p.R342*', class: 'nonsense' },
  { input: 'p.X125_splice', source: MAF_SHORT, shape: splice(125), short: 'p.X125_splice', class: 'splice-site' },
  { input: 'p.T125T', source: MAF_SHORT, shape: syn('T', 125), short: 'p.T125=', class: 'synonymous' },
  { input: 'p.(Thr125=)', source: TSO500, shape: syn('T', 125), short: 'p.T125=', class: 'synonymous', predicted: true },
  {
    input: 'NM_000546.5:c.375G>A(p.(Thr125=))',
    source: TSO500,
    shape: syn('T', 125),
    short: 'p.T125=',
    class: 'synonymous',
    predicted: true,
    reference: 'NM_000546.5',
  },
  { input: 'p.P152Lfs*14', source: MAF_SHORT, shape: fs('P', 152, 'L', 14), short: 'p.P152Lfs*14', class: 'frameshift' },
  { input: 'p.M1I', source: MAF_SHORT, shape: sub('M', 1, 'I'), short: 'p.M1I', class: 'start-loss' },

  // BRCA1 / BRCA2
  { input: 'p.E23Vfs*17', source: MAF_SHORT, shape: fs('E', 23, 'V', 17), short: 'p.E23Vfs*17', class: 'frameshift' },
  { input: 'p.Glu23ValfsTer17', source: MAF_LONG, shape: fs('E', 23, 'V', 17), short: 'p.E23Vfs*17', class: 'frameshift' },
  {
    input: 'NP_009225.1:p.(Glu23ValfsTer17)',
    source: TSO500,
    shape: fs('E', 23, 'V', 17),
    short: 'p.E23Vfs*17',
    class: 'frameshift',
    predicted: true,
    reference: 'NP_009225.1',
  },
  { input: 'p.E23fs', source: LEGACY, shape: fs('E', 23, null, null), short: 'p.E23fs', class: 'frameshift' },
  { input: 'p.Q1756Pfs*74', source: MAF_SHORT, shape: fs('Q', 1756, 'P', 74), short: 'p.Q1756Pfs*74', class: 'frameshift' },
  {
    input: 'p.Gln1756ProfsTer74',
    source: MAF_LONG,
    shape: fs('Q', 1756, 'P', 74),
    short: 'p.Q1756Pfs*74',
    class: 'frameshift',
  },
  {
    input: 'p.(Gln1756Profs*74)',
    source: HGVS,
    shape: fs('Q', 1756, 'P', 74),
    short: 'p.Q1756Pfs*74',
    class: 'frameshift',
    predicted: true,
  },
  { input: 'p.S1982Rfs*22', source: MAF_SHORT, shape: fs('S', 1982, 'R', 22), short: 'p.S1982Rfs*22', class: 'frameshift' },
  {
    input: 'p.Ser1982ArgfsTer22',
    source: MAF_LONG,
    shape: fs('S', 1982, 'R', 22),
    short: 'p.S1982Rfs*22',
    class: 'frameshift',
  },
  { input: 'p.S1982fs', source: LEGACY, shape: fs('S', 1982, null, null), short: 'p.S1982fs', class: 'frameshift' },
  { input: 'p.K3326*', source: MAF_SHORT, shape: sub('K', 3326, '*'), short: 'p.K3326*', class: 'nonsense' },
  { input: 'p.K3326X', source: LEGACY, shape: sub('K', 3326, '*'), short: 'p.K3326*', class: 'nonsense' },
  { input: 'p.Lys3326Ter', source: MAF_LONG, shape: sub('K', 3326, '*'), short: 'p.K3326*', class: 'nonsense' },
  { input: 'p.Arg1443Ter', source: MAF_LONG, shape: sub('R', 1443, '*'), short: 'p.R1443*', class: 'nonsense' },
  { input: 'p.C61G', source: MAF_SHORT, shape: sub('C', 61, 'G'), short: 'p.C61G', class: 'missense' },
  { input: 'p.X1395_splice', source: MAF_SHORT, shape: splice(1395), short: 'p.X1395_splice', class: 'splice-site' },
  { input: 'p.R1443fsX26', source: LEGACY, shape: fs('R', 1443, null, 26), short: 'p.R1443fs*26', class: 'frameshift' },

  // Frameshift spellings (brief's MTOR-style examples and others)
  { input: 'p.M1470Cfs', source: MAF_SHORT, shape: fs('M', 1470, 'C', null), short: 'p.M1470Cfs', class: 'frameshift' },
  { input: 'p.M1470Cfs*26', source: MAF_SHORT, shape: fs('M', 1470, 'C', 26), short: 'p.M1470Cfs*26', class: 'frameshift' },
  { input: 'p.M1470CfsTer26', source: LAB, shape: fs('M', 1470, 'C', 26), short: 'p.M1470Cfs*26', class: 'frameshift' },
  {
    input: 'p.Met1470CysfsTer26',
    source: MAF_LONG,
    shape: fs('M', 1470, 'C', 26),
    short: 'p.M1470Cfs*26',
    class: 'frameshift',
  },
  {
    input: 'NP_001420.2:p.(Met1470CysfsTer26)',
    source: TSO500,
    shape: fs('M', 1470, 'C', 26),
    short: 'p.M1470Cfs*26',
    class: 'frameshift',
    predicted: true,
    reference: 'NP_001420.2',
  },
  { input: 'p.M1470Cfs*?', source: MAF_SHORT, shape: fs('M', 1470, 'C', 'unknown'), short: 'p.M1470Cfs*?', class: 'frameshift' },
  {
    input: 'p.Met1470CysfsTer?',
    source: MAF_LONG,
    shape: fs('M', 1470, 'C', 'unknown'),
    short: 'p.M1470Cfs*?',
    class: 'frameshift',
  },
  { input: 'p.L189Cfs*2', source: MAF_SHORT, shape: fs('L', 189, 'C', 2), short: 'p.L189Cfs*2', class: 'frameshift' },
  { input: 'p.S485Pfs*84', source: MAF_SHORT, shape: fs('S', 485, 'P', 84), short: 'p.S485Pfs*84', class: 'frameshift' },
  { input: 'p.Glu1156GlyfsTer7', source: MAF_LONG, shape: fs('E', 1156, 'G', 7), short: 'p.E1156Gfs*7', class: 'frameshift' },
  { input: 'p.E1309Dfs*4', source: MAF_SHORT, shape: fs('E', 1309, 'D', 4), short: 'p.E1309Dfs*4', class: 'frameshift' },
  { input: 'p.L367Tfs*46', source: MAF_SHORT, shape: fs('L', 367, 'T', 46), short: 'p.L367Tfs*46', class: 'frameshift' },
  { input: 'p.K385Nfs*47', source: MAF_SHORT, shape: fs('K', 385, 'N', 47), short: 'p.K385Nfs*47', class: 'frameshift' },
  { input: 'p.W288Cfs*12', source: MAF_SHORT, shape: fs('W', 288, 'C', 12), short: 'p.W288Cfs*12', class: 'frameshift' },
  { input: 'p.Q563fs', source: LEGACY, shape: fs('Q', 563, null, null), short: 'p.Q563fs', class: 'frameshift' },

  // Stop gains elsewhere
  { input: 'p.R1450*', source: MAF_SHORT, shape: sub('R', 1450, '*'), short: 'p.R1450*', class: 'nonsense' },
  { input: 'p.R1450X', source: LEGACY, shape: sub('R', 1450, '*'), short: 'p.R1450*', class: 'nonsense' },
  { input: 'p.Arg1450Ter', source: MAF_LONG, shape: sub('R', 1450, '*'), short: 'p.R1450*', class: 'nonsense' },
  { input: 'p.Gln1367Ter', source: MAF_LONG, shape: sub('Q', 1367, '*'), short: 'p.Q1367*', class: 'nonsense' },
  { input: 'p.R130*', source: MAF_SHORT, shape: sub('R', 130, '*'), short: 'p.R130*', class: 'nonsense' },
  { input: 'p.(Arg1947Ter)', source: TSO500, shape: sub('R', 1947, '*'), short: 'p.R1947*', class: 'nonsense', predicted: true },
  { input: 'p.Q1334*', source: MAF_SHORT, shape: sub('Q', 1334, '*'), short: 'p.Q1334*', class: 'nonsense' },
  { input: 'p.Trp24*', source: HGVS, shape: sub('W', 24, '*'), short: 'p.W24*', class: 'nonsense' },
  {
    input: 'p.Y772_A775delins*',
    source: MAF_SHORT,
    shape: delins('Y', 772, 'A', 775, '*'),
    short: 'p.Y772_A775delins*',
    class: 'nonsense',
  },

  // IDH1 / IDH2
  { input: 'p.R132H', source: MAF_SHORT, shape: sub('R', 132, 'H'), short: 'p.R132H', class: 'missense' },
  { input: 'p.Arg132His', source: MAF_LONG, shape: sub('R', 132, 'H'), short: 'p.R132H', class: 'missense' },
  {
    input: 'NP_005887.2:p.(Arg132His)',
    source: TSO500,
    shape: sub('R', 132, 'H'),
    short: 'p.R132H',
    class: 'missense',
    predicted: true,
    reference: 'NP_005887.2',
  },
  { input: 'p.ARG132HIS', source: LAB, shape: sub('R', 132, 'H'), short: 'p.R132H', class: 'missense' },
  { input: 'p.R132C', source: MAF_SHORT, shape: sub('R', 132, 'C'), short: 'p.R132C', class: 'missense' },
  { input: 'p.R132G', source: MAF_SHORT, shape: sub('R', 132, 'G'), short: 'p.R132G', class: 'missense' },
  { input: 'p.R132S', source: MAF_SHORT, shape: sub('R', 132, 'S'), short: 'p.R132S', class: 'missense' },
  { input: 'p.R132L', source: MAF_SHORT, shape: sub('R', 132, 'L'), short: 'p.R132L', class: 'missense' },
  { input: 'p.R140Q', source: MAF_SHORT, shape: sub('R', 140, 'Q'), short: 'p.R140Q', class: 'missense' },
  { input: 'p.Arg172Lys', source: MAF_LONG, shape: sub('R', 172, 'K'), short: 'p.R172K', class: 'missense' },

  // MET exon 14
  { input: 'p.X1010_splice', source: MAF_SHORT, shape: splice(1010), short: 'p.X1010_splice', class: 'splice-site' },
  { input: 'p.X1009_splice', source: MAF_SHORT, shape: splice(1009), short: 'p.X1009_splice', class: 'splice-site' },
  { input: 'p.X963_splice', source: MAF_SHORT, shape: splice(963), short: 'p.X963_splice', class: 'splice-site' },
  { input: 'p.D1010_splice', source: LEGACY, shape: splice(1010), short: 'p.X1010_splice', class: 'splice-site' },
  { input: 'p.*1010_splice', source: LEGACY, shape: splice(1010), short: 'p.X1010_splice', class: 'splice-site' },
  { input: 'p.D1010N', source: MAF_SHORT, shape: sub('D', 1010, 'N'), short: 'p.D1010N', class: 'missense' },
  { input: 'p.Asp1010Tyr', source: MAF_LONG, shape: sub('D', 1010, 'Y'), short: 'p.D1010Y', class: 'missense' },
  { input: 'p.Y1003F', source: MAF_SHORT, shape: sub('Y', 1003, 'F'), short: 'p.Y1003F', class: 'missense' },
  { input: 'p.Y1003*', source: MAF_SHORT, shape: sub('Y', 1003, '*'), short: 'p.Y1003*', class: 'nonsense' },
  { input: 'p.X165_splice', source: MAF_SHORT, shape: splice(165), short: 'p.X165_splice', class: 'splice-site' },

  // Other hotspots seen on the panel
  { input: 'p.T949del', source: MAF_SHORT, shape: del('T', 949), short: 'p.T949del', class: 'inframe-deletion' },
  { input: 'p.Pro129del', source: MAF_LONG, shape: del('P', 129), short: 'p.P129del', class: 'inframe-deletion' },
  {
    input: 'NP_001275701.1:p.(Pro129del)',
    source: TSO500,
    shape: del('P', 129),
    short: 'p.P129del',
    class: 'inframe-deletion',
    predicted: true,
    reference: 'NP_001275701.1',
  },
  {
    input: 'NP_005080.1:p.(Ser447_Arg448dup)',
    source: TSO500,
    shape: dup('S', 447, 'R', 448),
    short: 'p.S447_R448dup',
    class: 'inframe-duplication',
    predicted: true,
    reference: 'NP_005080.1',
  },
  { input: 'p.S447_R448dup', source: MAF_SHORT, shape: dup('S', 447, 'R', 448), short: 'p.S447_R448dup', class: 'inframe-duplication' },
  {
    input: 'NP_003811.2:p.(Lys17Arg)',
    source: TSO500,
    shape: sub('K', 17, 'R'),
    short: 'p.K17R',
    class: 'missense',
    predicted: true,
    reference: 'NP_003811.2',
  },
  { input: 'p.D538G', source: MAF_SHORT, shape: sub('D', 538, 'G'), short: 'p.D538G', class: 'missense' },
  { input: 'p.Tyr537Ser', source: MAF_LONG, shape: sub('Y', 537, 'S'), short: 'p.Y537S', class: 'missense' },
  { input: 'p.E17K', source: MAF_SHORT, shape: sub('E', 17, 'K'), short: 'p.E17K', class: 'missense' },
  { input: 'p.S249C', source: MAF_SHORT, shape: sub('S', 249, 'C'), short: 'p.S249C', class: 'missense' },
  { input: 'p.F1174L', source: MAF_SHORT, shape: sub('F', 1174, 'L'), short: 'p.F1174L', class: 'missense' },
  { input: 'p.M918T', source: MAF_SHORT, shape: sub('M', 918, 'T'), short: 'p.M918T', class: 'missense' },
  { input: 'p.P286R', source: MAF_SHORT, shape: sub('P', 286, 'R'), short: 'p.P286R', class: 'missense' },
  { input: 'p.S45del', source: MAF_SHORT, shape: del('S', 45), short: 'p.S45del', class: 'inframe-deletion' },
  { input: 'p.R201H', source: MAF_SHORT, shape: sub('R', 201, 'H'), short: 'p.R201H', class: 'missense' },
  { input: 'p.K700E', source: MAF_SHORT, shape: sub('K', 700, 'E'), short: 'p.K700E', class: 'missense' },
  { input: 'p.V617F', source: MAF_SHORT, shape: sub('V', 617, 'F'), short: 'p.V617F', class: 'missense' },
  { input: 'p.R882H', source: MAF_SHORT, shape: sub('R', 882, 'H'), short: 'p.R882H', class: 'missense' },

  // Insertions given as a count
  { input: 'p.P780_Y781ins4', source: LEGACY, shape: ins('P', 780, 'Y', 4), short: 'p.P780_Y781ins4', class: 'inframe-insertion' },
  {
    input: 'p.(Arg78_Gly79insXaa[23])',
    source: HGVS,
    shape: ins('R', 78, 'G', 23),
    short: 'p.R78_G79ins23',
    class: 'inframe-insertion',
    predicted: true,
  },
  { input: 'p.R78_G79ins(23)', source: HGVS, shape: ins('R', 78, 'G', 23), short: 'p.R78_G79ins23', class: 'inframe-insertion' },

  // Stop loss and extensions
  { input: 'p.*1000Qext*?', source: MAF_SHORT, shape: extC(1000, 'Q', 'unknown'), short: 'p.*1000Qext*?', class: 'stop-loss' },
  {
    input: 'p.Ter1000GlnextTer?',
    source: MAF_LONG,
    shape: extC(1000, 'Q', 'unknown'),
    short: 'p.*1000Qext*?',
    class: 'stop-loss',
  },
  { input: 'p.*110Qext*17', source: HGVS, shape: extC(110, 'Q', 17), short: 'p.*110Qext*17', class: 'stop-loss' },
  { input: 'p.Ter110GlnextTer17', source: HGVS, shape: extC(110, 'Q', 17), short: 'p.*110Qext*17', class: 'stop-loss' },
  {
    input: 'p.(*110Glnext*17)',
    source: HGVS,
    shape: extC(110, 'Q', 17),
    short: 'p.*110Qext*17',
    class: 'stop-loss',
    predicted: true,
  },
  { input: 'p.*394Lext*?', source: MAF_SHORT, shape: extC(394, 'L', 'unknown'), short: 'p.*394Lext*?', class: 'stop-loss' },
  { input: 'p.X394Lext*?', source: LEGACY, shape: extC(394, 'L', 'unknown'), short: 'p.*394Lext*?', class: 'stop-loss' },
  { input: 'p.*757L', source: LEGACY, shape: sub('*', 757, 'L'), short: 'p.*757L', class: 'stop-loss' },
  { input: 'p.Ter757Leu', source: LEGACY, shape: sub('*', 757, 'L'), short: 'p.*757L', class: 'stop-loss' },
  { input: 'p.Met1ext-5', source: HGVS, shape: extN(null, -5), short: 'p.M1ext-5', class: 'start-loss' },
  { input: 'p.M1ext-5', source: HGVS, shape: extN(null, -5), short: 'p.M1ext-5', class: 'start-loss' },
  { input: 'p.Met1Valext-12', source: HGVS, shape: extN('V', -12), short: 'p.M1Vext-12', class: 'start-loss' },

  // Start loss, no protein, unknown
  { input: 'p.Met1?', source: MAF_LONG, shape: startLoss, short: 'p.M1?', class: 'start-loss' },
  { input: 'p.M1?', source: MAF_SHORT, shape: startLoss, short: 'p.M1?', class: 'start-loss' },
  { input: 'p.(Met1?)', source: TSO500, shape: startLoss, short: 'p.M1?', class: 'start-loss', predicted: true },
  {
    input: 'NP_000537.3:p.(Met1?)',
    source: TSO500,
    shape: startLoss,
    short: 'p.M1?',
    class: 'start-loss',
    predicted: true,
    reference: 'NP_000537.3',
  },
  { input: 'p.M1V', source: MAF_SHORT, shape: sub('M', 1, 'V'), short: 'p.M1V', class: 'start-loss' },
  { input: 'p.Met1Thr', source: MAF_LONG, shape: sub('M', 1, 'T'), short: 'p.M1T', class: 'start-loss' },
  { input: 'p.0', source: HGVS, shape: noProtein, short: 'p.0', class: 'no-protein' },
  { input: 'p.0?', source: HGVS, shape: noProtein, short: 'p.0', class: 'no-protein', predicted: true },
  { input: 'p.?', source: HGVS, shape: unknown, short: 'p.?', class: 'unknown' },
  { input: 'p.(?)', source: HGVS, shape: unknown, short: 'p.?', class: 'unknown', predicted: true },

  // Synonymous in every form
  { input: 'p.=', source: HGVS, shape: syn(), short: 'p.=', class: 'synonymous' },
  { input: 'p.(=)', source: HGVS, shape: syn(), short: 'p.=', class: 'synonymous', predicted: true },
  { input: 'p.N999=', source: MAF_SHORT, shape: syn('N', 999), short: 'p.N999=', class: 'synonymous' },
  { input: 'p.Asn999=', source: MAF_LONG, shape: syn('N', 999), short: 'p.N999=', class: 'synonymous' },
  { input: 'p.(Asn999=)', source: TSO500, shape: syn('N', 999), short: 'p.N999=', class: 'synonymous', predicted: true },
  {
    input: 'NM_004958.3:c.2997C>T(p.(Asn999=))',
    source: TSO500,
    shape: syn('N', 999),
    short: 'p.N999=',
    class: 'synonymous',
    predicted: true,
    reference: 'NM_004958.3',
  },
  { input: 'p.N999N', source: MAF_SHORT, shape: syn('N', 999), short: 'p.N999=', class: 'synonymous' },
  {
    input: 'ENSP00000354558.2:p.Asn999%3D',
    source: VEP,
    shape: syn('N', 999),
    short: 'p.N999=',
    class: 'synonymous',
    reference: 'ENSP00000354558.2',
  },
  { input: 'p.L858=', source: MAF_SHORT, shape: syn('L', 858), short: 'p.L858=', class: 'synonymous' },
  { input: 'p.*1000=', source: MAF_SHORT, shape: syn('*', 1000), short: 'p.*1000=', class: 'synonymous' },
  { input: 'p.Ter1000=', source: MAF_LONG, shape: syn('*', 1000), short: 'p.*1000=', class: 'synonymous' },
  { input: 'p.*1000*', source: LEGACY, shape: syn('*', 1000), short: 'p.*1000=', class: 'synonymous' },
  {
    input: 'NM_004333.4(BRAF):c.1799T>A (p.Val600Glu)',
    source: 'ClinVar variant name',
    shape: sub('V', 600, 'E'),
    short: 'p.V600E',
    class: 'missense',
    reference: 'NM_004333.4(BRAF)',
  },
];
