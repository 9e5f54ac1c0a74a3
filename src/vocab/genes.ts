/**
 * Gene symbols -> HGNC: any spelling a report, a VCF or a TSO500 file uses, resolved to the HGNC id and
 * today's approved symbol, or a coded issue. Never a silent guess.
 *
 * Rule: case-insensitive after trimming; an approved symbol always wins; any other token (previous
 * symbol, alias, legacy TSO500 spelling) resolves only when exactly one gene claims it, otherwise it is
 * ambiguous. See `rules/reference/README.md` for why previous symbols do not outrank aliases.
 */
import { left, map, right } from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type { IssuePath, Result } from '../model/issue.js';
import type { GeneRef } from '../model/case.js';
import { closestMatches, suggestionPool, vocabIssue, type SuggestionPool } from './issues.js';
import { memoize } from './memo.js';
import { geneIndex, lazy, panelIndex, unpackClaim } from './reference-data.js';

export type { GeneRef } from '../model/case.js';

/** How a symbol matched: today's approved symbol, a previous symbol, an alias, or a legacy TSO500 spelling. */
export type GeneMatch = 'approved' | 'previous' | 'alias' | 'legacy';

/** A resolved gene symbol and how it matched. */
export interface GeneResolution {
  readonly gene: GeneRef;
  /** `alias` also covers HGNC synonyms the source does not split into previous and alias symbols. */
  readonly matchedBy: GeneMatch;
  /** The input as given (untrimmed). */
  readonly input: string;
}

const hgncId = (id: number): string => `HGNC:${id}`;

const refOf = (id: number): GeneRef => ({
  hgncId: hgncId(id),
  symbol: geneIndex().symbolOf.get(id) ?? hgncId(id),
});

const parseHgncId = (value: string): number | null => {
  const match = /^HGNC:([1-9][0-9]*)$/i.exec(value.trim());
  return match?.[1] === undefined ? null : Number(match[1]);
};

const panelHgncIds = lazy(
  (): ReadonlySet<string> =>
    new Set([...panelIndex().values()].flatMap((panel) => panel.file.genes.map((g) => g.hgncId))),
);

/**
 * Spellings to suggest from, in order of preference: panel genes' approved symbols and other unambiguous
 * tokens first, then every approved symbol. Built only when a symbol is unknown.
 */
const genePool = lazy((): SuggestionPool => {
  const { approved, unique, symbolOf } = geneIndex();
  const panel = panelHgncIds();
  const isPanel = (id: number): boolean => panel.has(hgncId(id));
  const pool: Array<readonly [string, string]> = [];
  for (const [key, id] of approved) if (isPanel(id)) pool.push([key, symbolOf.get(id) ?? key]);
  for (const [key, packed] of unique) {
    const { id } = unpackClaim(packed);
    if (isPanel(id)) pool.push([key, symbolOf.get(id) ?? key]);
  }
  for (const [key, id] of approved) if (!isPanel(id)) pool.push([key, symbolOf.get(id) ?? key]);
  return suggestionPool(pool);
});

const maxDistance = (input: string): number => (input.length <= 3 ? 1 : 2);

/** What a symbol (as given) resolves to, before a failure is placed at a path. */
type Lookup =
  | { readonly ok: true; readonly result: Result<GeneResolution> }
  | {
      readonly ok: false;
      readonly code: 'ambiguous_gene_symbol' | 'unknown_gene_symbol';
      readonly trimmed: string;
      /** The candidates of an ambiguous symbol, the suggestions for an unknown one. */
      readonly symbols: ReadonlyArray<string>;
    };

/** Symbol as given -> what it resolves to. */
const lookupUncached = (symbol: string): Lookup => {
  const trimmed = symbol.trim();
  const key = trimmed.toUpperCase();
  const index = geneIndex();
  const found = (id: number, matchedBy: GeneMatch): Lookup => ({
    ok: true,
    result: right({ gene: refOf(id), matchedBy, input: symbol }),
  });
  const approved = index.approved.get(key);
  if (approved !== undefined) return found(approved, 'approved');
  const packed = index.unique.get(key);
  if (packed !== undefined) {
    const claim = unpackClaim(packed);
    return found(claim.id, claim.matchedBy);
  }
  const claims = index.ambiguous.get(key);
  if (claims !== undefined) {
    const candidates = claims.map((id) => refOf(id).symbol).sort();
    return { ok: false, code: 'ambiguous_gene_symbol', trimmed, symbols: candidates };
  }
  const suggestions = closestMatches(trimmed, genePool(), maxDistance(trimmed));
  return { ok: false, code: 'unknown_gene_symbol', trimmed, symbols: suggestions };
};

/** Symbol as given -> what it resolves to: pure, so memoized (registries repeat their genes). */
const lookup = memoize(4096, lookupUncached);

/**
 * Resolves a gene symbol and says how it matched (for notices such as "FAM46C read as TENT5C").
 * `path` locates the symbol in the input for the issue message. The resolution is shared and frozen.
 *
 * @example
 * import { resolveGene } from 'mtb-match';
 * import assert from 'node:assert';
 * const r = resolveGene('FAM46C');
 * assert.deepStrictEqual(r, {
 *   _tag: 'Right',
 *   right: { gene: { hgncId: 'HGNC:24712', symbol: 'TENT5C' }, matchedBy: 'previous', input: 'FAM46C' },
 * });
 */
export const resolveGene = (symbol: string, path: IssuePath = []): Result<GeneResolution> => {
  if (symbol.trim() === '') return left([vocabIssue('empty_gene_symbol', { path }, { path, input: symbol })]);
  const found = lookup(symbol);
  if (found.ok) return found.result;
  const { code, trimmed } = found;
  return code === 'ambiguous_gene_symbol'
    ? left([
        vocabIssue(
          code,
          { input: trimmed, path, candidates: [...found.symbols] },
          { path, input: symbol, suggestions: [...found.symbols] },
        ),
      ])
    : left([
        vocabIssue(
          code,
          { input: trimmed, path, suggestions: [...found.symbols] },
          { path, input: symbol, suggestions: [...found.symbols] },
        ),
      ]);
};

/**
 * Resolves any spelling of a gene (approved, previous, alias, legacy TSO500) to its HGNC id and approved
 * symbol. Ambiguous, unknown and empty symbols are coded issues. Idempotent on the returned symbol.
 *
 * @example
 * import { normalizeGene } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.deepStrictEqual(normalizeGene(' her2 '), { _tag: 'Right', right: { hgncId: 'HGNC:3430', symbol: 'ERBB2' } });
 * const bad = normalizeGene('HER-2x', ['findings', 3, 'gene']);
 * assert.strictEqual(bad._tag === 'Left' && bad.left[0].message,
 *   'Unknown gene symbol "HER-2x" at findings[3].gene: did you mean ERBB2?');
 */
export const normalizeGene = (symbol: string, path: IssuePath = []): Result<GeneRef> =>
  pipe(
    resolveGene(symbol, path),
    map((resolution) => resolution.gene),
  );

/**
 * The gene with this HGNC id (`HGNC:3430`, any case), or null if no approved gene has it.
 *
 * @example
 * import { geneById } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.deepStrictEqual(geneById('HGNC:3430'), { hgncId: 'HGNC:3430', symbol: 'ERBB2' });
 * assert.strictEqual(geneById('HGNC:0'), null);
 */
export const geneById = (id: string): GeneRef | null => {
  const n = parseHgncId(id);
  return n !== null && geneIndex().symbolOf.has(n) ? refOf(n) : null;
};

/**
 * The gene whose approved symbol this is (any case), or null. Unlike `normalizeGene` it does not read
 * aliases: use it where only an approved symbol is acceptable (e.g. in rule tables).
 *
 * @example
 * import { geneBySymbol } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.deepStrictEqual(geneBySymbol('pdk1'), { hgncId: 'HGNC:8809', symbol: 'PDK1' });
 * assert.strictEqual(geneBySymbol('HER2'), null);
 */
export const geneBySymbol = (symbol: string): GeneRef | null => {
  const id = geneIndex().approved.get(symbol.trim().toUpperCase());
  return id === undefined ? null : refOf(id);
};

/**
 * Whether a gene is on a panel (any kind assessed). Unknown panel ids have no genes.
 *
 * @example
 * import { isPanelGene } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(isPanelGene({ hgncId: 'HGNC:3430', symbol: 'ERBB2' }, 'TSO500'), true);
 * assert.strictEqual(isPanelGene({ hgncId: 'HGNC:12403', symbol: 'TTN' }, 'TSO500'), false);
 */
export const isPanelGene = (gene: GeneRef, panelId: string): boolean =>
  panelIndex().get(panelId)?.kindsOf.has(gene.hgncId) ?? false;
