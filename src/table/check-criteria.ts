/**
 * Cross-checks of a criteria tree against the vocabularies: genes (after alias normalization), protein
 * changes, what the screening panel can assess, and thresholds written in the wrong unit. The walk is
 * lenient: every leaf that has the right shape is checked even if another node of the tree is broken.
 * @internal
 */
import { isLeft } from 'fp-ts/Either';
import type { Issue, IssuePath } from '../model/issue.js';
import { CriterionSchema, type LeafCriterion } from '../model/criteria.js';
import { resolveGene } from '../vocab/genes.js';
import { parseProteinChange } from '../vocab/hgvs.js';
import { isAssessed, type AssayRef, type MolecularKind } from '../vocab/panel.js';
import { describeCriterion } from './describe.js';
import { tableIssue } from './issues.js';
import { isRecord, items } from './raw.js';

/** Calls `visit` on every well-formed leaf of a (possibly malformed) criteria tree. @internal */
export const walkLeaves = (
  node: unknown,
  path: IssuePath,
  visit: (leaf: LeafCriterion, path: IssuePath) => void,
): void => {
  if (!isRecord(node)) return;
  if (node.type === 'all' || node.type === 'any') {
    items(node.of).forEach((child, i) => walkLeaves(child, [...path, 'of', i], visit));
    return;
  }
  if (node.type === 'not') {
    walkLeaves(node.of, [...path, 'of'], visit);
    return;
  }
  const parsed = CriterionSchema.safeParse(node);
  if (
    parsed.success &&
    parsed.data.type !== 'all' &&
    parsed.data.type !== 'any' &&
    parsed.data.type !== 'not'
  ) {
    visit(parsed.data, path);
  }
};

const assayName = (assay: AssayRef): string => {
  const arms = [assay.dna ? 'DNA' : null, assay.rna ? 'RNA' : null].filter((a) => a !== null).join(' + ');
  return `${assay.panel ?? 'no panel'}${arms === '' ? '' : ` (${arms})`}`;
};

/** The molecular kind a leaf needs the panel to assess for its gene, if any. */
const kindOf = (leaf: LeafCriterion): MolecularKind | null => {
  switch (leaf.type) {
    case 'variant':
    case 'biallelic':
      return 'small-variant';
    case 'copy-number':
      return leaf.call === 'amplification' ? 'amplification' : 'deletion';
    case 'fusion':
      return 'fusion';
    case 'splice':
      return 'splice';
    default:
      return null;
  }
};

/** Checks one gene symbol: known (else the vocabulary's issue, with suggestions), and approved. */
const checkGene = (symbol: string, path: IssuePath, issues: Issue[]): string | null => {
  const resolved = resolveGene(symbol, path);
  if (isLeft(resolved)) {
    issues.push(...resolved.left);
    return null;
  }
  const { gene, matchedBy } = resolved.right;
  if (matchedBy !== 'approved' || gene.symbol !== symbol) {
    issues.push(
      tableIssue(
        'gene_not_approved_symbol',
        { path, input: symbol, symbol: gene.symbol },
        { path, input: symbol },
      ),
    );
  }
  return gene.hgncId;
};

const checkThresholds = (leaf: LeafCriterion, path: IssuePath, issues: Issue[]): void => {
  switch (leaf.type) {
    case 'variant':
      if (leaf.minVaf !== undefined && leaf.minVaf < 0.01) {
        issues.push(tableIssue('vaf_threshold_low', { path: [...path, 'minVaf'], value: leaf.minVaf }));
      }
      return;
    case 'copy-number':
      if (leaf.call !== 'amplification') {
        for (const field of ['minCopyNumber', 'minFoldChange'] as const) {
          if (leaf[field] !== undefined)
            issues.push(tableIssue('threshold_on_loss', { path: [...path, field], call: leaf.call }));
        }
        return;
      }
      if (leaf.minCopyNumber !== undefined && leaf.minCopyNumber < 3) {
        issues.push(
          tableIssue('amplification_threshold_low', {
            path: [...path, 'minCopyNumber'],
            field: 'minCopyNumber',
            value: leaf.minCopyNumber,
          }),
        );
      }
      if (leaf.minFoldChange !== undefined && leaf.minFoldChange < 1.5) {
        issues.push(
          tableIssue('amplification_threshold_low', {
            path: [...path, 'minFoldChange'],
            field: 'minFoldChange',
            value: leaf.minFoldChange,
          }),
        );
      }
      return;
    case 'msi':
      if (leaf.minPercentUnstable <= 1) {
        issues.push(
          tableIssue('msi_percent_as_fraction', {
            path: [...path, 'minPercentUnstable'],
            value: leaf.minPercentUnstable,
          }),
        );
      }
      return;
    case 'tmb':
      if (leaf.min < 1 || leaf.min > 50)
        issues.push(tableIssue('tmb_threshold_unusual', { path: [...path, 'min'], value: leaf.min }));
      return;
    case 'hrd':
      if (leaf.min > 100)
        issues.push(tableIssue('hrd_threshold_unusual', { path: [...path, 'min'], value: leaf.min }));
      return;
    default:
      return;
  }
};

/**
 * Every problem in a criteria tree that the schema cannot see. `assay`, when given, is the screening
 * panel: criteria on a gene and kind it does not assess become warnings.
 * @internal
 */
export const checkCriteria = (
  root: unknown,
  path: IssuePath,
  assay: AssayRef | null,
): ReadonlyArray<Issue> => {
  const issues: Issue[] = [];
  walkLeaves(root, path, (leaf, at) => {
    if ('gene' in leaf) {
      const hgncId = checkGene(leaf.gene, [...at, 'gene'], issues);
      const kind = kindOf(leaf);
      if (hgncId !== null && kind !== null && assay !== null && !isAssessed(assay, hgncId, kind)) {
        issues.push(
          tableIssue('not_assessed_by_panel', {
            path: at,
            what: describeCriterion(leaf, { labels: false }),
            assay: assayName(assay),
          }),
        );
      }
    }
    if (leaf.type === 'fusion' && leaf.partner !== undefined)
      checkGene(leaf.partner, [...at, 'partner'], issues);
    if (leaf.type === 'variant' && leaf.select.by === 'change') {
      leaf.select.changes.forEach((change, i) => {
        const parsed = parseProteinChange(change, { path: [...at, 'select', 'changes', i] });
        if (isLeft(parsed)) issues.push(...parsed.left);
      });
    }
    checkThresholds(leaf, at, issues);
  });
  return issues;
};
