/**
 * The HTML report: one self-contained page for the board meeting (inline CSS, no scripts, no external
 * assets, A4 print rules), with the same content as the Markdown report. Every string of the result
 * reaches the page through the `html` template, which escapes it.
 */
import { formatPath } from '../model/issue.js';
import type { Issue } from '../model/issue.js';
import type { Candidate, EvaluatedCriterion, MatchResult, Outcome } from '../model/result.js';
import { html, SafeHtml } from './html-template.js';
import { REPORT_CSS } from './html-style.js';
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

/** The stylesheet: a constant of this module, so trusted markup (inside <style> entities are not decoded). */
const STYLE = new SafeHtml(REPORT_CSS);

const mark = (outcome: Outcome): SafeHtml =>
  html`<span class="mark ${outcome}">${outcomeWords[outcome]}</span>`;

const verdictBadge = (c: Candidate): SafeHtml =>
  html`<span class="badge verdict verdict-${c.verdict}">${verdictWords[c.verdict]}</span>`;

const criteriaTree = (node: EvaluatedCriterion, view: ReportView): SafeHtml =>
  html`<li>
    ${mark(node.outcome)}
    ${node.description}${node.reason === '' ? '' : html`: <span class="reason">${node.reason}</span>`}${
      node.evidence.length === 0
        ? ''
        : html` <span class="evidence"
            >(evidence: ${node.evidence.map((k) => view.findingLabel(k)).join('; ')})</span
          >`
    }${
      node.children.length === 0
        ? ''
        : html`<ul>
            ${node.children.map((child) => criteriaTree(child, view))}
          </ul>`
    }
  </li>`;

const candidateRow = (c: Candidate): SafeHtml =>
  html`<tr class="candidate-row" data-cohort-id="${c.cohortId}" data-verdict="${c.verdict}">
    <td>${c.rank}</td>
    <td>${c.title}<br /><span class="muted">${c.cohortId}</span></td>
    <td>${joinDrugs(c.drugs)}</td>
    <td>${verdictBadge(c)}</td>
    <td>${accessWords[c.access.status]}</td>
    <td>${statusPhrase(c)}</td>
  </tr>`;

const candidateArticle = (c: Candidate, view: ReportView): SafeHtml => {
  const access = c.access;
  return html`<article class="candidate verdict-${c.verdict}" id="cohort-${c.cohortId}">
    <h3>${c.rank}. ${c.title} ${verdictBadge(c)}</h3>
    <dl class="facts">
      <dt>Cohort</dt>
      <dd>${c.cohortId}; drugs ${joinDrugs(c.drugs)} (regimen ${c.regimenId})</dd>
      <dt>Molecular criteria</dt>
      <dd>
        ${mark(c.molecular)} matched findings:
        ${
          c.matchedFindings.length === 0
            ? 'none'
            : c.matchedFindings.map((k) => view.findingLabel(k)).join('; ')
        }
      </dd>
      <dt>Tumor type</dt>
      <dd>
        ${mark(c.tumorType.outcome)}
        ${c.tumorType.reason}${
          c.tumorType.decidedBy === null
            ? ''
            : html` <span class="muted"
                >(${c.tumorType.decidedBy.rule} ${c.tumorType.decidedBy.code}; OncoTree path
                ${c.tumorType.path.join(' > ')})</span
              >`
        }
      </dd>
      <dt>Access</dt>
      <dd>${accessWords[access.status]}: ${access.reason}</dd>
      <dt>Cohort status</dt>
      <dd>${statusPhrase(c)}: ${c.status.reason}</dd>
      ${
        c.clinical.length === 0
          ? ''
          : html`<dt>Clinical criteria</dt>
              <dd>
                <ul class="criteria">
                  ${c.clinical.map(
                    (k) => html`<li>${mark(k.outcome)} ${clinicalWords[k.criterion]}: ${k.reason}</li>`,
                  )}
                </ul>
              </dd>`
      }
      ${
        c.reasons.length === 0
          ? ''
          : html`<dt>Reasons</dt>
              <dd>
                <ul>
                  ${c.reasons.map(
                    (r) => html`<li><strong>${reasonEffectWords[r.effect]}</strong> ${r.message}</li>`,
                  )}
                </ul>
              </dd>`
      }
      ${
        access.possible.length === 0
          ? ''
          : html`<dt>Labels to check</dt>
              <dd>
                Biomarker not confirmed either way:
                ${access.possible.map((i) => `${clause(i.summary)} (${joinDrugs(i.drugs)})`).join('; ')}
              </dd>`
      }
      <dt>Evidence level</dt>
      <dd>${c.evidenceLevel}; match specificity: ${c.specificity ?? 'none'}</dd>
      <dt>Sources</dt>
      <dd>
        ${c.sources.length === 0 ? 'none cited' : c.sources.join(', ')}${
          c.inferred ? ' (row inferred, not read in a source)' : ''
        }
      </dd>
    </dl>
    <h4>Criteria</h4>
    <ul class="criteria">
      ${criteriaTree(c.criteria, view)}
    </ul>
  </article>`;
};

const indicationItem = (g: IndicationGroup): SafeHtml => {
  const i = g.indication;
  return html`<li>
    <strong>${joinDrugs(i.drugs)}</strong>: ${clause(i.summary)}${i.tumorAgnostic ? ' (tumor-agnostic)' : ''};
    EU label since ${i.euDate}; Norway: ${fundingPhrase(i)}; via cohorts ${g.cohorts.join(', ')}
  </li>`;
};

const listOr = (items: ReadonlyArray<SafeHtml>, empty: string): SafeHtml =>
  items.length === 0
    ? html`<p>${empty}</p>`
    : html`<ul>
        ${items}
      </ul>`;

const findingsTable = (result: MatchResult): SafeHtml =>
  result.findings.length === 0
    ? html`<p>No findings were reported.</p>`
    : html`<table class="findings">
        <thead>
          <tr>
            <th>Finding</th>
            <th>Kind</th>
            <th>Status</th>
            <th>Cohorts</th>
            <th>Reason</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          ${result.findings.map(
            (f) =>
              html`<tr data-finding-key="${f.key}">
                <td>${describeFinding(f)}</td>
                <td>${f.kind}</td>
                <td>${findingStatusWords[f.status]}</td>
                <td>${f.cohorts.join(', ')}</td>
                <td>${f.reason}</td>
                <td>${issueWhere(f.source)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;

const othersTable = (others: ReadonlyArray<Candidate>): SafeHtml =>
  others.length === 0
    ? html`<p>None.</p>`
    : html`<table class="others">
        <thead>
          <tr>
            <th>#</th>
            <th>Cohort</th>
            <th>Drugs</th>
            <th>Verdict</th>
            <th>Access</th>
            <th>Main reason</th>
          </tr>
        </thead>
        <tbody>
          ${others.map(
            (c) =>
              html`<tr data-cohort-id="${c.cohortId}">
                <td>${c.rank}</td>
                <td>${c.cohortId}</td>
                <td>${joinDrugs(c.drugs)}</td>
                <td>${verdictBadge(c)}</td>
                <td>${c.access.status}</td>
                <td>${mainReason(c)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;

const notice = (issue: Issue): SafeHtml => {
  const where = [issueWhere(issue.location), issue.path.length === 0 ? '' : `at ${formatPath(issue.path)}`]
    .filter((p) => p !== '')
    .join(', ');
  return html`<li>
    <strong>${issue.severity}</strong> ${issue.code}:
    ${issue.message}${where === '' ? '' : html` <span class="muted">(${where})</span>`}
  </li>`;
};

/**
 * Renders a match result as one self-contained HTML page for the board meeting: inline CSS only, no
 * scripts or external assets, A4 print rules; the same content as `renderMarkdown`. Every string from
 * the result is escaped.
 *
 * @example
 * import assert from 'node:assert';
 * import { renderHtml } from 'mtb-match';
 * const result = {
 *   schema: 'mtb-match/result@1', library: { name: 'mtb-match', version: '0.1.0' },
 *   table: { id: 'impress-norway', version: '2022.1', hash: 'sha256:0' }, asOf: '2024-05-01',
 *   patient: { id: '<P1>', diagnosis: { code: 'LUAD', name: 'Lung Adenocarcinoma', path: ['LUNG', 'LUAD'] } },
 *   sample: { id: 'S1', panel: 'TSO500', dna: true, rna: true },
 *   candidates: [], drugs: [], nearMisses: [], findings: [], untested: [], issues: [],
 *   summary: { eligible: 0, needsReview: 0, ineligible: 0, notEvaluable: 0,
 *     findings: { matched: 0, 'not-actionable': 0, 'off-panel': 0, rejected: 0 } },
 * } as const;
 * const page = renderHtml(result);
 * assert.ok(page.startsWith('<!DOCTYPE html>'));
 * assert.ok(page.includes('patient &lt;P1&gt;') && !page.includes('<P1>') && !page.includes('<script'));
 */
export const renderHtml = (result: MatchResult): string => {
  const view = reportView(result);
  const s = result.summary;
  const f = s.findings;
  const d = result.patient.diagnosis;
  const page = html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="${result.library.name} ${result.library.version}" />
        <title>Molecular tumor board: patient ${result.patient.id} (${result.asOf})</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <header>
          <h1>Molecular tumor board: patient ${result.patient.id}</h1>
          <dl class="facts">
            <dt>Diagnosis</dt>
            <dd>${d.name} (${d.code})${d.path.length === 0 ? '' : html`; OncoTree ${d.path.join(' > ')}`}</dd>
            <dt>Sample</dt>
            <dd>
              ${result.sample.id}; panel ${result.sample.panel ?? 'unknown'}; DNA
              ${result.sample.dna ? 'yes' : 'no'}; RNA ${result.sample.rna ? 'yes' : 'no'}
            </dd>
            <dt>As of</dt>
            <dd>${result.asOf}</dd>
            <dt>Cohort table</dt>
            <dd>
              ${result.table.id} ${result.table.version}
              <span class="muted">(hash ${result.table.hash})</span>
            </dd>
            <dt>Summary</dt>
            <dd>
              ${s.eligible} eligible, ${s.needsReview} needs review, ${s.ineligible} ineligible,
              ${s.notEvaluable} not evaluable; findings: ${f.matched} matched, ${f['not-actionable']} not
              actionable, ${f['off-panel']} off panel, ${f.rejected} rejected
            </dd>
          </dl>
        </header>
        <main>
          <section class="board" id="candidates">
            <h2>Trial candidates: eligible and needs review</h2>
            ${
              view.board.length === 0
                ? html`<p>
                    No cohort of the table is eligible or needs review for this patient on ${result.asOf}.
                  </p>`
                : html`<table class="candidates">
                      <thead>
                        <tr>
                          <th>#</th>
                          <th>Cohort</th>
                          <th>Drugs</th>
                          <th>Verdict</th>
                          <th>Access</th>
                          <th>Cohort status</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${view.board.map(candidateRow)}
                      </tbody>
                    </table>
                    ${view.board.map((c) => candidateArticle(c, view))}`
            }
          </section>
          <section id="standard">
            <h2>Standard options: on-label and funded in Norway</h2>
            ${listOr(view.standard.map(indicationItem), 'None found in the approvals data for this tumor and these findings.')}
          </section>
          <section id="gap">
            <h2>The gap: on-label in the EU, not funded in Norway</h2>
            ${
              view.gap.length === 0
                ? html`<p>None.</p>`
                : html`<p class="note">
                      Outside the trial (the EU label covers it) and not standard care (no Norwegian funding):
                      the board may seek early access.
                    </p>
                    <ul>
                      ${view.gap.map(indicationItem)}
                    </ul>`
            }
          </section>
          ${
            view.possible.length === 0
              ? ''
              : html`<section id="possible">
                  <h2>Labels to check: biomarker not confirmed either way</h2>
                  <ul>
                    ${view.possible.map(indicationItem)}
                  </ul>
                </section>`
          }
          <section id="near-misses">
            <h2>Near misses</h2>
            ${listOr(
              result.nearMisses.map(
                (n) =>
                  html`<li>
                    <strong>${n.cohortId}</strong> (${joinDrugs(n.drugs)}), ${nearMissWords[n.kind]}:
                    ${n.message}
                  </li>`,
              ),
              'None.',
            )}
          </section>
          <section id="untested">
            <h2>Not tested</h2>
            <p class="note">${NOT_TESTED_IS_NOT_NEGATIVE}</p>
            ${listOr(
              result.untested.map(
                (u) =>
                  html`<li>
                    <strong>${u.gene === null ? u.what : `${u.gene}, ${u.what}`}</strong>:
                    ${u.message}${
                      u.cohorts.length === 0
                        ? ''
                        : html` <span class="muted">(cohorts ${u.cohorts.join(', ')})</span>`
                    }
                  </li>`,
              ),
              'Nothing the table needs was left untested.',
            )}
          </section>
          <section id="findings">
            <h2>Findings</h2>
            ${findingsTable(result)}
          </section>
          <section id="others">
            <h2>Other cohorts considered: ineligible or not evaluable</h2>
            ${othersTable(view.others)}
          </section>
          ${
            result.issues.length === 0
              ? ''
              : html`<section id="notices">
                  <h2>Notices</h2>
                  <ul>
                    ${result.issues.map(notice)}
                  </ul>
                </section>`
          }
        </main>
        <footer>
          <h2>Provenance</h2>
          <dl class="facts">
            <dt>Cohort table</dt>
            <dd>${result.table.id}, version ${result.table.version}</dd>
            <dt>Table hash</dt>
            <dd>${result.table.hash}</dd>
            <dt>As of</dt>
            <dd>${result.asOf}</dd>
            <dt>Software</dt>
            <dd>${result.library.name} ${result.library.version} (${result.schema})</dd>
          </dl>
          <p class="decides">${BOARD_DECIDES}</p>
        </footer>
      </body>
    </html> `;
  return page.markup;
};
