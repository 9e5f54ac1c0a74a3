/**
 * The matcher's issue codes and their messages. The matcher never throws: a table problem it meets while
 * compiling, or a bad as-of date, becomes one of these and travels in the result's `issues`.
 */
import { defineIssues } from '../model/issue.js';

/**
 * Builds a matcher issue from its code, parameters and context.
 *
 * @example
 * import { matchIssue } from 'mtb-match';
 * import assert from 'node:assert';
 * const i = matchIssue('invalid_as_of', { asOf: '2024-13-01' }, { path: ['asOf'] });
 * assert.strictEqual(i.severity, 'error');
 * assert.strictEqual(i.message, 'The as-of date "2024-13-01" is not a valid ISO date (YYYY-MM-DD): nothing was matched.');
 */
export const matchIssue = defineIssues({
  unresolved_criterion_gene: {
    severity: 'warning',
    message: (p: { symbol: string; cohort: string; detail: string }) =>
      `Gene symbol "${p.symbol}" in ${p.cohort} could not be resolved (${p.detail}): that criterion always evaluates to unknown.`,
  },
  unparsed_criterion_change: {
    severity: 'warning',
    message: (p: { change: string; cohort: string; detail: string }) =>
      `Protein change "${p.change}" in ${p.cohort} could not be parsed (${p.detail}): it can never match.`,
  },
  missing_regimen: {
    severity: 'error',
    message: (p: { regimen: string; cohort: string }) =>
      `Cohort ${p.cohort} names regimen "${p.regimen}", which the table does not define: it has no drugs.`,
  },
  missing_partner: {
    severity: 'warning',
    message: (p: { partner: string; regimen: string }) =>
      `Regimen ${p.regimen} names partner "${p.partner}", which the table does not define.`,
  },
  invalid_as_of: {
    severity: 'error',
    message: (p: { asOf: string }) =>
      `The as-of date "${p.asOf}" is not a valid ISO date (YYYY-MM-DD): nothing was matched.`,
  },
  table_not_in_force: {
    severity: 'warning',
    message: (p: { table: string; version: string; effectiveFrom: string; asOf: string }) =>
      `Table ${p.table} version ${p.version} takes effect on ${p.effectiveFrom}, after the as-of date ${p.asOf}: choose the version in force on that date.`,
  },
});
