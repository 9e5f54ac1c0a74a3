/**
 * OncoTree: resolve a tumor type code (current or retired), walk its ancestry, and test membership in a
 * cohort's tumor scope (a code and its descendants, or the SOLID / HEME shorthands).
 *
 * Codes are matched case-insensitively. The tree walkers (`isA`, `ancestors`, `descendants`, `pathTo`,
 * `isInGroup`) take current codes only; resolve input codes with `resolveTumorType` first.
 */
import { left, right } from 'fp-ts/Either';
import type { Issue, IssuePath, Result } from '../model/issue.js';
import type { OncotreeNode } from '../model/reference.js';
import { closestMatches, suggestionPool, vocabIssue } from './issues.js';
import { lazy, oncotreeIndex, tumorGroups } from './reference-data.js';

/** One OncoTree node. `mainType` and `tissue` are null only for the root `TISSUE`. */
export interface TumorType {
  readonly code: string;
  readonly name: string;
  readonly mainType: string | null;
  readonly tissue: string | null;
  readonly parent: string | null;
  /** 0 = root `TISSUE`, 1 = tissue (e.g. `LUNG`), 2.. = more specific. */
  readonly level: number;
}

/** A resolved tumor type; `resolvedFrom` and a notice (or warning) when a retired code was mapped forward. */
export interface TumorTypeResolution {
  readonly tumorType: TumorType;
  /** The retired code as given, when it was mapped forward. */
  readonly resolvedFrom?: string;
  /** Issues to carry along (never errors): how a retired code was mapped. */
  readonly notices: ReadonlyArray<Issue>;
}

/** The shorthand groups cohort tables use: all solid tumors, all hematologic malignancies. */
export type TumorGroup = 'SOLID' | 'HEME';

const toTumorType = (node: OncotreeNode): TumorType => ({
  code: node.code,
  name: node.name,
  mainType: node.mainType,
  tissue: node.tissue,
  parent: node.parent,
  level: node.level,
});

const nodeOf = (code: string): OncotreeNode | undefined =>
  oncotreeIndex().byCode.get(code.trim().toUpperCase());

/**
 * The OncoTree release the library carries, e.g. `oncotree_2025_10_03`.
 *
 * @example
 * import { oncotreeRelease } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(oncotreeRelease(), 'oncotree_2025_10_03');
 */
export const oncotreeRelease = (): string => oncotreeIndex().release;

/**
 * The current node with this code (any case), or null. Retired codes give null: see `resolveTumorType`.
 *
 * @example
 * import { tumorTypeByCode } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(tumorTypeByCode('luad')?.name, 'Lung Adenocarcinoma');
 * assert.strictEqual(tumorTypeByCode('GBM'), null);
 */
export const tumorTypeByCode = (code: string): TumorType | null => {
  const node = nodeOf(code);
  return node ? toTumorType(node) : null;
};

const codePool = lazy(() =>
  suggestionPool([...oncotreeIndex().byCode].map(([key, node]) => [key, node.code] as const)),
);

const suggestCodes = (input: string): ReadonlyArray<string> => {
  const byName = [...oncotreeIndex().byCode.values()].filter(
    (n) => n.name.toUpperCase() === input.toUpperCase(),
  );
  if (byName.length > 0) return byName.map((n) => n.code);
  return closestMatches(input, codePool(), input.length <= 3 ? 1 : 2);
};

/**
 * Resolves an OncoTree code, case-insensitively. A retired code maps forward through the release's
 * history (renamed: notice), precursors (merged into a broader node: notice) or revocations (the
 * successor is narrower: warning); the issue travels in `notices`. A retired code with several successors
 * (ALL: BLL or TLL) and an unknown code are errors, the latter with suggestions.
 *
 * @example
 * import { resolveTumorType } from 'mtb-match';
 * import assert from 'node:assert';
 * const r = resolveTumorType('DIPG', ['patient', 'diagnosis']);
 * assert.ok(r._tag === 'Right');
 * assert.strictEqual(r.right.tumorType.code, 'DMG');
 * assert.strictEqual(r.right.resolvedFrom, 'DIPG');
 * assert.strictEqual(r.right.notices[0]?.severity, 'notice');
 * const gbm = resolveTumorType('gbm'); // revoked: GB (IDH-wildtype) is narrower than the old GBM
 * assert.ok(gbm._tag === 'Right' && gbm.right.tumorType.code === 'GB' && gbm.right.notices[0]?.severity === 'warning');
 */
export const resolveTumorType = (code: string, path: IssuePath = []): Result<TumorTypeResolution> => {
  const input = code.trim();
  if (input === '') return left([vocabIssue('empty_oncotree_code', { path }, { path, input: code })]);
  const index = oncotreeIndex();
  const release = index.release;
  const current = index.byCode.get(input.toUpperCase());
  if (current) return right({ tumorType: toTumorType(current), notices: [] });
  const targets = index.retired.get(input.toUpperCase()) ?? [];
  const [target] = targets;
  if (targets.length === 1 && target !== undefined) {
    const node = index.byCode.get(target.code.toUpperCase());
    if (node) {
      const params = { input, path, code: node.code, name: node.name, release };
      const notice =
        target.relation === 'revocation'
          ? vocabIssue('revoked_oncotree_code', params, { path, input: code })
          : vocabIssue(
              'retired_oncotree_code',
              { ...params, relation: target.relation },
              { path, input: code },
            );
      return right({ tumorType: toTumorType(node), resolvedFrom: input, notices: [notice] });
    }
  }
  if (targets.length > 1) {
    const candidates = targets.map((t) => t.code).sort();
    return left([
      vocabIssue(
        'ambiguous_retired_oncotree_code',
        { input, path, release, candidates },
        { path, input: code, suggestions: candidates },
      ),
    ]);
  }
  const suggestions = suggestCodes(input);
  return left([
    vocabIssue(
      'unknown_oncotree_code',
      { input, path, release, suggestions },
      { path, input: code, suggestions },
    ),
  ]);
};

/**
 * The codes from the node up to the root, the node first; empty for a code that is not current.
 *
 * @example
 * import { ancestors } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.deepStrictEqual(ancestors('LUAD'), ['LUAD', 'NSCLC', 'LUNG', 'TISSUE']);
 */
export const ancestors = (code: string): ReadonlyArray<string> => {
  const chain: string[] = [];
  for (let node = nodeOf(code); node; node = node.parent === null ? undefined : nodeOf(node.parent)) {
    chain.push(node.code);
  }
  return chain;
};

/**
 * The codes from the root down to the node, for explanations; empty for a code that is not current.
 *
 * @example
 * import { pathTo } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.deepStrictEqual(pathTo('luad'), ['TISSUE', 'LUNG', 'NSCLC', 'LUAD']);
 */
export const pathTo = (code: string): ReadonlyArray<string> => [...ancestors(code)].reverse();

/**
 * Whether `code` is `ancestorCode` or lies below it. False when either is not a current code.
 *
 * @example
 * import { isA } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(isA('LUAD', 'NSCLC'), true);
 * assert.strictEqual(isA('LUAD', 'LUAD'), true);
 * assert.strictEqual(isA('NSCLC', 'LUAD'), false);
 */
export const isA = (code: string, ancestorCode: string): boolean => {
  const target = nodeOf(ancestorCode);
  return target !== undefined && ancestors(code).includes(target.code);
};

/**
 * Every code strictly below the node, depth-first with children in code order; empty for a leaf or a
 * code that is not current.
 *
 * @example
 * import { descendants } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.ok(descendants('NSCLC').includes('LUAD'));
 * assert.deepStrictEqual(descendants('LUAD'), []);
 */
export const descendants = (code: string): ReadonlyArray<string> => {
  const node = nodeOf(code);
  if (!node) return [];
  const { children } = oncotreeIndex();
  const out: string[] = [];
  const visit = (c: string): void => {
    for (const child of children.get(c) ?? []) {
      out.push(child);
      visit(child);
    }
  };
  visit(node.code);
  return out;
};

/**
 * Whether a current code belongs to a shorthand group: HEME = the OncoTree tissues MYELOID and LYMPH,
 * SOLID = every other tissue (the definition is data, in `rules/reference/tumor-groups.json`). The root
 * `TISSUE` and unknown codes are in neither.
 *
 * @example
 * import { isInGroup } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(isInGroup('LUAD', 'SOLID'), true);
 * assert.strictEqual(isInGroup('AML', 'HEME'), true);
 * assert.strictEqual(isInGroup('AML', 'SOLID'), false);
 */
export const isInGroup = (code: string, group: TumorGroup): boolean => {
  const definition = tumorGroups()[group];
  const chain = ancestors(code);
  return (
    definition.include.some((c) => chain.includes(c)) && !definition.exclude.some((c) => chain.includes(c))
  );
};
