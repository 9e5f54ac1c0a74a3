/**
 * `compile(table)`: the public entry that turns a loaded table into the index `match` reads.
 */
import type { CompiledTable } from './compiled.js';
import type { TableBundle } from './compile-table.js';
import { compileTable } from './compile-table.js';
import { defaultVocabulary } from './default-vocabulary.js';
import type { MatchVocabulary } from './vocabulary.js';

/** Options of `compile`. */
export interface CompileOptions {
  /** The vocabulary to resolve and evaluate with; the library's reference data by default. */
  readonly vocabulary?: MatchVocabulary;
}

/**
 * Compiles a loaded table (table + approvals + content hash) for matching: genes resolved to HGNC ids,
 * protein changes parsed, and an index from gene and biomarker keys to the cohorts they can reach, so the
 * cost of a match grows with the patient's findings, not with cohorts x findings. Never fails: problems
 * become `issues`, carried by every result.
 *
 * @example
 * import { compile } from 'mtb-match';
 * import assert from 'node:assert';
 * const table = {
 *   id: 'demo', version: '2024.1', title: 'Demo', effectiveFrom: '2024-01-01', supersedes: null, approvals: 'demo',
 *   changelog: [{ version: '2024.1', date: '2024-01-01', changes: ['first'] }],
 *   sources: [{ id: 's', citation: 'demo' }],
 *   settings: {
 *     eligibility: { minAge: 18, maxEcog: 2, requireStandardTherapyExhausted: true, excludePriorUseOfRegimenDrugs: true },
 *     benefit: { definition: 'DCR at week 16', weeks: 16 },
 *     stages: { stage1Size: 8, stage1MinBenefit: 1, stage2Size: 24, positiveAt: 5, expansionMax: 150 },
 *     excludedAccess: ['on-label', 'on-label-unfunded'],
 *   },
 *   partners: [{ id: 'p', name: 'Partner', sources: [], inferred: false }],
 *   regimens: [{ id: 'r', drugs: [{ inn: 'vemurafenib' }], route: 'oral', partner: 'p', inferred: false }],
 *   cohorts: [{
 *     id: 'braf-v600', title: 'BRAF V600', regimen: 'r',
 *     criteria: { type: 'variant', gene: 'BRAF', select: { by: 'codon', codons: [600] } },
 *     tumorTypes: { include: ['SOLID'], exclude: [] }, clinical: {},
 *     status: [{ date: '2024-01-01', state: 'stage1-open', sources: [], inferred: false }],
 *     evidence: { level: 'B', summary: 'demo' }, sources: ['s'], inferred: false,
 *   }],
 * } as const;
 * const approvals = { id: 'demo', title: 'Demo', compiled: '2024-01-01', sources: [{ id: 's', citation: 'demo' }], indications: [] };
 * const compiled = compile({ table, approvals: approvals as never, hash: 'sha256:demo' });
 * assert.deepStrictEqual([...compiled.index.keys()], ['gene:HGNC:1097']); // BRAF
 */
export const compile = (bundle: TableBundle, options: CompileOptions = {}): CompiledTable =>
  compileTable(bundle, options.vocabulary ?? defaultVocabulary);
