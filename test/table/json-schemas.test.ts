import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../../src/table/json-schemas.js';
import { root } from './helpers.js';

describe('rules/schema', () => {
  it.each(Object.entries(renderJsonSchemas()))(
    '%s is current (run `npx tsx scripts/build-schemas.ts`)',
    (name, text) => {
      expect(readFileSync(join(root, 'rules/schema', name), 'utf8')).toBe(text);
    },
  );

  it('the table schema describes the criteria tree recursively and the case schema checks findings', () => {
    const schemas = renderJsonSchemas();
    expect(schemas['table.schema.json']).toContain('"additionalProperties": false');
    const caseSchema = JSON.parse(schemas['case.schema.json'] ?? '{}') as {
      properties: { findings: { items: unknown } };
    };
    expect(JSON.stringify(caseSchema.properties.findings.items)).toContain('sequence-variant');
  });
});
