/**
 * Access on the as-of date: is the cohort's drug standard care for this patient (`on-label`: an EU label
 * covers the tumor type and biomarker, and Norway funds it), in the gap (`on-label-unfunded`: the EU label
 * covers it but Norwegian funding is pending, refused or unknown), or the trial's territory (`off-label`)?
 *
 * Rules:
 * - An indication applies to a cohort when it labels at least one drug of the cohort's regimen (a label
 *   for the drug in another combination still makes the drug a standard option; the indication used is
 *   named so the board sees which).
 * - It covers the diagnosis when one of its tumor types covers it (OncoTree ancestry, SOLID / HEME); when
 *   one of its tumor types lies under a less specific diagnosis (LUNG against an NSCLC label), it may
 *   apply: `possible`, never silently off-label.
 * - Its biomarker tree is evaluated with the cohort evaluator: met -> the label applies; unknown (e.g. the
 *   HER2 IHC or PD-L1 the label needs is not in the case) -> listed in `possible` for the board to check.
 *   A label's age range (`minAge`, `maxAge`, inclusive) is checked the same way (age unknown -> possible).
 * - Only indications with an EU date on or before the as-of date count; later ones are listed in `later`.
 * - The line of therapy of a label is not evaluated (trial patients have exhausted standard therapy);
 *   it is in the indication's summary for the board.
 * - Funding on the as-of date: the last decision in effect on it wins (a decision takes effect on its
 *   `usableFrom` date when it has one, else on its date; `exemption` counts as pending: individual use,
 *   not standard care); before any decision the indication's `basis` holds (`predates-system` = funded
 *   from the EU date).
 * - When several labels apply, a funded one decides, then the earliest EU date, then the id.
 */
import type { FundingDecision, Indication } from '../model/approvals.js';
import type { DiagnosisRef } from '../model/case.js';
import type { AccessOutcome, AccessStatus, FundingStatus, IndicationUsed, Outcome } from '../model/result.js';
import type { CompiledIndication } from './compiled.js';
import { evaluateCriterion } from './evaluate.js';
import type { LeafContext } from './leaves/context.js';
import { kleeneAll } from './outcome.js';
import { coversTumorType } from './tumor-type.js';
import type { MatchVocabulary } from './vocabulary.js';

/** Funding statuses that make a label standard care. */
const fundedStatuses: ReadonlySet<FundingStatus> = new Set([
  'funded',
  'temporarily-funded',
  'predates-system',
]);

/** The funding of an indication on a date and the decision that gave it. */
export interface FundingOnDate {
  readonly status: FundingStatus;
  readonly decision: FundingDecision | null;
}

const decisionStatus: Readonly<Record<FundingDecision['decision'], FundingStatus>> = {
  funded: 'funded',
  'temporarily-funded': 'temporarily-funded',
  refused: 'refused',
  exemption: 'pending',
};

/**
 * The Norwegian funding of an indication on a date: the last decision on or before it, else the basis.
 *
 * @example
 * import { fundingOn } from 'mtb-match';
 * import assert from 'node:assert';
 * const funding = {
 *   basis: 'pending',
 *   decisions: [
 *     { date: '2021-11-22', dateQuality: 'sourced', decision: 'refused', sources: ['s'] },
 *     { date: '2022-10-27', dateQuality: 'sourced', decision: 'funded', sources: ['s'] },
 *   ],
 * } as const;
 * assert.strictEqual(fundingOn(funding, '2021-06-01').status, 'pending');
 * assert.strictEqual(fundingOn(funding, '2022-01-01').status, 'refused');
 * assert.strictEqual(fundingOn(funding, '2022-10-27').status, 'funded');
 * // A decision counts from the day it may be used:
 * const later = { basis: 'pending', decisions: [
 *   { date: '2023-01-23', dateQuality: 'sourced', decision: 'funded', usableFrom: '2023-03-01', sources: ['s'] },
 * ] } as const;
 * assert.strictEqual(fundingOn(later, '2023-02-15').status, 'pending');
 * assert.strictEqual(fundingOn(later, '2023-03-01').status, 'funded');
 */
export const fundingOn = (funding: Indication['funding'], asOf: string): FundingOnDate => {
  // A decision takes effect on the day it may be used (`usableFrom`), not the day it was taken.
  const decision = funding.decisions
    .filter((d) => (d.usableFrom ?? d.date) <= asOf)
    .reduce<FundingDecision | null>((last, d) => (last === null || d.date >= last.date ? d : last), null);
  if (decision !== null) return { status: decisionStatus[decision.decision], decision };
  return { status: funding.basis, decision: null };
};

/**
 * An indication as the result names it, with its funding on the date and the given label outcome.
 * @internal
 */
export const indicationUsed = (ci: CompiledIndication, asOf: string, biomarker: Outcome): IndicationUsed => {
  const ind = ci.indication;
  const funding = fundingOn({ basis: ind.funding.basis, decisions: ci.decisions }, asOf);
  return {
    id: ind.id,
    drugs: ind.drugs,
    summary: ind.summary,
    tumorAgnostic: ind.tumorAgnostic,
    euDate: ind.eu.date,
    funding: funding.status,
    decision:
      funding.decision === null
        ? null
        : {
            date: funding.decision.date,
            decision: funding.decision.decision,
            methodId: funding.decision.methodId ?? null,
            usableFrom: funding.decision.usableFrom ?? null,
          },
    biomarker,
  };
};

const usedOrder = (a: IndicationUsed, b: IndicationUsed): number =>
  Number(fundedStatuses.has(b.funding)) - Number(fundedStatuses.has(a.funding)) ||
  (a.euDate < b.euDate ? -1 : a.euDate > b.euDate ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const byDateThenId = (a: IndicationUsed, b: IndicationUsed): number =>
  (a.euDate < b.euDate ? -1 : a.euDate > b.euDate ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const decisionWords = (i: IndicationUsed): string => {
  const d = i.decision;
  if (d === null) return '';
  const method = d.methodId === null ? '' : ` (${d.methodId})`;
  const usable = d.usableFrom === null || d.usableFrom === d.date ? '' : `, usable from ${d.usableFrom}`;
  return `${d.decision} on ${d.date}${method}${usable}`;
};

/**
 * The funding of an indication in words, e.g. `funded on 2023-09-25 (ID2022_085), usable from 2023-11-01`.
 * @internal
 */
export const fundingWords = (i: IndicationUsed): string => {
  switch (i.funding) {
    case 'predates-system':
      return 'standard care from before Nye metoder (funded from the EU date)';
    case 'funded':
    case 'temporarily-funded':
    case 'refused':
      return `Nye metoder: ${decisionWords(i)}`;
    case 'pending':
      return i.decision === null
        ? 'Nye metoder: pending, no decision yet'
        : `Nye metoder: ${decisionWords(i)} (individual use only, not standard funding)`;
    case 'unknown':
      return 'Nye metoder: no decision found';
  }
};

/** Where the access status of a label comes from. @internal */
export const accessOfIndication = (i: IndicationUsed): AccessStatus =>
  fundedStatuses.has(i.funding) ? 'on-label' : 'on-label-unfunded';

/** What access needs to know about the patient. @internal */
export interface AccessPatient {
  readonly diagnosis: DiagnosisRef;
  readonly age: number | null;
}

/**
 * How an indication's tumor types stand to a diagnosis code: `met` when one covers it (the diagnosis is
 * the label's type or lies under it); `unknown` when one lies under the diagnosis (the diagnosis is less
 * specific than the label, e.g. LUNG against an NSCLC label: the label may apply, the board must check);
 * `not-met` otherwise.
 * @internal
 */
export const labelTumorOutcome = (
  ci: CompiledIndication,
  code: string,
  vocabulary: MatchVocabulary,
): Outcome => {
  let narrower = false;
  for (const entry of ci.indication.tumorTypes) {
    if (coversTumorType(vocabulary, entry, code)) return 'met';
    if (!narrower && entry !== 'SOLID' && entry !== 'HEME' && vocabulary.isA(entry, code)) narrower = true;
  }
  return narrower ? 'unknown' : 'not-met';
};

/** Whether an indication may concern a diagnosis: its tumor types cover it or lie under it. @internal */
export const coversDiagnosis = (ci: CompiledIndication, code: string, vocabulary: MatchVocabulary): boolean =>
  labelTumorOutcome(ci, code, vocabulary) !== 'not-met';

/** A label's age range against the patient's age: met without a range, unknown without an age. @internal */
export const ageOutcome = (ind: Indication, age: number | null): Outcome =>
  ind.minAge === undefined && ind.maxAge === undefined
    ? 'met'
    : age === null
      ? 'unknown'
      : age >= (ind.minAge ?? 0) && age <= (ind.maxAge ?? Number.POSITIVE_INFINITY)
        ? 'met'
        : 'not-met';

/** A label that covers the diagnosis, with its outcome for the patient (age and biomarker, Kleene and). @internal */
export interface LabelOutcome {
  readonly indication: CompiledIndication;
  readonly outcome: Outcome;
}

/**
 * Access on a date from the labels that cover the diagnosis (in the cohort's order) and their outcomes;
 * `usedOf` names a label's indication on the date with its outcome (see `indicationUsed`).
 * @internal
 */
export const accessFromLabels = <L extends LabelOutcome>(
  labels: ReadonlyArray<L>,
  diagnosis: DiagnosisRef,
  asOf: string,
  usedOf: (label: L) => IndicationUsed,
): AccessOutcome => {
  const applicable: IndicationUsed[] = [];
  const possible: IndicationUsed[] = [];
  const later: IndicationUsed[] = [];
  for (const label of labels) {
    const outcome = label.outcome;
    if (outcome === 'not-met') continue;
    const u = usedOf(label);
    if (label.indication.indication.eu.date > asOf) later.push(u);
    else if (outcome === 'met') applicable.push(u);
    else possible.push(u);
  }
  applicable.sort(usedOrder);
  possible.sort(byDateThenId);
  later.sort(byDateThenId);
  const chosen = applicable[0] ?? null;
  const laterWords =
    later.length === 0
      ? ''
      : `; later EU approval${later.length > 1 ? 's' : ''}: ${later.map((l) => `${l.id} on ${l.euDate}`).join(', ')}`;
  if (chosen === null) {
    const possibleWords =
      possible.length === 0
        ? ''
        : `; a label may apply if confirmed (biomarker, age or a more specific tumor type): ${possible.map((p) => p.id).join(', ')}`;
    return {
      status: 'off-label',
      reason: `Off-label on ${asOf}: no EU indication covers ${diagnosis.name} (${diagnosis.code}) with this profile${possibleWords}${laterWords}`,
      indication: null,
      possible,
      later,
    };
  }
  const status = accessOfIndication(chosen);
  const head =
    status === 'on-label'
      ? `On-label and funded on ${asOf} (standard care)`
      : `On-label but not funded in Norway on ${asOf} (the gap: seek early access)`;
  return {
    status,
    reason: `${head}: ${chosen.summary} [${chosen.id}], EU approval ${chosen.euDate}; ${fundingWords(chosen)}${laterWords}`,
    indication: chosen,
    possible,
    later,
  };
};

/**
 * Access to a cohort's drugs for a patient on a date, from the cohort's compiled indications.
 * @internal
 */
export const evaluateAccess = (
  indications: ReadonlyArray<CompiledIndication>,
  patient: AccessPatient,
  ctx: LeafContext,
  asOf: string,
): AccessOutcome => {
  const labels: LabelOutcome[] = [];
  for (const ci of indications) {
    const tumor = labelTumorOutcome(ci, patient.diagnosis.code, ctx.vocabulary);
    if (tumor === 'not-met') continue;
    const age = ageOutcome(ci.indication, patient.age);
    const biomarker: Outcome =
      ci.biomarker === null ? 'met' : evaluateCriterion(ci.biomarker, ctx).tree.outcome;
    labels.push({ indication: ci, outcome: kleeneAll([tumor, age, biomarker]) });
  }
  return accessFromLabels(labels, patient.diagnosis, asOf, (l) =>
    indicationUsed(l.indication, asOf, l.outcome),
  );
};
