/**
 * `match`: one case, one compiled table, one date -> the whole answer.
 *
 * Pure and deterministic: the findings are first sorted by an explicit order (key, then source, then
 * content), every list of the result is sorted by a documented order, and nothing depends on the order of
 * the input or on Map insertion order, so `JSON.stringify` of the result is byte-identical whatever order
 * the findings came in. The cost grows with the patient's findings: only cohorts reached through the
 * compiled index (the findings' genes, fusion partners and biomarkers) are evaluated; a variant that does
 * not change the protein, or a neutral copy-number call, reaches nothing (see `canReach`).
 */
import { format, isValid, parseISO } from 'date-fns';
import type {
  Case,
  DiagnosisRef,
  Finding,
  HrdFinding,
  IhcFinding,
  MsiFinding,
  Patient,
  TmbFinding,
} from '../model/case.js';
import type { Issue } from '../model/issue.js';
import type {
  AccessOutcome,
  Candidate,
  ClinicalOutcome,
  CohortStatusOutcome,
  FindingStatus,
  IndicationUsed,
  MatchResult,
  Outcome,
  Reason,
  Specificity,
  TumorTypeOutcome,
  Verdict,
} from '../model/result.js';
import { LIBRARY_VERSION } from '../version.js';
import type { LabelOutcome } from './access.js';
import { accessFromLabels, ageOutcome, coversDiagnosis, indicationUsed } from './access.js';
import { accountFindings } from './accounting.js';
import { ageOn, evaluateClinical } from './clinical.js';
import type { CompiledTable } from './compiled.js';
import { drugViews } from './drugs.js';
import type { PlanMemo, TreeEvaluation } from './evaluate.js';
import { evaluatePlan, outcomeOfPlan, undecidedWords } from './evaluate.js';
import { ihcMarkers } from './index-keys.js';
import { matchIssue } from './issues.js';
import type { CaseFindings, LeafContext } from './leaves/context.js';
import { emptyKeys, mergeKeys, uniqueSorted } from './leaves/context.js';
import type { EvaluatedCandidate } from './near-miss.js';
import { nearMisses } from './near-miss.js';
import type { CohortPlan, IndicationPlan, TablePlan } from './plan.js';
import { BiomarkerBits, FindingBits } from './plan.js';
import { sortInPlace } from './sort.js';
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
import type { UntestedPlan } from './untested.js';
import { notesFromPlan, untestedPlan } from './untested.js';
import type { MolecularReasons } from './verdict.js';
import {
  accessReasons,
  clinicalReasons,
  molecularReasons,
  statusReason,
  tumorTypeReason,
  verdictFromParts,
} from './verdict.js';
import type { AssessedKind } from './vocabulary.js';

/** Options of `match`. */
export interface MatchOptions {
  /** The date the question is asked for, ISO `YYYY-MM-DD`: cohort status, funding, labels and age use it. */
  readonly asOf: string;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sourceText = (f: Finding): string =>
  f.source === null
    ? ''
    : `${f.source.file ?? ''}:${String(f.source.line ?? '').padStart(9, '0')}:${String(f.source.column ?? '')}`;

const findingOrder = (a: Finding, b: Finding): number =>
  compare(a.key, b.key) ||
  compare(sourceText(a), sourceText(b)) ||
  // Content breaks the last ties (same key and source); computed only then.
  compare(JSON.stringify(a), JSON.stringify(b));

/**
 * Findings in the matcher's order: key, then source, then content. A short list is sorted by insertion
 * (stable, as `Array.prototype.sort`, and without a call per comparison when keys differ).
 * @internal
 */
export const sortFindings = (findings: ReadonlyArray<Finding>): ReadonlyArray<Finding> => {
  const out = findings.slice();
  if (out.length > 64) return out.sort(findingOrder);
  for (let i = 1; i < out.length; i++) {
    const f = out[i] as Finding;
    let j = i;
    for (; j > 0; j--) {
      const before = out[j - 1] as Finding;
      if (before.key < f.key || (before.key === f.key && findingOrder(before, f) <= 0)) break;
      out[j] = before;
    }
    out[j] = f;
  }
  return out;
};

const kindBit = (f: Finding): number =>
  f.kind === 'sequence-variant'
    ? FindingBits.sequenceVariant
    : f.kind === 'copy-number'
      ? FindingBits.copyNumber
      : f.kind === 'fusion'
        ? FindingBits.fusion
        : FindingBits.splice;

/** The findings of one gene as they are grouped. */
interface GeneGroup {
  readonly findings: Finding[];
  kinds: number;
}

/** Groups sorted findings by gene and biomarker for the leaf evaluators. @internal */
export const groupFindings = (findings: ReadonlyArray<Finding>): CaseFindings => {
  const byGene = new Map<string, GeneGroup>();
  const tmb: TmbFinding[] = [];
  const msi: MsiFinding[] = [];
  const hrd: HrdFinding[] = [];
  const ihc = new Map<string, IhcFinding[]>();
  const addGene = (hgncId: string, f: Finding): void => {
    const group = byGene.get(hgncId);
    if (group === undefined) byGene.set(hgncId, { findings: [f], kinds: kindBit(f) });
    else {
      group.findings.push(f);
      group.kinds |= kindBit(f);
    }
  };
  for (const f of findings) {
    switch (f.kind) {
      case 'tmb':
        tmb.push(f);
        break;
      case 'msi':
        msi.push(f);
        break;
      case 'hrd':
        hrd.push(f);
        break;
      case 'ihc': {
        for (const marker of ihcMarkers(f)) {
          const list = ihc.get(marker);
          if (list === undefined) ihc.set(marker, [f]);
          else list.push(f);
        }
        break;
      }
      case 'fusion':
        addGene(f.gene5.hgncId, f);
        if (f.gene3.hgncId !== f.gene5.hgncId) addGene(f.gene3.hgncId, f);
        break;
      default:
        addGene(f.gene.hgncId, f);
    }
  }
  const biomarkers =
    (tmb.length > 0 ? BiomarkerBits.tmb : 0) |
    (msi.length > 0 ? BiomarkerBits.msi : 0) |
    (hrd.length > 0 ? BiomarkerBits.hrd : 0);
  return { byGene, tmb, msi, hrd, ihc, biomarkers };
};

/**
 * Whether a finding makes the cohorts of its gene candidates: not a variant that leaves the protein
 * unchanged (synonymous, intronic, UTR) and not a copy-number-neutral call. Such findings are still
 * evaluated by the leaves of cohorts that other findings reach, and accounted for as not actionable.
 * @internal
 */
export const canReach = (f: Finding): boolean =>
  f.kind === 'sequence-variant'
    ? f.proteinAltering || f.truncating
    : f.kind === 'copy-number'
      ? f.call !== 'neutral'
      : true;

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
  access: new Map(),
});

/** The positions of the cohorts the case's findings reach, ascending. */
const reachedPositions = (plan: TablePlan, findings: ReadonlyArray<Finding>): ReadonlyArray<number> => {
  const marks = new Uint8Array(plan.cohorts.length);
  let count = 0;
  const mark = (positions: ReadonlyArray<number> | undefined): void => {
    if (positions === undefined) return;
    for (const p of positions) {
      if (marks[p] === 0) {
        marks[p] = 1;
        count += 1;
      }
    }
  };
  for (const f of findings) {
    if (!canReach(f)) continue;
    switch (f.kind) {
      case 'tmb':
      case 'msi':
      case 'hrd':
        mark(plan.byBiomarker.get(f.kind));
        break;
      case 'ihc':
        for (const marker of ihcMarkers(f)) mark(plan.byIhc.get(marker));
        break;
      case 'fusion':
        mark(plan.byGene.get(f.gene5.hgncId));
        mark(plan.byGene.get(f.gene3.hgncId));
        break;
      default:
        mark(plan.byGene.get(f.gene.hgncId));
    }
  }
  const reached: number[] = [];
  for (let p = 0; count > 0 && p < marks.length; p++) {
    if (marks[p] === 1) {
      reached.push(p);
      count -= 1;
    }
  }
  return reached;
};

const specificityRanks: Readonly<Record<Specificity, number>> = {
  change: 0,
  codon: 1,
  exon: 2,
  class: 3,
  gene: 4,
  biomarker: 5,
};
const noSpecificity = 6;

const verdictRanks: Readonly<Record<Verdict, number>> = {
  eligible: 0,
  'needs-review': 1,
  'not-evaluable': 2,
  ineligible: 3,
};

/** Outcome -> base-3 digit of an access key. */
const outcomeDigit: Readonly<Record<Outcome, number>> = { met: 0, unknown: 1, 'not-met': 2 };

/** Above this many covering labels an access key would not fit a number exactly: not cached. */
const maxKeyedLabels = 30;

/** One match: the case, the table and the caches it uses. */
interface MatchRun {
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

/** A label plan with its outcome, as access reads it. */
interface PlannedLabel extends LabelOutcome {
  readonly plan: IndicationPlan;
}

const patientAge = (run: MatchRun): number | null => {
  if (run.age === undefined) run.age = ageOn(run.c.patient, run.asOf);
  return run.age;
};

const labelOutcome = (run: MatchRun, ip: IndicationPlan): Outcome => {
  const known = run.labelOutcomes[ip.index];
  if (known !== undefined) return known;
  const age = ageOutcome(ip.compiled.indication, patientAge(run));
  const biomarker: Outcome =
    age === 'not-met' || ip.biomarker === null ? 'met' : outcomeOfPlan(ip.biomarker, run.ctx, run.memo);
  // Kleene and of the two.
  const outcome: Outcome =
    age === 'not-met' || biomarker === 'not-met'
      ? 'not-met'
      : age === 'unknown' || biomarker === 'unknown'
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
  return Object.freeze({
    access: Object.freeze(access),
    reasons: Object.freeze(accessReasons(access, run.table.settings.excludedAccess)),
  });
};

/** Access for a cohort: from the cache keyed by the outcomes of the labels covering the diagnosis. */
const plannedLabels = (run: MatchRun, covering: ReadonlyArray<IndicationPlan>): ReadonlyArray<PlannedLabel> =>
  covering.map((ip) => ({ indication: ip.compiled, outcome: labelOutcome(run, ip), plan: ip }));

/** Access for a cohort: from the cache keyed by the outcomes of the labels covering the diagnosis. */
const accessOf = (run: MatchRun, p: CohortPlan): AccessEntry => {
  const vocabulary = run.table.vocabulary;
  const code = run.c.patient.diagnosis.code;
  const covering = (run.dx.labels[p.position] ??= p.indications.filter((ip) =>
    coversDiagnosis(ip.compiled, code, vocabulary),
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

const tumorTypeOf = (run: MatchRun, p: CohortPlan): TumorTypeEntry => {
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

const statusOf = (run: MatchRun, p: CohortPlan): StatusEntry => {
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

const clinicalOf = (run: MatchRun, p: CohortPlan): ClinicalEntry => {
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

/** One reached cohort, evaluated and decided, before ranking. */
interface Decided {
  readonly plan: CohortPlan;
  readonly evaluation: TreeEvaluation;
  readonly verdict: Verdict;
  readonly reasons: ReadonlyArray<Reason>;
  readonly access: AccessOutcome;
  readonly tumorType: TumorTypeOutcome;
  readonly status: CohortStatusOutcome;
  readonly clinical: ReadonlyArray<ClinicalOutcome>;
  readonly specificity: Specificity | null;
  readonly specificityRank: number;
  readonly matchedFindings: ReadonlyArray<string>;
}

/** What a cohort's criteria tree gives for the case, shared by cohorts with the same tree (see `treeId`). */
interface MolecularPart {
  readonly evaluation: TreeEvaluation;
  readonly reasons: MolecularReasons;
  readonly specificity: Specificity | null;
  readonly specificityRank: number;
  readonly matchedFindings: ReadonlyArray<string>;
}

const molecularOf = (run: MatchRun, p: CohortPlan): MolecularPart => {
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

const evaluateCohort = (run: MatchRun, p: CohortPlan): Decided => {
  const molecular = molecularOf(run, p);
  const tumorType = tumorTypeOf(run, p);
  const access = accessOf(run, p);
  const status = statusOf(run, p);
  const clinical = clinicalOf(run, p);
  const decision = verdictFromParts({
    molecular: molecular.reasons,
    tumorType: tumorType.reason,
    access: access.reasons,
    status: status.reason,
    clinical: clinical.reasons,
  });
  return {
    plan: p,
    evaluation: molecular.evaluation,
    verdict: decision.verdict,
    reasons: decision.reasons,
    access: access.access,
    tumorType: tumorType.outcome,
    status: status.status,
    clinical: clinical.outcomes,
    specificity: molecular.specificity,
    specificityRank: molecular.specificityRank,
    matchedFindings: molecular.matchedFindings,
  };
};

/** The documented candidate order (rank.ts `candidateOrd`), on precomputed ranks. */
const candidateOrder = (a: Decided, b: Decided): number =>
  verdictRanks[a.verdict] - verdictRanks[b.verdict] ||
  a.plan.evidenceRank - b.plan.evidenceRank ||
  a.specificityRank - b.specificityRank ||
  (a.status.open === b.status.open ? 0 : a.status.open ? -1 : 1) ||
  compare(a.plan.compiled.cohort.id, b.plan.compiled.cohort.id);

const candidateOf = (d: Decided, rank: number): Candidate => {
  const cohort = d.plan.compiled.cohort;
  return {
    cohortId: cohort.id,
    title: cohort.title,
    regimenId: cohort.regimen,
    drugs: d.plan.compiled.drugs,
    verdict: d.verdict,
    access: d.access,
    reasons: d.reasons,
    criteria: d.evaluation.tree,
    molecular: d.evaluation.tree.outcome,
    tumorType: d.tumorType,
    status: d.status,
    clinical: d.clinical,
    evidenceLevel: cohort.evidence.level,
    specificity: d.specificity,
    matchedFindings: d.matchedFindings,
    inferred: cohort.inferred,
    sources: d.plan.sources,
    rank,
  };
};

const emptyCounts = (): Record<FindingStatus, number> => ({
  matched: 0,
  'not-actionable': 0,
  'off-panel': 0,
  rejected: 0,
});

const library = Object.freeze({ name: 'mtb-match', version: LIBRARY_VERSION } as const);

/** Whether the case has a finding with a biomarker key (`tmb`, `msi`, `hrd`, `ihc:<MARKER>`). */
const hasBiomarker = (findings: CaseFindings, key: string): boolean =>
  key === 'tmb'
    ? findings.tmb.length > 0
    : key === 'msi'
      ? findings.msi.length > 0
      : key === 'hrd'
        ? findings.hrd.length > 0
        : key.startsWith('ihc:') && findings.ihc.has(key.slice('ihc:'.length));

/** The assay's answer to "was this kind assessed in this gene?", cached per gene (two bits per kind). */
const assessedIn =
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

/**
 * Matches a case against a compiled table on a date. Never throws: an invalid as-of date gives a result
 * with an `invalid_as_of` issue and no candidates.
 * @internal
 */
export const matchCase = (c: Case, table: CompiledTable, options: MatchOptions): MatchResult => {
  const asOf = options.asOf;
  const memo = table.memo;
  const findings = sortFindings(c.findings);
  const grouped = groupFindings(findings);
  const assay = assayCache(memo, c.sample.assay);
  const date = dateCacheOf(table, asOf);
  const dx = diagnosisCacheOf(table, c.patient.diagnosis);
  const run: MatchRun = {
    c,
    table,
    asOf,
    ctx: {
      vocabulary: table.vocabulary,
      assay: c.sample.assay,
      findings: grouped,
      leafFacts: assay.leafFacts,
    },
    assay,
    date,
    dx,
    labelOutcomes: [],
    memo: { assay, leaves: [], outcomes: [] },
    trees: [],
    age: undefined,
    patient: undefined,
    access: undefined,
  };

  const reached = date.valid ? reachedPositions(memo.plan, findings) : [];
  const decided: Decided[] = [];
  for (const position of reached) {
    const p = memo.plan.cohorts[position];
    if (p !== undefined) decided.push(evaluateCohort(run, p));
  }
  const order = sortInPlace(decided.slice(), candidateOrder);
  const ranked: Candidate[] = [];
  // Candidates by the position of their cohort, for the near misses (which keep cohort order).
  const byPosition: Candidate[] = [];
  order.forEach((d, i) => {
    const candidate = candidateOf(d, i + 1);
    ranked.push(candidate);
    byPosition[d.plan.position] = candidate;
  });
  const evaluated: EvaluatedCandidate[] = decided.map((d) => ({
    candidate: byPosition[d.plan.position] as Candidate,
    evaluation: d.evaluation,
  }));

  const accounts = accountFindings(findings, c, evaluated, table, table.vocabulary, assessedIn(run));
  const counts = emptyCounts();
  for (const a of accounts) counts[a.status] += 1;
  const verdicts = { eligible: 0, 'needs-review': 0, ineligible: 0, 'not-evaluable': 0 };
  const candidateIds = new Set<string>();
  for (const r of ranked) {
    verdicts[r.verdict] += 1;
    candidateIds.add(r.cohortId);
  }

  return {
    schema: 'mtb-match/result@1',
    library,
    table: memo.tableRef,
    asOf,
    patient: { id: c.patient.id, diagnosis: dx.diagnosis },
    sample: {
      id: c.sample.id,
      panel: c.sample.assay.panel,
      dna: c.sample.assay.dna,
      rna: c.sample.assay.rna,
    },
    candidates: ranked,
    drugs: drugViews(ranked),
    nearMisses: nearMisses(evaluated),
    findings: accounts,
    untested: date.valid
      ? notesFromPlan(
          (assay.untested ??= untestedPlan(table, c.sample.assay)) as UntestedPlan,
          (key) => hasBiomarker(grouped, key),
          candidateIds,
        )
      : [],
    issues: date.issues,
    summary: {
      eligible: verdicts.eligible,
      needsReview: verdicts['needs-review'],
      ineligible: verdicts.ineligible,
      notEvaluable: verdicts['not-evaluable'],
      findings: counts,
    },
  };
};
