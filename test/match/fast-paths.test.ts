/**
 * The matcher's fast paths agree with the plain code they replace: small-list sorting and joining, sorted
 * key merges, the finding order, and the plan's sharing of equal leaves and trees.
 */
import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { sortFindings } from '../../src/match/case-findings.js';
import { compile } from '../../src/match/compile.js';
import { mergeKeys, sortedKeys, uniqueSorted } from '../../src/match/leaves/context.js';
import type { PlanNode } from '../../src/match/plan.js';
import { joinMapped, sortInPlace } from '../../src/match/sort.js';
import type { Finding } from '../../src/model/case.js';
import type { Criterion } from '../../src/model/criteria.js';
import { embeddedTables } from '../../src/table/embedded.js';
import { tableAsOf } from '../../src/table/versions.js';
import { cohort, compileFixture, copyNumber, tmb, variant } from './fixtures.js';

/** Short strings over a small alphabet, so that ties and shared prefixes are common. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'B', '-', ' ', 'é'), maxLength: 4 });

describe('small-list helpers', () => {
  it('sortInPlace sorts stably, as Array.prototype.sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ k: fc.integer({ min: 0, max: 5 }), i: fc.nat() }), { maxLength: 70 }),
        (xs) => {
          const order = (a: { k: number }, b: { k: number }): number => a.k - b.k;
          expect(sortInPlace(xs.slice(), order)).toEqual(xs.slice().sort(order));
        },
      ),
    );
  });

  it('uniqueSorted and sortedKeys give [...new Set(xs)].sort()', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (xs) => {
        expect([...uniqueSorted(xs)]).toEqual([...new Set(xs)].sort());
        expect([...sortedKeys(xs)]).toEqual([...new Set(xs)].sort());
      }),
    );
  });

  it('mergeKeys of two sorted unique lists is their sorted union', () => {
    const sortedUnique = fc.array(word, { maxLength: 10 }).map((xs) => [...new Set(xs)].sort());
    fc.assert(
      fc.property(sortedUnique, sortedUnique, (a, b) => {
        expect([...mergeKeys(a, b)]).toEqual([...new Set([...a, ...b])].sort());
      }),
    );
  });

  it('joinMapped joins as map then join', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), word, (xs, separator) => {
        expect(joinMapped(xs, (x) => `<${x}>`, separator)).toBe(xs.map((x) => `<${x}>`).join(separator));
      }),
    );
  });
});

describe('the finding order', () => {
  const pool: ReadonlyArray<Finding> = [
    variant('BRAF', 'p.V600E', { line: 3 }),
    variant('BRAF', 'p.V600E', { line: 1 }),
    variant('BRAF', 'p.V600E', { line: 1, vaf: 0.1 }),
    variant('KRAS', 'p.G12D'),
    copyNumber('ERBB2', 'amplification', { copyNumber: 8 }),
    tmb(12),
    tmb(3),
  ];
  const reference = (fs: ReadonlyArray<Finding>): ReadonlyArray<Finding> => {
    const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    const source = (f: Finding): string =>
      f.source === null
        ? ''
        : `${f.source.file ?? ''}:${String(f.source.line ?? '').padStart(9, '0')}:${String(f.source.column ?? '')}`;
    return [...fs].sort(
      (a, b) =>
        compare(a.key, b.key) ||
        compare(source(a), source(b)) ||
        compare(JSON.stringify(a), JSON.stringify(b)),
    );
  };

  it('is the documented order (key, source, content) for any input order, short or long', () => {
    const findings = fc.array(fc.constantFrom(...pool), { maxLength: 80 });
    fc.assert(
      fc.property(findings, (fs) => {
        expect(sortFindings(fs)).toEqual(reference(fs));
      }),
    );
  });
});

describe('the plan', () => {
  const leafIds = (node: PlanNode): ReadonlyArray<number> =>
    node.node === 'leaf' ? [node.leafId] : node.node === 'not' ? leafIds(node.of) : node.of.flatMap(leafIds);

  it('shares leaves that differ only by label, and trees that are equal with their words', () => {
    const braf: Criterion = { type: 'variant', gene: 'BRAF', select: { by: 'codon', codons: [600] } };
    const labelled = (label: string, of: Criterion): Criterion => ({ type: 'any', of: [of], label });
    const table = compileFixture([
      cohort({ id: 'a', criteria: labelled('BRAF V600', { ...braf, label: 'BRAF V600' }) }),
      cohort({ id: 'b', criteria: labelled('BRAF V600', { ...braf, label: 'V600' }) }),
      cohort({ id: 'c', criteria: labelled('V600', braf) }),
      cohort({
        id: 'd',
        criteria: labelled('BRAF V600', { ...braf, select: { by: 'codon', codons: [601] } }),
      }),
    ]);
    const [a, b, c, d] = table.memo.plan.cohorts;
    if (a === undefined || b === undefined || c === undefined || d === undefined) throw new Error('cohorts');
    // A leaf's label is not part of its evaluation: one leaf for a, b and c.
    expect(leafIds(a.criteria)).toEqual(leafIds(b.criteria));
    expect(leafIds(a.criteria)).toEqual(leafIds(c.criteria));
    expect(leafIds(a.criteria)).not.toEqual(leafIds(d.criteria));
    // A branch's label is its description: a and b are one tree, c is the same shape in other words.
    expect(a.treeId).toBe(b.treeId);
    expect(a.treeId).not.toBe(c.treeId);
    expect(a.criteria.shape).toBe(c.criteria.shape);
    expect(a.criteria.shape).not.toBe(d.criteria.shape);
  });

  it('plans every cohort of the embedded table, in table order, with its labels', () => {
    const loaded = tableAsOf(embeddedTables(), '2024-06-01');
    if (isLeft(loaded)) throw new Error(loaded.left[0].message);
    const table = compile(loaded.right);
    const plan = table.memo.plan;
    expect(plan.cohorts.map((p) => p.compiled)).toEqual(table.cohorts);
    plan.cohorts.forEach((p, position) => {
      expect(p.position).toBe(position);
      expect(p.indications.map((i) => i.compiled)).toEqual(p.compiled.indications);
    });
    const reached = [...plan.byGene.values(), ...plan.byBiomarker.values(), ...plan.byIhc.values()];
    expect(reached.flat().length).toBe([...table.index.values()].flat().length);
  });
});
