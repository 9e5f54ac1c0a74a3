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
import type { EvaluatedCandidate } from './near-miss.js';
import type { AssessedKind, MatchVocabulary } from './vocabulary.js';

interface Usage {
  readonly meets: Set<string>;
  readonly partly: Set<string>;
  readonly vetoes: Set<string>;
  readonly misses: Set<string>;
}

const sorted = (s: ReadonlySet<string>): ReadonlyArray<string> => [...s].sort();

const usageOf = (evaluated: ReadonlyArray<EvaluatedCandidate>): ReadonlyMap<string, Usage> => {
  const usage = new Map<string, Usage>();
  const get = (key: string): Usage => {
    const found = usage.get(key);
    if (found !== undefined) return found;
    const made: Usage = { meets: new Set(), partly: new Set(), vetoes: new Set(), misses: new Set() };
    usage.set(key, made);
    return made;
  };
  for (const { candidate, evaluation } of evaluated) {
    const id = candidate.cohortId;
    for (const l of evaluation.leaves) {
      const r = l.result;
      if (l.positive) {
        if (r.outcome === 'met') for (const k of r.evidence) get(k).meets.add(id);
        else if (r.outcome === 'unknown') for (const k of r.evidence) get(k).partly.add(id);
      }
      for (const m of r.misses) get(m.finding).misses.add(`${m.message} (${id})`);
    }
    for (const n of evaluation.negations) {
      if (n.outcome === 'not-met') for (const k of n.evidence) get(k).vetoes.add(id);
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

const genesOf = (f: Finding): ReadonlyArray<string> =>
  f.kind === 'fusion'
    ? [f.gene5.hgncId, f.gene3.hgncId]
    : f.kind === 'sequence-variant' || f.kind === 'copy-number' || f.kind === 'splice'
      ? [f.gene.hgncId]
      : [];

const notActionableReason = (
  f: Finding,
  usage: Usage | undefined,
  genesNamed: ReadonlySet<string>,
  biomarkersNamed: ReadonlySet<string>,
): string => {
  if (f.kind === 'sequence-variant' && !f.proteinAltering) {
    return `${f.variantClass} variant: does not change the protein`;
  }
  if (f.kind === 'copy-number' && f.call === 'neutral') return 'copy number neutral';
  if (usage !== undefined && usage.misses.size > 0)
    return `meets no cohort criterion: ${sorted(usage.misses).join('; ')}`;
  const genes = genesOf(f);
  if (genes.length > 0 && !genes.some((g) => genesNamed.has(g)))
    return 'no cohort of the table names this gene';
  if (genes.length === 0 && !biomarkersNamed.has(f.kind))
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
  let out = u.meets.size > 0 ? `meets the criteria of ${sorted(u.meets).join(', ')}` : '';
  if (u.partly.size > 0) {
    out += `${out === '' ? '' : '; '}may meet the criteria of ${sorted(u.partly).join(', ')} (review)`;
  }
  if (u.vetoes.size > 0) out += `${out === '' ? '' : '; '}vetoes ${sorted(u.vetoes).join(', ')}`;
  return out;
};

const matchedCohorts = (u: Usage): ReadonlyArray<string> => {
  const all = new Set(u.meets);
  for (const id of u.partly) all.add(id);
  for (const id of u.vetoes) all.add(id);
  return sorted(all);
};

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
    if (u !== undefined && (u.meets.size > 0 || u.partly.size > 0 || u.vetoes.size > 0)) {
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
