/**
 * The documented order of candidates, as an fp-ts `Ord`:
 *
 * 1. verdict: eligible, needs-review, not-evaluable, ineligible;
 * 2. evidence level: A, B, C, D;
 * 3. specificity of the match: exact change, codon, exon, functional class, gene, biomarker, none;
 * 4. open cohorts before those not open;
 * 5. cohort id (unique in a table, so the order is total and deterministic).
 */
import { concatAll } from 'fp-ts/Monoid';
import type { Ord } from 'fp-ts/Ord';
import { contramap, fromCompare, getMonoid } from 'fp-ts/Ord';
import * as S from 'fp-ts/string';
import type { Candidate, Specificity, Verdict } from '../model/result.js';
import type { EvidenceLevel } from '../model/table.js';

const byRank = <A extends string>(ranks: Readonly<Record<A, number>>): Ord<A> =>
  fromCompare((a, b) => {
    const d = ranks[a] - ranks[b];
    return d < 0 ? -1 : d > 0 ? 1 : 0;
  });

/**
 * Verdicts best first: eligible, needs-review, not-evaluable, ineligible.
 *
 * @example
 * import { verdictOrd } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(verdictOrd.compare('eligible', 'needs-review'), -1);
 * assert.strictEqual(verdictOrd.compare('ineligible', 'not-evaluable'), 1);
 */
export const verdictOrd: Ord<Verdict> = byRank<Verdict>({
  eligible: 0,
  'needs-review': 1,
  'not-evaluable': 2,
  ineligible: 3,
});

/**
 * Evidence levels best first: A, B, C, D.
 *
 * @example
 * import { evidenceLevelOrd } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(evidenceLevelOrd.compare('A', 'C'), -1);
 */
export const evidenceLevelOrd: Ord<EvidenceLevel> = byRank<EvidenceLevel>({ A: 0, B: 1, C: 2, D: 3 });

/**
 * Specificity most specific first: change, codon, exon, class, gene, biomarker, then none (null).
 *
 * @example
 * import { specificityOrd } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(specificityOrd.compare('change', 'gene'), -1);
 * assert.strictEqual(specificityOrd.compare(null, 'biomarker'), 1);
 */
export const specificityOrd: Ord<Specificity | null> = contramap((s: Specificity | null) => s ?? 'none')(
  byRank<Specificity | 'none'>({ change: 0, codon: 1, exon: 2, class: 3, gene: 4, biomarker: 5, none: 6 }),
);

const openFirst: Ord<boolean> = fromCompare((a, b) => (a === b ? 0 : a ? -1 : 1));

/**
 * The ranking order of candidates (see the module comment).
 *
 * @example
 * import { candidateOrd } from 'mtb-match';
 * import assert from 'node:assert';
 * const c = (cohortId: string, verdict: 'eligible' | 'needs-review', evidenceLevel: 'A' | 'B') =>
 *   ({ cohortId, verdict, evidenceLevel, specificity: 'gene', status: { open: true } }) as never;
 * const sorted = [c('x', 'needs-review', 'A'), c('y', 'eligible', 'B'), c('a', 'eligible', 'B')].sort(candidateOrd.compare);
 * assert.deepStrictEqual(sorted.map((s: { cohortId: string }) => s.cohortId), ['a', 'y', 'x']);
 */
export const candidateOrd: Ord<Candidate> = concatAll(getMonoid<Candidate>())([
  contramap((c: Candidate) => c.verdict)(verdictOrd),
  contramap((c: Candidate) => c.evidenceLevel)(evidenceLevelOrd),
  contramap((c: Candidate) => c.specificity)(specificityOrd),
  contramap((c: Candidate) => c.status.open)(openFirst),
  contramap((c: Candidate) => c.cohortId)(S.Ord),
]);
