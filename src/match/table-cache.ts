/**
 * The caches a compiled table carries for `match`. Most of a result does not depend on the findings:
 * whether a diagnosis lies in a cohort's tumor types, a cohort's status on a date, which labels cover a
 * diagnosis and how they are funded on a date, what the panel did not test, the clinical criteria for a
 * patient's facts. Each such part is computed the first time a key is seen and then shared by every
 * result that has the same key.
 *
 * Why this is safe:
 * - every cached value is a pure function of its key and of the compiled table (which never changes), so
 *   a hit gives exactly what computing again would give; the tests match one compiled table with keys in
 *   alternating order against fresh compiles;
 * - cached values become parts of results, so results share them; results are deeply readonly by type,
 *   and the cached containers are frozen, so a consumer that mutates a result fails loudly instead of
 *   changing the next result;
 * - every map is bounded: when one is full it is emptied and refilled (the next match recomputes what it
 *   needs), so a long registry run with many dates, diagnoses or patients keeps a flat memory;
 * - the caches belong to one compiled table: two tables share nothing.
 *
 * Keys are the plain values the results depend on, compared by value (no string concatenation on the hot
 * path, except one key per match for the patient's clinical facts): the as-of date string; the diagnosis
 * code, then its name; the assay's panel, version and arms; cohort and indication positions and plan
 * node ids index arrays.
 */
import type { Assay, Patient } from '../model/case.js';
import type { Issue } from '../model/issue.js';
import type { ProteinChange } from '../model/protein-change.js';
import type {
  AccessOutcome,
  ClinicalOutcome,
  CohortStatusOutcome,
  IndicationUsed,
  Outcome,
  Reason,
  TumorTypeOutcome,
} from '../model/result.js';
import type { CompiledLeaf } from './compiled.js';
import type { SubtreeCache } from './evaluate.js';
import type { IndicationPlan, TablePlan } from './plan.js';
import type { UntestedPlan } from './untested.js';
import type { AccessReasons } from './verdict.js';

/** How many entries each cache may hold before it is emptied. */
export const cacheBounds = {
  dates: 64,
  diagnoses: 512,
  namesPerDiagnosis: 8,
  datesPerDiagnosis: 16,
  accessKeysPerCohort: 64,
  assays: 32,
  patients: 1024,
} as const;

/**
 * The value for `key`, made by `make(key, arg)` the first time; a full map is emptied first. (`make` takes
 * its context as `arg`, so a hit allocates no closure.)
 * @internal
 */
export const cached = <K, V, A>(
  map: Map<K, V>,
  key: K,
  bound: number,
  make: (key: K, arg: A) => V,
  arg: A,
): V => {
  const known = map.get(key);
  if (known !== undefined) return known;
  if (map.size >= bound) map.clear();
  const made = make(key, arg);
  map.set(key, made);
  return made;
};

const newMap = <K, V>(): Map<K, V> => new Map();
const newArray = <V>(): V[] => [];

/** A tumor-type outcome with the verdict reason it gives. @internal */
export interface TumorTypeEntry {
  readonly outcome: TumorTypeOutcome;
  readonly reason: Reason;
}

/** A cohort status with the verdict reason it gives. @internal */
export interface StatusEntry {
  readonly status: CohortStatusOutcome;
  readonly reason: Reason;
}

/** An access outcome with the verdict reasons it gives. @internal */
export interface AccessEntry {
  readonly access: AccessOutcome;
  readonly reasons: AccessReasons;
}

/** Clinical outcomes with the verdict reasons they give. @internal */
export interface ClinicalEntry {
  readonly outcomes: ReadonlyArray<ClinicalOutcome>;
  readonly reasons: ReadonlyArray<Reason>;
}

/** What depends only on the as-of date. @internal */
export interface DateCache {
  readonly asOf: string;
  /** Whether the date is a valid ISO `YYYY-MM-DD` date. */
  readonly valid: boolean;
  /** The result's issues: the table's, then the date's own (invalid, or before the table is in force). */
  readonly issues: ReadonlyArray<Issue>;
  /** Cohort position -> status on the date. */
  readonly status: Array<StatusEntry | undefined>;
  /** Indication index -> the indication as used on the date, for a met and for an unknown outcome. */
  readonly used: Array<{ met?: IndicationUsed; unknown?: IndicationUsed } | undefined>;
}

/** What depends only on the diagnosis (code and name), and on the date for access. @internal */
export interface DiagnosisCache {
  readonly diagnosis: { readonly code: string; readonly name: string; readonly path: ReadonlyArray<string> };
  /** Cohort position -> tumor-type outcome. */
  readonly tumorType: Array<TumorTypeEntry | undefined>;
  /** Cohort position -> the cohort's labels that may concern the diagnosis, in the cohort's order. */
  readonly labels: Array<ReadonlyArray<IndicationPlan> | undefined>;
  /** Indication index -> how the label's tumor types stand to the diagnosis (`labelTumorOutcome`). */
  readonly labelTumor: Array<Outcome | undefined>;
  /**
   * As-of date -> cohort position -> access, keyed by the outcomes of the covering labels (one base-3 digit
   * per label: 0 met, 1 unknown, 2 not-met).
   */
  readonly access: Map<string, Array<Map<number, AccessEntry> | undefined>>;
}

/** What depends only on the assay (panel, version, arms). @internal */
export interface AssayCache extends SubtreeCache {
  /** Per-leaf facts (assessed or not, words) for this assay. */
  readonly leafFacts: Map<CompiledLeaf, unknown>;
  /** HGNC id -> assessed kinds, as bits (see `assessedBit`), plus a bit that says the entry is complete. */
  readonly assessed: Map<string, number>;
  /** The untested groups for this assay, made on first use (see untested.ts). */
  untested: UntestedPlan | undefined;
}

/** What depends only on the patient's clinical facts (and the date when the age comes from a birth date). @internal */
export interface PatientCache {
  /** Cohort position -> clinical outcomes. */
  readonly clinical: Array<ClinicalEntry | undefined>;
}

/** All the caches of one compiled table. @internal */
export interface MatchCache {
  readonly plan: TablePlan;
  /** The table as every result names it. */
  readonly tableRef: { readonly id: string; readonly version: string; readonly hash: string };
  /** A key of protein changes that decides their equality, when the vocabulary has one (memo.ts). */
  readonly changeKey: ((pc: ProteinChange) => string) | null;
  readonly dates: Map<string, DateCache>;
  /** Diagnosis code -> name -> cache. */
  readonly diagnoses: Map<string, Map<string, DiagnosisCache>>;
  /** Panel -> version -> arms (dna * 2 + rna) -> cache. */
  readonly assays: Map<string | null, Map<string | null, Array<AssayCache | undefined>>>;
  /** Clinical facts key (see `patientKey`) -> cache. */
  readonly patients: Map<string, PatientCache>;
}

/** Empty caches for a planned table. @internal */
export const emptyCache = (
  plan: TablePlan,
  tableRef: MatchCache['tableRef'],
  changeKey: MatchCache['changeKey'],
): MatchCache => ({
  plan,
  changeKey,
  tableRef: Object.freeze({ ...tableRef }),
  dates: new Map(),
  diagnoses: new Map(),
  assays: new Map(),
  patients: new Map(),
});

/** The diagnosis cache for a code and name, made by `make(name, arg)` when new. @internal */
export const diagnosisCache = <A>(
  cache: MatchCache,
  code: string,
  name: string,
  make: (name: string, arg: A) => DiagnosisCache,
  arg: A,
): DiagnosisCache => {
  const byName = cached(cache.diagnoses, code, cacheBounds.diagnoses, newMap<string, DiagnosisCache>, null);
  return cached(byName, name, cacheBounds.namesPerDiagnosis, make, arg);
};

/** The assay cache for an assay. @internal */
export const assayCache = (cache: MatchCache, assay: Assay): AssayCache => {
  let byVersion = cache.assays.get(assay.panel);
  if (byVersion === undefined) {
    if (cache.assays.size >= cacheBounds.assays) cache.assays.clear();
    byVersion = new Map();
    cache.assays.set(assay.panel, byVersion);
  }
  const byArms = cached(byVersion, assay.version, cacheBounds.assays, newArray<AssayCache | undefined>, null);
  const arms = (assay.dna ? 2 : 0) + (assay.rna ? 1 : 0);
  let found = byArms[arms];
  if (found === undefined) {
    found = { subtrees: [], leafFacts: new Map(), assessed: new Map(), untested: undefined };
    byArms[arms] = found;
  }
  return found;
};

/**
 * The key of a patient's clinical facts on a date: the age (or the birth date and the date), ECOG,
 * standard therapy, and the prior drugs in lower case, unique and sorted. Built once per match.
 * @internal
 */
export const patientKey = (patient: Patient, asOf: string, priorDrugs: ReadonlyArray<string>): string =>
  `${patient.birthDate === null ? `a${patient.age}` : `b${patient.birthDate}\u0001${asOf}`}\u0001${patient.ecog}\u0001${patient.standardTherapyExhausted}\u0001${priorDrugs.join('\u0001')}`;
