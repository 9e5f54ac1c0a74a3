/**
 * What changed between two table versions, as data (`diffTables`) and as readable lines
 * (`formatTableDiff`), for curators reviewing a new version and for `mtb-match rules diff`.
 */
import type { Cohort, StatusEvent, Table, TumorScope } from '../model/table.js';
import { describeCriterion } from './describe.js';
import { canonicalJson } from './hash.js';
import type { LoadedTable } from './load-table.js';
import { isRecord } from './raw.js';
import { tableRef } from './versions.js';

/** One changed field, by dotted path, with its JSON values before and after (absent = undefined). */
export interface FieldChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Ids added and removed, and per-id field changes, of partners or regimens. */
export interface EntityChanges {
  readonly added: ReadonlyArray<string>;
  readonly removed: ReadonlyArray<string>;
  readonly changed: ReadonlyArray<{ readonly id: string; readonly changes: ReadonlyArray<FieldChange> }>;
}

/** A cohort named in a diff: id, title, regimen and criteria in words. */
export interface CohortSummary {
  readonly id: string;
  readonly title: string;
  readonly regimen: string;
  readonly criteria: string;
}

/** A before/after pair. */
export interface Change<A> {
  readonly before: A;
  readonly after: A;
}

/** What changed in one cohort present in both versions. */
export interface CohortChange {
  readonly id: string;
  /** The criteria in words, when the tree changed. */
  readonly criteria: Change<string> | null;
  readonly tumorTypes: Change<TumorScope> | null;
  readonly regimen: Change<string> | null;
  readonly statusAdded: ReadonlyArray<StatusEvent>;
  readonly statusRemoved: ReadonlyArray<StatusEvent>;
  /** Every other changed field (title, evidence, clinical overrides, sources, notes, inferred). */
  readonly other: ReadonlyArray<FieldChange>;
}

/** The differences between two table versions. */
export interface TableDiff {
  readonly from: string;
  readonly to: string;
  /** Top-level fields other than the lists below (effectiveFrom, supersedes, approvals, title). */
  readonly header: ReadonlyArray<FieldChange>;
  readonly settings: ReadonlyArray<FieldChange>;
  readonly sources: { readonly added: ReadonlyArray<string>; readonly removed: ReadonlyArray<string> };
  readonly partners: EntityChanges;
  readonly regimens: EntityChanges;
  readonly cohorts: {
    readonly added: ReadonlyArray<CohortSummary>;
    readonly removed: ReadonlyArray<CohortSummary>;
    readonly changed: ReadonlyArray<CohortChange>;
  };
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** Field changes between two JSON values: objects field by field, anything else as a whole. */
const fieldChanges = (before: unknown, after: unknown, prefix: string): ReadonlyArray<FieldChange> => {
  if (same(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) =>
      fieldChanges(before[key], after[key], prefix === '' ? key : `${prefix}.${key}`),
    );
  }
  return [{ path: prefix, before, after }];
};

const entityChanges = <E extends { readonly id: string }>(
  before: ReadonlyArray<E>,
  after: ReadonlyArray<E>,
): EntityChanges => {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  return {
    added: after.filter((e) => !old.has(e.id)).map((e) => e.id),
    removed: before.filter((e) => !now.has(e.id)).map((e) => e.id),
    changed: after.flatMap((e) => {
      const previous = old.get(e.id);
      const changes = previous === undefined ? [] : fieldChanges(previous, e, '');
      return changes.length === 0 ? [] : [{ id: e.id, changes }];
    }),
  };
};

const summary = (cohort: Cohort): CohortSummary => ({
  id: cohort.id,
  title: cohort.title,
  regimen: cohort.regimen,
  criteria: describeCriterion(cohort.criteria),
});

const criteriaChange = (a: Cohort, b: Cohort): Change<string> | null => {
  if (same(a.criteria, b.criteria)) return null;
  const labelled = { before: describeCriterion(a.criteria), after: describeCriterion(b.criteria) };
  return labelled.before !== labelled.after
    ? labelled
    : {
        before: describeCriterion(a.criteria, { labels: false }),
        after: describeCriterion(b.criteria, { labels: false }),
      };
};

/** Cohort fields reported on their own lines rather than as plain field changes. */
const OWN_FIELDS: ReadonlySet<string> = new Set(['criteria', 'tumorTypes', 'regimen', 'status']);

const cohortChange = (a: Cohort, b: Cohort): CohortChange | null => {
  const keyOf = (e: StatusEvent): string => canonicalJson(e);
  const oldEvents = new Set(a.status.map(keyOf));
  const newEvents = new Set(b.status.map(keyOf));
  const rest = (c: Cohort): Readonly<Record<string, unknown>> =>
    Object.fromEntries(Object.entries(c).filter(([key]) => !OWN_FIELDS.has(key)));
  const change: CohortChange = {
    id: b.id,
    criteria: criteriaChange(a, b),
    tumorTypes: same(a.tumorTypes, b.tumorTypes) ? null : { before: a.tumorTypes, after: b.tumorTypes },
    regimen: a.regimen === b.regimen ? null : { before: a.regimen, after: b.regimen },
    statusAdded: b.status.filter((e) => !oldEvents.has(keyOf(e))),
    statusRemoved: a.status.filter((e) => !newEvents.has(keyOf(e))),
    other: fieldChanges(rest(a), rest(b), ''),
  };
  const unchanged =
    change.criteria === null &&
    change.tumorTypes === null &&
    change.regimen === null &&
    change.statusAdded.length === 0 &&
    change.statusRemoved.length === 0 &&
    change.other.length === 0;
  return unchanged ? null : change;
};

const HEADER: ReadonlyArray<keyof Table> = ['title', 'effectiveFrom', 'supersedes', 'approvals'];

/**
 * The differences between two table versions, as data: header fields, settings, sources, partners,
 * regimens, and cohorts added, removed and changed (criteria in words, tumor types, regimen, status
 * events added or removed, other fields).
 *
 * @example
 * import { diffTables, embeddedTables } from 'mtb-match';
 * import assert from 'node:assert';
 * const [, v2021b, v2022] = embeddedTables();
 * const diff = diffTables(v2021b, v2022);
 * const olaparib = diff.cohorts.changed.find((c) => c.id === 'olaparib-brca');
 * assert.deepStrictEqual(olaparib?.criteria, { before: 'BRCA1/2 mutation', after: 'bi-allelic BRCA1/2 inactivation' });
 * assert.deepStrictEqual(diff.cohorts.added.map((c) => c.id), ['pralsetinib-ret']);
 */
export const diffTables = (a: LoadedTable, b: LoadedTable): TableDiff => {
  const ta = a.table;
  const tb = b.table;
  const oldCohorts = new Map(ta.cohorts.map((c) => [c.id, c]));
  const newCohorts = new Map(tb.cohorts.map((c) => [c.id, c]));
  const oldSources = new Set(ta.sources.map((s) => s.id));
  const newSources = new Set(tb.sources.map((s) => s.id));
  return {
    from: tableRef(ta),
    to: tableRef(tb),
    header: HEADER.flatMap((key) => fieldChanges(ta[key], tb[key], key)),
    settings: fieldChanges(ta.settings, tb.settings, 'settings'),
    sources: {
      added: [...newSources].filter((id) => !oldSources.has(id)),
      removed: [...oldSources].filter((id) => !newSources.has(id)),
    },
    partners: entityChanges(ta.partners, tb.partners),
    regimens: entityChanges(ta.regimens, tb.regimens),
    cohorts: {
      added: tb.cohorts.filter((c) => !oldCohorts.has(c.id)).map(summary),
      removed: ta.cohorts.filter((c) => !newCohorts.has(c.id)).map(summary),
      changed: tb.cohorts.flatMap((c) => {
        const previous = oldCohorts.get(c.id);
        const change = previous === undefined ? null : cohortChange(previous, c);
        return change === null ? [] : [change];
      }),
    },
  };
};

const value = (v: unknown): string =>
  v === undefined ? '(none)' : typeof v === 'string' ? `"${v}"` : JSON.stringify(v);

const scope = (s: TumorScope): string =>
  `${s.include.join(', ')}${s.exclude.length === 0 ? '' : ` except ${s.exclude.join(', ')}`}`;

const event = (e: StatusEvent): string =>
  `${e.date} ${e.state}${e.enrolled === undefined ? '' : ` (${e.enrolled} enrolled)`}${e.inferred ? ' [inferred]' : ''}`;

/**
 * A table diff as readable lines: `+` added, `-` removed, `~` changed, one fact per line, e.g.
 * `~ olaparib-brca: criteria: BRCA1/2 mutation -> bi-allelic BRCA1/2 inactivation`.
 *
 * @example
 * import { diffTables, embeddedTables, formatTableDiff } from 'mtb-match';
 * import assert from 'node:assert';
 * const [, v2021b, v2022] = embeddedTables();
 * const text = formatTableDiff(diffTables(v2021b, v2022));
 * assert.ok(text.startsWith('impress-norway@2021.2 -> impress-norway@2022.1\n'));
 * assert.ok(text.includes('~ olaparib-brca: criteria: BRCA1/2 mutation -> bi-allelic BRCA1/2 inactivation'));
 */
export const formatTableDiff = (diff: TableDiff): string => {
  const lines: string[] = [`${diff.from} -> ${diff.to}`];
  const fields = (prefix: string, changes: ReadonlyArray<FieldChange>): void => {
    for (const c of changes) lines.push(`~ ${prefix}${c.path}: ${value(c.before)} -> ${value(c.after)}`);
  };
  fields('', diff.header);
  fields('', diff.settings);
  for (const id of diff.sources.added) lines.push(`+ source ${id}`);
  for (const id of diff.sources.removed) lines.push(`- source ${id}`);
  const entities = (kind: string, changes: EntityChanges): void => {
    for (const id of changes.added) lines.push(`+ ${kind} ${id}`);
    for (const id of changes.removed) lines.push(`- ${kind} ${id}`);
    for (const c of changes.changed) fields(`${kind} ${c.id}: `, c.changes);
  };
  entities('partner', diff.partners);
  entities('regimen', diff.regimens);
  for (const c of diff.cohorts.added) lines.push(`+ ${c.id} (${c.regimen}): ${c.criteria}`);
  for (const c of diff.cohorts.removed) lines.push(`- ${c.id} (${c.regimen}): ${c.criteria}`);
  for (const c of diff.cohorts.changed) {
    if (c.regimen !== null) lines.push(`~ ${c.id}: regimen: ${c.regimen.before} -> ${c.regimen.after}`);
    if (c.criteria !== null) lines.push(`~ ${c.id}: criteria: ${c.criteria.before} -> ${c.criteria.after}`);
    if (c.tumorTypes !== null)
      lines.push(`~ ${c.id}: tumor types: ${scope(c.tumorTypes.before)} -> ${scope(c.tumorTypes.after)}`);
    for (const e of c.statusRemoved) lines.push(`~ ${c.id}: status: - ${event(e)}`);
    for (const e of c.statusAdded) lines.push(`~ ${c.id}: status: + ${event(e)}`);
    fields(`${c.id}: `, c.other);
  }
  if (lines.length === 1) lines.push('(no changes)');
  return lines.join('\n');
};
