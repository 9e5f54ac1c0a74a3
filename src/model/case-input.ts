/**
 * The JSON case as a user writes it: zod schemas at the edge, before any vocabulary is applied.
 *
 * Every finding is validated on its own (see `FindingInputSchema`), so one bad finding becomes a rejected
 * finding with a reason instead of failing the whole case.
 */
import { z } from 'zod';
import type { DeepReadonly } from './readonly.js';

const isoDate = z.iso.date();

/** A place in a source file that a finding came from. */
export const SourceSchema = z
  .object({
    file: z.string().min(1).optional(),
    line: z.number().int().positive().optional(),
    column: z.union([z.string(), z.number().int().positive()]).optional(),
  })
  .strict();

/** Origin of a sequence variant; tumor-only assays usually cannot tell, hence `unknown`. */
export const OriginSchema = z.enum(['somatic', 'germline', 'unknown']);

/** A lab's copy-number call, in words. `deletion` means a loss of unknown depth. */
export const CopyNumberCallSchema = z.enum([
  'amplification',
  'gain',
  'neutral',
  'loss',
  'deletion',
  'homozygous-deletion',
]);

const common = { id: z.string().min(1).optional(), source: SourceSchema.optional() };

/** SNV, MNV or indel, with its protein and cDNA change as written by the lab. */
export const SequenceVariantInputSchema = z
  .object({
    kind: z.literal('sequence-variant'),
    ...common,
    gene: z.string(),
    proteinChange: z.string().optional(),
    cdnaChange: z.string().optional(),
    transcript: z.string().optional(),
    consequences: z.array(z.string()).optional(),
    exon: z.string().optional(),
    vaf: z.number().min(0).max(1).optional(),
    depth: z.number().int().min(0).optional(),
    origin: OriginSchema.optional(),
  })
  .strict();

/** A copy-number change: fold change and/or absolute copy number, with or without a lab call. */
export const CopyNumberInputSchema = z
  .object({
    kind: z.literal('copy-number'),
    ...common,
    gene: z.string(),
    foldChange: z.number().min(0).optional(),
    copyNumber: z.number().min(0).optional(),
    call: CopyNumberCallSchema.optional(),
  })
  .strict();

/** A gene fusion. `orientationKnown: false` when the source cannot say which partner is 5'. */
export const FusionInputSchema = z
  .object({
    kind: z.literal('fusion'),
    ...common,
    gene5: z.string(),
    gene3: z.string(),
    orientationKnown: z.boolean().optional(),
    breakpoint5: z.string().optional(),
    breakpoint3: z.string().optional(),
    supportingReads: z.number().int().min(0).optional(),
  })
  .strict();

/** An RNA splice variant / exon skipping event: MET exon 14, EGFRvIII (exons 2-7), AR-V7. */
export const SpliceInputSchema = z
  .object({
    kind: z.literal('splice'),
    ...common,
    gene: z.string(),
    skippedExons: z.string().optional(),
    label: z.string().optional(),
    supportingReads: z.number().int().min(0).optional(),
  })
  .strict();

/** Tumor mutational burden, mutations per megabase. */
export const TmbInputSchema = z
  .object({
    kind: z.literal('tmb'),
    ...common,
    value: z.number().min(0),
    eligibleVariants: z.number().int().min(0).optional(),
    regionSizeMb: z.number().positive().optional(),
  })
  .strict();

/** Microsatellite instability: percent unstable sites of usable sites, and/or a status. */
export const MsiInputSchema = z
  .object({
    kind: z.literal('msi'),
    ...common,
    percentUnstable: z.number().min(0).max(100).optional(),
    usableSites: z.number().int().min(0).optional(),
    unstableSites: z.number().int().min(0).optional(),
    status: z.enum(['MSI-H', 'MSI-L', 'MSS', 'inconclusive']).optional(),
  })
  .strict();

/** Genomic instability / HRD score (e.g. DRAGEN GIS). */
export const HrdInputSchema = z
  .object({ kind: z.literal('hrd'), ...common, score: z.number().min(0) })
  .strict();

/** Protein expression by immunohistochemistry, e.g. HER2 3+, PD-L1 TPS 50. */
export const IhcInputSchema = z
  .object({
    kind: z.literal('ihc'),
    ...common,
    marker: z.string().min(1),
    score: z.string().min(1),
  })
  .strict();

/** Any finding, discriminated on `kind`. */
export const FindingInputSchema = z.discriminatedUnion('kind', [
  SequenceVariantInputSchema,
  CopyNumberInputSchema,
  FusionInputSchema,
  SpliceInputSchema,
  TmbInputSchema,
  MsiInputSchema,
  HrdInputSchema,
  IhcInputSchema,
]);

/** Patient facts. Anything not known is left out (or `unknown`), never guessed. */
export const PatientInputSchema = z
  .object({
    id: z.string().min(1),
    age: z.number().int().min(0).max(130).optional(),
    birthDate: isoDate.optional(),
    sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
    ecog: z.union([z.number().int().min(0).max(4), z.literal('unknown')]).optional(),
    standardTherapyExhausted: z.enum(['yes', 'no', 'unknown']).optional(),
    priorDrugs: z.array(z.string().min(1)).optional(),
    diagnosis: z.string().min(1),
  })
  .strict();

/** The tested sample: which assay (panel and arms) decides what counts as "not tested". */
export const SampleInputSchema = z
  .object({
    id: z.string().min(1),
    date: isoDate.optional(),
    assay: z
      .object({
        panel: z.string().min(1).nullable(),
        version: z.string().optional(),
        dna: z.boolean().optional(),
        rna: z.boolean().optional(),
      })
      .strict()
      .optional(),
    purity: z.number().min(0).max(1).optional(),
  })
  .strict();

/** A whole case as JSON: patient, sample and findings. Findings are validated one by one. */
export const CaseInputSchema = z
  .object({
    $schema: z.string().optional(),
    patient: PatientInputSchema,
    sample: SampleInputSchema,
    findings: z.array(z.unknown()),
  })
  .strict();

export type SourceInput = DeepReadonly<z.infer<typeof SourceSchema>>;
export type FindingInput = DeepReadonly<z.infer<typeof FindingInputSchema>>;
export type PatientInput = DeepReadonly<z.infer<typeof PatientInputSchema>>;
export type SampleInput = DeepReadonly<z.infer<typeof SampleInputSchema>>;
export type CaseInput = DeepReadonly<z.infer<typeof CaseInputSchema>>;
