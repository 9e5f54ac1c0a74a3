/**
 * How many generated cases each property runs, in one place: at least 10,000 per run of the suite across
 * them, and small enough to stay well under a minute on 2 cores.
 */
export const RUNS = {
  arbitraryJson: 1000,
  caseShapedJunk: 1500,
  messyCasesAnyDate: 1000,
  tso500Text: 2000,
  tso500Pipeline: 600,
  textEntryPoints: 1000,
  accountingJson: 1000,
  accountingTso500: 400,
  findingOrder: 400,
  noHiddenState: 200,
  tso500RowOrder: 100,
  idempotent: 600,
  unrelatedFinding: 500,
} as const;
