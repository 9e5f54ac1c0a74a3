/**
 * `match(case, compiled, { asOf })`: the public entry of the matcher.
 */
import type { Case } from '../model/case.js';
import type { MatchResult } from '../model/result.js';
import type { CompiledTable } from './compiled.js';
import type { MatchOptions } from './match-core.js';
import { matchCase } from './match-core.js';

export type { MatchOptions } from './match-core.js';

/**
 * Matches one normalized case against a compiled table on a date. Pure and deterministic: the same case
 * (in any finding order), table and date give a byte-identical result. For every cohort the case's
 * findings reach: the evaluated criteria tree (met / not-met / unknown on every node, with evidence), the
 * tumor-type outcome, access on the date (on-label, on-label-unfunded, off-label), cohort status, clinical
 * criteria, a verdict with reasons and a rank; plus the drug view, near misses, every finding accounted
 * for, and what the panel did not test. Never throws.
 *
 * @example
 * import { compile, match } from 'mtb-match';
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
 *   regimens: [{ id: 'r', drugs: [{ inn: 'pembrolizumab' }], route: 'intravenous', partner: 'p', inferred: false }],
 *   cohorts: [{
 *     id: 'tmb-high', title: 'TMB-high', regimen: 'r', criteria: { type: 'tmb', min: 10 },
 *     tumorTypes: { include: ['SOLID'], exclude: [] }, clinical: {},
 *     status: [{ date: '2024-01-01', state: 'stage1-open', enrolled: 3, sources: [], inferred: false }],
 *     evidence: { level: 'B', summary: 'demo' }, sources: ['s'], inferred: false,
 *   }],
 * } as const;
 * const approvals = { id: 'demo', title: 'Demo', compiled: '2024-01-01', sources: [{ id: 's', citation: 'demo' }], indications: [] };
 * const compiled = compile({ table, approvals: approvals as never, hash: 'sha256:demo' });
 * const patient = {
 *   id: 'p1', age: 60, birthDate: null, sex: 'female', ecog: 1, standardTherapyExhausted: 'yes', priorDrugs: [],
 *   diagnosis: { code: 'PAAD', name: 'Pancreatic Adenocarcinoma', resolvedFrom: null },
 * } as const;
 * const tmb = { kind: 'tmb', key: 'tmb', inputId: null, source: null, notes: [], value: 24, eligibleVariants: null, regionSizeMb: null } as const;
 * const result = match({
 *   patient, findings: [tmb], rejected: [], notices: [], source: { format: 'json', file: null }, inputCount: 1,
 *   sample: { id: 's1', date: null, purity: null, assay: { panel: 'TSO500', version: null, dna: true, rna: true } },
 * }, compiled, { asOf: '2024-06-01' });
 * assert.strictEqual(result.candidates[0]?.verdict, 'eligible');
 * assert.strictEqual(result.candidates[0]?.status.slotsLeft, 5);
 */
export const match = (c: Case, compiled: CompiledTable, options: MatchOptions): MatchResult =>
  matchCase(c, compiled, options);
