/**
 * Untested notes: what the panel did not assess for this sample that a cohort of the table needs, for the
 * cohorts that are not candidates (candidates show their own unknown leaves). "Not tested" is not
 * "negative": a sample without an RNA arm says nothing about fusions, and a panel that calls deletions for
 * few genes says nothing about a homozygous deletion elsewhere.
 *
 * Only criteria that count for a cohort are considered (not wild-type requirements). Notes are grouped by
 * gene and kind (or biomarker), list their cohorts, and are sorted by gene, then kind.
 *
 * The gene notes depend only on the table and the assay, so they are computed once per assay and table and
 * cached (a pure function of its inputs; the cache never changes an answer).
 */
import type { Assay } from '../model/case.js';
import type { UntestedNote } from '../model/result.js';
import type { CompiledCohort, CompiledCriterion, CompiledTable } from './compiled.js';
import { normalizeMarker } from './index-keys.js';
import { notAssessedReason } from './leaves/context.js';
import type { AssessedKind } from './vocabulary.js';

interface RawNote {
  readonly gene: string | null;
  readonly what: string;
  readonly reason: string;
  readonly cohort: string;
}

interface Need {
  readonly gene: { readonly hgncId: string; readonly symbol: string } | null;
  readonly partner: { readonly hgncId: string } | null;
  readonly kinds: ReadonlyArray<AssessedKind>;
  /** For biomarker leaves: `tmb`, `msi`, `hrd`, `ihc:<MARKER>`, with words. */
  readonly biomarker: { readonly key: string; readonly words: string } | null;
}

const needsOf = (criterion: CompiledCriterion): ReadonlyArray<Need> => {
  const out: Need[] = [];
  const visit = (c: CompiledCriterion, positive: boolean): void => {
    if (c.node === 'not') return visit(c.of, !positive);
    if (c.node !== 'leaf') return c.of.forEach((child) => visit(child, positive));
    if (!positive) return;
    const t = c.criterion;
    const gene = c.gene;
    switch (t.type) {
      case 'variant':
        out.push({ gene, partner: null, kinds: ['small-variant'], biomarker: null });
        return;
      case 'copy-number':
        out.push({
          gene,
          partner: null,
          kinds: [t.call === 'amplification' ? 'amplification' : 'deletion'],
          biomarker: null,
        });
        return;
      case 'biallelic':
        out.push({ gene, partner: null, kinds: ['small-variant', 'deletion'], biomarker: null });
        return;
      case 'fusion':
        out.push({ gene, partner: c.partner, kinds: ['fusion'], biomarker: null });
        return;
      case 'splice':
        out.push({ gene, partner: null, kinds: ['splice'], biomarker: null });
        return;
      case 'tmb':
        out.push({ gene: null, partner: null, kinds: [], biomarker: { key: 'tmb', words: 'TMB' } });
        return;
      case 'msi':
        out.push({ gene: null, partner: null, kinds: [], biomarker: { key: 'msi', words: 'MSI' } });
        return;
      case 'hrd':
        out.push({ gene: null, partner: null, kinds: [], biomarker: { key: 'hrd', words: 'HRD score' } });
        return;
      case 'ihc':
        out.push({
          gene: null,
          partner: null,
          kinds: [],
          biomarker: { key: `ihc:${normalizeMarker(t.marker)}`, words: `${t.marker} IHC` },
        });
        return;
    }
  };
  visit(criterion, true);
  return out;
};

const geneNotes = (table: CompiledTable, assay: Assay): ReadonlyArray<RawNote> =>
  table.cohorts.flatMap((cohort: CompiledCohort) =>
    needsOf(cohort.criteria).flatMap((need) => {
      const gene = need.gene;
      if (gene === null) return [];
      return need.kinds.flatMap((kind): RawNote[] => {
        const assessed =
          table.vocabulary.isAssessed(assay, gene.hgncId, kind) ||
          (kind === 'fusion' &&
            need.partner !== null &&
            table.vocabulary.isAssessed(assay, need.partner.hgncId, kind));
        return assessed
          ? []
          : [
              {
                gene: gene.symbol,
                what: kind,
                reason: notAssessedReason(assay, gene.symbol, kind),
                cohort: cohort.cohort.id,
              },
            ];
      });
    }),
  );

const biomarkerNeeds = (
  table: CompiledTable,
): ReadonlyArray<{ readonly key: string; readonly words: string; readonly cohort: string }> =>
  table.cohorts.flatMap((cohort) =>
    needsOf(cohort.criteria).flatMap((need) =>
      need.biomarker === null ? [] : [{ ...need.biomarker, cohort: cohort.cohort.id }],
    ),
  );

const geneCache = new WeakMap<CompiledTable, Map<string, ReadonlyArray<RawNote>>>();
const biomarkerCache = new WeakMap<
  CompiledTable,
  ReadonlyArray<{ readonly key: string; readonly words: string; readonly cohort: string }>
>();

const cachedGeneNotes = (table: CompiledTable, assay: Assay): ReadonlyArray<RawNote> => {
  const byAssay = geneCache.get(table) ?? new Map<string, ReadonlyArray<RawNote>>();
  geneCache.set(table, byAssay);
  const key = JSON.stringify([assay.panel, assay.version, assay.dna, assay.rna]);
  const found = byAssay.get(key);
  if (found !== undefined) return found;
  const notes = geneNotes(table, assay);
  byAssay.set(key, notes);
  return notes;
};

const cachedBiomarkerNeeds = (
  table: CompiledTable,
): ReadonlyArray<{ readonly key: string; readonly words: string; readonly cohort: string }> => {
  const found = biomarkerCache.get(table);
  if (found !== undefined) return found;
  const needs = biomarkerNeeds(table);
  biomarkerCache.set(table, needs);
  return needs;
};

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The untested notes for a case: cohorts that are not candidates and need something this sample's assay
 * did not assess, or a biomarker the case does not report.
 * @internal
 */
export const untestedNotes = (
  table: CompiledTable,
  assay: Assay,
  presentKeys: ReadonlySet<string>,
  candidateIds: ReadonlySet<string>,
): ReadonlyArray<UntestedNote> => {
  const raw: RawNote[] = [
    ...cachedGeneNotes(table, assay).filter((n) => !candidateIds.has(n.cohort)),
    ...cachedBiomarkerNeeds(table)
      .filter((n) => !presentKeys.has(n.key) && !candidateIds.has(n.cohort))
      .map((n) => ({
        gene: null,
        what: n.key,
        reason: `${n.words} not reported for this sample (not tested)`,
        cohort: n.cohort,
      })),
  ];
  const groups = new Map<
    string,
    { gene: string | null; what: string; reason: string; cohorts: Set<string> }
  >();
  for (const n of raw) {
    const id = `${n.gene ?? ''}\u0000${n.what}`;
    const group = groups.get(id);
    if (group === undefined)
      groups.set(id, { gene: n.gene, what: n.what, reason: n.reason, cohorts: new Set([n.cohort]) });
    else group.cohorts.add(n.cohort);
  }
  return [...groups.values()]
    .map((g): UntestedNote => {
      const cohorts = [...g.cohorts].sort();
      return {
        gene: g.gene,
        what: g.what,
        cohorts,
        message: `${g.reason}: ${cohorts.length === 1 ? 'cohort' : 'cohorts'} ${cohorts.join(', ')} could be met by one`,
      };
    })
    .sort((a, b) => compare(a.gene ?? '', b.gene ?? '') || compare(a.what, b.what));
};
