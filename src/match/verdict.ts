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

/** Decides the verdict of one cohort. @internal */
export const decideVerdict = (input: VerdictInput): VerdictDecision => {
  const blocks: Reason[] = [];
  const review: Reason[] = [];
  const supports: Reason[] = [];

  if (input.molecular === 'not-met') {
    const vetoes = input.negations.filter((n) => n.outcome === 'not-met');
    if (vetoes.length > 0) {
      vetoes.forEach((n) =>
        blocks.push(reason('resistance-veto', 'blocks', `${n.description}: ${n.reason}`)),
      );
    } else {
      blocks.push(
        reason('molecular-not-met', 'blocks', `Molecular criteria not met: ${input.molecularReason}`),
      );
    }
  } else if (input.molecular === 'unknown') {
    input.negations
      .filter((n) => n.outcome === 'unknown')
      .forEach((n) =>
        review.push(reason('wild-type-not-confirmed', 'review', `${n.description}: ${n.reason}`)),
      );
    review.push(
      reason(
        'molecular-unknown',
        'review',
        `Molecular criteria not decided: ${input.molecularReason.replace(/^not decided: /, '')}`,
      ),
    );
  } else {
    supports.push(
      reason('molecular-met', 'supports', `Molecular criteria met: ${input.positiveEvidence.join('; ')}`),
    );
  }

  const tt = input.tumorType;
  if (tt.outcome === 'not-met') blocks.push(reason('tumor-type-excluded', 'blocks', tt.reason));
  else if (tt.outcome === 'unknown') review.push(reason('tumor-type-unclear', 'review', tt.reason));
  else supports.push(reason('tumor-type-included', 'supports', tt.reason));

  const access = input.access;
  if (input.excludedAccess.includes(access.status)) {
    blocks.push(reason(`access-${access.status}`, 'blocks', access.reason));
  } else {
    const reviewable =
      input.molecular === 'not-met'
        ? []
        : access.possible.filter((p) => input.excludedAccess.includes(accessOfIndication(p)));
    reviewable.forEach((p) =>
      review.push(
        reason(
          'label-may-apply',
          'review',
          `The EU label ${p.summary} [${p.id}] applies if its biomarker is confirmed: check`,
        ),
      ),
    );
    if (access.status === 'off-label') supports.push(reason('off-label', 'supports', access.reason));
    else supports.push(reason(`access-${access.status}`, 'supports', access.reason));
  }

  const st = input.status;
  if (!st.open) blocks.push(reason('cohort-not-open', 'blocks', st.reason));
  else if (st.slotsLeft === 0) review.push(reason('no-slots-left', 'review', st.reason));
  else supports.push(reason('cohort-open', 'supports', st.reason));

  input.clinical.forEach((c) => {
    if (c.outcome === 'not-met') blocks.push(reason(`clinical-${c.criterion}`, 'blocks', c.reason));
    else if (c.outcome === 'unknown')
      review.push(reason(`clinical-${c.criterion}-unknown`, 'review', c.reason));
  });

  const verdict: Verdict =
    blocks.length > 0
      ? 'ineligible'
      : input.molecular === 'unknown' && input.positiveEvidence.length === 0
        ? 'not-evaluable'
        : review.length > 0
          ? 'needs-review'
          : 'eligible';
  return { verdict, reasons: [...blocks, ...review, ...supports] };
};
