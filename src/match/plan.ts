/**
 * The match plan: everything about a compiled table that `match` would otherwise work out again on every
 * call, worked out once at compile time. It is immutable and derived only from the compiled cohorts and
 * indications, so it can never disagree with them:
 *
 * - each criteria tree mirrored as plan nodes that know their position (`id`), whether they count for the
 *   cohort (`positive`: under an even number of `not`s) and which of a case's findings they read
 *   (`genes` with the finding kinds their leaves look at, `biomarkers`, `ihc` markers), so a subtree that
 *   reads none of the case's findings can be answered from a cache;
 * - each cohort's tumor-type entries pre-sorted deepest first (the order the reason names them in), its
 *   sources sorted, its evidence level ranked, and its labels as positions in one list of indications
 *   (a label shared by several cohorts is evaluated once per match);
 * - the index split by kind of key (gene, biomarker, IHC marker), so reaching cohorts needs no key strings.
 */
import type { EvidenceLevel } from '../model/table.js';
import type { CompiledCohort, CompiledCriterion, CompiledIndication, CompiledLeaf } from './compiled.js';
import { normalizeMarker } from './index-keys.js';
import type { MatchVocabulary, TumorGroup } from './vocabulary.js';

/** Bits for the kinds of gene findings a leaf reads (see `kindBit`). @internal */
export const FindingBits = {
  sequenceVariant: 1,
  copyNumber: 2,
  fusion: 4,
  splice: 8,
} as const;

/** Bits for the value biomarkers a subtree reads. @internal */
export const BiomarkerBits = { tmb: 1, msi: 2, hrd: 4 } as const;

/** A gene a subtree reads, with the kinds of its findings that matter (an OR of `FindingBits`). @internal */
export interface GeneRead {
  readonly hgncId: string;
  readonly kinds: number;
}

interface PlanBase {
  /** Position of the node among all plan nodes of the table (an index into per-node caches). */
  readonly id: number;
  /**
   * The node's shape: equal for nodes of the same structure over the same leaves (see `leafId`), whatever
   * their labels, so their outcomes for one case are equal.
   */
  readonly shape: number;
  /** Whether the node counts for its tree (under an even number of `not`s). */
  readonly positive: boolean;
  /** The genes the leaves beneath read (deduplicated by gene, kinds merged). */
  readonly genes: ReadonlyArray<GeneRead>;
  /** The value biomarkers the leaves beneath read (an OR of `BiomarkerBits`). */
  readonly biomarkers: number;
  /** The normalized IHC markers the leaves beneath read. */
  readonly ihc: ReadonlyArray<string>;
}

/** A plan leaf. @internal */
export interface PlanLeaf extends PlanBase {
  readonly node: 'leaf';
  readonly compiled: CompiledLeaf;
  /**
   * Equal for leaves whose criteria are equal but for their label: they evaluate alike for any case (a
   * leaf evaluator reads neither label nor description), so a match evaluates each once.
   */
  readonly leafId: number;
}

/** A plan `all` / `any` node. @internal */
export interface PlanBranch extends PlanBase {
  readonly node: 'all' | 'any';
  readonly compiled: CompiledCriterion;
  readonly of: ReadonlyArray<PlanNode>;
}

/** A plan `not` node. @internal */
export interface PlanNot extends PlanBase {
  readonly node: 'not';
  readonly compiled: CompiledCriterion;
  readonly of: PlanNode;
}

/** A node of a planned criteria tree. @internal */
export type PlanNode = PlanLeaf | PlanBranch | PlanNot;

/** A label (EU indication) with its planned biomarker tree. @internal */
export interface IndicationPlan {
  /** Position in `TablePlan.indications`. */
  readonly index: number;
  readonly compiled: CompiledIndication;
  readonly biomarker: PlanNode | null;
}

/** A cohort with what match needs about it precomputed. @internal */
export interface CohortPlan {
  /** Position in `CompiledTable.cohorts` (cohorts are sorted by id). */
  readonly position: number;
  readonly compiled: CompiledCohort;
  readonly criteria: PlanNode;
  /**
   * Equal for cohorts whose criteria trees are equal, descriptions included (two drugs for one biomarker):
   * their evaluations for one case are equal, so a match evaluates each tree once.
   */
  readonly treeId: number;
  /** Tumor-type include entries, deepest first, then by code. */
  readonly include: ReadonlyArray<string>;
  /** Tumor-type exclude entries, deepest first, then by code. */
  readonly exclude: ReadonlyArray<string>;
  /** The cohort's sources, sorted. */
  readonly sources: ReadonlyArray<string>;
  /** The evidence level's rank (A = 0). */
  readonly evidenceRank: number;
  /** The cohort's labels, as plans in `TablePlan.indications`, in the cohort's order (by id). */
  readonly indications: ReadonlyArray<IndicationPlan>;
}

/** The whole table's plan. @internal */
export interface TablePlan {
  readonly cohorts: ReadonlyArray<CohortPlan>;
  readonly indications: ReadonlyArray<IndicationPlan>;
  /** HGNC id -> positions of the cohorts a finding of that gene reaches, ascending. */
  readonly byGene: ReadonlyMap<string, ReadonlyArray<number>>;
  /** `tmb` / `msi` / `hrd` -> positions of the cohorts reached, ascending. */
  readonly byBiomarker: ReadonlyMap<string, ReadonlyArray<number>>;
  /** Normalized IHC marker -> positions of the cohorts reached, ascending. */
  readonly byIhc: ReadonlyMap<string, ReadonlyArray<number>>;
  /** How many plan nodes the table has (the size of per-node caches). */
  readonly nodeCount: number;
  /** How many distinct leaves (`leafId`s) the table has. */
  readonly leafCount: number;
  /** How many distinct shapes the table has. */
  readonly shapeCount: number;
  /** How many distinct cohort trees (`treeId`s) the table has. */
  readonly treeCount: number;
  /** The genes any planned tree (cohort or label) reads: findings of other genes are never looked up. */
  readonly genesRead: ReadonlySet<string>;
}

const evidenceRanks: Readonly<Record<EvidenceLevel, number>> = { A: 0, B: 1, C: 2, D: 3 };

const isGroup = (entry: string): entry is TumorGroup => entry === 'SOLID' || entry === 'HEME';

/** Tumor-type entries deepest first (SOLID / HEME count as depth 0), then by code. @internal */
export const deepestFirst = (
  vocabulary: MatchVocabulary,
  entries: ReadonlyArray<string>,
): ReadonlyArray<string> => {
  if (entries.length < 2) return entries;
  const depth = (e: string): number => (isGroup(e) ? 0 : vocabulary.pathTo(e).length);
  return [...entries].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : a > b ? 1 : 0));
};

/** The finding kinds a leaf reads. */
const leafKinds = (leaf: CompiledLeaf): number => {
  switch (leaf.criterion.type) {
    case 'variant':
      return FindingBits.sequenceVariant;
    case 'copy-number':
      return FindingBits.copyNumber;
    case 'biallelic':
      return FindingBits.sequenceVariant | FindingBits.copyNumber;
    case 'fusion':
      return FindingBits.fusion;
    case 'splice':
      return FindingBits.splice;
    default:
      return 0;
  }
};

interface Reads {
  readonly genes: Map<string, number>;
  biomarkers: number;
  readonly ihc: Set<string>;
}

const leafReads = (leaf: CompiledLeaf, reads: Reads): void => {
  // A leaf that cannot be resolved is unknown whatever the case holds: it reads nothing.
  if (leaf.problem !== null) return;
  const c = leaf.criterion;
  if (c.type === 'tmb' || c.type === 'msi' || c.type === 'hrd') reads.biomarkers |= BiomarkerBits[c.type];
  else if (c.type === 'ihc') reads.ihc.add(normalizeMarker(c.marker));
  else if (leaf.gene !== null) {
    const id = leaf.gene.hgncId;
    reads.genes.set(id, (reads.genes.get(id) ?? 0) | leafKinds(leaf));
  }
};

/** Numbers the nodes of a table's trees as they are planned, and interns leaves and shapes. */
interface Counter {
  next: number;
  readonly leaves: Map<string, number>;
  readonly shapes: Map<string, number>;
}

const newCounter = (): Counter => ({ next: 0, leaves: new Map(), shapes: new Map() });

const intern = (ids: Map<string, number>, key: string): number => {
  const known = ids.get(key);
  if (known !== undefined) return known;
  ids.set(key, ids.size);
  return ids.size - 1;
};

/** A leaf's criterion without its label, as text: equal texts evaluate alike. */
const leafText = (leaf: CompiledLeaf): string => JSON.stringify({ ...leaf.criterion, label: undefined });

const planNode = (
  c: CompiledCriterion,
  positive: boolean,
  counter: Counter,
): { node: PlanNode; reads: Reads } => {
  const id = counter.next++;
  const reads: Reads = { genes: new Map(), biomarkers: 0, ihc: new Set() };
  const merge = (inner: Reads): void => {
    inner.genes.forEach((kinds, gene) => reads.genes.set(gene, (reads.genes.get(gene) ?? 0) | kinds));
    reads.biomarkers |= inner.biomarkers;
    inner.ihc.forEach((m) => reads.ihc.add(m));
  };
  const base = (shapeText: string): PlanBase => ({
    id,
    shape: intern(counter.shapes, shapeText),
    positive,
    genes: [...reads.genes].map(([hgncId, kinds]) => ({ hgncId, kinds })),
    biomarkers: reads.biomarkers,
    ihc: [...reads.ihc],
  });
  if (c.node === 'leaf') {
    leafReads(c, reads);
    const leafId = intern(counter.leaves, leafText(c));
    return { node: { ...base(`leaf ${leafId}`), node: 'leaf', compiled: c, leafId }, reads };
  }
  if (c.node === 'not') {
    const child = planNode(c.of, !positive, counter);
    merge(child.reads);
    return { node: { ...base(`not ${child.node.shape}`), node: 'not', compiled: c, of: child.node }, reads };
  }
  const of = c.of.map((child) => {
    const planned = planNode(child, positive, counter);
    merge(planned.reads);
    return planned.node;
  });
  const shapeText = `${c.node} ${of.map((child) => child.shape).join(' ')}`;
  return { node: { ...base(shapeText), node: c.node, compiled: c, of }, reads };
};

/** A planned tree as plain data: its structure, leaves and every description (what its evaluation shows). */
const treeText = (p: PlanNode): unknown =>
  p.node === 'leaf'
    ? ['leaf', p.leafId, p.compiled.description]
    : p.node === 'not'
      ? ['not', p.compiled.description, treeText(p.of)]
      : [p.node, p.compiled.description, ...p.of.map(treeText)];

const splitIndex = (
  index: ReadonlyMap<string, ReadonlyArray<number>>,
): Pick<TablePlan, 'byGene' | 'byBiomarker' | 'byIhc'> => {
  const byGene = new Map<string, ReadonlyArray<number>>();
  const byBiomarker = new Map<string, ReadonlyArray<number>>();
  const byIhc = new Map<string, ReadonlyArray<number>>();
  index.forEach((positions, key) => {
    if (key.startsWith('gene:')) byGene.set(key.slice('gene:'.length), positions);
    else if (key.startsWith('ihc:')) byIhc.set(key.slice('ihc:'.length), positions);
    else byBiomarker.set(key, positions);
  });
  return { byGene, byBiomarker, byIhc };
};

/**
 * Plans a compiled table: cohorts (sorted by id) and the index from `compileTable`.
 * @internal
 */
export const planTable = (
  cohorts: ReadonlyArray<CompiledCohort>,
  index: ReadonlyMap<string, ReadonlyArray<number>>,
  vocabulary: MatchVocabulary,
): TablePlan => {
  const counter = newCounter();
  const indications: IndicationPlan[] = [];
  const indicationPlans = new Map<CompiledIndication, IndicationPlan>();
  const indicationPlan = (ci: CompiledIndication): IndicationPlan => {
    const known = indicationPlans.get(ci);
    if (known !== undefined) return known;
    const plan: IndicationPlan = {
      index: indications.length,
      compiled: ci,
      biomarker: ci.biomarker === null ? null : planNode(ci.biomarker, true, counter).node,
    };
    indications.push(plan);
    indicationPlans.set(ci, plan);
    return plan;
  };
  const trees = new Map<string, number>();
  const planned = cohorts.map((cc, position): CohortPlan => {
    const criteria = planNode(cc.criteria, true, counter).node;
    return {
      position,
      compiled: cc,
      criteria,
      treeId: intern(trees, JSON.stringify(treeText(criteria))),
      include: deepestFirst(vocabulary, cc.cohort.tumorTypes.include),
      exclude: deepestFirst(vocabulary, cc.cohort.tumorTypes.exclude),
      sources: [...cc.cohort.sources].sort(),
      evidenceRank: evidenceRanks[cc.cohort.evidence.level],
      indications: cc.indications.map(indicationPlan),
    };
  });
  return {
    cohorts: planned,
    indications,
    ...splitIndex(index),
    nodeCount: counter.next,
    leafCount: counter.leaves.size,
    shapeCount: counter.shapes.size,
    treeCount: trees.size,
    genesRead: new Set(
      [
        ...planned.map((p) => p.criteria),
        ...indications.flatMap((i) => (i.biomarker === null ? [] : [i.biomarker])),
      ].flatMap((root) => root.genes.map((g) => g.hgncId)),
    ),
  };
};

/**
 * Plans one criteria tree on its own (nodes numbered from 0), for evaluating a tree outside a table.
 * @internal
 */
export const planCriterion = (criterion: CompiledCriterion): PlanNode =>
  planNode(criterion, true, newCounter()).node;
