/**
 * Builds `oncotree.json` (every node of the release, flattened depth-first) and `tumor-groups.json`
 * (the SOLID / HEME shorthands as lists of OncoTree tissue codes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OncotreeFile, OncotreeNode, TumorGroupsFile } from '../../src/model/reference.js';
import { readTsv } from './io.js';
import { GENERATED_BY, LICENSES, ONCOTREE } from './sources.js';

const RELEASE = 'oncotree_2025_10_03';

/** The OncoTree tissues (level-1 codes) that make up HEME; every other tissue is SOLID. */
const HEME_TISSUES: ReadonlyArray<string> = ['LYMPH', 'MYELOID'];

interface RawNode {
  readonly code: string;
  readonly name: string;
  readonly mainType: string | null;
  readonly tissue: string | null;
  readonly parent: string | null;
  readonly level: number;
  readonly history: ReadonlyArray<string>;
  readonly revocations: ReadonlyArray<string>;
  readonly precursors: ReadonlyArray<string>;
  readonly children: Readonly<Record<string, RawNode>>;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Reads the nested OncoTree JSON and flattens it; cross-checks the node count against `tumor_types.tsv`. */
export const buildOncotree = (
  dataDir: string,
): {
  readonly file: OncotreeFile;
  readonly groups: TumorGroupsFile;
  readonly report: ReadonlyArray<string>;
} => {
  const tree = JSON.parse(readFileSync(join(dataDir, `oncotree/${RELEASE}.json`), 'utf8')) as Record<
    string,
    RawNode
  >;
  const flat = readTsv(join(dataDir, 'oncotree/tumor_types.tsv'), ['code', 'parent', 'level', 'history']);
  const nodes: OncotreeNode[] = [];
  const visit = (node: RawNode): void => {
    const list = (values: ReadonlyArray<string>): ReadonlyArray<string> | undefined =>
      values.length === 0 ? undefined : [...values].sort(byCode);
    const history = list(node.history);
    const revocations = list(node.revocations);
    const precursors = list(node.precursors);
    nodes.push({
      code: node.code,
      name: node.name.trim(),
      mainType: node.mainType,
      tissue: node.tissue,
      parent: node.parent,
      level: node.level,
      ...(history ? { history } : {}),
      ...(revocations ? { revocations } : {}),
      ...(precursors ? { precursors } : {}),
    });
    for (const key of Object.keys(node.children).sort(byCode)) {
      const child = node.children[key];
      if (child) visit(child);
    }
  };
  const root = tree['TISSUE'];
  if (!root || Object.keys(tree).length !== 1)
    throw new Error('OncoTree JSON: expected a single root TISSUE');
  visit(root);

  if (nodes.length !== flat.rows.length)
    throw new Error(`OncoTree: ${nodes.length} nodes, TSV has ${flat.rows.length}`);
  const codes = new Set(nodes.map((n) => n.code));
  if (codes.size !== nodes.length) throw new Error('OncoTree: duplicate codes');
  for (const row of flat.rows) {
    const node = nodes.find((n) => n.code === row['code']);
    if (!node || (node.parent ?? '') !== row['parent'] || String(node.level) !== row['level']) {
      throw new Error(`OncoTree: JSON and TSV disagree on ${row['code']}`);
    }
  }

  // Retired codes: those in history / revocations / precursors that are not current codes.
  const current = new Set(nodes.map((n) => n.code.toUpperCase()));
  const retired = new Map<string, Set<string>>();
  for (const node of nodes) {
    for (const old of [...(node.history ?? []), ...(node.revocations ?? []), ...(node.precursors ?? [])]) {
      if (current.has(old.toUpperCase())) continue;
      const targets = retired.get(old.toUpperCase()) ?? new Set<string>();
      targets.add(node.code);
      retired.set(old.toUpperCase(), targets);
    }
  }
  const ambiguous = [...retired]
    .filter(([, to]) => to.size > 1)
    .map(([old, to]) => `${old} -> ${[...to].join('/')}`);

  const meta = {
    sources: [ONCOTREE],
    version: RELEASE,
    date: '2025-10-03',
    license: LICENSES.oncotree,
    generatedBy: GENERATED_BY,
  };
  const file: OncotreeFile = {
    meta: {
      title: `OncoTree ${RELEASE}: every node with its parent, level, history, revocations and precursors`,
      ...meta,
      notes: [
        `${nodes.length} nodes, depth-first from the root TISSUE, children sorted by code; colors and UMLS/NCI ` +
          'cross-references are left out.',
        'history: former codes of the same node (synonyms: map forward silently but say so). revocations: revoked ' +
          'codes whose meaning this node was part of (the old code was broader). precursors: codes that became ' +
          'part of this node (the new node is broader).',
        `${retired.size} retired codes map forward; ${ambiguous.length} map to more than one node and must be ` +
          `chosen by a person: ${ambiguous.join(', ')}.`,
        'Codes in history/revocations/precursors that are still current codes (e.g. PTCL) are current codes.',
      ],
    },
    nodes,
  };

  const tissues = nodes.filter((n) => n.level === 1).map((n) => n.code);
  const unknownHeme = HEME_TISSUES.filter((code) => !tissues.includes(code));
  if (unknownHeme.length > 0) throw new Error(`HEME tissues not in OncoTree: ${unknownHeme.join(', ')}`);
  const solid = tissues.filter((code) => !HEME_TISSUES.includes(code));
  const groups: TumorGroupsFile = {
    meta: {
      title: 'Tumor groups used by cohort tables: SOLID and HEME as OncoTree tissues',
      ...meta,
      notes: [
        'HEME = the OncoTree tissues MYELOID and LYMPH; SOLID = every other tissue (OTHER included: cancer of unknown ' +
          'primary, mixed types). A code is in a group when one of its ancestors (or itself) is in include and none ' +
          'is in exclude; the root TISSUE is in neither.',
        'Lymphomas that OncoTree files under a solid tissue count as SOLID by this definition: MLYM (Malignant ' +
          'Lymphoma, under CNS/Brain) and TLYM (Testicular Lymphoma, under Testis). Move them with include/exclude ' +
          'if a protocol needs it.',
        'The grouping is ours (MIT, like the library); the codes are OncoTree (CC BY 4.0).',
      ],
    },
    groups: {
      SOLID: { name: 'Solid tumors', include: solid, exclude: [] },
      HEME: { name: 'Hematologic malignancies', include: [...HEME_TISSUES], exclude: [] },
    },
  };
  return {
    file,
    groups,
    report: [
      `oncotree ${RELEASE}: ${nodes.length} nodes, ${retired.size} retired codes (${ambiguous.length} ambiguous: ${ambiguous.join(', ')}); ` +
        `SOLID ${solid.length} tissues, HEME ${HEME_TISSUES.join('+')}.`,
    ],
  };
};
