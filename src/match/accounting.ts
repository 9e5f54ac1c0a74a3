/**
 * Every finding accounted for, so nothing the lab reported disappears:
 *
 * - `matched`: it meets (or partly meets, for review) a criterion that counts for a considered cohort, or
 *   vetoes one (a resistance finding); the cohorts are named.
 * - `off-panel`: the panel does not assess that kind of alteration in that gene (a VCF or MAF may carry
 *   genes outside the panel); such a finding would still be `matched` if it met a criterion.
 * - `not-actionable`: not protein-altering (synonymous, intronic, UTR), copy-number neutral, below a
 *   threshold (the threshold named), a protein-altering variant no cohort criterion selects (a variant of
 *   unknown significance for this table), or a gene or biomarker no cohort names.
 * - `rejected`: an input finding that could not be normalized, with its reasons.
 *
 * Findings are listed by key (then source); rejected ones after them, by summary and source.
 */
import type { Case, Finding, RejectedFinding } from '../model/case.js';
import type { FindingAccount } from '../model/result.js';
import { findingChange, findingGene } from './display.js';
import { uniqueSorted } from './leaves/context.js';
import type { EvaluatedCandidate } from './near-miss.js';
import type { AssessedKind, MatchVocabulary } from './vocabulary.js';

/** How the evaluated cohorts used one finding (cohort ids and miss words, in any order, maybe repeated). */
interface Usage {
  meets: string[] | null;
  partly: string[] | null;
  vetoes: string[] | null;
  misses: string[] | null;
}

const add = (list: string[] | null, item: string): string[] => {
  if (list === null) return [item];
  list.push(item);
  return list;
};

const usageOf = (evaluated: ReadonlyArray<EvaluatedCandidate>): ReadonlyMap<string, Usage> => {
  const usage = new Map<string, Usage>();
  const get = (key: string): Usage => {
    const found = usage.get(key);
    if (found !== undefined) return found;
    const made: Usage = { meets: null, partly: null, vetoes: null, misses: null };
    usage.set(key, made);
    return made;
  };
  for (const { candidate, evaluation } of evaluated) {
    const id = candidate.cohortId;
    for (const l of evaluation.leaves) {
      const r = l.result;
      if (l.positive && r.outcome === 'met') {
        for (const k of r.evidence) {
          const u = get(k);
          u.meets = add(u.meets, id);
        }
      } else if (l.positive && r.outcome === 'unknown') {
        for (const k of r.evidence) {
          const u = get(k);
          u.partly = add(u.partly, id);
        }
      }
      for (const m of r.misses) {
        const u = get(m.finding);
        u.misses = add(u.misses, `${m.message} (${id})`);
      }
    }
    for (const n of evaluation.negations) {
      if (n.outcome !== 'not-met') continue;
      for (const k of n.evidence) {
        const u = get(k);
        u.vetoes = add(u.vetoes, id);
      }
    }
  }
  return usage;
};

/** Whether the assay assessed a kind of alteration in a gene. */
type Assessed = (hgncId: string, kind: AssessedKind) => boolean;

const offPanel = (f: Finding, assessed: Assessed): boolean => {
  switch (f.kind) {
    case 'sequence-variant':
      return !assessed(f.gene.hgncId, 'small-variant');
    case 'copy-number':
      return f.call === 'amplification' || f.call === 'gain'
        ? !assessed(f.gene.hgncId, 'amplification')
        : f.call === 'neutral'
          ? !assessed(f.gene.hgncId, 'amplification') && !assessed(f.gene.hgncId, 'deletion')
          : !assessed(f.gene.hgncId, 'deletion');
    case 'fusion':
      return !assessed(f.gene5.hgncId, 'fusion') && !assessed(f.gene3.hgncId, 'fusion');
    case 'splice':
      return !assessed(f.gene.hgncId, 'splice');
    default:
      return false;
  }
};

/** `<class> variant: does not change the protein`, written once per variant class. */
const notAlteringWords: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'missense',
    'nonsense',
    'frameshift',
    'inframe-deletion',
    'inframe-insertion',
    'inframe-duplication',
    'inframe-delins',
    'start-loss',
    'stop-loss',
    'splice-site',
    'splice-region',
    'synonymous',
    'intronic',
    'utr',
    'non-coding',
    'intergenic',
    'unknown',
  ].map((c) => [c, `${c} variant: does not change the protein`]),
);

/** Whether the table names a gene of the finding (true or false), or null for a biomarker finding. */
const geneNamed = (f: Finding, genesNamed: ReadonlySet<string>): boolean | null =>
  f.kind === 'fusion'
    ? genesNamed.has(f.gene5.hgncId) || genesNamed.has(f.gene3.hgncId)
    : f.kind === 'sequence-variant' || f.kind === 'copy-number' || f.kind === 'splice'
      ? genesNamed.has(f.gene.hgncId)
      : null;

const notActionableReason = (
  f: Finding,
  usage: Usage | undefined,
  genesNamed: ReadonlySet<string>,
  biomarkersNamed: ReadonlySet<string>,
): string => {
  if (f.kind === 'sequence-variant' && !f.proteinAltering) {
    return notAlteringWords[f.variantClass] ?? `${f.variantClass} variant: does not change the protein`;
  }
  if (f.kind === 'copy-number' && f.call === 'neutral') return 'copy number neutral';
  if (usage !== undefined && usage.misses !== null)
    return `meets no cohort criterion: ${uniqueSorted(usage.misses).join('; ')}`;
  const named = geneNamed(f, genesNamed);
  if (named === false) return 'no cohort of the table names this gene';
  if (named === null && !biomarkersNamed.has(f.kind))
    return `no cohort of the table uses ${f.kind.toUpperCase()}`;
  return f.kind === 'sequence-variant'
    ? 'variant of unknown significance for this table: no cohort criterion selects it'
    : 'no cohort criterion selects it';
};

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sourceText = (s: RejectedFinding['source']): string =>
  s === null ? '' : `${s.file ?? ''}:${String(s.line ?? '').padStart(9, '0')}:${String(s.column ?? '')}`;

/** What the accounting needs to know about the table. @internal */
export interface AccountingTable {
  readonly genesNamed: ReadonlySet<string>;
  /** Biomarker kinds (`tmb`, `msi`, `hrd`, `ihc`) some cohort uses. */
  readonly biomarkersNamed: ReadonlySet<string>;
}

const matchedReason = (u: Usage): string => {
  let out = u.meets !== null ? `meets the criteria of ${uniqueSorted(u.meets).join(', ')}` : '';
  if (u.partly !== null) {
    out += `${out === '' ? '' : '; '}may meet the criteria of ${uniqueSorted(u.partly).join(', ')} (review)`;
  }
  if (u.vetoes !== null) out += `${out === '' ? '' : '; '}vetoes ${uniqueSorted(u.vetoes).join(', ')}`;
  return out;
};

const matchedCohorts = (u: Usage): ReadonlyArray<string> =>
  uniqueSorted([...(u.meets ?? []), ...(u.partly ?? []), ...(u.vetoes ?? [])]);

/**
 * Accounts for every finding (already sorted) and every rejected input of a case. `assessed` answers for
 * the case's assay (the vocabulary's `isAssessed` by default).
 * @internal
 */
export const accountFindings = (
  findings: ReadonlyArray<Finding>,
  c: Case,
  evaluated: ReadonlyArray<EvaluatedCandidate>,
  table: AccountingTable,
  vocabulary: MatchVocabulary,
  assessed: Assessed = (hgncId, kind) => vocabulary.isAssessed(c.sample.assay, hgncId, kind),
): ReadonlyArray<FindingAccount> => {
  const usage = usageOf(evaluated);
  const accounts: FindingAccount[] = [];
  for (const f of findings) {
    const u = usage.get(f.key);
    const gene = findingGene(f);
    const change = findingChange(f, vocabulary);
    if (u !== undefined && (u.meets !== null || u.partly !== null || u.vetoes !== null)) {
      accounts.push({
        key: f.key,
        kind: f.kind,
        gene,
        change,
        source: f.source,
        status: 'matched',
        cohorts: matchedCohorts(u),
        reason: matchedReason(u),
      });
    } else if (offPanel(f, assessed)) {
      accounts.push({
        key: f.key,
        kind: f.kind,
        gene,
        change,
        source: f.source,
        status: 'off-panel',
        cohorts: [],
        reason: `not assessed by ${c.sample.assay.panel ?? 'the (unknown) panel'} for this kind of alteration`,
      });
    } else {
      accounts.push({
        key: f.key,
        kind: f.kind,
        gene,
        change,
        source: f.source,
        status: 'not-actionable',
        cohorts: [],
        reason: notActionableReason(f, u, table.genesNamed, table.biomarkersNamed),
      });
    }
  }
  if (c.rejected.length === 0) return accounts;
  const rejected = [...c.rejected].sort(
    (a, b) => compare(a.summary, b.summary) || compare(sourceText(a.source), sourceText(b.source)),
  );
  rejected.forEach((r, i) =>
    accounts.push({
      key: `rejected:${i + 1}`,
      kind: 'rejected',
      gene: null,
      change: r.summary,
      status: 'rejected',
      cohorts: [],
      reason: r.issues.length === 0 ? 'rejected at input' : r.issues.map((issue) => issue.message).join(' '),
      source: r.source,
    }),
  );
  return accounts;
};
