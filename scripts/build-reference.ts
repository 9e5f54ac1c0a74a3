/**
 * Regenerates the reference data under `rules/reference/` from the shared source data.
 *
 *   npx tsx scripts/build-reference.ts [path-to-shared-data]     (default: ../shared/data from the repo root)
 *
 * Reads panel/, hgnc/, oncotree/ and genes/ (see each folder's README.md), writes our own compact JSON
 * with a `meta` block per file, validates every output with its zod schema before writing, and prints
 * what it did, including every source symbol it could not map to an HGNC id. Output is deterministic:
 * running it twice on the same input gives byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referenceFileSchemas } from '../src/model/reference.js';
import { buildGeneRoles, buildHotspots } from './reference/genes.js';
import { buildHgnc } from './reference/hgnc.js';
import { formatJson } from './reference/io.js';
import { buildOncotree } from './reference/oncotree.js';
import { buildPanel, readPanel } from './reference/panel.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(repoRoot, process.argv[2] ?? '../shared/data');
const outDir = join(repoRoot, 'rules/reference');

const main = (): void => {
  const panelInputs = readPanel(dataDir);
  const hgnc = buildHgnc(dataDir, panelInputs.dna, panelInputs.rna, panelInputs.cnv);
  const panel = buildPanel(panelInputs, hgnc.symbolOf);
  const oncotree = buildOncotree(dataDir);
  const roles = buildGeneRoles(dataDir, hgnc);
  const hotspots = buildHotspots(dataDir, hgnc);

  // Every legacy spelling must resolve, uniquely, to the gene it was listed for.
  for (const [token, id] of hgnc.file.legacy) {
    const r = hgnc.resolve(token);
    if (r.kind !== 'resolved' || r.id !== id)
      throw new Error(`legacy spelling ${token} does not resolve to HGNC:${id}`);
  }

  const outputs: Readonly<Record<keyof typeof referenceFileSchemas, unknown>> = {
    'panel-tso500.json': panel.file,
    'hgnc.json': hgnc.file,
    'oncotree.json': oncotree.file,
    'tumor-groups.json': oncotree.groups,
    'gene-roles.json': roles.file,
    'hotspots.json': hotspots.file,
  };
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of Object.entries(outputs)) {
    const schema = referenceFileSchemas[name as keyof typeof referenceFileSchemas];
    const parsed = schema.safeParse(content);
    if (!parsed.success) {
      throw new Error(
        `${name} does not match its schema:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
      );
    }
    const text = formatJson(content);
    writeFileSync(join(outDir, name), text);
    written.push(
      `  ${relative(repoRoot, join(outDir, name))} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB)`,
    );
  }
  console.log(`Reference data from ${dataDir}`);
  for (const line of [
    ...hgnc.report,
    ...panel.report,
    ...oncotree.report,
    ...roles.report,
    ...hotspots.report,
  ]) {
    console.log(line);
  }
  console.log(`Wrote:\n${written.join('\n')}`);
};

try {
  main();
} catch (error) {
  console.error(`build-reference: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
