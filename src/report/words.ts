/**
 * The words reports use for the result's codes: one place, so Markdown and HTML say the same thing.
 */
import type {
  AccessStatus,
  ClinicalOutcome,
  FindingStatus,
  FundingStatus,
  NearMiss,
  Outcome,
  Reason,
  Verdict,
} from '../model/result.js';
import type { CohortState } from '../model/table.js';

/** A verdict in words. @internal */
export const verdictWords: Readonly<Record<Verdict, string>> = {
  eligible: 'eligible',
  'needs-review': 'needs review',
  ineligible: 'ineligible',
  'not-evaluable': 'not evaluable',
};

/** A criterion outcome as the mark shown in the criteria tree. @internal */
export const outcomeWords: Readonly<Record<Outcome, string>> = {
  met: 'met',
  'not-met': 'not met',
  unknown: 'unknown',
};

/** Access on the as-of date in words. @internal */
export const accessWords: Readonly<Record<AccessStatus, string>> = {
  'off-label': 'off-label (trial territory)',
  'on-label-unfunded': 'on-label in the EU, not funded in Norway (the gap)',
  'on-label': 'on-label and funded in Norway (standard care)',
};

/** Norwegian funding status in words. @internal */
export const fundingWords: Readonly<Record<FundingStatus, string>> = {
  funded: 'funded',
  'temporarily-funded': 'temporarily funded',
  'predates-system': 'standard care from before Nye metoder',
  refused: 'refused',
  pending: 'pending (no decision yet)',
  unknown: 'unknown (no decision found)',
};

/** What became of a finding, in words. @internal */
export const findingStatusWords: Readonly<Record<FindingStatus, string>> = {
  matched: 'matched',
  'not-actionable': 'not actionable',
  'off-panel': 'off panel',
  rejected: 'rejected at input',
};

/** The effect of a reason on the verdict. @internal */
export const reasonEffectWords: Readonly<Record<Reason['effect'], string>> = {
  supports: 'supports',
  review: 'to review',
  blocks: 'blocks',
};

/** The kind of a near miss in words. @internal */
export const nearMissWords: Readonly<Record<NearMiss['kind'], string>> = {
  'tumor-type': 'tumor type',
  access: 'access',
  status: 'cohort status',
  clinical: 'clinical criteria',
  variant: 'variant',
  threshold: 'threshold',
  'wild-type': 'wild type not confirmed',
};

/** A clinical criterion's name. @internal */
export const clinicalWords: Readonly<Record<ClinicalOutcome['criterion'], string>> = {
  age: 'Age',
  ecog: 'ECOG',
  'standard-therapy-exhausted': 'Standard therapy exhausted',
  'prior-drug': 'No prior use of the drugs',
};

/** A cohort state in words. @internal */
export const cohortStateWords: Readonly<Record<CohortState, string>> = {
  planned: 'planned',
  'stage1-open': 'open (stage 1)',
  'stage1-full': 'full (stage 1)',
  'stage2-open': 'open (stage 2)',
  'stage2-full': 'full (stage 2)',
  'expansion-open': 'open (expansion)',
  'expansion-full': 'full (expansion)',
  suspended: 'suspended',
  'closed-futility': 'closed (futility)',
  'closed-negative': 'closed (negative)',
  'closed-positive': 'closed (positive)',
  'closed-other': 'closed',
};

/** The closing line of every report. @internal */
export const BOARD_DECIDES =
  'The tumor board, not this software, decides. mtb-match lists options and its reasons from the cohort ' +
  'table and the findings as given; check every finding and criterion against the source before acting.';

/** Why the untested section exists. @internal */
export const NOT_TESTED_IS_NOT_NEGATIVE =
  'Not tested is not negative: the panel did not assess these, so the cohorts that need them stay open questions.';
