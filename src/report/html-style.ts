/**
 * The HTML report's only stylesheet, inlined in the page: readable on screen, printable on A4.
 * @internal
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5c5c5c; --rule: #c8c8c8; --met: #1b6e2f; --not-met: #a32020; --unknown: #8a5a00; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; border-bottom: 2px solid var(--ink); padding-bottom: .15rem; margin: 1.6rem 0 .6rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
h4 { font-size: .95rem; margin: .7rem 0 .2rem; }
p, ul, dl { margin: .3rem 0 .6rem; }
ul { padding-left: 1.3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .9rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .92em; }
th, td { border: 1px solid var(--rule); padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.candidate { border: 1px solid var(--rule); border-left: 6px solid var(--unknown); padding: .3rem .9rem .5rem; margin: .8rem 0; }
.candidate.verdict-eligible { border-left-color: var(--met); }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: .25rem; padding: 0 .3rem; font-size: .85em; font-weight: 600; white-space: nowrap; }
.verdict-eligible .badge.verdict, .badge.verdict-eligible { color: var(--met); }
.badge.verdict-needs-review { color: var(--unknown); }
.badge.verdict-ineligible, .badge.verdict-not-evaluable { color: var(--muted); }
.mark { display: inline-block; min-width: 4.6em; font-weight: 600; }
.mark.met { color: var(--met); }
.mark.not-met { color: var(--not-met); }
.mark.unknown { color: var(--unknown); }
ul.criteria, ul.criteria ul { list-style: none; padding-left: 1.2rem; }
ul.criteria { padding-left: 0; }
.muted { color: var(--muted); }
.note { border-left: 4px solid var(--unknown); padding: .2rem .7rem; background: #fbf6ec; }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: .6rem; }
.decides { font-weight: 700; }
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  body { font-size: 9.5pt; max-width: none; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  .candidate, tr, li, .note, footer { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: none; }
  section.board { break-after: auto; }
}
`;
