/**
 * JSON Schema files for editors and other languages, generated from the zod schemas (never written by
 * hand). `scripts/build-schemas.ts` writes them to `rules/schema/`; a test proves the files are current.
 */
import { z } from 'zod';
import { ApprovalsSchema } from '../model/approvals.js';
import { CaseInputSchema, FindingInputSchema } from '../model/case-input.js';
import { TableSchema } from '../model/table.js';

/** The generated JSON Schema documents, by file stem (`case`, `table`, `approvals`). */
export type JsonSchemas = Readonly<Record<'case' | 'table' | 'approvals', Readonly<Record<string, unknown>>>>;

const toSchema = (schema: z.ZodType, title: string): Readonly<Record<string, unknown>> => ({
  // What authors write: fields with defaults are optional.
  ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }),
  title,
});

/**
 * The JSON Schemas of a case (findings validated item by item), a cohort table and an approvals set.
 *
 * @example
 * import { jsonSchemas } from 'mtb-match';
 * import assert from 'node:assert';
 * const schemas = jsonSchemas();
 * assert.deepStrictEqual(Object.keys(schemas), ['case', 'table', 'approvals']);
 * assert.strictEqual(schemas.table.title, 'mtb-match cohort table');
 */
export const jsonSchemas = (): JsonSchemas => ({
  case: toSchema(CaseInputSchema.extend({ findings: z.array(FindingInputSchema) }), 'mtb-match case'),
  table: toSchema(TableSchema, 'mtb-match cohort table'),
  approvals: toSchema(ApprovalsSchema, 'mtb-match approvals set'),
});

/**
 * The schema files' text as written to `rules/schema/` (`<name>.schema.json`, 2-space JSON, final newline).
 *
 * @example
 * import { renderJsonSchemas } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.deepStrictEqual(Object.keys(renderJsonSchemas()), ['case.schema.json', 'table.schema.json', 'approvals.schema.json']);
 */
export const renderJsonSchemas = (): Readonly<Record<string, string>> =>
  Object.fromEntries(
    Object.entries(jsonSchemas()).map(([name, schema]) => [
      `${name}.schema.json`,
      `${JSON.stringify(schema, null, 2)}\n`,
    ]),
  );
