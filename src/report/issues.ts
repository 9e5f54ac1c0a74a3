/**
 * Issue codes of the report module: what can go wrong reading a stored report (or a line of a results
 * file) back in.
 */
import { defineIssues } from '../model/issue.js';

/** The report module's issue factory (code -> message map). */
export const reportIssue = defineIssues({
  report_invalid_json: {
    severity: 'error',
    message: (p: { what: string; detail: string }) => `${p.what} is not valid JSON: ${p.detail}.`,
  },
  report_missing_field: {
    severity: 'error',
    message: (p: { what: string; path: string; expected: string }) =>
      `${p.what} lacks ${p.path} (expected ${p.expected}).`,
  },
  report_invalid_value: {
    severity: 'error',
    message: (p: { what: string; path: string; expected: string; actual: string }) =>
      `${p.what} has ${p.actual} at ${p.path}, expected ${p.expected}.`,
  },
  report_unknown_field: {
    severity: 'error',
    message: (p: { what: string; path: string }) => `${p.what} has an unknown field ${p.path}.`,
  },
  report_unsupported_schema: {
    severity: 'error',
    message: (p: { what: string; schema: string; supported: string }) =>
      `${p.what} is written in schema ${p.schema}; this version of mtb-match reads ${p.supported}.`,
  },
  report_more_issues: {
    severity: 'error',
    message: (p: { what: string; count: number }) => `${p.what} has ${p.count} more problems not listed.`,
  },
});
