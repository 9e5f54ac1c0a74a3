/**
 * The one module that imports the reference JSON under `rules/reference/` (so a bundle holds each file
 * once). Lookup indexes are built on first use and kept: importing the library costs nothing more than
 * the data itself.
 *
 * The files are validated against their schemas by a test, not at load.
 */
import geneRolesJson from '../../rules/reference/gene-roles.json';
import hgncJson from '../../rules/reference/hgnc.json';
import hotspotsJson from '../../rules/reference/hotspots.json';
import oncotreeJson from '../../rules/reference/oncotree.json';
import panelTso500Json from '../../rules/reference/panel-tso500.json';
import tumorGroupsJson from '../../rules/reference/tumor-groups.json';
import type {
  GeneRoleCall,
  GeneRolesFile,
  HgncFile,
  HotspotsFile,
  OncotreeFile,
  OncotreeNode,
  PanelFile,
  ReferenceMeta,
  ResidueHotspot,
  SpliceHotspot,
  TumorGroupsFile,
} from '../model/reference.js';

// JSON imports are typed loosely (tuples widen to arrays, enums to strings); these assertions name the
// shapes that test/vocab/reference-files.test.ts validates with the zod schemas.
const hgncFile = hgncJson as unknown as HgncFile;
const panelFiles: ReadonlyArray<PanelFile> = [panelTso500Json as PanelFile];
const oncotreeFile = oncotreeJson as OncotreeFile;
const tumorGroupsFile = tumorGroupsJson as TumorGroupsFile;
const geneRolesFile = geneRolesJson as GeneRolesFile;
const hotspotsFile = hotspotsJson as HotspotsFile;

/** Memoizes a zero-argument builder: built on the first call, then reused. @internal */
export const lazy = <A>(build: () => A): (() => A) => {
  let box: { readonly value: A } | undefined;
  return () => (box ??= { value: build() }).value;
};

/** How a non-approved token is known for a gene, best first. @internal */
export type SymbolClass = 'previous' | 'alias' | 'legacy';
const CLASSES: ReadonlyArray<SymbolClass> = ['previous', 'alias', 'legacy'];

/** One gene claiming a token, and how. @internal */
export interface SymbolClaim {
  readonly id: number;
  readonly matchedBy: SymbolClass;
}

/** Decodes a packed claim of `GeneIndex.unique`. @internal */
export const unpackClaim = (packed: number): SymbolClaim => ({
  id: Math.floor(packed / 4),
  matchedBy: CLASSES[packed % 4] ?? 'alias',
});

/** The gene symbol index. @internal */
export interface GeneIndex {
  /** Upper-cased approved symbol -> HGNC number. */
  readonly approved: ReadonlyMap<string, number>;
  /** HGNC number -> approved symbol. */
  readonly symbolOf: ReadonlyMap<number, string>;
  /** Upper-cased other token claimed by exactly one gene -> that claim, packed (see `unpackClaim`). */
  readonly unique: ReadonlyMap<string, number>;
  /** Upper-cased other token claimed by two or more genes -> their HGNC numbers, ascending. */
  readonly ambiguous: ReadonlyMap<string, ReadonlyArray<number>>;
}

const splitSymbols = (list: string | undefined): ReadonlyArray<string> =>
  list === undefined || list === '' ? [] : list.split('|');

/** The gene symbol index, built on first use. @internal */
export const geneIndex = lazy((): GeneIndex => {
  const approved = new Map<string, number>();
  const symbolOf = new Map<number, string>();
  for (const [id, symbol] of hgncFile.genes) {
    approved.set(symbol.toUpperCase(), id);
    symbolOf.set(id, symbol);
  }
  // Claims packed as id * 4 + class rank while building: one number per token for the common case.
  const single = new Map<string, number>();
  const multi = new Map<string, Map<number, number>>();
  const claim = (token: string, id: number, rank: number): void => {
    const key = token.toUpperCase();
    if (approved.has(key)) return;
    const genes = multi.get(key);
    if (genes) {
      genes.set(id, Math.min(rank, genes.get(id) ?? rank));
      return;
    }
    const packed = single.get(key);
    if (packed === undefined) single.set(key, id * 4 + rank);
    else if (Math.floor(packed / 4) === id) single.set(key, id * 4 + Math.min(rank, packed % 4));
    else {
      single.delete(key);
      multi.set(
        key,
        new Map([
          [Math.floor(packed / 4), packed % 4],
          [id, rank],
        ]),
      );
    }
  };
  for (const [id, , synonyms] of hgncFile.genes) for (const t of splitSymbols(synonyms)) claim(t, id, 1);
  for (const [id, previous, aliases] of hgncFile.panelSymbols) {
    for (const t of splitSymbols(previous)) claim(t, id, 0);
    for (const t of splitSymbols(aliases)) claim(t, id, 1);
  }
  for (const [token, id] of hgncFile.legacy) claim(token, id, 2);
  const ambiguous = new Map<string, ReadonlyArray<number>>();
  for (const [key, genes] of multi)
    ambiguous.set(
      key,
      [...genes.keys()].sort((x, y) => x - y),
    );
  return { approved, symbolOf, unique: single, ambiguous };
});

/** A panel with its per-gene kinds indexed by HGNC id. @internal */
export interface PanelIndexEntry {
  readonly file: PanelFile;
  readonly kindsOf: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Panels by id, built on first use. @internal */
export const panelIndex = lazy(
  (): ReadonlyMap<string, PanelIndexEntry> =>
    new Map(
      panelFiles.map((file) => [
        file.id,
        { file, kindsOf: new Map(file.genes.map((gene) => [gene.hgncId, new Set<string>(gene.kinds)])) },
      ]),
    ),
);

/** A retired OncoTree code and the current node(s) it maps to. @internal */
export interface RetiredCode {
  readonly code: string;
  readonly relation: 'history' | 'revocation' | 'precursor';
}

/** The OncoTree index. @internal */
export interface OncotreeIndex {
  readonly release: string;
  /** Upper-cased current code -> node. */
  readonly byCode: ReadonlyMap<string, OncotreeNode>;
  /** Code -> child codes, sorted. */
  readonly children: ReadonlyMap<string, ReadonlyArray<string>>;
  /** Upper-cased retired code -> the current nodes it maps to. */
  readonly retired: ReadonlyMap<string, ReadonlyArray<RetiredCode>>;
}

/** The OncoTree index, built on first use. @internal */
export const oncotreeIndex = lazy((): OncotreeIndex => {
  const byCode = new Map(oncotreeFile.nodes.map((node) => [node.code.toUpperCase(), node]));
  const children = new Map<string, string[]>();
  const retired = new Map<string, RetiredCode[]>();
  const retire = (old: string, code: string, relation: RetiredCode['relation']): void => {
    const key = old.toUpperCase();
    if (byCode.has(key)) return; // a code that is still current is that current code
    const targets = retired.get(key) ?? [];
    if (!targets.some((t) => t.code === code)) targets.push({ code, relation });
    retired.set(key, targets);
  };
  for (const node of oncotreeFile.nodes) {
    if (node.parent !== null) children.set(node.parent, [...(children.get(node.parent) ?? []), node.code]);
    for (const old of node.history ?? []) retire(old, node.code, 'history');
    for (const old of node.revocations ?? []) retire(old, node.code, 'revocation');
    for (const old of node.precursors ?? []) retire(old, node.code, 'precursor');
  }
  for (const list of children.values()) list.sort();
  return { release: oncotreeFile.meta.version, byCode, children, retired };
});

/** The SOLID / HEME group definitions. @internal */
export const tumorGroups = (): TumorGroupsFile['groups'] => tumorGroupsFile.groups;

/** OncoKB role calls by HGNC id, built on first use. @internal */
export const geneRoleIndex = lazy(
  (): ReadonlyMap<string, GeneRoleCall> =>
    new Map(geneRolesFile.genes.map((gene) => [gene.hgncId, gene.role])),
);

/** One gene's hotspots, with residues and splice sites indexed by protein position. @internal */
export interface HotspotIndexEntry {
  readonly gene: HotspotsFile['genes'][number];
  readonly residues: ReadonlyMap<number, ResidueHotspot>;
  readonly splice: ReadonlyMap<number, SpliceHotspot>;
}

/** Hotspot genes by HGNC id, built on first use. @internal */
export const hotspotIndex = lazy(
  (): ReadonlyMap<string, HotspotIndexEntry> =>
    new Map(
      hotspotsFile.genes.map((gene) => [
        gene.hgncId,
        {
          gene,
          residues: new Map(gene.residues.map((r) => [r.position, r])),
          splice: new Map(gene.splice.map((r) => [r.position, r])),
        },
      ]),
    ),
);

/** Provenance of one reference file, for reports and audits. */
export interface ReferenceVersion {
  /** File name under `rules/reference/`. */
  readonly file: string;
  readonly title: string;
  readonly version: string;
  readonly date: string;
  readonly license: string;
}

/**
 * Which version of each reference file this build of the library carries.
 *
 * @example
 * import { referenceVersions } from 'mtb-match';
 * import assert from 'node:assert';
 * const oncotree = referenceVersions().find((v) => v.file === 'oncotree.json');
 * assert.strictEqual(oncotree?.version, 'oncotree_2025_10_03');
 */
export const referenceVersions = (): ReadonlyArray<ReferenceVersion> => {
  const entries: ReadonlyArray<readonly [string, ReferenceMeta]> = [
    ...panelFiles.map((file) => [`panel-${file.id.toLowerCase()}.json`, file.meta] as const),
    ['hgnc.json', hgncFile.meta],
    ['oncotree.json', oncotreeFile.meta],
    ['tumor-groups.json', tumorGroupsFile.meta],
    ['gene-roles.json', geneRolesFile.meta],
    ['hotspots.json', hotspotsFile.meta],
  ];
  return entries.map(([file, meta]) => ({
    file,
    title: meta.title,
    version: meta.version,
    date: meta.date,
    license: meta.license,
  }));
};
