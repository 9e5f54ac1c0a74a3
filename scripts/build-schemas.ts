/**
 * Writes rules/schema/{case,table,approvals}.schema.json from the zod schemas (never hand-written).
 * Run: npx tsx scripts/build-schemas.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchemas } from '../src/table/json-schemas.js';

for (const [name, text] of Object.entries(renderJsonSchemas())) {
  const target = fileURLToPath(new URL(`../rules/schema/${name}`, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
