import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveGene } from '../../src/vocab/genes.js';
import { deepFreeze, memoize } from '../../src/vocab/memo.js';

describe('memoize', () => {
  it('computes a key once it repeats, and shares only frozen values', () => {
    const calls: string[] = [];
    const f = memoize(4, (key: string) => {
      calls.push(key);
      return { key, parts: [key.length] };
    });
    const first = f('a');
    expect(Object.isFrozen(first)).toBe(false); // seen once: handed out unshared
    const second = f('a');
    expect(second).not.toBe(first);
    expect(Object.isFrozen(second) && Object.isFrozen(second.parts)).toBe(true);
    expect(f('a')).toBe(second);
    expect(calls).toEqual(['a', 'a']);
    expect(() => {
      (second.parts as number[]).push(2);
    }).toThrow();
    expect(f('a')).toEqual({ key: 'a', parts: [1] });
  });

  it('stays bounded: old keys are dropped, kept keys in use stay', () => {
    let computed = 0;
    const f = memoize(8, (key: string) => {
      computed += 1;
      return key.toUpperCase();
    });
    f('hot');
    f('hot');
    for (let i = 0; i < 1000; i += 1) {
      f(`k${i}`);
      f(`k${i}`);
      expect(f('hot')).toBe('HOT');
    }
    expect(computed).toBe(2 + 2000);
    // k0 was dropped long ago: it is computed again (first seen again, then kept).
    f('k0');
    expect(computed).toBe(2003);
  });

  it('gives the same answers whatever was asked before (property)', () => {
    const f = memoize(3, (key: string) => ({ length: key.length, upper: key.toUpperCase() }));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'bb', 'ccc', 'dd', 'e', 'ff', 'ggg')), (keys) => {
        for (const k of keys) expect(f(k)).toEqual({ length: k.length, upper: k.toUpperCase() });
      }),
    );
  });

  it('deepFreeze freezes nested objects and arrays', () => {
    const v = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(v.a.b[1])).toBe(true);
  });
});

describe('memoized gene resolution', () => {
  it('resolveGene: repeated symbols give equal, frozen resolutions; failures keep their own paths', () => {
    const a = resolveGene('HER2');
    const b = resolveGene('HER2');
    const c = resolveGene('HER2');
    expect(b).toEqual(a);
    expect(c).toBe(b);
    expect(Object.isFrozen(c._tag === 'Right' && c.right.gene)).toBe(true);
    const bad1 = resolveGene('HER-2x', ['findings', 1, 'gene']);
    const bad2 = resolveGene('HER-2x', ['findings', 2, 'gene']);
    expect(bad2._tag === 'Left' && bad2.left[0]?.message).toBe(
      'Unknown gene symbol "HER-2x" at findings[2].gene: did you mean ERBB2?',
    );
    expect(bad1._tag === 'Left' && bad1.left[0]?.path).toEqual(['findings', 1, 'gene']);
  });
});
