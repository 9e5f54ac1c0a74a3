/**
 * Drug names: a prior treatment written as an INN in any case, or as an EU brand name, read as lowercase
 * INNs. The names are data (`rules/reference/drug-names.json`), not code.
 */
import drugNames from '../../rules/reference/drug-names.json';
import { lazy } from './reference-data.js';

/** How a drug name was read. */
export interface DrugNameReading {
  /** The lowercase INNs the name stands for (a combination product stands for several). */
  readonly inns: ReadonlyArray<string>;
  /** `inn` when the name was an INN, `brand` when it was a brand name. */
  readonly matchedBy: 'inn' | 'brand';
}

const drugNameIndex = lazy((): ReadonlyMap<string, DrugNameReading> => {
  const index = new Map<string, DrugNameReading>();
  for (const drug of drugNames.drugs) {
    index.set(drug.inn, { inns: [drug.inn], matchedBy: 'inn' });
    for (const brand of drug.brands) index.set(brand.toLowerCase(), { inns: [drug.inn], matchedBy: 'brand' });
  }
  for (const combination of drugNames.combinations) {
    index.set(combination.brand.toLowerCase(), { inns: [...combination.inns].sort(), matchedBy: 'brand' });
  }
  return index;
});

/**
 * Reads a drug name (INN or EU brand, any case, surrounding spaces ignored) as lowercase INNs, or `null`
 * when the name is not known: the caller keeps it as written and flags it.
 *
 * @example
 * import assert from 'node:assert';
 * import { readDrugName } from 'mtb-match';
 * assert.deepStrictEqual(readDrugName(' Tafinlar '), { inns: ['dabrafenib'], matchedBy: 'brand' });
 * assert.deepStrictEqual(readDrugName('Olaparib'), { inns: ['olaparib'], matchedBy: 'inn' });
 * assert.deepStrictEqual(readDrugName('Phesgo')?.inns, ['pertuzumab', 'trastuzumab']);
 * assert.strictEqual(readDrugName('FOLFOX'), null);
 */
export const readDrugName = (name: string): DrugNameReading | null =>
  drugNameIndex().get(name.trim().toLowerCase()) ?? null;
