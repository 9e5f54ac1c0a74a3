import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kleeneAll, kleeneAny, kleeneNot, outcomeOrd } from '../../src/match/outcome.js';
import type { Outcome } from '../../src/model/result.js';

const M: Outcome = 'met';
const N: Outcome = 'not-met';
const U: Outcome = 'unknown';
const outcome = fc.constantFrom<Outcome>(M, N, U);

describe('Kleene logic', () => {
  it.each([
    [M, M, M, M],
    [M, U, U, M],
    [M, N, N, M],
    [U, M, U, M],
    [U, U, U, U],
    [U, N, N, U],
    [N, M, N, M],
    [N, U, N, U],
    [N, N, N, N],
  ])('all(%s, %s) = %s; any(%s, ...) = %s', (a, b, all, any) => {
    expect(kleeneAll([a, b])).toBe(all);
    expect(kleeneAny([a, b])).toBe(any);
  });

  it.each([
    [M, N],
    [N, M],
    [U, U],
  ])('not(%s) = %s', (a, expected) => {
    expect(kleeneNot(a)).toBe(expected);
  });

  it('has the identities of empty all / any', () => {
    expect(kleeneAll([])).toBe(M);
    expect(kleeneAny([])).toBe(N);
  });

  it('obeys De Morgan and double negation', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 6 }), (xs) => {
        expect(kleeneNot(kleeneAll(xs))).toBe(kleeneAny(xs.map(kleeneNot)));
        expect(kleeneNot(kleeneAny(xs))).toBe(kleeneAll(xs.map(kleeneNot)));
        xs.forEach((x) => expect(kleeneNot(kleeneNot(x))).toBe(x));
      }),
    );
  });

  it('is order-independent', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 6 }), (xs) => {
        const reversed = [...xs].reverse();
        expect(kleeneAll(reversed)).toBe(kleeneAll(xs));
        expect(kleeneAny(reversed)).toBe(kleeneAny(xs));
      }),
    );
  });

  it('orders outcomes met, unknown, not-met', () => {
    expect([N, M, U].sort(outcomeOrd.compare)).toEqual([M, U, N]);
  });
});
