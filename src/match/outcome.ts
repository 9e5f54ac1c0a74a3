/**
 * Three-valued (Kleene) logic over `met` / `not-met` / `unknown`, the outcome every criterion node carries.
 *
 * `unknown` means "not assessed or not confirmed": it never becomes `not-met` by default. `all` is not-met
 * as soon as one child is not-met (an unknown cannot rescue it), `any` is met as soon as one child is met,
 * and `not` swaps met and not-met while keeping unknown (a wild type that was not tested is not confirmed).
 */
import type { Ord } from 'fp-ts/Ord';
import { fromCompare } from 'fp-ts/Ord';
import type { Outcome } from '../model/result.js';

/**
 * Kleene conjunction of any number of outcomes (`met` for none).
 *
 * @example
 * import { kleeneAll } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(kleeneAll(['met', 'unknown']), 'unknown');
 * assert.strictEqual(kleeneAll(['unknown', 'not-met']), 'not-met');
 * assert.strictEqual(kleeneAll([]), 'met');
 */
export const kleeneAll = (outcomes: ReadonlyArray<Outcome>): Outcome =>
  outcomes.includes('not-met') ? 'not-met' : outcomes.includes('unknown') ? 'unknown' : 'met';

/**
 * Kleene disjunction of any number of outcomes (`not-met` for none).
 *
 * @example
 * import { kleeneAny } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(kleeneAny(['not-met', 'unknown']), 'unknown');
 * assert.strictEqual(kleeneAny(['unknown', 'met']), 'met');
 * assert.strictEqual(kleeneAny([]), 'not-met');
 */
export const kleeneAny = (outcomes: ReadonlyArray<Outcome>): Outcome =>
  outcomes.includes('met') ? 'met' : outcomes.includes('unknown') ? 'unknown' : 'not-met';

/**
 * Kleene negation: met and not-met swap, unknown stays unknown.
 *
 * @example
 * import { kleeneNot } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(kleeneNot('met'), 'not-met');
 * assert.strictEqual(kleeneNot('unknown'), 'unknown');
 */
export const kleeneNot = (outcome: Outcome): Outcome =>
  outcome === 'met' ? 'not-met' : outcome === 'not-met' ? 'met' : 'unknown';

const outcomeRank: Readonly<Record<Outcome, number>> = { met: 0, unknown: 1, 'not-met': 2 };

/**
 * Outcomes ordered best first: met, unknown, not-met.
 *
 * @example
 * import { outcomeOrd } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.deepStrictEqual((['not-met', 'met', 'unknown'] as const).slice().sort(outcomeOrd.compare), ['met', 'unknown', 'not-met']);
 */
export const outcomeOrd: Ord<Outcome> = fromCompare((a, b) => {
  const d = outcomeRank[a] - outcomeRank[b];
  return d < 0 ? -1 : d > 0 ? 1 : 0;
});
