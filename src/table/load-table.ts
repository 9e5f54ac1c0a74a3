/**
 * Loading a cohort table version: the schema, then every cross-check against its approvals set and the
 * vocabularies, with all problems reported at once, each with its JSON path and code.
 */
import { left, right } from 'fp-ts/Either';
import type { Approvals } from '../model/approvals.js';
import type { Issue, IssuePath, Result } from '../model/issue.js';
import type { Table } from '../model/table.js';
import { TableSchema } from '../model/table.js';
import type { AssayRef } from '../vocab/panel.js';
import { checkCriteria } from './check-criteria.js';
import {
  asIssues,
  checkDateOrder,
  checkSources,
  checkTumorCodes,
  collectIds,
  failure,
  suggest,
} from './checks.js';
import { contentHash } from './hash.js';
import { tableIssue } from './issues.js';
import type { LoadedApprovals } from './load-approvals.js';
import { isRecord, items, stringField, stringItems } from './raw.js';
import { fromZodIssues } from './zod-issues.js';

/** A validated table version, the approvals it is read with, its content hash and its warnings. */
export interface LoadedTable {
  readonly table: Table;
  readonly approvals: Approvals;
  /** SHA-256 of the canonical JSON of `{ table, approvals: <approvals hash> }`: the rules a match ran with. */
  readonly hash: string;
  readonly warnings: ReadonlyArray<Issue>;
}

/** The screening assay of the settings, if the settings give one with the right shape. */
const assayOf = (settings: unknown): AssayRef | null => {
  const assay = isRecord(settings) ? settings.screeningAssay : undefined;
  if (!isRecord(assay) || typeof assay.panel !== 'string') return null;
  return { panel: assay.panel, dna: assay.dna === true, rna: assay.rna === true };
};

interface Context {
  readonly declared: ReadonlySet<string>;
  readonly regimens: ReadonlySet<string>;
  readonly partners: ReadonlySet<string>;
  readonly approvals: LoadedApprovals | null;
  readonly assay: AssayRef | null;
  readonly issues: Issue[];
}

const checkPartner = (partner: unknown, path: IssuePath, ctx: Context): void => {
  if (isRecord(partner)) checkSources(partner.sources, [...path, 'sources'], ctx.declared, ctx.issues);
};

const checkRegimen = (regimen: unknown, path: IssuePath, ctx: Context): void => {
  if (!isRecord(regimen)) return;
  const partner = stringField(regimen, 'partner');
  if (partner !== undefined && !ctx.partners.has(partner)) {
    const at = [...path, 'partner'];
    ctx.issues.push(
      tableIssue(
        'unknown_partner',
        { path: at, input: partner, suggestions: suggest(partner, ctx.partners) },
        { path: at, input: partner },
      ),
    );
  }
  items(regimen.drugs).forEach((drug, i) => {
    const inn = stringField(drug, 'inn');
    if (inn === undefined || ctx.approvals === null || ctx.approvals.drugs.has(inn)) return;
    const at = [...path, 'drugs', i, 'inn'];
    ctx.issues.push(
      tableIssue(
        'drug_without_approvals',
        { path: at, drug: inn, approvals: ctx.approvals.approvals.id },
        { path: at, input: inn, suggestions: suggest(inn, ctx.approvals.drugs) },
      ),
    );
  });
};

const checkCohort = (cohort: unknown, path: IssuePath, ctx: Context): void => {
  if (!isRecord(cohort)) return;
  const { issues } = ctx;
  const regimen = stringField(cohort, 'regimen');
  if (regimen !== undefined && !ctx.regimens.has(regimen)) {
    const at = [...path, 'regimen'];
    issues.push(
      tableIssue(
        'unknown_regimen',
        { path: at, input: regimen, suggestions: suggest(regimen, ctx.regimens) },
        { path: at, input: regimen },
      ),
    );
  }
  if (cohort.criteria !== undefined)
    issues.push(...checkCriteria(cohort.criteria, [...path, 'criteria'], ctx.assay));
  const tumorTypes = isRecord(cohort.tumorTypes) ? cohort.tumorTypes : {};
  checkTumorCodes(tumorTypes.include, [...path, 'tumorTypes', 'include'], issues);
  checkTumorCodes(tumorTypes.exclude, [...path, 'tumorTypes', 'exclude'], issues);
  const excluded = stringItems(tumorTypes.exclude).map(([, code]) => code);
  if (excluded.length > 0 && (typeof cohort.notes !== 'string' || cohort.notes.trim() === '')) {
    issues.push(
      tableIssue('typed_exclusion_without_note', {
        path: [...path, 'tumorTypes', 'exclude'],
        codes: excluded,
      }),
    );
  }
  checkSources(cohort.sources, [...path, 'sources'], ctx.declared, issues);
  checkDateOrder(cohort.status, [...path, 'status'], 'status_out_of_order', issues);
  items(cohort.status).forEach((event, i) => {
    if (!isRecord(event)) return;
    const at = [...path, 'status', i];
    checkSources(event.sources, [...at, 'sources'], ctx.declared, issues);
    if (items(event.sources).length === 0)
      issues.push(tableIssue('status_event_without_source', { path: at }));
  });
};

/**
 * Every problem of a table, and the parsed table when the schema accepts it. Without an approvals set
 * the checks that need one (approvals id, regimen drugs) are skipped.
 * @internal
 */
export const validateTable = (
  json: unknown,
  approvals: LoadedApprovals | null,
): { readonly issues: ReadonlyArray<Issue>; readonly table: Table | null } => {
  const issues: Issue[] = [];
  const parsed = TableSchema.safeParse(json);
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues, json));
  const root = isRecord(json) ? json : {};
  const named = stringField(root, 'approvals');
  if (approvals !== null && named !== undefined && named !== approvals.approvals.id) {
    issues.push(
      tableIssue('approvals_mismatch', {
        path: ['approvals'],
        expected: named,
        given: approvals.approvals.id,
      }),
    );
  }
  const ctx: Context = {
    declared: new Set(collectIds(root.sources, ['sources'], 'source', issues).keys()),
    partners: new Set(collectIds(root.partners, ['partners'], 'partner', issues).keys()),
    regimens: new Set(collectIds(root.regimens, ['regimens'], 'regimen', issues).keys()),
    approvals,
    assay: assayOf(root.settings),
    issues,
  };
  collectIds(root.cohorts, ['cohorts'], 'cohort', issues);
  items(root.partners).forEach((partner, i) => checkPartner(partner, ['partners', i], ctx));
  items(root.regimens).forEach((regimen, i) => checkRegimen(regimen, ['regimens', i], ctx));
  items(root.cohorts).forEach((cohort, i) => checkCohort(cohort, ['cohorts', i], ctx));
  const used = new Set(items(root.cohorts).map((cohort) => stringField(cohort, 'regimen')));
  items(root.regimens).forEach((regimen, i) => {
    const id = stringField(regimen, 'id');
    if (id !== undefined && !used.has(id))
      issues.push(tableIssue('regimen_unused', { path: ['regimens', i], id }));
  });
  const version = stringField(root, 'version');
  const changelog = items(root.changelog);
  if (
    version !== undefined &&
    changelog.length > 0 &&
    !changelog.some((entry) => stringField(entry, 'version') === version)
  ) {
    issues.push(tableIssue('changelog_missing_version', { path: ['changelog'], version }));
  }
  return { issues, table: parsed.success ? parsed.data : null };
};

/**
 * Validates a cohort table version against its schema and cross-checks it against the approvals set it
 * names and the vocabularies. Errors: schema violations (mapped to coded issues with JSON paths), unknown
 * genes (with suggestions) and OncoTree codes, unreadable protein changes, unknown regimen / partner ids,
 * a regimen drug with no indication in the approvals set, duplicate ids, status dates out of order,
 * undeclared sources, thresholds in the wrong unit. Warnings: criteria the screening panel cannot assess,
 * alias gene symbols, typed tumor exclusions without a reason, unused regimens, unusual thresholds.
 * Every problem is reported at once; a table with errors does not load.
 *
 * @example
 * import { embeddedTables, loadTable, loadApprovals } from 'mtb-match';
 * import assert from 'node:assert';
 * const [first] = embeddedTables();
 * const approvals = loadApprovals(first.approvals);
 * assert.ok(approvals._tag === 'Right');
 * const broken = { ...first.table, cohorts: [{ ...first.table.cohorts[0], regimen: 'trastuzumab-pertuzumb' }] };
 * const result = loadTable(broken, approvals.right);
 * assert.ok(result._tag === 'Left');
 * assert.strictEqual(result.left[0].message,
 *   'Unknown regimen "trastuzumab-pertuzumb" at cohorts[0].regimen: did you mean trastuzumab-pertuzumab?');
 */
export const loadTable = (json: unknown, approvals: LoadedApprovals): Result<LoadedTable> => {
  const { issues, table } = validateTable(json, approvals);
  if (table === null) return left(asIssues(issues));
  const failed = failure(issues);
  if (failed !== null) return left(failed);
  return right(loadedTable(table, approvals, issues));
};

/** A parsed table with its approvals, hash and warnings. @internal */
export const loadedTable = (
  table: Table,
  approvals: LoadedApprovals,
  warnings: ReadonlyArray<Issue>,
): LoadedTable => ({
  table,
  approvals: approvals.approvals,
  hash: contentHash({ table, approvals: approvals.hash }),
  warnings,
});
