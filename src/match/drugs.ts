/**
 * The drug-level view: each drug of the candidates once, with every cohort that could bring it to the
 * patient. Drugs are sorted by their best verdict, then name; each drug's cohorts by verdict, then id.
 */
import type { Candidate, DrugView, Verdict } from '../model/result.js';
import { sortInPlace } from './sort.js';

const verdictRanks: Readonly<Record<Verdict, number>> = {
  eligible: 0,
  'needs-review': 1,
  'not-evaluable': 2,
  ineligible: 3,
};

type DrugCohort = DrugView['cohorts'][number];

const byVerdictThenId = (a: DrugCohort, b: DrugCohort): number =>
  verdictRanks[a.verdict] - verdictRanks[b.verdict] ||
  (a.cohortId < b.cohortId ? -1 : a.cohortId > b.cohortId ? 1 : 0);

const byBestVerdictThenDrug = (a: DrugView, b: DrugView): number =>
  verdictRanks[a.bestVerdict] - verdictRanks[b.bestVerdict] ||
  (a.drug < b.drug ? -1 : a.drug > b.drug ? 1 : 0);

/**
 * Groups candidates by drug (verdicts ordered as `verdictOrd`).
 * @internal
 */
export const drugViews = (candidates: ReadonlyArray<Candidate>): ReadonlyArray<DrugView> => {
  const byDrug = new Map<string, DrugCohort[]>();
  for (const c of candidates) {
    for (const drug of c.drugs) {
      const entry: DrugCohort = { cohortId: c.cohortId, verdict: c.verdict, access: c.access.status };
      const list = byDrug.get(drug);
      if (list === undefined) byDrug.set(drug, [entry]);
      else list.push(entry);
    }
  }
  const views: DrugView[] = [];
  byDrug.forEach((cohorts, drug) => {
    sortInPlace(cohorts, byVerdictThenId);
    views.push({ drug, bestVerdict: cohorts[0]?.verdict ?? 'not-evaluable', cohorts });
  });
  return sortInPlace(views, byBestVerdictThenDrug);
};
