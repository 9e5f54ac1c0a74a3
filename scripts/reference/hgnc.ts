/**
 * Builds `hgnc.json` (every approved gene with an HGNC id, plus the panel genes' richer symbols and the
 * legacy TSO500 spellings) and a resolver that applies the same rule as `normalizeGene`:
 * an approved symbol always wins; any other token (previous symbol, alias, legacy spelling) resolves
 * only when exactly one gene claims it.
 */
import { join } from 'node:path';
import type { HgncFile } from '../../src/model/reference.js';
import { readTsv, splitCell, type Tsv } from './io.js';
import {
  CBIOPORTAL_GENE_TABLE,
  GENERATED_BY,
  HGNC_2019,
  ILLUMINA_GENE_LIST,
  LICENSES,
  UMCCR_PREPARED,
} from './sources.js';

/**
 * Legacy spellings seen in real TSO500 output that are not in the panel's own gene lists (the gene is a
 * fusion partner, not a panel gene). Source: shared reference `tso500-format.md` (`EGFR-SEPT14` fusion).
 */
const OBSERVED_OUTPUT_SPELLINGS: ReadonlyArray<string> = ['SEPT14'];

/** How a symbol resolved. */
export type Resolution =
  | { readonly kind: 'resolved'; readonly id: number; readonly via: 'approved' | 'other' }
  | { readonly kind: 'ambiguous'; readonly ids: ReadonlyArray<number> }
  | { readonly kind: 'unknown' };

/** The outcome of the HGNC build. */
export interface HgncBuild {
  readonly file: HgncFile;
  readonly resolve: (symbol: string) => Resolution;
  readonly symbolOf: (id: number) => string | undefined;
  readonly idOfEntrez: (entrez: string) => number | undefined;
  readonly panelIds: ReadonlySet<number>;
  readonly report: ReadonlyArray<string>;
}

const idNumber = (hgncId: string): number => {
  const match = /^HGNC:([1-9][0-9]*)$/.exec(hgncId);
  if (!match?.[1]) throw new Error(`not an HGNC id: "${hgncId}"`);
  return Number(match[1]);
};

const join_ = (symbols: Iterable<string>): string => [...symbols].join('|');

/** Reads the HGNC inputs under `dataDir` and builds `hgnc.json`. */
export const buildHgnc = (dataDir: string, panelDna: Tsv, panelRna: Tsv, panelCnv: Tsv): HgncBuild => {
  const genome = readTsv(join(dataDir, 'hgnc/gene-info-hgnc-2025-10-07.tsv'), [
    'entrez_id',
    'symbol',
    'synonyms',
    'hgnc_id',
  ]);
  const aliases = readTsv(join(dataDir, 'hgnc/aliases.tsv'), [
    'hgnc_id',
    'symbol',
    'tso500_symbol',
    'previous_symbols',
    'alias_symbols',
    'cbioportal_synonyms',
    'hgnc2019_symbol',
  ]);
  const report: string[] = [];

  // Approved symbols (HGNC 2025). Rows without an HGNC id are NCBI-only genes cBioPortal adds: left out.
  const withId = genome.rows.filter((row) => row['hgnc_id'] !== '');
  const withoutId = genome.rows.length - withId.length;
  const approved = new Map<string, number>();
  const symbolById = new Map<number, string>();
  const idByEntrez = new Map<string, number>();
  for (const row of withId) {
    const id = idNumber(row['hgnc_id'] ?? '');
    const symbol = row['symbol'] ?? '';
    if (approved.has(symbol.toUpperCase()))
      throw new Error(`approved symbol ${symbol} occurs twice (any case)`);
    if (symbolById.has(id)) throw new Error(`HGNC:${id} occurs twice`);
    approved.set(symbol.toUpperCase(), id);
    symbolById.set(id, symbol);
    if (row['entrez_id']) idByEntrez.set(row['entrez_id'], id);
  }

  // Every other token -> the set of genes claiming it.
  const others = new Map<string, Set<number>>();
  const claim = (token: string, id: number): void => {
    const key = token.toUpperCase();
    if (approved.has(key)) return; // an approved symbol always wins: the claim is unreachable
    const ids = others.get(key) ?? new Set<number>();
    ids.add(id);
    others.set(key, ids);
  };

  let droppedSynonyms = 0;
  const genes: HgncFile['genes'][number][] = withId
    .map((row) => {
      const id = idNumber(row['hgnc_id'] ?? '');
      const symbol = row['symbol'] ?? '';
      const synonyms = [...new Set(splitCell(row['synonyms']))].filter((token) => {
        const keep = !approved.has(token.toUpperCase());
        if (!keep && approved.get(token.toUpperCase()) !== id) droppedSynonyms += 1;
        return keep;
      });
      for (const token of synonyms) claim(token, id);
      return synonyms.length === 0 ? ([id, symbol] as const) : ([id, symbol, join_(synonyms)] as const);
    })
    .sort((a, b) => a[0] - b[0]);

  // Panel genes: HGNC 2019 previous / alias symbols and cBioPortal synonyms, kept apart.
  const panelIds = new Set(panelDna.rows.map((row) => idNumber(row['hgnc_id'] ?? '')));
  const panelSymbols: HgncFile['panelSymbols'][number][] = [];
  for (const row of aliases.rows) {
    const id = idNumber(row['hgnc_id'] ?? '');
    if (symbolById.get(id) !== row['symbol']) {
      throw new Error(
        `aliases.tsv: ${row['hgnc_id']} is ${row['symbol']}, gene table says ${symbolById.get(id)}`,
      );
    }
    // Tokens that are an approved symbol (this gene's or another's) can never resolve through this list.
    const own = (token: string): boolean => {
      const taken = approved.get(token.toUpperCase());
      if (taken !== undefined && taken !== id) droppedSynonyms += 1;
      return taken === undefined;
    };
    const previous = [...new Set(splitCell(row['previous_symbols']))].filter(own);
    const previousKeys = new Set(previous.map((token) => token.toUpperCase()));
    const alias = [...new Set([...splitCell(row['alias_symbols']), ...splitCell(row['cbioportal_synonyms'])])]
      .filter(own)
      .filter((token) => !previousKeys.has(token.toUpperCase()));
    for (const token of [...previous, ...alias]) claim(token, id);
    panelSymbols.push([id, join_(previous), join_(alias)]);
  }
  panelSymbols.sort((a, b) => a[0] - b[0]);
  const missingPanel = [...panelIds].filter((id) => !panelSymbols.some(([p]) => p === id));
  if (missingPanel.length > 0) throw new Error(`aliases.tsv lacks panel genes ${missingPanel.join(', ')}`);

  // Legacy TSO500 spellings: Illumina gene-list symbols (DNA, RNA, CNV tissue list), 2019 symbols.
  const legacyById = new Map<string, number>();
  const addLegacy = (token: string, id: number, why: string): void => {
    if (token === '' || token.toUpperCase() === symbolById.get(id)?.toUpperCase()) return;
    const taken = approved.get(token.toUpperCase());
    if (taken !== undefined)
      throw new Error(`legacy spelling ${token} (${why}) is the approved symbol of HGNC:${taken}`);
    const previousId = legacyById.get(token);
    if (previousId !== undefined && previousId !== id)
      throw new Error(`legacy spelling ${token} names two genes`);
    legacyById.set(token, id);
    claim(token, id);
  };
  for (const row of panelDna.rows)
    addLegacy(row['illumina_symbol'] ?? '', idNumber(row['hgnc_id'] ?? ''), 'DNA list');
  for (const row of panelRna.rows)
    addLegacy(row['illumina_symbol'] ?? '', idNumber(row['hgnc_id'] ?? ''), 'RNA list');
  for (const row of panelCnv.rows) {
    addLegacy(row['illumina_symbol'] ?? '', idNumber(row['hgnc_id'] ?? ''), 'CNV list');
    addLegacy(row['illumina_symbol_tissue_list'] ?? '', idNumber(row['hgnc_id'] ?? ''), 'CNV tissue list');
  }
  for (const row of aliases.rows)
    addLegacy(row['hgnc2019_symbol'] ?? '', idNumber(row['hgnc_id'] ?? ''), '2019 symbol');
  for (const token of OBSERVED_OUTPUT_SPELLINGS) {
    const ids = others.get(token.toUpperCase());
    if (ids?.size !== 1) throw new Error(`observed output spelling ${token} does not name exactly one gene`);
    addLegacy(token, [...ids][0] ?? 0, 'observed in TSO500 output');
  }
  const legacy: HgncFile['legacy'][number][] = [...legacyById].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );

  const resolve = (symbol: string): Resolution => {
    const key = symbol.trim().toUpperCase();
    const id = approved.get(key);
    if (id !== undefined) return { kind: 'resolved', id, via: 'approved' };
    const ids = others.get(key);
    if (ids === undefined) return { kind: 'unknown' };
    const sorted = [...ids].sort((a, b) => a - b);
    return sorted.length === 1 && sorted[0] !== undefined
      ? { kind: 'resolved', id: sorted[0], via: 'other' }
      : { kind: 'ambiguous', ids: sorted };
  };

  const ambiguous = [...others].filter(([, ids]) => ids.size > 1);
  const ambiguousPanel = ambiguous.filter(([, ids]) => [...ids].some((id) => panelIds.has(id)));
  const panelPanel = ambiguous.filter(([, ids]) => [...ids].filter((id) => panelIds.has(id)).length > 1);
  report.push(
    `hgnc: ${genes.length} genes with an HGNC id (${withoutId} gene-table rows without an HGNC id left out), ` +
      `${others.size} non-approved tokens, ${ambiguous.length} of them ambiguous genome-wide, ` +
      `${ambiguousPanel.length} involving a panel gene, ${panelPanel.length} between two panel genes ` +
      `(${panelPanel
        .map(([t]) => t)
        .sort()
        .join(', ')}); ${droppedSynonyms} synonyms equal to another ` +
      `gene's approved symbol dropped; ${legacy.length} legacy spellings.`,
  );

  const file: HgncFile = {
    meta: {
      title: 'HGNC gene symbols: every approved human gene, panel-gene aliases, legacy TSO500 spellings',
      sources: [CBIOPORTAL_GENE_TABLE, HGNC_2019, ILLUMINA_GENE_LIST, UMCCR_PREPARED],
      version: 'HGNC release 2025-10-07 (panel-gene previous/alias symbols also from the HGNC 2019 snapshot)',
      date: '2025-10-07',
      license: LICENSES.hgnc,
      generatedBy: GENERATED_BY,
      notes: [
        'genes: [hgncNumber, approvedSymbol, synonyms?]; synonyms are HGNC previous + alias symbols joined by "|" ' +
          '(the gene table does not tell them apart). The HGNC id is "HGNC:" + hgncNumber.',
        `${withoutId} rows of the gene table have no HGNC id (NCBI-only LOC genes cBioPortal adds) and are left out; ` +
          `${genes.length} genes remain.`,
        `${droppedSynonyms} synonyms that are another gene's approved symbol are left out: an approved symbol always wins.`,
        'panelSymbols: [hgncNumber, previousSymbols, aliasSymbols] for the TSO500 genes: HGNC 2019 previous symbols ' +
          '(plus the 2019 approved symbol where it has changed) and HGNC 2019 aliases plus cBioPortal 2025 synonyms.',
        'legacy: [spelling, hgncNumber]: Illumina gene-list spellings (DNA, RNA, CNV tissue list, e.g. MYCL1), HGNC ' +
          '2019 symbols of panel genes, and spellings observed in TSO500 output (SEPT14 in EGFR-SEPT14 fusions).',
        'Lookup rule (src/vocab/genes.ts): case-insensitive; an approved symbol always wins; any other token ' +
          'resolves only when exactly one gene claims it, else it is ambiguous.',
      ],
    },
    genes,
    panelSymbols,
    legacy,
  };
  return {
    file,
    resolve,
    symbolOf: (id) => symbolById.get(id),
    idOfEntrez: (entrez) => idByEntrez.get(entrez),
    panelIds,
    report,
  };
};
