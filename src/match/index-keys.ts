/**
 * Index keys: how findings reach cohorts. A gene-bearing finding has the key `gene:<HGNC id>` (a fusion has
 * one per partner); a biomarker finding has `tmb`, `msi`, `hrd` or `ihc:<MARKER>`. A cohort is reached
 * when one of its keys is among the case's keys, so the cost of a match grows with the patient's findings.
 */
import type { Finding } from '../model/case.js';
import type { CompiledCriterion } from './compiled.js';

/**
 * An IHC marker as the index and the evaluator compare it: upper case, without spaces, `-` or `_`.
 * @internal
 */
export const normalizeMarker = (marker: string): string => marker.toUpperCase().replace(/[\s_-]/g, '');

const scaledScore = /^\s*([A-Za-z]+)\s*\d+(?:\.\d+)?\s*%?\s*$/;

/**
 * The normalized markers an IHC finding answers for: its marker, and, when its score names a scale before
 * the number (`PD-L1` with score `TPS 60%`), the marker with that scale (`PDL1TPS`), as tables write
 * scored markers (`PD-L1 TPS`).
 * @internal
 */
export const ihcMarkers = (finding: {
  readonly marker: string;
  readonly score: string;
}): ReadonlyArray<string> => {
  const base = normalizeMarker(finding.marker);
  const scale = scaledScore.exec(finding.score)?.[1];
  const scaled = scale === undefined ? base : normalizeMarker(`${finding.marker}${scale}`);
  return scaled === base ? [base] : [base, scaled];
};

/** The index key of a gene. @internal */
export const geneKey = (hgncId: string): string => `gene:${hgncId}`;

/**
 * The index keys of one finding.
 * @internal
 */
export const findingKeys = (finding: Finding): ReadonlyArray<string> => {
  switch (finding.kind) {
    case 'sequence-variant':
    case 'copy-number':
    case 'splice':
      return [geneKey(finding.gene.hgncId)];
    case 'fusion':
      return finding.gene5.hgncId === finding.gene3.hgncId
        ? [geneKey(finding.gene5.hgncId)]
        : [geneKey(finding.gene5.hgncId), geneKey(finding.gene3.hgncId)];
    case 'tmb':
    case 'msi':
    case 'hrd':
      return [finding.kind];
    case 'ihc':
      return ihcMarkers(finding).map((marker) => `ihc:${marker}`);
  }
};

/**
 * The keys that reach a cohort: those of the leaves that count for it (under an even number of `not`s).
 * A finding that can only veto (a leaf under `not`) does not make a cohort a candidate. Sorted, unique.
 * @internal
 */
export const criterionKeys = (criterion: CompiledCriterion): ReadonlyArray<string> => {
  const keys = new Set<string>();
  const visit = (c: CompiledCriterion, positive: boolean): void => {
    if (c.node === 'not') return visit(c.of, !positive);
    if (c.node !== 'leaf') return c.of.forEach((child) => visit(child, positive));
    if (!positive) return;
    const t = c.criterion;
    if (t.type === 'tmb' || t.type === 'msi' || t.type === 'hrd') keys.add(t.type);
    else if (t.type === 'ihc') keys.add(`ihc:${normalizeMarker(t.marker)}`);
    else if (c.gene !== null) keys.add(geneKey(c.gene.hgncId));
  };
  visit(criterion, true);
  return [...keys].sort();
};

/** Every gene a criterion names, wild-type requirements included. @internal */
export const criterionGenes = (criterion: CompiledCriterion): ReadonlyArray<string> =>
  criterion.node === 'leaf'
    ? [criterion.gene, criterion.partner].flatMap((g) => (g === null ? [] : [g.hgncId]))
    : criterion.node === 'not'
      ? criterionGenes(criterion.of)
      : criterion.of.flatMap(criterionGenes);

/** Every biomarker kind (`tmb`, `msi`, `hrd`, `ihc`) a criterion uses, wild-type requirements included. @internal */
export const criterionBiomarkers = (criterion: CompiledCriterion): ReadonlyArray<string> =>
  criterion.node === 'leaf'
    ? ['tmb', 'msi', 'hrd', 'ihc'].filter((k) => k === criterion.criterion.type)
    : criterion.node === 'not'
      ? criterionBiomarkers(criterion.of)
      : criterion.of.flatMap(criterionBiomarkers);
