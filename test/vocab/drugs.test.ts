import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { embeddedApprovals, embeddedTables } from '../../src/index.js';
import { readDrugName } from '../../src/vocab/drugs.js';

const file = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
  'rules/reference/drug-names.json',
);
const inn = z.string().regex(/^[a-z][a-z -]*[a-z]$/);
const DrugNamesSchema = z
  .object({
    meta: z
      .object({
        title: z.string().min(1),
        sources: z.array(z.object({ name: z.string().min(1) }).strict()).min(1),
        version: z.string().min(1),
        date: z.iso.date(),
        license: z.string().min(1),
        generatedBy: z.string().min(1),
        notes: z.string().min(1),
      })
      .strict(),
    drugs: z.array(z.object({ inn, brands: z.array(z.string().min(1)) }).strict()).min(1),
    combinations: z.array(z.object({ brand: z.string().min(1), inns: z.array(inn).min(2) }).strict()),
  })
  .strict();
const data = DrugNamesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

describe('drug names', () => {
  it('has one entry per INN and no brand claimed twice', () => {
    const inns = data.drugs.map((d) => d.inn);
    expect(new Set(inns).size).toBe(inns.length);
    const brands = [...data.drugs.flatMap((d) => d.brands), ...data.combinations.map((c) => c.brand)].map(
      (b) => b.toLowerCase(),
    );
    expect(new Set(brands).size).toBe(brands.length);
  });

  it('knows every drug of the embedded approvals and tables', () => {
    const used = new Set([
      ...embeddedApprovals().approvals.indications.flatMap((i) => i.drugs),
      ...embeddedTables().flatMap((t) => t.table.regimens.flatMap((r) => r.drugs.map((d) => d.inn))),
    ]);
    const unknown = [...used].filter((d) => readDrugName(d) === null).sort();
    expect(unknown).toEqual([]);
  });

  it.each([
    ['Tafinlar', ['dabrafenib'], 'brand'],
    ['MEKINIST', ['trametinib'], 'brand'],
    ['trastuzumab deruxtecan', ['trastuzumab deruxtecan'], 'inn'],
    ['Phesgo', ['pertuzumab', 'trastuzumab'], 'brand'],
  ] as const)('reads %s', (name, inns, matchedBy) => {
    expect(readDrugName(name)).toEqual({ inns, matchedBy });
  });

  it('returns null for names it does not know, so the caller flags them', () => {
    expect(readDrugName('FOLFOX')).toBeNull();
    expect(readDrugName('')).toBeNull();
  });
});
