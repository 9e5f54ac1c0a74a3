/**
 * One match in progress: the case, the compiled table, the date, and the table's caches for this case's
 * date, diagnosis, assay and patient facts. Each part of a candidate that does not depend on the findings
 * (tumor type, status, access for the labels' outcomes, clinical criteria) is read from those caches, made
 * on a miss; what depends on the findings (criteria trees, label biomarkers) is remembered for the match
 * only (one evaluation per distinct leaf, shape and tree).
 */
import { format, isValid, parseISO } from 'date-fns';
import type { Case, DiagnosisRef, Patient } from '../model/case.js';
import type { Issue } from '../model/issue.js';
import type { IndicationUsed, Outcome, Specificity } from '../model/result.js';
import type { LabelOutcome } from './access.js';
import { accessFromLabels, ageOutcome, indicationUsed, labelTumorOutcome } from './access.js';
import { ageOn, evaluateClinical } from './clinical.js';
import type { CompiledTable } from './compiled.js';
import type { PlanMemo, TreeEvaluation } from './evaluate.js';
import { evaluatePlan, outcomeOfPlan, undecidedWords } from './evaluate.js';
import { matchIssue } from './issues.js';
import type { CaseFindings, LeafContext } from './leaves/context.js';
import { emptyKeys, mergeKeys, uniqueSorted } from './leaves/context.js';
import type { CohortPlan, IndicationPlan } from './plan.js';
import { statusOn } from './status.js';
import type {
  AccessEntry,
  AssayCache,
  ClinicalEntry,
  DateCache,
  DiagnosisCache,
  PatientCache,
  StatusEntry,
  TumorTypeEntry,
} from './table-cache.js';
import { assayCache, cacheBounds, cached, diagnosisCache, patientKey } from './table-cache.js';
import { tumorTypeOutcome } from './tumor-type.js';
import type { MolecularReasons } from './verdict.js';
import {
  accessReasons,
  clinicalReasons,
  molecularReasons,
  statusReason,
  tumorTypeReason,
} from './verdict.js';
import type { AssessedKind } from './vocabulary.js';

const validDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = parseISO(s);
  return isValid(d) && format(d, 'yyyy-MM-dd') === s;
};

/** What depends only on the date, made once per date (see table-cache.ts). */
const dateCacheOf = (table: CompiledTable, asOf: string): DateCache =>
  cached(table.memo.dates, asOf, cacheBounds.dates, newDateCache, table);

const newDateCache = (asOf: string, table: CompiledTable): DateCache => {
  const valid = validDate(asOf);
  const issues: Issue[] = [...table.issues];
  if (!valid) issues.push(matchIssue('invalid_as_of', { asOf }, { path: ['asOf'], input: asOf }));
  else if (table.effectiveFrom > asOf) {
    issues.push(
      matchIssue(
        'table_not_in_force',
        { table: table.id, version: table.version, effectiveFrom: table.effectiveFrom, asOf },
        { path: ['asOf'], input: asOf },
      ),
    );
  }
  return { asOf, valid, issues: Object.freeze(issues), status: [], used: [] };
};

/** What depends only on the diagnosis, made once per code and name (see table-cache.ts). */
const diagnosisCacheOf = (table: CompiledTable, diagnosis: DiagnosisRef): DiagnosisCache =>
  diagnosisCache(table.memo, diagnosis.code, diagnosis.name, newDiagnosisCache, { table, diagnosis });

const newDiagnosisCache = (
  name: string,
  { table, diagnosis }: { readonly table: CompiledTable; readonly diagnosis: DiagnosisRef },
): DiagnosisCache => ({
  diagnosis: Object.freeze({ code: diagnosis.code, name, path: table.vocabulary.pathTo(diagnosis.code) }),
  tumorType: [],
  labels: [],
  labelTumor: [],
  access: new Map(),
});

const specificityRanks: Readonly<Record<Specificity, number>> = {
  change: 0,
  codon: 1,
  exon: 2,
  class: 3,
  gene: 4,
  biomarker: 5,
};
const noSpecificity = 6;

/** Outcome -> base-3 digit of an access key. */
const outcomeDigit: Readonly<Record<Outcome, number>> = { met: 0, unknown: 1, 'not-met': 2 };

/** Above this many covering labels an access key would not fit a number exactly: not cached. */
const maxKeyedLabels = 30;

/** One match: the case, the table and the caches it uses. @internal */
export interface MatchRun {
  readonly c: Case;
  readonly table: CompiledTable;
  readonly asOf: string;
  readonly ctx: LeafContext;
  readonly assay: AssayCache;
  readonly date: DateCache;
  readonly dx: DiagnosisCache;
  /** Indication index -> the label's outcome for this case (age and biomarker), once per match. */
  readonly labelOutcomes: Array<Outcome | undefined>;
  /** What evaluation remembers during this match (see evaluate.ts). */
  readonly memo: PlanMemo;
  /** Tree id -> what the tree gives for this case, once per match. */
  readonly trees: Array<MolecularPart | undefined>;
  /** The patient's age on the date, once computed (undefined: not yet). */
  age: number | null | undefined;
  /** The patient's clinical cache, once looked up. */
  patient: PatientCache | undefined;
  /** The diagnosis's access cache for the date, once looked up. */
  access: Array<Map<number, AccessEntry> | undefined> | undefined;
}

/**
 * Starts a match: the sorted and grouped findings, and the caches of the table for the case's date,
 * diagnosis and assay.
 * @internal
 */
export const newMatchRun = (
  c: Case,
  table: CompiledTable,
  asOf: string,
  findings: CaseFindings,
): MatchRun => {
  const memo = table.memo;
  const assay = assayCache(memo, c.sample.assay);
  return {
    c,
    table,
    asOf,
    ctx: {
      vocabulary: table.vocabulary,
      assay: c.sample.assay,
      findings,
      leafFacts: assay.leafFacts,
      changeKey: memo.changeKey ?? undefined,
    },
    assay,
    date: dateCacheOf(table, asOf),
    dx: diagnosisCacheOf(table, c.patient.diagnosis),
    labelOutcomes: [],
    memo: { assay, leaves: [], outcomes: [] },
    trees: [],
    age: undefined,
    patient: undefined,
    access: undefined,
  };
};

/** A label plan with its outcome, as access reads it. */
interface PlannedLabel extends LabelOutcome {
  readonly plan: IndicationPlan;
}

const patientAge = (run: MatchRun): number | null => {
  if (run.age === undefined) run.age = ageOn(run.c.patient, run.asOf);
  return run.age;
};

/** How a label's tumor types stand to the diagnosis (`labelTumorOutcome`), from the diagnosis cache. */
const labelTumorOf = (run: MatchRun, ip: IndicationPlan): Outcome =>
  (run.dx.labelTumor[ip.index] ??= labelTumorOutcome(
    ip.compiled,
    run.c.patient.diagnosis.code,
    run.table.vocabulary,
  ));

const labelOutcome = (run: MatchRun, ip: IndicationPlan): Outcome => {
  const known = run.labelOutcomes[ip.index];
  if (known !== undefined) return known;
  // A covering label's tumor outcome is met, or unknown when the label is narrower than the diagnosis.
  const tumor = labelTumorOf(run, ip);
  const age = ageOutcome(ip.compiled.indication, patientAge(run));
  const biomarker: Outcome =
    age === 'not-met' || ip.biomarker === null ? 'met' : outcomeOfPlan(ip.biomarker, run.ctx, run.memo);
  // Kleene and of the three.
  const outcome: Outcome =
    age === 'not-met' || biomarker === 'not-met' || tumor === 'not-met'
      ? 'not-met'
      : age === 'unknown' || biomarker === 'unknown' || tumor === 'unknown'
        ? 'unknown'
        : 'met';
  run.labelOutcomes[ip.index] = outcome;
  return outcome;
};

/** An indication as used on the date with an outcome, shared by every result on that date. */
const usedOn = (run: MatchRun, label: PlannedLabel): IndicationUsed => {
  const slot = (run.date.used[label.plan.index] ??= {});
  const outcome = label.outcome === 'met' ? 'met' : 'unknown';
  return (slot[outcome] ??= freezeUsed(indicationUsed(label.indication, run.asOf, outcome)));
};

const freezeUsed = (u: IndicationUsed): IndicationUsed => {
  if (u.decision !== null) Object.freeze(u.decision);
  return Object.freeze(u);
};

const accessEntry = (run: MatchRun, labels: ReadonlyArray<PlannedLabel>): AccessEntry => {
  const access = accessFromLabels(labels, run.c.patient.diagnosis, run.asOf, (l) => usedOn(run, l));
  Object.freeze(access.possible);
  Object.freeze(access.later);
  const reasons = accessReasons(access, run.table.settings.excludedAccess);
  for (const r of [reasons.block, reasons.support, ...reasons.labelReviews]) if (r !== null) Object.freeze(r);
  Object.freeze(reasons.labelReviews);
  return Object.freeze({ access: Object.freeze(access), reasons: Object.freeze(reasons) });
};

/** The labels covering the diagnosis with their outcomes for the case. */
const plannedLabels = (run: MatchRun, covering: ReadonlyArray<IndicationPlan>): ReadonlyArray<PlannedLabel> =>
  covering.map((ip) => ({ indication: ip.compiled, outcome: labelOutcome(run, ip), plan: ip }));

/**
 * Access for a cohort: from the diagnosis cache for the date, keyed by the outcomes of the labels covering
 * the diagnosis.
 * @internal
 */
export const accessOf = (run: MatchRun, p: CohortPlan): AccessEntry => {
  // The labels that may concern the diagnosis (see `coversDiagnosis`).
  const covering = (run.dx.labels[p.position] ??= p.indications.filter(
    (ip) => labelTumorOf(run, ip) !== 'not-met',
  ));
  if (covering.length > maxKeyedLabels) return accessEntry(run, plannedLabels(run, covering));
  let key = 0;
  let digit = 1;
  for (const ip of covering) {
    key += outcomeDigit[labelOutcome(run, ip)] * digit;
    digit *= 3;
  }
  const byCohort = (run.access ??= cached(
    run.dx.access,
    run.asOf,
    cacheBounds.datesPerDiagnosis,
    newAccessByCohort,
    null,
  ));
  const byKey = (byCohort[p.position] ??= new Map());
  const known = byKey.get(key);
  if (known !== undefined) return known;
  return cached(byKey, key, cacheBounds.accessKeysPerCohort, newAccessEntry, { run, covering });
};

const newAccessByCohort = (): Array<Map<number, AccessEntry> | undefined> => [];

const newAccessEntry = (
  _key: number,
  { run, covering }: { readonly run: MatchRun; readonly covering: ReadonlyArray<IndicationPlan> },
): AccessEntry => accessEntry(run, plannedLabels(run, covering));

/** A cohort's tumor-type outcome for the diagnosis, from the diagnosis cache. @internal */
export const tumorTypeOf = (run: MatchRun, p: CohortPlan): TumorTypeEntry => {
  const known = run.dx.tumorType[p.position];
  if (known !== undefined) return known;
  const outcome = tumorTypeOutcome(
    p.compiled.cohort.tumorTypes,
    p,
    run.c.patient.diagnosis,
    run.dx.diagnosis.path,
    run.table.vocabulary,
  );
  if (outcome.decidedBy !== null) Object.freeze(outcome.decidedBy);
  const made = Object.freeze({
    outcome: Object.freeze(outcome),
    reason: Object.freeze(tumorTypeReason(outcome)),
  });
  run.dx.tumorType[p.position] = made;
  return made;
};

/** A cohort's status on the date, from the date cache. @internal */
export const statusOf = (run: MatchRun, p: CohortPlan): StatusEntry => {
  const known = run.date.status[p.position];
  if (known !== undefined) return known;
  const cc = p.compiled;
  const status = Object.freeze(statusOn(cc.status, run.table.settings.stages, cc.partner, run.asOf));
  const made = Object.freeze({ status, reason: Object.freeze(statusReason(status)) });
  run.date.status[p.position] = made;
  return made;
};

const newPatientCache = (): PatientCache => ({ clinical: [] });

/** The patient's prior drugs as clinical criteria compare them: lower case, unique, sorted. */
const priorDrugsOf = (patient: Patient): ReadonlyArray<string> => {
  const drugs = patient.priorDrugs;
  if (drugs.length === 0) return drugs;
  return uniqueSorted(drugs.map((d) => d.toLowerCase()));
};

/** A cohort's clinical criteria for the patient's facts, from the patient cache. @internal */
export const clinicalOf = (run: MatchRun, p: CohortPlan): ClinicalEntry => {
  const patient = (run.patient ??= cached(
    run.table.memo.patients,
    patientKey(run.c.patient, run.asOf, priorDrugsOf(run.c.patient)),
    cacheBounds.patients,
    newPatientCache,
    null,
  ));
  const known = patient.clinical[p.position];
  if (known !== undefined) return known;
  const cc = p.compiled;
  const outcomes = evaluateClinical(run.c.patient, cc.eligibility, cc.drugs, run.asOf);
  outcomes.forEach((o) => Object.freeze(o));
  const reasons = clinicalReasons(outcomes);
  reasons.forEach((r) => Object.freeze(r));
  const made = Object.freeze({ outcomes: Object.freeze(outcomes), reasons: Object.freeze(reasons) });
  patient.clinical[p.position] = made;
  return made;
};

/** What a cohort's criteria tree gives for the case, shared by cohorts with the same tree (see `treeId`). @internal */
export interface MolecularPart {
  readonly evaluation: TreeEvaluation;
  readonly reasons: MolecularReasons;
  readonly specificity: Specificity | null;
  readonly specificityRank: number;
  readonly matchedFindings: ReadonlyArray<string>;
}

/** A cohort's criteria tree evaluated for the case, once per distinct tree per match. @internal */
export const molecularOf = (run: MatchRun, p: CohortPlan): MolecularPart => {
  const known = run.trees[p.treeId];
  if (known !== undefined) return known;
  const evaluation = evaluatePlan(p.criteria, run.ctx, run.memo);
  const positiveEvidence: string[] = [];
  let matchedFindings = emptyKeys;
  let specificity: Specificity | null = null;
  let specificityRank = noSpecificity;
  for (const l of evaluation.leaves) {
    if (!l.positive) continue;
    const r = l.result;
    if (r.outcome !== 'not-met' && r.evidence.length > 0) {
      positiveEvidence.push(`${l.leaf.description}: ${r.reason}`);
      matchedFindings = mergeKeys(matchedFindings, r.evidence);
    }
    if (r.outcome === 'met' && r.specificity !== null && specificityRanks[r.specificity] < specificityRank) {
      specificity = r.specificity;
      specificityRank = specificityRanks[r.specificity];
    }
  }
  const tree = evaluation.tree;
  const made: MolecularPart = {
    evaluation,
    reasons: molecularReasons(
      tree.outcome,
      tree.reason,
      positiveEvidence,
      evaluation.negations,
      undecidedWords(tree),
    ),
    specificity,
    specificityRank,
    matchedFindings,
  };
  run.trees[p.treeId] = made;
  return made;
};

/**
 * The assay's answer to "was this kind assessed in this gene?", cached per gene in the assay cache (two bits
 * per kind: the answer, and that it is known).
 * @internal
 */
export const assessedIn =
  (run: MatchRun) =>
  (hgncId: string, kind: AssessedKind): boolean => {
    const bit = assessedBits[kind];
    const bits = run.assay.assessed.get(hgncId) ?? 0;
    if ((bits & (bit << 1)) !== 0) return (bits & bit) !== 0;
    const yes = run.table.vocabulary.isAssessed(run.c.sample.assay, hgncId, kind);
    run.assay.assessed.set(hgncId, bits | (bit << 1) | (yes ? bit : 0));
    return yes;
  };

/** Per kind: the bit that holds the answer; the next bit says it is known. */
const assessedBits: Readonly<Record<AssessedKind, number>> = {
  'small-variant': 1,
  amplification: 4,
  deletion: 16,
  fusion: 64,
  splice: 256,
};
