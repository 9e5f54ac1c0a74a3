/**
 * Issue codes of the command-line tool: files it cannot read or write, inputs it cannot place.
 */
import { defineIssues } from '../model/issue.js';

/** The CLI's issue factory (code -> message map). */
export const cliIssue = defineIssues({
  file_unreadable: {
    severity: 'error',
    message: (p: { file: string; reason: string }) => `Cannot read ${p.file}: ${p.reason}.`,
  },
  file_unwritable: {
    severity: 'error',
    message: (p: { file: string; reason: string }) => `Cannot write ${p.file}: ${p.reason}.`,
  },
  unknown_input_format: {
    severity: 'error',
    message: (p: { file: string }) =>
      `Cannot tell the format of ${p.file}: expected a JSON case, a TSO500 CombinedVariantOutput, a VCF or a MAF.`,
  },
  several_samples: {
    severity: 'error',
    message: (p: { file: string; samples: ReadonlyArray<string> }) =>
      `${p.file} holds ${p.samples.length} samples (${p.samples.slice(0, 5).join(', ')}${
        p.samples.length > 5 ? ', ...' : ''
      }): choose one with --sample, or use \`mtb-match batch\`.`,
  },
  sample_not_found: {
    severity: 'error',
    message: (p: { file: string; sample: string; samples: ReadonlyArray<string> }) =>
      `${p.file} has no sample "${p.sample}"; it has ${p.samples.slice(0, 5).join(', ')}${p.samples.length > 5 ? ', ...' : ''}.`,
  },
  no_cases: {
    severity: 'error',
    message: (p: { file: string }) => `${p.file} holds no case.`,
  },
  table_not_found: {
    severity: 'error',
    message: (p: { ref: string; known: ReadonlyArray<string> }) =>
      `No cohort table "${p.ref}"${p.known.length === 0 ? '' : `; the library has ${p.known.join(', ')}`}.`,
  },
  no_table_in_force: {
    severity: 'error',
    message: (p: { asOf: string; first: string }) =>
      `No embedded cohort table is in force on ${p.asOf}; the first takes effect on ${p.first}.`,
  },
  rules_folder_not_found: {
    severity: 'error',
    message: (p: { tried: ReadonlyArray<string> }) =>
      `Cannot find the rules folder shipped with mtb-match (looked in ${p.tried.join(', ')}).`,
  },
  approvals_not_found: {
    severity: 'error',
    message: (p: { table: string; approvals: string; tried: string }) =>
      `${p.table} is read with approvals set "${p.approvals}", which is neither embedded nor at ${p.tried}: give it with --approvals.`,
  },
  invalid_json: {
    severity: 'error',
    message: (p: { file: string; reason: string }) => `${p.file} is not valid JSON: ${p.reason}.`,
  },
  invalid_ndjson_line: {
    severity: 'error',
    message: (p: { reason: string }) => `Not a JSON object on this line: ${p.reason}.`,
  },
});
