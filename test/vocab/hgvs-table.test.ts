import { isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { ProteinChange } from '../../src/model/protein-change.js';
import {
  equalProteinChange,
  formatProteinChange,
  formatProteinChangeLong,
  isProteinAltering,
  isTruncating,
  parseProteinChange,
  proteinChangeKey,
  proteinVariantClass,
} from '../../src/vocab/hgvs.js';
import { NOTATIONS } from './hgvs-notations.js';

const parsed = (text: string): ProteinChange => {
  const result = parseProteinChange(text);
  if (!isRight(result)) throw new Error(`expected "${text}" to parse: ${result.left[0].message}`);
  return result.right;
};

describe('real-world protein notations', () => {
  it('covers at least 150 notations, each once', () => {
    expect(NOTATIONS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(NOTATIONS.map((row) => row.input)).size).toBe(NOTATIONS.length);
  });

  describe.each(NOTATIONS)('$input ($source)', (row) => {
    it('parses to the expected structure', () => {
      const { predicted, reference, ...shape } = parsed(row.input);
      expect(shape).toEqual(row.shape);
      expect(predicted).toBe(row.predicted ?? false);
      expect(reference).toBe(row.reference ?? null);
    });

    it(`prints the canonical short form ${row.short}`, () => {
      const pc = parsed(row.input);
      expect(formatProteinChange(pc)).toBe(row.short);
      expect(proteinChangeKey(pc)).toBe(row.short);
    });

    it(`is classed ${row.class}`, () => {
      const pc = parsed(row.input);
      expect(proteinVariantClass(pc)).toBe(row.class);
      expect(isTruncating(pc)).toBe(['nonsense', 'frameshift', 'splice-site'].includes(row.class));
      expect(isProteinAltering(pc)).toBe(!['synonymous', 'unknown'].includes(row.class));
    });

    it('reads back from both formatters as the same change', () => {
      const pc = parsed(row.input);
      const fromShort = parsed(formatProteinChange(pc));
      const fromLong = parsed(formatProteinChangeLong(pc));
      expect(equalProteinChange(fromShort, pc)).toBe(true);
      expect(fromLong).toEqual({ ...pc, reference: null });
    });
  });

  it('gives every spelling of one change the same key', () => {
    const byShort = new Map<string, string[]>();
    for (const row of NOTATIONS) byShort.set(row.short, [...(byShort.get(row.short) ?? []), row.input]);
    for (const [short, inputs] of byShort) {
      expect(new Set(inputs.map((input) => proteinChangeKey(parsed(input))))).toEqual(new Set([short]));
    }
  });
});
