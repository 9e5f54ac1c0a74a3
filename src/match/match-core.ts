/**
 * `match`: one case, one compiled table, one date -> the whole answer.
 *
 * Pure and deterministic: the findings are first sorted by an explicit order (key, then source, then
 * content), every list of the result is sorted by a documented order, and nothing depends on the order of
 * the input or on Map insertion order, so `JSON.stringify` of the result is byte-identical whatever order
 * the findings came in. The cost grows with the patient's findings: only cohorts reached through the
 * compiled index (the findings' genes, fusion partners and biomarkers) are evaluated; a variant that does
 * not change the protein, or a neutral copy-number call, reaches nothing (see `canReach`).
 */
import { format, isValid, parseISO } from 'date-fns';
import type { Case, Finding, HrdFinding, IhcFinding, MsiFinding, TmbFinding } from '../model/case.js';
import type { Issue } from '../model/issue.js';
import type { Candidate, FindingStatus, MatchResult, Specificity } from '../model/result.js';
import { LIBRARY_VERSION } from '../version.js';
import { accountFindings } from './accounting.js';
import { evaluateAccess } from './access.js';
import { ageOn, evaluateClinical } from './clinical.js';
import type { CompiledCohort, CompiledTable } from './compiled.js';
import { drugViews } from './drugs.js';
import { evaluateCriterion } from './evaluate.js';
import { findingKeys, ihcMarkers } from './index-keys.js';
import { matchIssue } from './issues.js';
import type { CaseFindings, LeafContext } from './leaves/context.js';
import { sortedKeys } from './leaves/context.js';
import type { EvaluatedCandidate } from './near-miss.js';
import { nearMisses } from './near-miss.js';
import { candidateOrd, specificityOrd } from './rank.js';
import { statusOn } from './status.js';
import { evaluateTumorType } from './tumor-type.js';
import { untestedNotes } from './untested.js';
import { decideVerdict } from './verdict.js';

/** Options of `match`. */
export interface MatchOptions {
  /** The date the question is asked for, ISO `YYYY-MM-DD`: cohort status, funding, labels and age use it. */
  readonly asOf: string;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sourceText = (f: Finding): string =>
  f.source === null
    ? ''
    : `${f.source.file ?? ''}:${String(f.source.line ?? '').padStart(9, '0')}:${String(f.source.column ?? '')}`;

/** Findings in the matcher's order: key, then source, then content. @internal */
export const sortFindings = (findings: ReadonlyArray<Finding>): ReadonlyArray<Finding> =>
  [...findings].sort(
    (a, b) =>
      compare(a.key, b.key) ||
      compare(sourceText(a), sourceText(b)) ||
      // Content breaks the last ties (same key and source); computed only then.
      compare(JSON.stringify(a), JSON.stringify(b)),
  );

/** Groups sorted findings by gene key and biomarker for the leaf evaluators. @internal */
export const groupFindings = (findings: ReadonlyArray<Finding>): CaseFindings => {
  const byGene = new Map<string, Finding[]>();
  const tmb: TmbFinding[] = [];
  const msi: MsiFinding[] = [];
  const hrd: HrdFinding[] = [];
  const ihc = new Map<string, IhcFinding[]>();
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
      default:
        for (const key of findingKeys(f)) {
          const list = byGene.get(key);
          if (list === undefined) byGene.set(key, [f]);
          else list.push(f);
        }
    }
  }
  return { byGene, tmb, msi, hrd, ihc };
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

const validDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = parseISO(s);
  return isValid(d) && format(d, 'yyyy-MM-dd') === s;
};

const bestSpecificity = (specificities: ReadonlyArray<Specificity | null>): Specificity | null =>
  specificities.reduce<Specificity | null>(
    (best, s) => (specificityOrd.compare(s, best) < 0 ? s : best),
    null,
  );

const evaluateCohort = (
  cc: CompiledCohort,
  c: Case,
  table: CompiledTable,
  ctx: LeafContext,
  asOf: string,
): EvaluatedCandidate => {
  const evaluation = evaluateCriterion(cc.criteria, ctx);
  const molecular = evaluation.tree.outcome;
  const positive = evaluation.leaves.filter(
    (l) => l.positive && l.result.outcome !== 'not-met' && l.result.evidence.length > 0,
  );
  const tumorType = evaluateTumorType(cc.cohort.tumorTypes, c.patient.diagnosis, table.vocabulary);
  const access = evaluateAccess(
    cc.indications,
    { diagnosis: c.patient.diagnosis, age: ageOn(c.patient, asOf) },
    ctx,
    asOf,
  );
  const status = statusOn(cc.status, table.settings.stages, cc.partner, asOf);
  const clinical = evaluateClinical(c.patient, cc.eligibility, cc.drugs, asOf);
  const decision = decideVerdict({
    molecular,
    molecularReason: evaluation.tree.reason,
    positiveEvidence: positive.map((l) => `${l.leaf.description}: ${l.result.reason}`),
    negations: evaluation.negations,
    tumorType,
    access,
    excludedAccess: table.settings.excludedAccess,
    status,
    clinical,
  });
  const candidate: Candidate = {
    cohortId: cc.cohort.id,
    title: cc.cohort.title,
    regimenId: cc.cohort.regimen,
    drugs: cc.drugs,
    verdict: decision.verdict,
    access,
    reasons: decision.reasons,
    criteria: evaluation.tree,
    molecular,
    tumorType,
    status,
    clinical,
    evidenceLevel: cc.cohort.evidence.level,
    specificity: bestSpecificity(
      evaluation.leaves
        .filter((l) => l.positive && l.result.outcome === 'met')
        .map((l) => l.result.specificity),
    ),
    matchedFindings: sortedKeys(positive.flatMap((l) => l.result.evidence)),
    inferred: cc.cohort.inferred,
    sources: [...cc.cohort.sources].sort(),
    rank: 0,
  };
  return { candidate, evaluation };
};

const emptyCounts = (): Record<FindingStatus, number> => ({
  matched: 0,
  'not-actionable': 0,
  'off-panel': 0,
  rejected: 0,
});

/**
 * Matches a case against a compiled table on a date. Never throws: an invalid as-of date gives a result
 * with an `invalid_as_of` issue and no candidates.
 * @internal
 */
export const matchCase = (c: Case, table: CompiledTable, options: MatchOptions): MatchResult => {
  const asOf = options.asOf;
  const vocabulary = table.vocabulary;
  const issues: Issue[] = [...table.issues];
  const findings = sortFindings(c.findings);
  const valid = validDate(asOf);
  if (!valid) issues.push(matchIssue('invalid_as_of', { asOf }, { path: ['asOf'], input: asOf }));
  else if (table.effectiveFrom > asOf) {
    issues.push(
      matchIssue(
        'table_not_in_force',
        { table: table.id, version: table.version, effectiveFrom: table.effectiveFrom, asOf },
        { path: ['asOf'], input: asOf },
      ),
    );
  }

  const ctx: LeafContext = { vocabulary, assay: c.sample.assay, findings: groupFindings(findings) };
  const presentKeys = new Set(findings.flatMap(findingKeys));
  const reachingKeys = new Set(findings.filter(canReach).flatMap(findingKeys));
  const reached = valid
    ? [...new Set([...reachingKeys].flatMap((key) => table.index.get(key) ?? []))].sort((a, b) => a - b)
    : [];
  const evaluated = reached.flatMap((position) => {
    const cc = table.cohorts[position];
    return cc === undefined ? [] : [evaluateCohort(cc, c, table, ctx, asOf)];
  });
  const ranked = evaluated
    .map((e) => e.candidate)
    .sort(candidateOrd.compare)
    .map((candidate, i): Candidate => ({ ...candidate, rank: i + 1 }));

  const accounts = accountFindings(findings, c, evaluated, table, vocabulary);
  const counts = emptyCounts();
  accounts.forEach((a) => {
    counts[a.status] += 1;
  });
  const count = (v: Candidate['verdict']): number => ranked.filter((r) => r.verdict === v).length;

  return {
    schema: 'mtb-match/result@1',
    library: { name: 'mtb-match', version: LIBRARY_VERSION },
    table: { id: table.id, version: table.version, hash: table.hash },
    asOf,
    patient: {
      id: c.patient.id,
      diagnosis: {
        code: c.patient.diagnosis.code,
        name: c.patient.diagnosis.name,
        path: vocabulary.pathTo(c.patient.diagnosis.code),
      },
    },
    sample: {
      id: c.sample.id,
      panel: c.sample.assay.panel,
      dna: c.sample.assay.dna,
      rna: c.sample.assay.rna,
    },
    candidates: ranked,
    drugs: drugViews(ranked),
    nearMisses: nearMisses(evaluated),
    findings: accounts,
    untested: valid
      ? untestedNotes(table, c.sample.assay, presentKeys, new Set(ranked.map((r) => r.cohortId)))
      : [],
    issues,
    summary: {
      eligible: count('eligible'),
      needsReview: count('needs-review'),
      ineligible: count('ineligible'),
      notEvaluable: count('not-evaluable'),
      findings: counts,
    },
  };
};
