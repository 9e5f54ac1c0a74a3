/**
 * `match`: one case, one compiled table, one date -> the whole answer.
 *
 * Pure and deterministic: the findings are first sorted by an explicit order (key, then source, then
 * content), every list of the result is sorted by a documented order, and nothing depends on the order of
 * the input or on Map insertion order, so `JSON.stringify` of the result is byte-identical whatever order
 * the findings came in. The cost grows with the patient's findings: only cohorts reached through the
 * compiled index (the findings' genes, fusion partners and biomarkers) are evaluated; a variant that does
 * not change the protein, or a neutral copy-number call, reaches nothing (see `canReach`).
 *
 * What does not depend on the findings comes from the compiled table's caches (table-cache.ts, read through
 * match-run.ts), so a candidate costs its criteria evaluation and the assembly of its parts; the caches
 * never change an answer (test/match/cache.test.ts).
 */
import type { Case } from '../model/case.js';
import type {
  AccessOutcome,
  Candidate,
  ClinicalOutcome,
  CohortStatusOutcome,
  FindingStatus,
  MatchResult,
  Reason,
  Specificity,
  TumorTypeOutcome,
  Verdict,
} from '../model/result.js';
import { LIBRARY_VERSION } from '../version.js';
import { accountFindings } from './accounting.js';
import { groupFindings, reachedPositions, sortFindings } from './case-findings.js';
import type { CompiledTable } from './compiled.js';
import { drugViews } from './drugs.js';
import type { TreeEvaluation } from './evaluate.js';
import type { CaseFindings } from './leaves/context.js';
import type { MatchRun } from './match-run.js';
import {
  accessOf,
  assessedIn,
  clinicalOf,
  molecularOf,
  newMatchRun,
  statusOf,
  tumorTypeOf,
} from './match-run.js';
import type { EvaluatedCandidate } from './near-miss.js';
import { nearMisses } from './near-miss.js';
import type { CohortPlan } from './plan.js';
import { sortInPlace } from './sort.js';
import { notesFromPlan, untestedPlan } from './untested.js';
import { verdictFromParts } from './verdict.js';

/** Options of `match`. */
export interface MatchOptions {
  /** The date the question is asked for, ISO `YYYY-MM-DD`: cohort status, funding, labels and age use it. */
  readonly asOf: string;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const verdictRanks: Readonly<Record<Verdict, number>> = {
  eligible: 0,
  'needs-review': 1,
  'not-evaluable': 2,
  ineligible: 3,
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

/**
 * Matches a case against a compiled table on a date. Never throws: an invalid as-of date gives a result
 * with an `invalid_as_of` issue and no candidates.
 * @internal
 */
export const matchCase = (c: Case, table: CompiledTable, options: MatchOptions): MatchResult => {
  const asOf = options.asOf;
  const memo = table.memo;
  const findings = sortFindings(c.findings);
  const grouped = groupFindings(findings, memo.plan.genesRead);
  const run = newMatchRun(c, table, asOf, grouped);
  const { assay, date, dx } = run;

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
          (assay.untested ??= untestedPlan(table, c.sample.assay)),
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
