/**
 * Writes rules/schema/report.schema.json from the report's io-ts codecs (never hand-written).
 * Run: npx tsx scripts/build-report-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderReportSchema } from '../src/report/report-schema.js';

const target = fileURLToPath(new URL('../rules/schema/report.schema.json', import.meta.url));
writeFileSync(target, renderReportSchema());
console.log(`wrote ${target}`);
