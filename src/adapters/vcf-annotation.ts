/**
 * Transcript annotations inside a VCF INFO column: Ensembl VEP `CSQ` and SnpEff `ANN`.
 *
 * Both hold one `|`-separated entry per (allele, transcript); the field names come from the header's
 * `Description="... Format: A|B|C"` (VEP) or `'A | B | C'` (SnpEff). For each ALT allele we keep the entries
 * of that allele and choose ONE transcript, deterministically:
 *
 * - VEP `CSQ`: among entries with a `SYMBOL`, the first by this order: `PICK=1` (VEP's own --pick/--flag_pick),
 *   then a `MANE_SELECT` transcript, then `CANONICAL=YES`, then the order VEP wrote them in.
 * - SnpEff `ANN`: the first entry with a `Gene_Name` that is not an intergenic region; SnpEff sorts entries by
 *   impact, most severe first, so "first" is its most damaging consequence.
 *
 * Values are passed on as written (e.g. `ENSP00000288602.6:p.Val600Glu`); `completeCase` normalizes them.
 */
import { concatAll } from 'fp-ts/Monoid';
import * as Ord from 'fp-ts/Ord';
import * as N from 'fp-ts/number';

/**
 * Which annotator wrote the entries.
 *
 * @internal
 */
export type AnnotationSource = 'CSQ' | 'ANN';

/**
 * How to read the entries of one annotation INFO key.
 *
 * @internal
 */
export interface AnnotationLayout {
  readonly key: AnnotationSource;
  /** Field names, in entry order. */
  readonly fields: ReadonlyArray<string>;
}

/**
 * The transcript chosen for one allele, with the fields a finding needs (absent when empty).
 *
 * @internal
 */
export interface ChosenAnnotation {
  readonly source: AnnotationSource;
  readonly gene: string;
  readonly consequences: ReadonlyArray<string>;
  readonly proteinChange?: string;
  readonly cdnaChange?: string;
  readonly transcript?: string;
  readonly exon?: string;
}

/** SnpEff's documented ANN layout, used when the header does not spell it out. */
const SNPEFF_FIELDS: ReadonlyArray<string> = [
  'Allele',
  'Annotation',
  'Annotation_Impact',
  'Gene_Name',
  'Gene_ID',
  'Feature_Type',
  'Feature_ID',
  'Transcript_BioType',
  'Rank',
  'HGVS.c',
  'HGVS.p',
  'cDNA.pos / cDNA.length',
  'CDS.pos / CDS.length',
  'AA.pos / AA.length',
  'Distance',
  'ERRORS / WARNINGS / INFO',
];

/**
 * The annotation layout declared by a header: VEP `CSQ` first, then SnpEff `ANN`; null when neither is declared.
 * `description` looks up the Description of an INFO key.
 *
 * @internal
 */
export const annotationLayout = (
  description: (key: string) => string | undefined,
): AnnotationLayout | null => {
  const csq = description('CSQ');
  if (csq !== undefined) {
    const format = /Format:\s*([^"]*)/i.exec(csq)?.[1];
    if (format !== undefined && format.includes('|')) {
      return {
        key: 'CSQ',
        fields: format
          .trim()
          .split('|')
          .map((f) => f.trim()),
      };
    }
  }
  const ann = description('ANN');
  if (ann !== undefined) {
    const quoted = /'([^']*)'/.exec(ann)?.[1];
    const fields =
      quoted !== undefined && quoted.includes('|') ? quoted.split('|').map((f) => f.trim()) : SNPEFF_FIELDS;
    return { key: 'ANN', fields };
  }
  return null;
};

type Entry = ReadonlyMap<string, string>;

const parseEntry = (layout: AnnotationLayout, text: string): Entry => {
  const values = text.split('|');
  return new Map(layout.fields.map((name, i) => [name, (values[i] ?? '').trim()]));
};

const field = (entry: Entry, ...names: ReadonlyArray<string>): string | undefined => {
  for (const name of names) {
    const value = entry.get(name);
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
};

/**
 * The allele strings VEP writes for each ALT: when REF and every ALT share their first base (the VCF anchor
 * base of indels), VEP drops it, and an empty allele becomes `-`.
 */
const vepAlleles = (ref: string, alts: ReadonlyArray<string>): ReadonlyArray<string> => {
  const anchored = alts.every((a) => a.length > 0 && !a.startsWith('<') && a[0] === ref[0]) && ref.length > 0;
  return alts.map((a) => (anchored ? a.slice(1) || '-' : a));
};

/** The entries that belong to ALT number `altIndex` (0-based). */
const entriesOfAllele = (
  layout: AnnotationLayout,
  entries: ReadonlyArray<Entry>,
  ref: string,
  alts: ReadonlyArray<string>,
  altIndex: number,
): ReadonlyArray<Entry> => {
  const alt = alts[altIndex] ?? '';
  const numbered = entries.filter((e) => field(e, 'ALLELE_NUM') !== undefined);
  if (numbered.length === entries.length && entries.length > 0) {
    return entries.filter((e) => field(e, 'ALLELE_NUM') === String(altIndex + 1));
  }
  const vep = vepAlleles(ref, alts)[altIndex] ?? alt;
  const matching = entries.filter((e) => {
    const allele = field(e, 'Allele');
    // SnpEff writes somatic alleles as `ALT-REF` in cancer mode.
    return allele === alt || allele === vep || allele === `${alt}-${ref}`;
  });
  // One ALT and no allele match (an annotator that spells alleles its own way): every entry is for it.
  return matching.length === 0 && alts.length === 1 ? entries : matching;
};

const isYes = (value: string | undefined): boolean => value !== undefined && /^(1|yes|true)$/i.test(value);

/** VEP entries, best first: PICK, then MANE Select, then canonical, then file order (stable). */
const vepOrder: Ord.Ord<{ readonly entry: Entry; readonly index: number }> = concatAll(
  Ord.getMonoid<{ readonly entry: Entry; readonly index: number }>(),
)([
  Ord.contramap((x: { readonly entry: Entry }) => (isYes(field(x.entry, 'PICK')) ? 0 : 1))(N.Ord),
  Ord.contramap((x: { readonly entry: Entry }) =>
    field(x.entry, 'MANE_SELECT', 'MANE') !== undefined ? 0 : 1,
  )(N.Ord),
  Ord.contramap((x: { readonly entry: Entry }) => (isYes(field(x.entry, 'CANONICAL')) ? 0 : 1))(N.Ord),
  Ord.contramap((x: { readonly index: number }) => x.index)(N.Ord),
]);

const splitTerms = (text: string | undefined): ReadonlyArray<string> =>
  text === undefined
    ? []
    : text
        .split(/[&,]/)
        .map((t) => t.trim())
        .filter((t) => t !== '');

/**
 * Chooses the transcript annotation of one ALT allele (see the module comment for the order), or explains
 * why there is none: `no-entries` (nothing for this allele) or `no-gene` (entries, but none names a gene).
 *
 * @internal
 */
export const chooseAnnotation = (
  layout: AnnotationLayout,
  rawEntries: ReadonlyArray<string>,
  ref: string,
  alts: ReadonlyArray<string>,
  altIndex: number,
): ChosenAnnotation | 'no-entries' | 'no-gene' => {
  const entries = entriesOfAllele(
    layout,
    rawEntries.map((text) => parseEntry(layout, text)),
    ref,
    alts,
    altIndex,
  );
  if (entries.length === 0) return 'no-entries';
  if (layout.key === 'CSQ') {
    const withGene = entries
      .map((entry, index) => ({ entry, index }))
      .filter((x) => field(x.entry, 'SYMBOL') !== undefined);
    const best = [...withGene].sort(vepOrder.compare)[0];
    if (best === undefined) return 'no-gene';
    const e = best.entry;
    return compact({
      source: 'CSQ',
      gene: field(e, 'SYMBOL') ?? '',
      consequences: splitTerms(field(e, 'Consequence')),
      proteinChange: field(e, 'HGVSp'),
      cdnaChange: field(e, 'HGVSc'),
      transcript: field(e, 'Feature'),
      exon: field(e, 'EXON'),
    });
  }
  const best = entries.find((e) => {
    const gene = field(e, 'Gene_Name');
    const terms = splitTerms(field(e, 'Annotation'));
    return gene !== undefined && !terms.some((t) => t === 'intergenic_region' || t === 'intergenic_variant');
  });
  if (best === undefined) return 'no-gene';
  const consequences = splitTerms(field(best, 'Annotation'));
  // SnpEff's Rank is the exon rank, or the intron rank for intronic variants.
  const rank = consequences.some((t) => t.startsWith('intron')) ? undefined : field(best, 'Rank');
  return compact({
    source: 'ANN',
    gene: field(best, 'Gene_Name') ?? '',
    consequences,
    proteinChange: field(best, 'HGVS.p'),
    cdnaChange: field(best, 'HGVS.c'),
    transcript: field(best, 'Feature_ID'),
    exon: rank,
  });
};

/** Drops undefined optional fields (exactOptionalPropertyTypes). */
const compact = (a: {
  readonly source: AnnotationSource;
  readonly gene: string;
  readonly consequences: ReadonlyArray<string>;
  readonly proteinChange: string | undefined;
  readonly cdnaChange: string | undefined;
  readonly transcript: string | undefined;
  readonly exon: string | undefined;
}): ChosenAnnotation => ({
  source: a.source,
  gene: a.gene,
  consequences: a.consequences,
  ...(a.proteinChange === undefined ? {} : { proteinChange: a.proteinChange }),
  ...(a.cdnaChange === undefined ? {} : { cdnaChange: a.cdnaChange }),
  ...(a.transcript === undefined ? {} : { transcript: a.transcript }),
  ...(a.exon === undefined ? {} : { exon: a.exon }),
});
