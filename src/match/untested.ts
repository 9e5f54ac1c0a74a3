/**
 * Untested notes: what the panel did not assess for this sample that a cohort of the table needs, for the
 * cohorts that are not candidates (candidates show their own unknown leaves). "Not tested" is not
 * "negative": a sample without an RNA arm says nothing about fusions, and a panel that calls deletions for
 * few genes says nothing about a homozygous deletion elsewhere.
 *
 * Only criteria that count for a cohort are considered (not wild-type requirements). Notes are grouped by
 * gene and kind (or biomarker), list their cohorts, and are sorted by gene, then kind.
 *
 * The notes' groups depend only on the table and the assay, so `match` makes them once per assay and keeps
 * them in the table's assay cache; each group caches its note by which of its cohorts are candidates.
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

/** A need for a biomarker: its key (`tmb`, `msi`, `hrd`, `ihc:<MARKER>`), words and cohort. */
interface BiomarkerNeed {
  readonly key: string;
  readonly words: string;
  readonly cohort: string;
}

const biomarkerNeeds = (table: CompiledTable): ReadonlyArray<BiomarkerNeed> =>
  table.cohorts.flatMap((cohort) =>
    needsOf(cohort.criteria).flatMap((need) =>
      need.biomarker === null ? [] : [{ ...need.biomarker, cohort: cohort.cohort.id }],
    ),
  );

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One cohort's entry in a group: its id and the words it gives. */
interface GroupEntry {
  readonly cohort: string;
  readonly reason: string;
}

/**
 * One note as it may come out, before the candidates are left out: the entries in table order. The note
 * for a given set of left-out entries is cached by their mask (entry i left out = bit i), for groups of at
 * most 30 entries: it depends on nothing else.
 */
interface UntestedGroup {
  readonly gene: string | null;
  readonly what: string;
  /** For a biomarker note, the biomarker key a finding of the case may have; null for a gene note. */
  readonly biomarker: string | null;
  readonly entries: ReadonlyArray<GroupEntry>;
  readonly byMask: Map<number, UntestedNote | null>;
}

/** The groups of a table for an assay, sorted as the notes are (by gene, then kind or biomarker). */
const untestedGroups = (table: CompiledTable, assay: Assay): ReadonlyArray<UntestedGroup> => {
  const groups = new Map<
    string,
    { gene: string | null; what: string; biomarker: string | null; entries: GroupEntry[] }
  >();
  const add = (gene: string | null, what: string, biomarker: string | null, entry: GroupEntry): void => {
    const id = `${gene ?? ''}\u0000${what}`;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, { gene, what, biomarker, entries: [entry] });
    else group.entries.push(entry);
  };
  for (const n of geneNotes(table, assay)) add(n.gene, n.what, null, { cohort: n.cohort, reason: n.reason });
  for (const n of biomarkerNeeds(table)) {
    add(null, n.key, n.key, {
      cohort: n.cohort,
      reason: `${n.words} not reported for this sample (not tested)`,
    });
  }
  return [...groups.values()]
    .sort((a, b) => compare(a.gene ?? '', b.gene ?? '') || compare(a.what, b.what))
    .map((g) => ({ ...g, byMask: new Map() }));
};

/** The note of a group with some entries left out, or null when none is left. */
const noteOf = (group: UntestedGroup, leftOut: (cohort: string) => boolean): UntestedNote | null => {
  let reason: string | null = null;
  const cohorts: string[] = [];
  for (const e of group.entries) {
    if (leftOut(e.cohort)) continue;
    reason ??= e.reason;
    // Entries come in table order (cohorts sorted by id): a repeated cohort is the one just added.
    if (cohorts[cohorts.length - 1] !== e.cohort && !cohorts.includes(e.cohort)) cohorts.push(e.cohort);
  }
  if (reason === null) return null;
  const sorted = cohorts.sort();
  return Object.freeze({
    gene: group.gene,
    what: group.what,
    cohorts: Object.freeze(sorted),
    message: `${reason}: ${sorted.length === 1 ? 'cohort' : 'cohorts'} ${sorted.join(', ')} could be met by one`,
  });
};

/** The note of a group for a case's candidates, from the group's cache when it can. */
const groupNote = (group: UntestedGroup, candidateIds: ReadonlySet<string>): UntestedNote | null => {
  const leftOut = (cohort: string): boolean => candidateIds.has(cohort);
  if (group.entries.length > 30) return noteOf(group, leftOut);
  let mask = 0;
  for (let i = 0; i < group.entries.length; i++)
    if (candidateIds.has((group.entries[i] as GroupEntry).cohort)) mask |= 1 << i;
  const known = group.byMask.get(mask);
  if (known !== undefined) return known;
  const made = noteOf(group, leftOut);
  group.byMask.set(mask, made);
  return made;
};

/**
 * What untested notes need of a table for one assay: the notes' groups, made once per assay (through
 * `holder`, the assay's cache slot) and reused by every match with that assay.
 * @internal
 */
export interface UntestedPlan {
  readonly groups: ReadonlyArray<UntestedGroup>;
}

/** The untested plan of a table for an assay. @internal */
export const untestedPlan = (table: CompiledTable, assay: Assay): UntestedPlan => ({
  groups: untestedGroups(table, assay),
});

/**
 * The untested notes for a case from its assay's plan: cohorts that are not candidates and need something
 * this sample's assay did not assess, or a biomarker the case does not report (`present` says whether the
 * case has a finding with a biomarker key).
 * @internal
 */
export const notesFromPlan = (
  plan: UntestedPlan,
  present: (biomarkerKey: string) => boolean,
  candidateIds: ReadonlySet<string>,
): ReadonlyArray<UntestedNote> => {
  const out: UntestedNote[] = [];
  for (const group of plan.groups) {
    if (group.biomarker !== null && present(group.biomarker)) continue;
    const note = groupNote(group, candidateIds);
    if (note !== null) out.push(note);
  }
  return out;
};
