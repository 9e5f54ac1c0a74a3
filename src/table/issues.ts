/**
 * Issue codes of cohort tables and approvals sets (structure, references, versions, thresholds), with
 * their messages. Gene symbols, OncoTree codes and protein changes keep the vocabulary's own codes.
 *
 * Errors stop a table from loading; warnings are carried in `LoadedTable.warnings`. The threshold
 * heuristics follow one rule: a value is an error when no real rule could mean it and it would silently
 * change who matches (a VAF of 5 meaning 5%, an MSI floor of 0.2 meaning 20%); it is a warning when it
 * is unusual but possible (a TMB floor of 60 mut/Mb, an amplification at 2 copies).
 */
import { defineIssues, formatPath, type Issue, type IssueContext, type IssuePath } from '../model/issue.js';

const at = (path: IssuePath): string => (path.length === 0 ? 'at the top level' : `at ${formatPath(path)}`);

const didYouMean = (suggestions: ReadonlyArray<string>): string => {
  if (suggestions.length === 0) return '';
  const last = suggestions[suggestions.length - 1];
  const list = suggestions.length === 1 ? last : `${suggestions.slice(0, -1).join(', ')} or ${last}`;
  return `: did you mean ${list}?`;
};

const oneOf = (options: ReadonlyArray<string>): string =>
  options.length <= 12 ? options.map((o) => `"${o}"`).join(', ') : `${options.slice(0, 12).join(', ')}, ...`;

interface At {
  readonly path: IssuePath;
}

const TABLE_ISSUES = {
  // ---- structure (from the zod schemas) ----
  missing_field: {
    severity: 'error',
    message: (p: At & { readonly field: string }) => `Missing required field "${p.field}" ${at(p.path)}.`,
  },
  invalid_type: {
    severity: 'error',
    message: (p: At & { readonly expected: string; readonly received: string }) =>
      `Expected ${p.expected} ${at(p.path)}, got ${p.received}.`,
  },
  unknown_field: {
    severity: 'error',
    message: (p: At & { readonly keys: ReadonlyArray<string> }) =>
      `Unknown field${p.keys.length > 1 ? 's' : ''} ${p.keys.map((k) => `"${k}"`).join(', ')} ${at(p.path)}.`,
  },
  invalid_value: {
    severity: 'error',
    message: (p: At & { readonly input: string; readonly options: ReadonlyArray<string> }) =>
      `Invalid value ${p.input} ${at(p.path)}: expected one of ${oneOf(p.options)}.`,
  },
  invalid_format: {
    severity: 'error',
    message: (p: At & { readonly input: string; readonly expected: string }) =>
      `Invalid value ${p.input} ${at(p.path)}: expected ${p.expected}.`,
  },
  out_of_range: {
    severity: 'error',
    message: (p: At & { readonly input: string; readonly bound: string }) =>
      `Value ${p.input} ${at(p.path)} is out of range: it must be ${p.bound}.`,
  },
  too_few_items: {
    severity: 'error',
    message: (p: At & { readonly minimum: number }) =>
      `The list ${at(p.path)} needs at least ${p.minimum} item${p.minimum === 1 ? '' : 's'}.`,
  },
  constraint_failed: {
    severity: 'error',
    message: (p: At & { readonly reason: string }) => `Invalid value ${at(p.path)}: ${p.reason}.`,
  },
  unknown_criterion_type: {
    severity: 'error',
    message: (p: At & { readonly input: string; readonly options: ReadonlyArray<string> }) =>
      `Unknown criterion type ${p.input} ${at(p.path)}: expected one of ${oneOf(p.options)}.`,
  },
  empty_criteria_group: {
    severity: 'error',
    message: (p: At & { readonly group: string }) =>
      `Empty "${p.group}" group ${at(p.path)}: it needs at least one criterion in "of".`,
  },
  not_without_child: {
    severity: 'error',
    message: (p: At) => `A "not" ${at(p.path)} has no criterion to negate: give one in "of".`,
  },
  vaf_as_percent: {
    severity: 'error',
    message: (p: At & { readonly value: number }) =>
      `minVaf ${p.value} ${at(p.path)} looks like a percent: VAF is a fraction from 0 to 1 (did you mean ${p.value / 100}?).`,
  },
  // ---- references and ids ----
  duplicate_id: {
    severity: 'error',
    message: (p: At & { readonly kind: string; readonly id: string; readonly first: IssuePath }) =>
      `Duplicate ${p.kind} id "${p.id}" ${at(p.path)} (first ${at(p.first)}).`,
  },
  unknown_regimen: {
    severity: 'error',
    message: (p: At & { readonly input: string; readonly suggestions: ReadonlyArray<string> }) =>
      `Unknown regimen "${p.input}" ${at(p.path)}${didYouMean(p.suggestions) || '.'}`,
  },
  unknown_partner: {
    severity: 'error',
    message: (p: At & { readonly input: string; readonly suggestions: ReadonlyArray<string> }) =>
      `Unknown partner "${p.input}" ${at(p.path)}${didYouMean(p.suggestions) || '.'}`,
  },
  undeclared_source: {
    severity: 'error',
    message: (p: At & { readonly input: string; readonly suggestions: ReadonlyArray<string> }) =>
      `Source "${p.input}" ${at(p.path)} is not declared in the file's "sources"${didYouMean(p.suggestions) || '.'}`,
  },
  drug_without_approvals: {
    severity: 'error',
    message: (p: At & { readonly drug: string; readonly approvals: string }) =>
      `Drug "${p.drug}" ${at(p.path)} has no indication in approvals set "${p.approvals}", so its EU label cannot be checked: add its indications.`,
  },
  approvals_mismatch: {
    severity: 'error',
    message: (p: At & { readonly expected: string; readonly given: string }) =>
      `The table is read with approvals set "${p.expected}" ${at(p.path)}, but "${p.given}" was given.`,
  },
  gene_not_approved_symbol: {
    severity: 'warning',
    message: (p: At & { readonly input: string; readonly symbol: string }) =>
      `Gene "${p.input}" ${at(p.path)} is not the approved HGNC symbol: write ${p.symbol}.`,
  },
  not_assessed_by_panel: {
    severity: 'warning',
    message: (p: At & { readonly what: string; readonly assay: string }) =>
      `${p.what} ${at(p.path)} is not assessed by ${p.assay}: this panel never reports it, so this branch stays unknown unless another test reports it.`,
  },
  typed_exclusion_without_note: {
    severity: 'warning',
    message: (p: At & { readonly codes: ReadonlyArray<string> }) =>
      `Tumor types ${p.codes.join(', ')} are excluded ${at(p.path)} without a reason in the cohort's "notes": exclusions that follow from the EU label are derived from the approvals data and must not be typed.`,
  },
  regimen_unused: {
    severity: 'warning',
    message: (p: At & { readonly id: string }) =>
      `Regimen "${p.id}" ${at(p.path)} is not used by any cohort.`,
  },
  status_event_without_source: {
    severity: 'warning',
    message: (p: At) => `Status event ${at(p.path)} cites no source.`,
  },
  // ---- dates and versions ----
  status_out_of_order: {
    severity: 'error',
    message: (p: At & { readonly date: string; readonly previous: string }) =>
      `Status event dated ${p.date} ${at(p.path)} comes before the event before it (${p.previous}): list events in date order.`,
  },
  decisions_out_of_order: {
    severity: 'error',
    message: (p: At & { readonly date: string; readonly previous: string }) =>
      `Funding decision dated ${p.date} ${at(p.path)} comes before the decision before it (${p.previous}): list decisions in date order.`,
  },
  usable_before_decision: {
    severity: 'error',
    message: (p: At & { readonly usableFrom: string; readonly date: string }) =>
      `usableFrom ${p.usableFrom} ${at(p.path)} is before the decision date ${p.date}.`,
  },
  age_range_inverted: {
    severity: 'error',
    message: (p: At & { readonly minAge: number; readonly maxAge: number }) =>
      `maxAge ${p.maxAge} ${at(p.path)} is below minAge ${p.minAge}.`,
  },
  tumor_agnostic_mismatch: {
    severity: 'warning',
    message: (p: At & { readonly agnostic: boolean }) =>
      p.agnostic
        ? `A tumor-agnostic indication ${at(p.path)} should list tumor types ["SOLID"].`
        : `Indication ${at(p.path)} lists "SOLID" but is not marked tumorAgnostic.`,
  },
  changelog_missing_version: {
    severity: 'warning',
    message: (p: At & { readonly version: string }) =>
      `The changelog has no entry for version ${p.version}: add one.`,
  },
  unknown_superseded_version: {
    severity: 'error',
    message: (p: At & { readonly input: string; readonly tableId: string }) =>
      `Superseded version "${p.input}" ${at(p.path)} was not given: there is no version ${p.input} of table "${p.tableId}".`,
  },
  version_chain_date: {
    severity: 'error',
    message: (
      p: At & {
        readonly effectiveFrom: string;
        readonly superseded: string;
        readonly supersededFrom: string;
      },
    ) =>
      `effectiveFrom ${p.effectiveFrom} is not after ${p.supersededFrom}, when the superseded version ${p.superseded} took effect: versions take effect in order.`,
  },
  duplicate_version: {
    severity: 'error',
    message: (p: At & { readonly ref: string }) => `Version ${p.ref} is given more than once.`,
  },
  superseded_twice: {
    severity: 'error',
    message: (p: At & { readonly ref: string; readonly by: ReadonlyArray<string> }) =>
      `Version ${p.ref} is superseded by more than one version: ${p.by.join(', ')}.`,
  },
  // ---- thresholds ----
  msi_percent_as_fraction: {
    severity: 'error',
    message: (p: At & { readonly value: number }) =>
      `minPercentUnstable ${p.value} ${at(p.path)} looks like a fraction: MSI is a percent of usable sites, 0-100 (did you mean ${Math.round(p.value * 10000) / 100}?).`,
  },
  threshold_on_loss: {
    severity: 'error',
    message: (p: At & { readonly call: string }) =>
      `A copy-number floor ${at(p.path)} makes no sense for a "${p.call}" call: floors apply to amplifications.`,
  },
  tmb_threshold_unusual: {
    severity: 'warning',
    message: (p: At & { readonly value: number }) =>
      `TMB floor ${p.value} mut/Mb ${at(p.path)} is unusual (cut-offs are usually 10-20 mut/Mb): is it a count of mutations rather than mutations per megabase?`,
  },
  amplification_threshold_low: {
    severity: 'warning',
    message: (p: At & { readonly value: number; readonly field: string }) =>
      `${p.field} ${p.value} ${at(p.path)} is low for an amplification: did you mean a gain?`,
  },
  hrd_threshold_unusual: {
    severity: 'warning',
    message: (p: At & { readonly value: number }) =>
      `HRD floor ${p.value} ${at(p.path)} is above 100, the top of genomic-instability scales.`,
  },
  vaf_threshold_low: {
    severity: 'warning',
    message: (p: At & { readonly value: number }) =>
      `minVaf ${p.value} ${at(p.path)} is below 1%, under the detection limit of tissue panels: was 0.0x meant as x%?`,
  },
  // ---- choosing a version ----
  invalid_as_of: {
    severity: 'error',
    message: (p: { readonly input: string }) =>
      `The as-of date "${p.input}" is not an ISO date (YYYY-MM-DD).`,
  },
  as_of_before_first_version: {
    severity: 'error',
    message: (p: {
      readonly asOf: string;
      readonly tableId: string;
      readonly first: string;
      readonly effectiveFrom: string;
    }) =>
      `No version of table "${p.tableId}" was in force on ${p.asOf}: the first, ${p.first}, took effect on ${p.effectiveFrom}.`,
  },
  no_tables: {
    severity: 'error',
    message: (_: object) => 'No cohort tables were given.',
  },
  several_table_ids: {
    severity: 'error',
    message: (p: { readonly ids: ReadonlyArray<string> }) =>
      `The tables given belong to several tables (${p.ids.join(', ')}): name the table id.`,
  },
  malformed_table_ref: {
    severity: 'error',
    message: (p: { readonly input: string }) =>
      `"${p.input}" is not a table reference: write <table-id>@<version>, e.g. impress-norway@2022.1.`,
  },
  table_version_not_found: {
    severity: 'error',
    message: (p: { readonly input: string; readonly available: ReadonlyArray<string> }) =>
      `No table ${p.input}${p.available.length === 0 ? '' : `: available are ${p.available.join(', ')}`}.`,
  },
  // ---- lint ----
  unrecognized_rules_file: {
    severity: 'error',
    message: (_: object) =>
      'Not a cohort table (it has no "cohorts") nor an approvals set (it has no "indications").',
  },
  unknown_approvals_set: {
    severity: 'error',
    message: (p: At & { readonly input: string; readonly available: ReadonlyArray<string> }) =>
      `Approvals set "${p.input}" ${at(p.path)} was not found${p.available.length === 0 ? '' : ` (available: ${p.available.join(', ')})`}.`,
  },
  duplicate_approvals_set: {
    severity: 'error',
    message: (p: { readonly id: string; readonly files: ReadonlyArray<string> }) =>
      `Approvals set "${p.id}" is defined in several files: ${p.files.join(', ')}.`,
  },
} as const;

const build = defineIssues(TABLE_ISSUES);

/** The issue codes of tables and approvals sets. */
export type TableIssueCode = keyof typeof TABLE_ISSUES;

/** The parameters of an issue code's message. */
export type TableIssueParams<C extends TableIssueCode> = Parameters<(typeof TABLE_ISSUES)[C]['message']>[0];

/**
 * Builds table and approvals issues from their codes.
 *
 * @example
 * import { tableIssue } from 'mtb-match';
 * import assert from 'node:assert';
 * const issue = tableIssue('unknown_regimen', { input: 'olaparb', path: ['cohorts', 2, 'regimen'], suggestions: ['olaparib'] });
 * assert.strictEqual(issue.message, 'Unknown regimen "olaparb" at cohorts[2].regimen: did you mean olaparib?');
 */
export const tableIssue = <C extends TableIssueCode>(
  code: C,
  params: TableIssueParams<C>,
  context: IssueContext = {},
): Issue => {
  const path = typeof params === 'object' && params !== null && 'path' in params ? params.path : undefined;
  return build(code, params, { ...(Array.isArray(path) ? { path } : {}), ...context });
};
