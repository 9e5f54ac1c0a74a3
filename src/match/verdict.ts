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

/** The reasons the molecular criteria give, by effect. @internal */
export interface MolecularReasons {
  readonly molecular: Outcome;
  /** Whether some finding meets (or partly meets) a criterion that counts for the cohort. */
  readonly positive: boolean;
  readonly blocks: ReadonlyArray<Reason>;
  readonly reviews: ReadonlyArray<Reason>;
  readonly supports: ReadonlyArray<Reason>;
}

/**
 * The reasons of the molecular criteria: resistance vetoes or not met (blocks); wild types not confirmed
 * and not decided (review); met, with the words of the positive evidence (supports).
 * @internal
 */
export const molecularReasons = (
  molecular: Outcome,
  molecularReason: string,
  positiveEvidence: ReadonlyArray<string>,
  negations: ReadonlyArray<NegationRecord>,
  /** The reason without its `not decided: ` prefix, when the caller has it (saves reading a long reason). */
  undecided: string | null = null,
): MolecularReasons => {
  const blocks: Reason[] = [];
  const reviews: Reason[] = [];
  const supports: Reason[] = [];
  if (molecular === 'not-met') {
    for (const n of negations) {
      if (n.outcome === 'not-met')
        blocks.push(reason('resistance-veto', 'blocks', `${n.description}: ${n.reason}`));
    }
    if (blocks.length === 0) {
      blocks.push(reason('molecular-not-met', 'blocks', `Molecular criteria not met: ${molecularReason}`));
    }
  } else if (molecular === 'unknown') {
    for (const n of negations) {
      if (n.outcome === 'unknown')
        reviews.push(reason('wild-type-not-confirmed', 'review', `${n.description}: ${n.reason}`));
    }
    reviews.push(
      reason(
        'molecular-unknown',
        'review',
        `Molecular criteria not decided: ${undecided ?? withoutNotDecided(molecularReason)}`,
      ),
    );
  } else {
    supports.push(
      reason('molecular-met', 'supports', `Molecular criteria met: ${positiveEvidence.join('; ')}`),
    );
  }
  return { molecular, positive: positiveEvidence.length > 0, blocks, reviews, supports };
};

/** What the verdict weighs, with the reasons of each part made. @internal */
export interface VerdictParts {
  readonly molecular: MolecularReasons;
  readonly tumorType: Reason;
  readonly access: AccessReasons;
  readonly status: Reason;
  readonly clinical: ReadonlyArray<Reason>;
}

/** Appends the reasons of the parts that have the given effect, in the parts' order. */
const appendEffect = (out: Reason[], input: VerdictParts, effect: Reason['effect']): void => {
  const m = input.molecular;
  for (const r of effect === 'blocks' ? m.blocks : effect === 'review' ? m.reviews : m.supports) out.push(r);
  if (input.tumorType.effect === effect) out.push(input.tumorType);
  const access = input.access;
  if (access.block !== null) {
    if (effect === 'blocks') out.push(access.block);
  } else if (effect === 'review') {
    if (m.molecular !== 'not-met') for (const r of access.labelReviews) out.push(r);
  } else if (effect === 'supports' && access.support !== null) out.push(access.support);
  if (input.status.effect === effect) out.push(input.status);
  for (const r of input.clinical) if (r.effect === effect) out.push(r);
};

/**
 * Decides the verdict of one cohort from its parts. Reasons come blocks first, then review, then
 * supports; within each, molecular, tumor type, access, status, clinical.
 * @internal
 */
export const verdictFromParts = (input: VerdictParts): VerdictDecision => {
  const reasons: Reason[] = [];
  appendEffect(reasons, input, 'blocks');
  const blocks = reasons.length;
  appendEffect(reasons, input, 'review');
  const review = reasons.length - blocks;
  appendEffect(reasons, input, 'supports');
  const m = input.molecular;
  const verdict: Verdict =
    blocks > 0
      ? 'ineligible'
      : m.molecular === 'unknown' && !m.positive
        ? 'not-evaluable'
        : review > 0
          ? 'needs-review'
          : 'eligible';
  return { verdict, reasons };
};

const notDecided = 'not decided: ';

/** The reason without a leading `not decided: ` (as `replace(/^not decided: /, '')`). */
const withoutNotDecided = (reason: string): string =>
  reason.startsWith(notDecided) ? reason.slice(notDecided.length) : reason;
