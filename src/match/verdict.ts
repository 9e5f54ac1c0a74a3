/**
 * The verdict on one cohort, with its reasons in words.
 *
 * - Blocks (any one makes the cohort `ineligible`): molecular criteria not met (a resistance veto
 *   included); tumor type excluded or not included; access in the table's `excludedAccess` (for IMPRESS:
 *   on-label, funded or not); cohort not open on the date (planned, full, suspended, closed); a clinical
 *   criterion not met (age, ECOG, standard therapy not exhausted, prior use of a regimen drug).
 * - Otherwise, molecular `unknown` with no positive evidence (no finding meets or partly meets a criterion
 *   that counts for the cohort) is `not-evaluable`.
 * - Otherwise, anything for the board to check gives `needs-review`: molecular unknown (a wild type not
 *   confirmed, a fact not reported), tumor type unclear, a clinical fact unknown, a label that may apply if
 *   its biomarker is confirmed (only when that label's access would exclude, and the molecular criteria are
 *   not already not-met), an open cohort with no slots
 *   left by its count.
 * - Otherwise `eligible`.
 *
 * Blocks win over not-evaluable: a closed cohort is ineligible whatever the panel missed.
 */
import type {
  AccessOutcome,
  AccessStatus,
  ClinicalOutcome,
  CohortStatusOutcome,
  Outcome,
  Reason,
  TumorTypeOutcome,
  Verdict,
} from '../model/result.js';
import { accessOfIndication } from './access.js';
import type { NegationRecord } from './evaluate.js';

/** Everything the verdict weighs. @internal */
export interface VerdictInput {
  readonly molecular: Outcome;
  readonly molecularReason: string;
  /** Words for the findings that meet (or partly meet) the criteria that count, e.g. `ERBB2 amplification (CN 8)`. */
  readonly positiveEvidence: ReadonlyArray<string>;
  readonly negations: ReadonlyArray<NegationRecord>;
  readonly tumorType: TumorTypeOutcome;
  readonly access: AccessOutcome;
  readonly excludedAccess: ReadonlyArray<AccessStatus>;
  readonly status: CohortStatusOutcome;
  readonly clinical: ReadonlyArray<ClinicalOutcome>;
}

/** A verdict and why. @internal */
export interface VerdictDecision {
  readonly verdict: Verdict;
  readonly reasons: ReadonlyArray<Reason>;
}

const reason = (code: string, effect: Reason['effect'], message: string): Reason => ({
  code,
  effect,
  message,
});

/** The reason a tumor-type outcome gives: it blocks, asks for review or supports. @internal */
export const tumorTypeReason = (tt: TumorTypeOutcome): Reason =>
  tt.outcome === 'not-met'
    ? reason('tumor-type-excluded', 'blocks', tt.reason)
    : tt.outcome === 'unknown'
      ? reason('tumor-type-unclear', 'review', tt.reason)
      : reason('tumor-type-included', 'supports', tt.reason);

/** The reason a cohort status gives. @internal */
export const statusReason = (st: CohortStatusOutcome): Reason =>
  !st.open
    ? reason('cohort-not-open', 'blocks', st.reason)
    : st.slotsLeft === 0
      ? reason('no-slots-left', 'review', st.reason)
      : reason('cohort-open', 'supports', st.reason);

/** The reasons clinical outcomes give (met ones give none). @internal */
export const clinicalReasons = (clinical: ReadonlyArray<ClinicalOutcome>): ReadonlyArray<Reason> =>
  clinical.flatMap((c) =>
    c.outcome === 'not-met'
      ? [reason(`clinical-${c.criterion}`, 'blocks', c.reason)]
      : c.outcome === 'unknown'
        ? [reason(`clinical-${c.criterion}-unknown`, 'review', c.reason)]
        : [],
  );

/** The reasons access gives: a block, or labels to check (unless molecular is not-met) and support. @internal */
export interface AccessReasons {
  readonly block: Reason | null;
  readonly labelReviews: ReadonlyArray<Reason>;
  readonly support: Reason | null;
}

/** The reasons of an access outcome, for a table that excludes the given access statuses. @internal */
export const accessReasons = (
  access: AccessOutcome,
  excludedAccess: ReadonlyArray<AccessStatus>,
): AccessReasons => {
  if (excludedAccess.includes(access.status)) {
    return {
      block: reason(`access-${access.status}`, 'blocks', access.reason),
      labelReviews: [],
      support: null,
    };
  }
  return {
    block: null,
    labelReviews: access.possible
      .filter((p) => excludedAccess.includes(accessOfIndication(p)))
      .map((p) =>
        reason(
          'label-may-apply',
          'review',
          `The EU label ${p.summary} [${p.id}] applies if its biomarker is confirmed: check`,
        ),
      ),
    support:
      access.status === 'off-label'
        ? reason('off-label', 'supports', access.reason)
        : reason(`access-${access.status}`, 'supports', access.reason),
  };
};

/** What the verdict weighs, with the reasons of tumor type, access, status and clinical criteria made. @internal */
export interface VerdictParts {
  readonly molecular: Outcome;
  readonly molecularReason: string;
  readonly positiveEvidence: ReadonlyArray<string>;
  readonly negations: ReadonlyArray<NegationRecord>;
  readonly tumorType: Reason;
  readonly access: AccessReasons;
  readonly status: Reason;
  readonly clinical: ReadonlyArray<Reason>;
}

const place = (r: Reason, blocks: Reason[], review: Reason[], supports: Reason[]): void => {
  if (r.effect === 'blocks') blocks.push(r);
  else if (r.effect === 'review') review.push(r);
  else supports.push(r);
};

/** Decides the verdict of one cohort from its parts. @internal */
export const verdictFromParts = (input: VerdictParts): VerdictDecision => {
  const blocks: Reason[] = [];
  const review: Reason[] = [];
  const supports: Reason[] = [];

  if (input.molecular === 'not-met') {
    let vetoed = false;
    for (const n of input.negations) {
      if (n.outcome !== 'not-met') continue;
      vetoed = true;
      blocks.push(reason('resistance-veto', 'blocks', `${n.description}: ${n.reason}`));
    }
    if (!vetoed) {
      blocks.push(
        reason('molecular-not-met', 'blocks', `Molecular criteria not met: ${input.molecularReason}`),
      );
    }
  } else if (input.molecular === 'unknown') {
    for (const n of input.negations) {
      if (n.outcome === 'unknown')
        review.push(reason('wild-type-not-confirmed', 'review', `${n.description}: ${n.reason}`));
    }
    review.push(
      reason(
        'molecular-unknown',
        'review',
        `Molecular criteria not decided: ${withoutNotDecided(input.molecularReason)}`,
      ),
    );
  } else {
    supports.push(
      reason('molecular-met', 'supports', `Molecular criteria met: ${input.positiveEvidence.join('; ')}`),
    );
  }

  place(input.tumorType, blocks, review, supports);

  const access = input.access;
  if (access.block !== null) blocks.push(access.block);
  else {
    if (input.molecular !== 'not-met') for (const r of access.labelReviews) review.push(r);
    if (access.support !== null) supports.push(access.support);
  }

  place(input.status, blocks, review, supports);
  for (const r of input.clinical) place(r, blocks, review, supports);

  const verdict: Verdict =
    blocks.length > 0
      ? 'ineligible'
      : input.molecular === 'unknown' && input.positiveEvidence.length === 0
        ? 'not-evaluable'
        : review.length > 0
          ? 'needs-review'
          : 'eligible';
  for (const r of review) blocks.push(r);
  for (const r of supports) blocks.push(r);
  return { verdict, reasons: blocks };
};

const notDecided = 'not decided: ';

/** The reason without a leading `not decided: ` (as `replace(/^not decided: /, '')`). */
const withoutNotDecided = (reason: string): string =>
  reason.startsWith(notDecided) ? reason.slice(notDecided.length) : reason;

/** Decides the verdict of one cohort. @internal */
export const decideVerdict = (input: VerdictInput): VerdictDecision =>
  verdictFromParts({
    molecular: input.molecular,
    molecularReason: input.molecularReason,
    positiveEvidence: input.positiveEvidence,
    negations: input.negations,
    tumorType: tumorTypeReason(input.tumorType),
    access: accessReasons(input.access, input.excludedAccess),
    status: statusReason(input.status),
    clinical: clinicalReasons(input.clinical),
  });
