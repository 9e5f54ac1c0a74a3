/**
 * The drug-level view: each drug of the candidates once, with every cohort that could bring it to the
 * patient. Drugs are sorted by their best verdict, then name; each drug's cohorts by verdict, then id.
 */
import type { Candidate, DrugView } from '../model/result.js';
import { verdictOrd } from './rank.js';

/**
 * Groups candidates by drug.
 * @internal
 */
export const drugViews = (candidates: ReadonlyArray<Candidate>): ReadonlyArray<DrugView> => {
  const byDrug = new Map<string, Candidate[]>();
  for (const c of candidates) {
    for (const drug of c.drugs) {
      const list = byDrug.get(drug);
      if (list === undefined) byDrug.set(drug, [c]);
      else list.push(c);
    }
  }
  return [...byDrug.entries()]
    .map(([drug, cs]): DrugView => {
      const cohorts = cs
        .map((c) => ({ cohortId: c.cohortId, verdict: c.verdict, access: c.access.status }))
        .sort(
          (a, b) =>
            verdictOrd.compare(a.verdict, b.verdict) ||
            (a.cohortId < b.cohortId ? -1 : a.cohortId > b.cohortId ? 1 : 0),
        );
      return { drug, bestVerdict: cohorts[0]?.verdict ?? 'not-evaluable', cohorts };
    })
    .sort(
      (a, b) =>
        verdictOrd.compare(a.bestVerdict, b.bestVerdict) || (a.drug < b.drug ? -1 : a.drug > b.drug ? 1 : 0),
    );
};
