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
const CLASS_RANK: Readonly<Record<SymbolClass, number>> = { previous: 0, alias: 1, legacy: 2 };

/** The gene symbol index. @internal */
export interface GeneIndex {
  /** Upper-cased approved symbol -> HGNC number. */
  readonly approved: ReadonlyMap<string, number>;
  /** HGNC number -> approved symbol. */
  readonly symbolOf: ReadonlyMap<number, string>;
  /** Upper-cased other token -> each gene claiming it, with its best class. */
  readonly others: ReadonlyMap<string, ReadonlyMap<number, SymbolClass>>;
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
  const others = new Map<string, Map<number, SymbolClass>>();
  const claim = (token: string, id: number, cls: SymbolClass): void => {
    const key = token.toUpperCase();
    if (approved.has(key)) return;
    const genes = others.get(key) ?? new Map<number, SymbolClass>();
    const known = genes.get(id);
    if (known === undefined || CLASS_RANK[cls] < CLASS_RANK[known]) genes.set(id, cls);
    others.set(key, genes);
  };
  for (const [id, , synonyms] of hgncFile.genes)
    for (const t of splitSymbols(synonyms)) claim(t, id, 'alias');
  for (const [id, previous, aliases] of hgncFile.panelSymbols) {
    for (const t of splitSymbols(previous)) claim(t, id, 'previous');
    for (const t of splitSymbols(aliases)) claim(t, id, 'alias');
  }
  for (const [token, id] of hgncFile.legacy) claim(token, id, 'legacy');
  return { approved, symbolOf, others };
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
