/**
 * The Markdown report: what a clinician reads at the board or in a terminal. A pure, deterministic
 * rendering of a match result; every string from the result is escaped and never starts a line.
 */
import { formatPath } from '../model/issue.js';
import type { Issue } from '../model/issue.js';
import type { Candidate, EvaluatedCriterion, MatchResult } from '../model/result.js';
import { escapeMarkdown as md } from './escape.js';
import type { IndicationGroup, ReportView } from './view.js';
import {
  clause,
  fundingPhrase,
  issueWhere,
  joinDrugs,
  describeFinding,
  mainReason,
  reportView,
  statusPhrase,
} from './view.js';
import {
  accessWords,
  BOARD_DECIDES,
  clinicalWords,
  findingStatusWords,
  NOT_TESTED_IS_NOT_NEGATIVE,
  nearMissWords,
  outcomeWords,
  reasonEffectWords,
  verdictWords,
} from './words.js';

type Lines = ReadonlyArray<string>;

const list = (items: ReadonlyArray<string>, empty: string): Lines =>
  items.length === 0 ? [empty] : items.map((item) => `- ${item}`);

const codes = (ids: ReadonlyArray<string>): string => ids.map(md).join(', ');

const criteriaTree = (node: EvaluatedCriterion, view: ReportView, depth: number): Lines => {
  const evidence =
    node.evidence.length === 0
      ? ''
      : ` (evidence: ${node.evidence.map((k) => md(view.findingLabel(k))).join('; ')})`;
  const reason = node.reason === '' ? '' : `: ${md(node.reason)}`;
  const line = `${'  '.repeat(depth)}- **${outcomeWords[node.outcome]}** ${md(node.description)}${reason}${evidence}`;
  return [line, ...node.children.flatMap((child) => criteriaTree(child, view, depth + 1))];
};

const candidateSection = (c: Candidate, view: ReportView): Lines => {
  const access = c.access;
  const possible = access.possible.map((i) => `${md(clause(i.summary))} (${joinDrugs(i.drugs.map(md))})`);
  return [
    `### ${c.rank}. ${md(c.title)}: ${verdictWords[c.verdict]}`,
    '',
    `- **Cohort:** ${md(c.cohortId)}; drugs ${joinDrugs(c.drugs.map(md))} (regimen ${md(c.regimenId)})`,
    `- **Molecular criteria:** ${outcomeWords[c.molecular]}; matched findings: ${
      c.matchedFindings.length === 0
        ? 'none'
        : c.matchedFindings.map((k) => md(view.findingLabel(k))).join('; ')
    }`,
    `- **Tumor type:** ${outcomeWords[c.tumorType.outcome]}: ${md(c.tumorType.reason)}${
      c.tumorType.decidedBy === null
        ? ''
        : ` (${c.tumorType.decidedBy.rule} ${md(c.tumorType.decidedBy.code)}; OncoTree path ${c.tumorType.path.map(md).join(' > ')})`
    }`,
    `- **Access:** ${accessWords[access.status]}: ${md(access.reason)}`,
    `- **Cohort status:** ${md(statusPhrase(c))}: ${md(c.status.reason)}`,
    ...(c.clinical.length === 0
      ? []
      : [
          '- **Clinical criteria:**',
          ...c.clinical.map(
            (k) => `  - **${outcomeWords[k.outcome]}** ${clinicalWords[k.criterion]}: ${md(k.reason)}`,
          ),
        ]),
    ...(c.reasons.length === 0
      ? []
      : [
          '- **Reasons:**',
          ...c.reasons.map((r) => `  - **${reasonEffectWords[r.effect]}** ${md(r.message)}`),
        ]),
    ...(possible.length === 0
      ? []
      : [`- **Labels to check (biomarker not confirmed):** ${possible.join('; ')}`]),
    `- **Evidence level:** ${md(c.evidenceLevel)}; match specificity: ${c.specificity === null ? 'none' : md(c.specificity)}`,
    `- **Sources:** ${c.sources.length === 0 ? 'none cited' : codes(c.sources)}${
      c.inferred ? ' (row inferred, not read in a source)' : ''
    }`,
    '',
    '**Criteria:**',
    '',
    ...criteriaTree(c.criteria, view, 0),
    '',
  ];
};

const indicationItem = (g: IndicationGroup): string => {
  const i = g.indication;
  return (
    `**${joinDrugs(i.drugs.map(md))}**: ${md(clause(i.summary))}${i.tumorAgnostic ? ' (tumor-agnostic)' : ''}; ` +
    `EU label since ${md(i.euDate)}; Norway: ${md(fundingPhrase(i))}; via cohorts ${codes(g.cohorts)}`
  );
};

const noticeItem = (issue: Issue): string => {
  const where = [issueWhere(issue.location), issue.path.length === 0 ? '' : `at ${formatPath(issue.path)}`]
    .filter((p) => p !== '')
    .join(', ');
  return `- **${issue.severity}** ${md(issue.code)}: ${md(issue.message)}${where === '' ? '' : ` (${md(where)})`}`;
};

const findingsTable = (result: MatchResult): Lines => {
  if (result.findings.length === 0) return ['No findings were reported.'];
  return [
    '| Finding | Kind | Status | Cohorts | Reason | Source |',
    '| --- | --- | --- | --- | --- | --- |',
    ...result.findings.map((f) => {
      const source = issueWhere(f.source);
      const finding = md(describeFinding(f));
      return `| ${finding} | ${md(f.kind)} | ${findingStatusWords[f.status]} | ${codes(f.cohorts)} | ${md(f.reason)} | ${md(source)} |`;
    }),
  ];
};

const othersTable = (others: ReadonlyArray<Candidate>): Lines =>
  others.length === 0
    ? ['None.']
    : [
        '| # | Cohort | Drugs | Verdict | Access | Main reason |',
        '| --- | --- | --- | --- | --- | --- |',
        ...others.map(
          (c) =>
            `| ${c.rank} | ${md(c.cohortId)} | ${joinDrugs(c.drugs.map(md))} | ${verdictWords[c.verdict]} | ` +
            `${c.access.status} | ${md(mainReason(c))} |`,
        ),
      ];

/**
 * Renders a match result as a Markdown report for the tumor board: header, trial candidates with their
 * rationale and criteria tree, standard options, the funding gap, near misses, untested notes, every
 * finding, provenance, and the line that the board decides. Deterministic.
 *
 * @example
 * import assert from 'node:assert';
 * import { renderMarkdown } from 'mtb-match';
 * const result = {
 *   schema: 'mtb-match/result@1', library: { name: 'mtb-match', version: '0.1.0' },
 *   table: { id: 'impress-norway', version: '2022.1', hash: 'sha256:0' }, asOf: '2024-05-01',
 *   patient: { id: 'P1', diagnosis: { code: 'LUAD', name: 'Lung Adenocarcinoma', path: ['LUNG', 'LUAD'] } },
 *   sample: { id: 'S1', panel: 'TSO500', dna: true, rna: true },
 *   candidates: [], drugs: [], nearMisses: [], findings: [], untested: [], issues: [],
 *   summary: { eligible: 0, needsReview: 0, ineligible: 0, notEvaluable: 0,
 *     findings: { matched: 0, 'not-actionable': 0, 'off-panel': 0, rejected: 0 } },
 * } as const;
 * const report = renderMarkdown(result);
 * assert.ok(report.startsWith('# Molecular tumor board: patient P1\n'));
 * assert.ok(report.includes('The tumor board, not this software, decides.'));
 */
export const renderMarkdown = (result: MatchResult): string => {
  const view = reportView(result);
  const s = result.summary;
  const f = s.findings;
  const d = result.patient.diagnosis;
  const lines: Lines = [
    `# Molecular tumor board: patient ${md(result.patient.id)}`,
    '',
    `- **Diagnosis:** ${md(d.name)} (${md(d.code)})${d.path.length === 0 ? '' : `; OncoTree ${d.path.map(md).join(' > ')}`}`,
    `- **Sample:** ${md(result.sample.id)}; panel ${result.sample.panel === null ? 'unknown' : md(result.sample.panel)}; ` +
      `DNA ${result.sample.dna ? 'yes' : 'no'}; RNA ${result.sample.rna ? 'yes' : 'no'}`,
    `- **As of:** ${md(result.asOf)}`,
    `- **Cohort table:** ${md(result.table.id)} ${md(result.table.version)} (hash ${md(result.table.hash)})`,
    `- **Summary:** ${s.eligible} eligible, ${s.needsReview} needs review, ${s.ineligible} ineligible, ` +
      `${s.notEvaluable} not evaluable; findings: ${f.matched} matched, ${f['not-actionable']} not actionable, ` +
      `${f['off-panel']} off panel, ${f.rejected} rejected`,
    '',
    '## Trial candidates: eligible and needs review',
    '',
    ...(view.board.length === 0
      ? [`No cohort of the table is eligible or needs review for this patient on ${md(result.asOf)}.`, '']
      : view.board.flatMap((c) => candidateSection(c, view))),
    '## Standard options: on-label and funded in Norway',
    '',
    ...list(
      view.standard.map(indicationItem),
      'None found in the approvals data for this tumor and these findings.',
    ),
    '',
    '## The gap: on-label in the EU, not funded in Norway',
    '',
    ...(view.gap.length === 0
      ? ['None.']
      : [
          'Outside the trial (the EU label covers it) and not standard care (no Norwegian funding): the board may seek early access.',
          '',
          ...list(view.gap.map(indicationItem), ''),
        ]),
    '',
    ...(view.possible.length === 0
      ? []
      : [
          '## Labels to check: biomarker not confirmed either way',
          '',
          ...list(view.possible.map(indicationItem), ''),
          '',
        ]),
    '## Near misses',
    '',
    ...list(
      result.nearMisses.map(
        (n) =>
          `**${md(n.cohortId)}** (${joinDrugs(n.drugs.map(md))}), ${nearMissWords[n.kind]}: ${md(n.message)}`,
      ),
      'None.',
    ),
    '',
    '## Not tested',
    '',
    NOT_TESTED_IS_NOT_NEGATIVE,
    '',
    ...list(
      result.untested.map(
        (u) =>
          `**${u.gene === null ? md(u.what) : `${md(u.gene)}, ${md(u.what)}`}**: ${md(u.message)}` +
          (u.cohorts.length === 0 ? '' : ` (cohorts ${codes(u.cohorts)})`),
      ),
      'Nothing the table needs was left untested.',
    ),
    '',
    '## Findings',
    '',
    ...findingsTable(result),
    '',
    '## Other cohorts considered: ineligible or not evaluable',
    '',
    ...othersTable(view.others),
    '',
    ...(result.issues.length === 0 ? [] : ['## Notices', '', ...result.issues.map(noticeItem), '']),
    '## Provenance',
    '',
    `- **Cohort table:** ${md(result.table.id)}, version ${md(result.table.version)}`,
    `- **Table hash:** ${md(result.table.hash)}`,
    `- **As of:** ${md(result.asOf)}`,
    `- **Software:** ${md(result.library.name)} ${md(result.library.version)} (${md(result.schema)})`,
    '',
    '---',
    '',
    `_${BOARD_DECIDES}_`,
  ];
  return `${lines.join('\n')}\n`;
};
