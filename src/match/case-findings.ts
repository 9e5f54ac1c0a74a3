/**
 * The case's findings as the matcher reads them: in one documented order, grouped by gene and biomarker for
 * the leaf evaluators, and the cohorts they reach through the plan's index.
 */
import type { Finding, HrdFinding, IhcFinding, MsiFinding, TmbFinding } from '../model/case.js';
import { ihcMarkers } from './index-keys.js';
import type { CaseFindings } from './leaves/context.js';
import type { TablePlan } from './plan.js';
import { BiomarkerBits, FindingBits } from './plan.js';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sourceText = (f: Finding): string =>
  f.source === null
    ? ''
    : `${f.source.file ?? ''}:${String(f.source.line ?? '').padStart(9, '0')}:${String(f.source.column ?? '')}`;

const findingOrder = (a: Finding, b: Finding): number =>
  compare(a.key, b.key) ||
  compare(sourceText(a), sourceText(b)) ||
  // Content breaks the last ties (same key and source); computed only then.
  compare(JSON.stringify(a), JSON.stringify(b));

/**
 * Findings in the matcher's order: key, then source, then content. A short list is sorted by insertion
 * (stable, as `Array.prototype.sort`, and without a call per comparison when keys differ).
 * @internal
 */
export const sortFindings = (findings: ReadonlyArray<Finding>): ReadonlyArray<Finding> => {
  const out = findings.slice();
  if (out.length > 64) return out.sort(findingOrder);
  for (let i = 1; i < out.length; i++) {
    const f = out[i] as Finding;
    let j = i;
    for (; j > 0; j--) {
      const before = out[j - 1] as Finding;
      if (before.key < f.key || (before.key === f.key && findingOrder(before, f) <= 0)) break;
      out[j] = before;
    }
    out[j] = f;
  }
  return out;
};

const kindBit = (f: Finding): number =>
  f.kind === 'sequence-variant'
    ? FindingBits.sequenceVariant
    : f.kind === 'copy-number'
      ? FindingBits.copyNumber
      : f.kind === 'fusion'
        ? FindingBits.fusion
        : FindingBits.splice;

/** The findings of one gene as they are grouped. */
interface GeneGroup {
  readonly findings: Finding[];
  kinds: number;
}

/**
 * Groups sorted findings by gene and biomarker for the leaf evaluators; with `genesRead`, only the findings
 * of those genes are grouped (the others are never looked up).
 * @internal
 */
export const groupFindings = (
  findings: ReadonlyArray<Finding>,
  genesRead: ReadonlySet<string> | null = null,
): CaseFindings => {
  const byGene = new Map<string, GeneGroup>();
  const tmb: TmbFinding[] = [];
  const msi: MsiFinding[] = [];
  const hrd: HrdFinding[] = [];
  const ihc = new Map<string, IhcFinding[]>();
  const addGene = (hgncId: string, f: Finding): void => {
    if (genesRead !== null && !genesRead.has(hgncId)) return;
    const group = byGene.get(hgncId);
    if (group === undefined) byGene.set(hgncId, { findings: [f], kinds: kindBit(f) });
    else {
      group.findings.push(f);
      group.kinds |= kindBit(f);
    }
  };
  for (const f of findings) {
    switch (f.kind) {
      case 'tmb':
        tmb.push(f);
        break;
      case 'msi':
        msi.push(f);
        break;
      case 'hrd':
        hrd.push(f);
        break;
      case 'ihc': {
        for (const marker of ihcMarkers(f)) {
          const list = ihc.get(marker);
          if (list === undefined) ihc.set(marker, [f]);
          else list.push(f);
        }
        break;
      }
      case 'fusion':
        addGene(f.gene5.hgncId, f);
        if (f.gene3.hgncId !== f.gene5.hgncId) addGene(f.gene3.hgncId, f);
        break;
      default:
        addGene(f.gene.hgncId, f);
    }
  }
  const biomarkers =
    (tmb.length > 0 ? BiomarkerBits.tmb : 0) |
    (msi.length > 0 ? BiomarkerBits.msi : 0) |
    (hrd.length > 0 ? BiomarkerBits.hrd : 0);
  return { byGene, tmb, msi, hrd, ihc, biomarkers };
};

/**
 * Whether a finding makes the cohorts of its gene candidates: not a variant that leaves the protein
 * unchanged (synonymous, intronic, UTR) and not a copy-number-neutral call. Such findings are still
 * evaluated by the leaves of cohorts that other findings reach, and accounted for as not actionable.
 * @internal
 */
export const canReach = (f: Finding): boolean =>
  f.kind === 'sequence-variant'
    ? f.proteinAltering || f.truncating
    : f.kind === 'copy-number'
      ? f.call !== 'neutral'
      : true;

/** The positions of the cohorts the case's findings reach, ascending. @internal */
export const reachedPositions = (
  plan: TablePlan,
  findings: ReadonlyArray<Finding>,
): ReadonlyArray<number> => {
  const marks = new Uint8Array(plan.cohorts.length);
  let count = 0;
  const mark = (positions: ReadonlyArray<number> | undefined): void => {
    if (positions === undefined) return;
    for (const p of positions) {
      if (marks[p] === 0) {
        marks[p] = 1;
        count += 1;
      }
    }
  };
  for (const f of findings) {
    if (!canReach(f)) continue;
    switch (f.kind) {
      case 'tmb':
      case 'msi':
      case 'hrd':
        mark(plan.byBiomarker.get(f.kind));
        break;
      case 'ihc':
        for (const marker of ihcMarkers(f)) mark(plan.byIhc.get(marker));
        break;
      case 'fusion':
        mark(plan.byGene.get(f.gene5.hgncId));
        mark(plan.byGene.get(f.gene3.hgncId));
        break;
      default:
        mark(plan.byGene.get(f.gene.hgncId));
    }
  }
  const reached: number[] = [];
  for (let p = 0; count > 0 && p < marks.length; p++) {
    if (marks[p] === 1) {
      reached.push(p);
      count -= 1;
    }
  }
  return reached;
};
