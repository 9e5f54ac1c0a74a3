/**
 * The MAF `Variant_Classification` -> Sequence Ontology table, read from
 * `rules/reference/maf-variant-classification.json` (data, with its sources) and validated at load.
 */
import { z } from 'zod';
import table from '../../rules/reference/maf-variant-classification.json';

/**
 * The shape of `rules/reference/maf-variant-classification.json`.
 *
 * @internal
 */
export const MafClassificationTableSchema = z
  .object({
    id: z.literal('maf-variant-classification'),
    version: z.iso.date(),
    description: z.string().min(1),
    sources: z.array(z.object({ name: z.string().min(1), url: z.url() }).strict()).min(1),
    classifications: z.record(
      z.string().regex(/^[A-Za-z0-9_']+$/),
      z
        .object({
          consequences: z.array(z.string().regex(/^[A-Za-z0-9_]+$/)),
          note: z.string().min(1).optional(),
        })
        .strict(),
    ),
  })
  .strict();

const parsed = MafClassificationTableSchema.parse(table);

const exact = new Map(Object.entries(parsed.classifications).map(([name, c]) => [name, c.consequences]));
const folded = new Map([...exact].map(([name, terms]) => [name.toLowerCase(), terms]));

/**
 * Every Variant_Classification the table knows, in table order.
 *
 * @internal
 */
export const MAF_VARIANT_CLASSIFICATIONS: ReadonlyArray<string> = [...exact.keys()];

/**
 * The SO terms of a MAF Variant_Classification (exact spelling first, then ignoring case), or undefined for a
 * value the table does not know.
 *
 * @internal
 */
export const mafClassificationTerms = (value: string): ReadonlyArray<string> | undefined =>
  exact.get(value) ?? folded.get(value.toLowerCase());
