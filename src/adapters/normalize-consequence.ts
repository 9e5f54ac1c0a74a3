/**
 * What a sequence variant does to the protein, decided from three witnesses together: the parsed protein
 * change, the cDNA region (`cdnaRegion`) and Sequence Ontology consequence terms.
 *
 * Decision (documented order):
 * 1. A protein change that alters the protein (anything but synonymous `p.=`, unknown `p.?`) decides the
 *    class. Canonical splice-site evidence (cDNA intron +/-1..2, or an SO splice donor/acceptor term) makes
 *    it truncating as well. SO terms that say nothing alters the protein are a conflict (warning).
 * 2. Otherwise the most severe of: canonical splice site (cDNA or SO), the SO terms, the cDNA region, and a
 *    synonymous protein change. A synonymous protein change outranks SO terms claiming a protein change
 *    (conflict warning: the protein change is used). So `c.2997C>T(p.(Asn999=))` with
 *    `splice_region_variant:synonymous_variant` is `splice-region`; `c.7165-1G>T` is `splice-site`.
 * 3. Nothing known: `unknown`, not protein-altering (and the caller warns).
 *
 * Protein-altering: every protein-level class and `splice-site`; not `splice-region`, `synonymous`, `utr`,
 * `intronic`, `non-coding`, `intergenic`. Truncating: `nonsense`, `frameshift`, `splice-site`.
 * Severity order (most severe first): nonsense, frameshift, splice-site, start-loss, stop-loss,
 * inframe-delins, inframe-insertion, inframe-duplication, inframe-deletion, missense, (protein-altering of
 * unknown class), splice-region, synonymous, utr, intronic, non-coding, intergenic, unknown.
 *
 * @internal
 */
import type { VariantClass } from '../model/case.js';
import type { ProteinChange } from '../model/protein-change.js';
import type { CdnaRegion } from '../vocab/cdna.js';
import { isTruncating, proteinVariantClass } from '../vocab/hgvs.js';

/** A reading of a variant's effect. */
export interface Effect {
  readonly variantClass: VariantClass;
  readonly proteinAltering: boolean;
  readonly truncating: boolean;
}

const RANK: ReadonlyArray<VariantClass> = [
  'nonsense',
  'frameshift',
  'splice-site',
  'start-loss',
  'stop-loss',
  'inframe-delins',
  'inframe-insertion',
  'inframe-duplication',
  'inframe-deletion',
  'missense',
  'unknown', // protein-altering of unknown class ranks here (see `rankOf`)
  'splice-region',
  'synonymous',
  'utr',
  'intronic',
  'non-coding',
  'intergenic',
];

const RANK_OF: ReadonlyMap<VariantClass, number> = new Map(RANK.map((c, i) => [c, i]));

const rankOf = (e: Effect): number =>
  e.variantClass === 'unknown' && !e.proteinAltering ? RANK.length : (RANK_OF.get(e.variantClass) ?? -1);

const PROTEIN_LEVEL: ReadonlySet<VariantClass> = new Set<VariantClass>([
  'nonsense',
  'frameshift',
  'start-loss',
  'stop-loss',
  'inframe-delins',
  'inframe-insertion',
  'inframe-duplication',
  'inframe-deletion',
  'missense',
]);

const effect = (variantClass: VariantClass, proteinAltering?: boolean): Effect => ({
  variantClass,
  proteinAltering: proteinAltering ?? (PROTEIN_LEVEL.has(variantClass) || variantClass === 'splice-site'),
  truncating: variantClass === 'nonsense' || variantClass === 'frameshift' || variantClass === 'splice-site',
});

/** Sequence Ontology terms (as VEP, snpEff and Illumina write them) and the effect each names. */
const SO_TERMS: ReadonlyMap<string, Effect> = new Map<string, Effect>([
  ['transcript_ablation', effect('unknown', true)],
  ['exon_loss_variant', effect('unknown', true)],
  ['splice_acceptor_variant', effect('splice-site')],
  ['splice_donor_variant', effect('splice-site')],
  ['stop_gained', effect('nonsense')],
  ['frameshift_variant', effect('frameshift')],
  ['stop_lost', effect('stop-loss')],
  ['start_lost', effect('start-loss')],
  ['initiator_codon_variant', effect('start-loss')],
  ['inframe_insertion', effect('inframe-insertion')],
  ['disruptive_inframe_insertion', effect('inframe-insertion')],
  ['conservative_inframe_insertion', effect('inframe-insertion')],
  ['inframe_deletion', effect('inframe-deletion')],
  ['disruptive_inframe_deletion', effect('inframe-deletion')],
  ['conservative_inframe_deletion', effect('inframe-deletion')],
  ['missense_variant', effect('missense')],
  ['protein_altering_variant', effect('unknown', true)],
  ['splice_region_variant', effect('splice-region')],
  ['splice_donor_5th_base_variant', effect('splice-region')],
  ['splice_donor_region_variant', effect('splice-region')],
  ['splice_polypyrimidine_tract_variant', effect('splice-region')],
  ['incomplete_terminal_codon_variant', effect('unknown')],
  ['start_retained_variant', effect('synonymous')],
  ['stop_retained_variant', effect('synonymous')],
  ['synonymous_variant', effect('synonymous')],
  ['coding_sequence_variant', effect('unknown')],
  ['mature_mirna_variant', effect('non-coding')],
  ['non_coding_transcript_exon_variant', effect('non-coding')],
  ['non_coding_exon_variant', effect('non-coding')],
  ['non_coding_transcript_variant', effect('non-coding')],
  ['nmd_transcript_variant', effect('non-coding')],
  ['5_prime_utr_variant', effect('utr')],
  ['3_prime_utr_variant', effect('utr')],
  ['5_prime_utr_premature_start_codon_gain_variant', effect('utr')],
  ['intron_variant', effect('intronic')],
  ['upstream_gene_variant', effect('intergenic')],
  ['downstream_gene_variant', effect('intergenic')],
  ['intergenic_variant', effect('intergenic')],
  ['regulatory_region_variant', effect('intergenic')],
  ['tf_binding_site_variant', effect('intergenic')],
  ['tfbs_ablation', effect('intergenic')],
  ['tfbs_amplification', effect('intergenic')],
  ['regulatory_region_ablation', effect('intergenic')],
  ['regulatory_region_amplification', effect('intergenic')],
  ['feature_elongation', effect('unknown')],
  ['feature_truncation', effect('unknown')],
]);

/**
 * The effect an SO term names, or null for a term this library does not know (any case).
 *
 * @internal
 */
export const consequenceEffect = (term: string): Effect | null =>
  SO_TERMS.get(term) ?? SO_TERMS.get(term.trim().toLowerCase()) ?? null;

const REGION_EFFECT: Readonly<Record<CdnaRegion, Effect | null>> = {
  'splice-site': effect('splice-site'),
  'splice-region': effect('splice-region'),
  intronic: effect('intronic'),
  utr5: effect('utr'),
  utr3: effect('utr'),
  coding: null,
  unknown: null,
};

const PROTEIN_CLASS: Readonly<Record<ReturnType<typeof proteinVariantClass>, VariantClass>> = {
  missense: 'missense',
  nonsense: 'nonsense',
  synonymous: 'synonymous',
  frameshift: 'frameshift',
  'inframe-deletion': 'inframe-deletion',
  'inframe-insertion': 'inframe-insertion',
  'inframe-duplication': 'inframe-duplication',
  'inframe-delins': 'inframe-delins',
  'start-loss': 'start-loss',
  'stop-loss': 'stop-loss',
  'splice-site': 'splice-site',
  'no-protein': 'unknown',
  unknown: 'unknown',
};

/** The decided effect and, when the witnesses disagree, what each said. */
export interface EffectDecision {
  readonly effect: Effect | null;
  readonly conflict: { readonly protein: string; readonly consequence: string } | null;
}

const mostSevere = (effects: ReadonlyArray<Effect>): Effect | null =>
  effects.reduce<Effect | null>((best, e) => (best === null || rankOf(e) < rankOf(best) ? e : best), null);

/**
 * Decides the effect of a sequence variant; null when nothing says (the caller reports `unknown`).
 *
 * @internal
 */
export const decideEffect = (
  protein: ProteinChange | null,
  region: CdnaRegion | null,
  terms: ReadonlyArray<string>,
): EffectDecision => {
  const soEffects: Effect[] = [];
  for (const term of terms) {
    const e = consequenceEffect(term);
    if (e !== null) soEffects.push(e);
  }
  const regionEffect = region === null ? null : REGION_EFFECT[region];
  const spliceSite =
    regionEffect?.variantClass === 'splice-site' || soEffects.some((e) => e.variantClass === 'splice-site');
  const proteinClass = protein === null ? null : proteinVariantClass(protein);
  const so = mostSevere(soEffects);
  if (
    protein !== null &&
    proteinClass !== null &&
    proteinClass !== 'synonymous' &&
    proteinClass !== 'unknown'
  ) {
    const decided: Effect = {
      variantClass: PROTEIN_CLASS[proteinClass],
      proteinAltering: true,
      truncating: isTruncating(protein) || spliceSite,
    };
    const conflict =
      so !== null && !soEffects.some((e) => e.proteinAltering)
        ? { protein: decided.variantClass, consequence: so.variantClass }
        : null;
    return { effect: decided, conflict };
  }
  const synonymous = proteinClass === 'synonymous';
  const proteinLevelSo = soEffects.filter((e) => e.proteinAltering && e.variantClass !== 'splice-site');
  const usableSo = synonymous ? soEffects.filter((e) => !proteinLevelSo.includes(e)) : soEffects;
  const conflictSo = synonymous ? mostSevere(proteinLevelSo) : null;
  const candidates = [
    ...(synonymous ? [effect('synonymous')] : []),
    ...(regionEffect === null ? [] : [regionEffect]),
    ...usableSo,
  ];
  return {
    effect: mostSevere(candidates),
    conflict: conflictSo === null ? null : { protein: 'synonymous', consequence: conflictSo.variantClass },
  };
};
