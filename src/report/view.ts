/**
 * What a report shows, in the order it shows it, derived once from a match result so that the Markdown
 * and the HTML renderings carry the same content. Pure; sorts copies, never the input.
 */
import type { Candidate, FindingAccount, IndicationUsed, MatchResult } from '../model/result.js';
import { cohortStateWords, fundingWords } from './words.js';

/** An EU indication and the cohorts (of this result) that led to it. @internal */
export interface IndicationGroup {
  readonly indication: IndicationUsed;
  readonly cohorts: ReadonlyArray<string>;
}

/** The sections of a report. @internal */
export interface ReportView {
  readonly result: MatchResult;
  /** Eligible and needs-review candidates, by rank. */
  readonly board: ReadonlyArray<Candidate>;
  /** On-label (funded) indications: standard care. */
  readonly standard: ReadonlyArray<IndicationGroup>;
  /** On-label-unfunded indications: the gap. */
  readonly gap: ReadonlyArray<IndicationGroup>;
  /** Labels whose biomarker could not be confirmed either way. */
  readonly possible: ReadonlyArray<IndicationGroup>;
  /** Ineligible and not-evaluable candidates, by rank. */
  readonly others: ReadonlyArray<Candidate>;
  /** A finding key in words, e.g. `ERBB2 amplification (CN 8.2)`. */
  readonly findingLabel: (key: string) => string;
}

const byRank = (a: Candidate, b: Candidate): number =>
  a.rank - b.rank || (a.cohortId < b.cohortId ? -1 : a.cohortId > b.cohortId ? 1 : 0);

const groupIndications = (
  entries: ReadonlyArray<{ readonly indication: IndicationUsed; readonly cohortId: string }>,
): ReadonlyArray<IndicationGroup> => {
  const groups = new Map<string, { indication: IndicationUsed; cohorts: string[] }>();
  for (const { indication, cohortId } of entries) {
    const group = groups.get(indication.id);
    if (group === undefined) groups.set(indication.id, { indication, cohorts: [cohortId] });
    else if (!group.cohorts.includes(cohortId)) group.cohorts.push(cohortId);
  }
  return [...groups.values()];
};

/** A finding in words: gene and change. @internal */
export const describeFinding = (finding: FindingAccount): string =>
  finding.gene === null || finding.change.includes(finding.gene)
    ? finding.change
    : `${finding.gene} ${finding.change}`;

/** Derives the report's sections from a result. @internal */
export const reportView = (result: MatchResult): ReportView => {
  const ranked = [...result.candidates].sort(byRank);
  const labels = new Map(result.findings.map((f) => [f.key, describeFinding(f)]));
  const accessOf = (status: 'on-label' | 'on-label-unfunded') =>
    groupIndications(
      ranked.flatMap((c) =>
        c.access.status === status && c.access.indication !== null
          ? [{ indication: c.access.indication, cohortId: c.cohortId }]
          : [],
      ),
    );
  return {
    result,
    board: ranked.filter((c) => c.verdict === 'eligible' || c.verdict === 'needs-review'),
    standard: accessOf('on-label'),
    gap: accessOf('on-label-unfunded'),
    possible: groupIndications(
      ranked.flatMap((c) => c.access.possible.map((indication) => ({ indication, cohortId: c.cohortId }))),
    ),
    others: ranked.filter((c) => c.verdict === 'ineligible' || c.verdict === 'not-evaluable'),
    findingLabel: (key) => labels.get(key) ?? key,
  };
};

/** Drugs of a regimen, joined: `trastuzumab + pertuzumab`. @internal */
export const joinDrugs = (drugs: ReadonlyArray<string>): string =>
  drugs.length === 0 ? '(no drug)' : drugs.join(' + ');

/** Norwegian funding of an indication in one phrase, with the decision's date and method. @internal */
export const fundingPhrase = (indication: IndicationUsed): string => {
  const words = fundingWords[indication.funding];
  const decision = indication.decision;
  if (decision === null) return words;
  const details = [
    `${decision.decision} on ${decision.date}`,
    ...(decision.methodId === null ? [] : [`Nye metoder ${decision.methodId}`]),
    ...(decision.usableFrom === null ? [] : [`usable from ${decision.usableFrom}`]),
  ];
  return `${words} (${details.join(', ')})`;
};

/** A cohort's status on the as-of date in one phrase. @internal */
export const statusPhrase = (candidate: Candidate): string => {
  const s = candidate.status;
  const parts = [
    `${cohortStateWords[s.state]} since ${s.since}`,
    ...(s.enrolled === null ? [] : [`${s.enrolled} enrolled`]),
    ...(s.slotsLeft === null ? [] : [`${s.slotsLeft} slots left`]),
    `partner ${s.partner.name}${s.partner.slots === null ? '' : ` (${s.partner.slots} slots)`}`,
  ];
  return parts.join('; ');
};

/** The main reason of a candidate not on the board: the first blocking reason, or the first reason. @internal */
export const mainReason = (candidate: Candidate): string =>
  (candidate.reasons.find((r) => r.effect === 'blocks') ?? candidate.reasons[0])?.message ?? '';

/** Text without its final period, to continue the sentence. @internal */
export const clause = (text: string): string => text.replace(/\.\s*$/, '');

/** Where an issue was found, e.g. `file.tsv:12:3`, or the empty string. @internal */
export const issueWhere = (
  location:
    { readonly file?: string; readonly line?: number; readonly column?: string | number } | null | undefined,
): string =>
  location === null || location === undefined
    ? ''
    : [location.file, location.line, location.column].filter((p) => p !== undefined).join(':');
