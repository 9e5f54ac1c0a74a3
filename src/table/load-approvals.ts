/**
 * Loading an approvals set (EU indications + Nye metoder funding): the schema, then every cross-check,
 * with all problems reported at once.
 */
import { left, right } from 'fp-ts/Either';
import type { Approvals } from '../model/approvals.js';
import { ApprovalsSchema } from '../model/approvals.js';
import type { Issue, Result } from '../model/issue.js';
import { checkCriteria } from './check-criteria.js';
import {
  checkDateOrder,
  checkSources,
  checkTumorCodes,
  asIssues,
  collectIds,
  failure,
  TUMOR_GROUPS,
} from './checks.js';
import { contentHash } from './hash.js';
import { tableIssue } from './issues.js';
import { compareDates, isIsoDate, isRecord, items, stringField } from './raw.js';
import { fromZodIssues } from './zod-issues.js';

/** A validated approvals set with its content hash and the warnings raised while loading it. */
export interface LoadedApprovals {
  readonly approvals: Approvals;
  /** SHA-256 of the canonical JSON of the parsed set (see `contentHash`). */
  readonly hash: string;
  /** Every lowercase INN named by at least one indication. */
  readonly drugs: ReadonlySet<string>;
  readonly warnings: ReadonlyArray<Issue>;
}

const checkIndication = (
  indication: unknown,
  i: number,
  declared: ReadonlySet<string>,
  issues: Issue[],
): void => {
  if (!isRecord(indication)) return;
  const path = ['indications', i];
  checkSources(indication.sources, [...path, 'sources'], declared, issues);
  checkTumorCodes(indication.tumorTypes, [...path, 'tumorTypes'], issues);
  const types = items(indication.tumorTypes);
  if (typeof indication.tumorAgnostic === 'boolean' && types.length > 0) {
    const solidOnly = types.length === 1 && types[0] === 'SOLID';
    const mentionsGroup = types.some((t) => typeof t === 'string' && TUMOR_GROUPS.has(t));
    if (indication.tumorAgnostic !== solidOnly && (indication.tumorAgnostic || mentionsGroup)) {
      issues.push(
        tableIssue('tumor_agnostic_mismatch', {
          path: [...path, 'tumorAgnostic'],
          agnostic: indication.tumorAgnostic,
        }),
      );
    }
  }
  if (indication.biomarker !== null && indication.biomarker !== undefined) {
    issues.push(...checkCriteria(indication.biomarker, [...path, 'biomarker'], null));
  }
  if (
    typeof indication.minAge === 'number' &&
    typeof indication.maxAge === 'number' &&
    indication.maxAge < indication.minAge
  ) {
    issues.push(
      tableIssue('age_range_inverted', {
        path: [...path, 'maxAge'],
        minAge: indication.minAge,
        maxAge: indication.maxAge,
      }),
    );
  }
  const funding = isRecord(indication.funding) ? indication.funding : {};
  const decisionsPath = [...path, 'funding', 'decisions'];
  checkDateOrder(funding.decisions, decisionsPath, 'decisions_out_of_order', issues);
  items(funding.decisions).forEach((decision, j) => {
    if (!isRecord(decision)) return;
    checkSources(decision.sources, [...decisionsPath, j, 'sources'], declared, issues);
    const date = stringField(decision, 'date');
    const usableFrom = stringField(decision, 'usableFrom');
    if (isIsoDate(date) && isIsoDate(usableFrom) && compareDates(usableFrom, date) < 0) {
      issues.push(
        tableIssue('usable_before_decision', { path: [...decisionsPath, j, 'usableFrom'], usableFrom, date }),
      );
    }
  });
};

/**
 * Validates an approvals set and cross-checks it: indication ids unique, every cited source declared
 * (`A:enhertu:1` cites record `enhertu:1` of declared source `A`), OncoTree codes current, biomarker genes
 * known and protein changes readable, decisions in date order. Reports every problem at once.
 *
 * @example
 * import { loadApprovals } from 'mtb-match';
 * import assert from 'node:assert';
 * const result = loadApprovals({
 *   id: 'tiny', title: 'Tiny', compiled: '2025-01-01',
 *   sources: [{ id: 'S1', citation: 'A source' }],
 *   indications: [{
 *     id: 'zelboraf:mel', drugs: ['vemurafenib'], summary: 'BRAF V600 melanoma', tumorTypes: ['MEL'],
 *     tumorAgnostic: false, line: 'any', eu: { date: '2012-02-17', dateQuality: 'sourced' },
 *     biomarker: { type: 'variant', gene: 'BRAF', select: { by: 'codon', codons: [600] } },
 *     funding: { basis: 'predates-system' }, sources: ['S1'],
 *   }],
 * });
 * assert.ok(result._tag === 'Right');
 * assert.ok(result.right.drugs.has('vemurafenib'));
 */
export const loadApprovals = (json: unknown): Result<LoadedApprovals> => {
  const issues: Issue[] = [];
  const parsed = ApprovalsSchema.safeParse(json);
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues, json));
  const root = isRecord(json) ? json : {};
  const declared = new Set(collectIds(root.sources, ['sources'], 'source', issues).keys());
  collectIds(root.indications, ['indications'], 'indication', issues);
  items(root.indications).forEach((indication, i) => checkIndication(indication, i, declared, issues));
  if (!parsed.success) return left(asIssues(issues));
  const failed = failure(issues);
  if (failed !== null) return left(failed);
  const approvals: Approvals = parsed.data;
  return right({
    approvals,
    hash: contentHash(approvals),
    drugs: new Set(approvals.indications.flatMap((indication) => indication.drugs)),
    warnings: issues,
  });
};
