/**
 * The criteria language shared by cohort tables and EU label indications: `all` / `any` / `not` trees over
 * typed predicates. Negation is a node, never a string prefix, so a schema checks it.
 */
import { z } from 'zod';

const gene = z.string().min(1).describe('Gene symbol (approved, previous or alias; normalized at load)');
const label = z.string().min(1).optional().describe('Short words for reports, e.g. "RAS wild type"');

/** Which protein changes of a gene a variant criterion accepts. */
export const VariantSelectorSchema = z.discriminatedUnion('by', [
  z
    .object({
      by: z.literal('change'),
      changes: z.array(z.string().min(1)).min(1).describe('Exact protein changes, any HGVS spelling'),
    })
    .strict(),
  z
    .object({
      by: z.literal('codon'),
      codons: z
        .array(z.number().int().positive())
        .min(1)
        .describe('Any protein-altering change at these codons'),
    })
    .strict(),
  z
    .object({
      by: z.literal('exon'),
      exons: z.array(z.number().int().positive()).min(1),
      classes: z
        .array(
          z.enum([
            'missense',
            'inframe-deletion',
            'inframe-insertion',
            'inframe-duplication',
            'inframe-delins',
            'frameshift',
            'nonsense',
          ]),
        )
        .min(1)
        .describe('Variant classes accepted in those exons, e.g. in-frame insertion for EGFR exon 20'),
    })
    .strict(),
  z
    .object({
      by: z.literal('class'),
      class: z
        .enum(['truncating', 'loss-of-function', 'activating', 'hotspot', 'protein-altering'])
        .describe(
          'truncating: nonsense, frameshift, canonical splice; loss-of-function: truncating or start loss; ' +
            'activating / hotspot: a protein change at a cancer hotspot residue or indel span; ' +
            'protein-altering: anything but synonymous, intronic, UTR',
        ),
    })
    .strict(),
]);

/** A sequence variant in a gene. */
export const VariantCriterionSchema = z
  .object({
    type: z.literal('variant'),
    gene,
    select: VariantSelectorSchema,
    minVaf: z.number().gt(0).max(1).optional().describe('Variant allele fraction, 0-1 (not percent)'),
    origin: z.enum(['somatic', 'germline', 'any']).optional(),
    label,
  })
  .strict();

/** A copy-number change in a gene. */
export const CopyNumberCriterionSchema = z
  .object({
    type: z.literal('copy-number'),
    gene,
    call: z.enum(['amplification', 'homozygous-deletion', 'loss']),
    minCopyNumber: z.number().positive().optional().describe('Absolute copies, e.g. 6'),
    minFoldChange: z.number().gt(1).optional().describe('Linear fold change against normal, 1.0 = neutral'),
    label,
  })
  .strict();

/** Bi-allelic inactivation: homozygous deletion, two truncating hits, or truncating plus loss. */
export const BiallelicCriterionSchema = z.object({ type: z.literal('biallelic'), gene, label }).strict();

/** A fusion involving a gene, optionally with a given partner and 5'/3' role. */
export const FusionCriterionSchema = z
  .object({
    type: z.literal('fusion'),
    gene,
    partner: z.string().min(1).optional(),
    role: z.enum(['five-prime', 'three-prime']).optional(),
    label,
  })
  .strict();

/** An RNA splice variant: skipped exons of a gene, e.g. MET exon 14 ("14"), EGFRvIII ("2-7"). */
export const SpliceCriterionSchema = z
  .object({
    type: z.literal('splice'),
    gene,
    exons: z.string().regex(/^\d+(-\d+)?$/, 'exons like "14" or "2-7"'),
    label,
  })
  .strict();

/** Tumor mutational burden at least `min` mutations per megabase. */
export const TmbCriterionSchema = z
  .object({ type: z.literal('tmb'), min: z.number().positive().max(1000).describe('mut/Mb'), label })
  .strict();

/** MSI-high: percent unstable sites at least x with at least y usable sites, or a lab status of MSI-H. */
export const MsiCriterionSchema = z
  .object({
    type: z.literal('msi'),
    minPercentUnstable: z.number().positive().max(100).describe('Percent of usable sites, 0-100'),
    minUsableSites: z.number().int().positive().optional(),
    label,
  })
  .strict();

/** Genomic instability (HRD) score at least `min`. */
export const HrdCriterionSchema = z
  .object({ type: z.literal('hrd'), min: z.number().positive(), label })
  .strict();

/**
 * A protein expression result by IHC: marker and accepted scores, e.g. HER2 ["3+"]; or, for scored
 * markers, a numeric floor: `{ marker: 'PD-L1 TPS', scores: [], minValue: 50 }` accepts a TPS of 50 or more.
 * The scale is part of the marker name (`PD-L1 TPS`, `PD-L1 CPS`, `PD-L1 TC`, `PD-L1 IC`).
 */
export const IhcCriterionSchema = z
  .object({
    type: z.literal('ihc'),
    marker: z.string().min(1),
    scores: z
      .array(z.string().min(1))
      .describe('Accepted categorical scores, e.g. ["3+"]; may be empty with minValue'),
    minValue: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('Numeric scores (percent or CPS) at or above this value are accepted too'),
    label,
  })
  .strict()
  .refine((c) => c.scores.length > 0 || c.minValue !== undefined, {
    message: 'an IHC criterion needs accepted scores or a minValue',
    path: ['scores'],
  });

/** A leaf of the criteria tree. */
export type LeafCriterion =
  | z.infer<typeof VariantCriterionSchema>
  | z.infer<typeof CopyNumberCriterionSchema>
  | z.infer<typeof BiallelicCriterionSchema>
  | z.infer<typeof FusionCriterionSchema>
  | z.infer<typeof SpliceCriterionSchema>
  | z.infer<typeof TmbCriterionSchema>
  | z.infer<typeof MsiCriterionSchema>
  | z.infer<typeof HrdCriterionSchema>
  | z.infer<typeof IhcCriterionSchema>;

/** A criteria tree. */
export type Criterion =
  | LeafCriterion
  | { readonly type: 'all'; readonly of: ReadonlyArray<Criterion>; readonly label?: string | undefined }
  | { readonly type: 'any'; readonly of: ReadonlyArray<Criterion>; readonly label?: string | undefined }
  | { readonly type: 'not'; readonly of: Criterion; readonly label?: string | undefined };

/** The zod schema of a criteria tree (recursive). */
export const CriterionSchema: z.ZodType<Criterion> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('all'), of: z.array(CriterionSchema).min(1), label }).strict(),
    z.object({ type: z.literal('any'), of: z.array(CriterionSchema).min(1), label }).strict(),
    z.object({ type: z.literal('not'), of: CriterionSchema, label }).strict(),
    VariantCriterionSchema,
    CopyNumberCriterionSchema,
    BiallelicCriterionSchema,
    FusionCriterionSchema,
    SpliceCriterionSchema,
    TmbCriterionSchema,
    MsiCriterionSchema,
    HrdCriterionSchema,
    IhcCriterionSchema,
  ]),
);

/** The leaf criterion types. */
export type LeafCriterionType = LeafCriterion['type'];
