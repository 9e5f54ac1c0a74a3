/**
 * EU label indications and Norwegian Nye metoder (Beslutningsforum) funding decisions, kept as separate,
 * dated facts per indication. One file per approvals set under `rules/approvals/`.
 */
import { z } from 'zod';
import type { DeepReadonly } from './readonly.js';
import { CriterionSchema } from './criteria.js';

const isoDate = z.iso.date();

/** How sure a date is: read in a source, from general knowledge (unverified), or deduced (inferred). */
export const DateQualitySchema = z.enum(['sourced', 'unverified', 'inferred']);

/** One Beslutningsforum decision on an indication. Refusals are often reversed: keep the history. */
export const FundingDecisionSchema = z
  .object({
    date: isoDate,
    dateQuality: DateQualitySchema,
    decision: z.enum(['funded', 'temporarily-funded', 'refused', 'exemption']),
    methodId: z
      .string()
      .regex(/^ID\d{4}_\d{3}$/)
      .optional(),
    usableFrom: isoDate.optional(),
    scope: z.string().optional().describe('When the funded scope is narrower than the label'),
    note: z.string().optional(),
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

/**
 * Norwegian funding of one indication. `basis` says what holds without (or before) any decision:
 * `predates-system` = standard care before Nye metoder began (funded from the EU date); `pending` = a
 * request exists or is expected; `unknown` = nothing was found. Never guessed by code.
 */
export const FundingSchema = z
  .object({
    basis: z.enum(['predates-system', 'pending', 'unknown']),
    decisions: z.array(FundingDecisionSchema).default([]),
    note: z
      .string()
      .optional()
      .describe('Why this basis (e.g. "inferred: predates Nye metoder"), what was not found'),
  })
  .strict();

/** One EU-authorised indication of one or more drugs. */
export const IndicationSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+:[a-z0-9.-]+$/, 'id like "enhertu:nsclc-her2m"'),
    drugs: z.array(z.string().min(1)).min(1).describe('The labelled regimen, lowercase INNs'),
    summary: z.string().min(1),
    tumorTypes: z.array(z.string().min(1)).min(1).describe('OncoTree codes (descendants included) or SOLID'),
    tumorAgnostic: z.boolean(),
    biomarker: CriterionSchema.nullable(),
    line: z.string().min(1),
    minAge: z.number().int().min(0).optional(),
    maxAge: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Oldest age in whole years, inclusive (paediatric-only labels: 17)'),
    eu: z.object({ date: isoDate, dateQuality: DateQualitySchema, note: z.string().optional() }).strict(),
    funding: FundingSchema,
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** An approvals set: every indication of the drugs a table uses. */
export const ApprovalsSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().min(1),
    title: z.string().min(1),
    compiled: isoDate,
    sources: z
      .array(
        z.object({ id: z.string().min(1), citation: z.string().min(1), url: z.url().optional() }).strict(),
      )
      .min(1),
    indications: z.array(IndicationSchema).min(1),
  })
  .strict();

export type DateQuality = DeepReadonly<z.infer<typeof DateQualitySchema>>;
export type FundingDecision = DeepReadonly<z.infer<typeof FundingDecisionSchema>>;
export type Funding = DeepReadonly<z.infer<typeof FundingSchema>>;
export type Indication = DeepReadonly<z.infer<typeof IndicationSchema>>;
export type Approvals = DeepReadonly<z.infer<typeof ApprovalsSchema>>;
