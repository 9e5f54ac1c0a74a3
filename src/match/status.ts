/**
 * A cohort's status on the as-of date, from its dated status timeline.
 *
 * - The last event dated on or before the as-of date holds (events of the same date: the later in the
 *   table wins). Before the first event the cohort is `planned` (not open).
 * - Open states: `stage1-open`, `stage2-open`, `expansion-open`.
 * - Slots left = the stage's size from the trial settings (stage 1: `stage1Size`; stage 2: `stage2Size`,
 *   counted from the cohort's first patient; expansion: `expansionMax`) minus the `enrolled` count of the
 *   event in force; null when that event gives no count. An open state whose count has reached the stage
 *   size is still reported open, with 0 slots left (the board checks: counts may lag).
 */
import type { CohortStatusOutcome } from '../model/result.js';
import type { CohortState, Settings, StatusEvent } from '../model/table.js';
import { capitalize } from './format.js';

const openStates: ReadonlySet<CohortState> = new Set(['stage1-open', 'stage2-open', 'expansion-open']);

const stateWords: Readonly<Record<CohortState, string>> = {
  planned: 'planned, not yet open',
  'stage1-open': 'open in stage 1',
  'stage1-full': 'stage 1 full, awaiting the benefit evaluation',
  'stage2-open': 'open in stage 2',
  'stage2-full': 'stage 2 full, awaiting the evaluation',
  'expansion-open': 'open in expansion',
  'expansion-full': 'expansion full',
  suspended: 'suspended',
  'closed-futility': 'closed for futility (no benefit in stage 1)',
  'closed-negative': 'closed, negative (too few with benefit in stage 2)',
  'closed-positive': 'closed, positive',
  'closed-other': 'closed',
};

const capacity = (state: CohortState, stages: Settings['stages']): number | null =>
  state === 'stage1-open'
    ? stages.stage1Size
    : state === 'stage2-open'
      ? stages.stage2Size
      : state === 'expansion-open'
        ? stages.expansionMax
        : null;

/**
 * Whether a cohort state takes patients.
 *
 * @example
 * import { isOpenState } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(isOpenState('stage2-open'), true);
 * assert.strictEqual(isOpenState('stage1-full'), false);
 */
export const isOpenState = (state: CohortState): boolean => openStates.has(state);

/**
 * The status of a cohort on a date, from its timeline sorted by date.
 * @internal
 */
export const statusOn = (
  timeline: ReadonlyArray<StatusEvent>,
  stages: Settings['stages'],
  partner: CohortStatusOutcome['partner'],
  asOf: string,
): CohortStatusOutcome => {
  const current = timeline.filter((e) => e.date <= asOf).at(-1);
  if (current === undefined) {
    const first = timeline[0];
    return {
      state: 'planned',
      since: first?.date ?? asOf,
      open: false,
      enrolled: null,
      slotsLeft: null,
      partner,
      reason:
        first === undefined
          ? `No status known on ${asOf}: not open`
          : `Not yet open on ${asOf}: the first status event (${first.state}) is dated ${first.date}`,
    };
  }
  const open = isOpenState(current.state);
  const enrolled = current.enrolled ?? null;
  const cap = capacity(current.state, stages);
  const slotsLeft = cap === null || enrolled === null ? null : Math.max(0, cap - enrolled);
  const counts =
    enrolled === null
      ? ''
      : cap === null
        ? `; ${enrolled} enrolled`
        : `; ${enrolled} of ${cap} enrolled, ${slotsLeft} slot${slotsLeft === 1 ? '' : 's'} left`;
  const benefit = current.benefit === undefined ? '' : `; ${current.benefit} with benefit`;
  const note = current.note === undefined ? '' : ` (${current.note})`;
  const partnerSlots = partner.slots === null ? '' : `; partner ${partner.name} funds ${partner.slots} slots`;
  return {
    state: current.state,
    since: current.date,
    open,
    enrolled,
    slotsLeft,
    partner,
    reason: `${capitalize(stateWords[current.state])} since ${current.date}${counts}${benefit}${note}${partnerSlots}`,
  };
};
