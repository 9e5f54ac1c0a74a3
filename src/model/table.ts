/**
 * The cohort table: drug x tumor type x alteration, with its trial-wide settings, partners, regimens,
 * dated cohort status, sources and versions. One JSON file per version under `rules/tables/<id>/`.
 */
import { z } from 'zod';
import type { DeepReadonly } from './readonly.js';
import { CriterionSchema } from './criteria.js';

const isoDate = z.iso.date();
const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase id: letters, digits, ".", "_", "-"');

/** A cited source. */
export const SourceRefSchema = z
  .object({
    id,
    citation: z.string().min(1),
    url: z.url().optional(),
    accessed: isoDate.optional(),
  })
  .strict();

/** Trial-wide eligibility defaults; a cohort may override any of them. */
export const EligibilitySchema = z
  .object({
    minAge: z.number().int().min(0).max(120),
    maxEcog: z.number().int().min(0).max(4),
    requireStandardTherapyExhausted: z.boolean(),
    excludePriorUseOfRegimenDrugs: z.boolean(),
  })
  .strict();

/** The two-stage (Simon-like) rule and its expansion. */
export const StageRuleSchema = z
  .object({
    stage1Size: z.number().int().positive(),
    stage1MinBenefit: z.number().int().min(0),
    stage2Size: z.number().int().positive(),
    positiveAt: z.number().int().positive(),
    expansionMax: z.number().int().positive(),
  })
  .strict();

/** Trial-wide settings. */
export const SettingsSchema = z
  .object({
    eligibility: EligibilitySchema,
    benefit: z.object({ definition: z.string().min(1), weeks: z.number().int().positive() }).strict(),
    stages: StageRuleSchema,
    /** Which access outcomes put an indication outside the trial (for IMPRESS, DRUP, ProTarget: the EU label). */
    excludedAccess: z.array(z.enum(['on-label', 'on-label-unfunded'])),
    /** The assay the trial screens with; criteria the assay cannot assess are flagged when the table loads. */
    screeningAssay: z
      .object({ panel: z.string().min(1), dna: z.boolean(), rna: z.boolean() })
      .strict()
      .optional(),
    /** What in these settings is sourced and what is inferred. */
    notes: z.string().optional(),
  })
  .strict();

/** A pharmaceutical partner with a slot budget. */
export const PartnerSchema = z
  .object({
    id,
    name: z.string().min(1),
    slots: z.number().int().positive().optional(),
    joined: isoDate.optional(),
    sources: z.array(id).default([]),
    inferred: z.boolean().default(false),
    notes: z.string().optional(),
  })
  .strict();

/** A drug by lowercase INN, with its ATC code when known. */
export const DrugSchema = z
  .object({
    inn: z.string().regex(/^[a-z][a-z -]*[a-z]$/, 'lowercase INN'),
    atc: z
      .string()
      .regex(/^[A-Z]\d{2}[A-Z]{2}\d{2}$/, 'ATC code like L01FD01')
      .optional(),
  })
  .strict();

/** A regimen: one or more drugs given together. */
export const RegimenSchema = z
  .object({
    id,
    drugs: z.array(DrugSchema).min(1),
    route: z.enum(['oral', 'intravenous', 'subcutaneous', 'mixed']),
    partner: id,
    inferred: z.boolean().default(false),
    notes: z.string().optional(),
  })
  .strict();

/** Cohort states on its dated timeline. */
export const CohortStateSchema = z.enum([
  'planned',
  'stage1-open',
  'stage1-full',
  'stage2-open',
  'stage2-full',
  'expansion-open',
  'expansion-full',
  'suspended',
  'closed-futility',
  'closed-negative',
  'closed-positive',
  'closed-other',
]);

/** One dated status event of a cohort. */
export const StatusEventSchema = z
  .object({
    date: isoDate,
    state: CohortStateSchema,
    enrolled: z.number().int().min(0).optional(),
    benefit: z.number().int().min(0).optional(),
    note: z.string().optional(),
    sources: z.array(id).default([]),
    inferred: z.boolean().default(false),
  })
  .strict();

/** Tumor types: OncoTree codes (descendants included) or the SOLID / HEME shorthands. */
export const TumorScopeSchema = z
  .object({
    include: z.array(z.string().min(1)).min(1),
    exclude: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** Evidence levels, best first: A positive cohort or label with the same biomarker elsewhere; B clinical
 * evidence in other tumor types; C biological rationale; D inferred for this table. */
export const EvidenceLevelSchema = z.enum(['A', 'B', 'C', 'D']);

/** A cohort: regimen x tumor types x molecular criteria, with clinical overrides and dated status. */
export const CohortSchema = z
  .object({
    id,
    title: z.string().min(1),
    regimen: id,
    criteria: CriterionSchema,
    tumorTypes: TumorScopeSchema,
    clinical: EligibilitySchema.partial().strict().default({}),
    status: z.array(StatusEventSchema).min(1),
    evidence: z.object({ level: EvidenceLevelSchema, summary: z.string().min(1) }).strict(),
    sources: z.array(id).min(1),
    inferred: z.boolean(),
    notes: z.string().optional(),
  })
  .strict();

/** One changelog entry. */
export const ChangelogEntrySchema = z
  .object({ version: z.string().min(1), date: isoDate, changes: z.array(z.string().min(1)).min(1) })
  .strict();

/** A whole cohort table version. */
export const TableSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    version: z.string().regex(/^\d{4}\.\d+$/, 'version like 2022.1'),
    title: z.string().min(1),
    effectiveFrom: isoDate,
    supersedes: z.string().nullable(),
    approvals: id.describe('The approvals set (rules/approvals/<id>.json) this table is read with'),
    changelog: z.array(ChangelogEntrySchema).min(1),
    sources: z.array(SourceRefSchema).min(1),
    settings: SettingsSchema,
    partners: z.array(PartnerSchema).min(1),
    regimens: z.array(RegimenSchema).min(1),
    cohorts: z.array(CohortSchema).min(1),
  })
  .strict();

export type SourceRef = DeepReadonly<z.infer<typeof SourceRefSchema>>;
export type Eligibility = DeepReadonly<z.infer<typeof EligibilitySchema>>;
export type Settings = DeepReadonly<z.infer<typeof SettingsSchema>>;
export type Partner = DeepReadonly<z.infer<typeof PartnerSchema>>;
export type Drug = DeepReadonly<z.infer<typeof DrugSchema>>;
export type Regimen = DeepReadonly<z.infer<typeof RegimenSchema>>;
export type CohortState = DeepReadonly<z.infer<typeof CohortStateSchema>>;
export type StatusEvent = DeepReadonly<z.infer<typeof StatusEventSchema>>;
export type TumorScope = DeepReadonly<z.infer<typeof TumorScopeSchema>>;
export type EvidenceLevel = DeepReadonly<z.infer<typeof EvidenceLevelSchema>>;
export type Cohort = DeepReadonly<z.infer<typeof CohortSchema>>;
export type Table = DeepReadonly<z.infer<typeof TableSchema>>;
