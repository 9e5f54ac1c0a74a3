/**
 * Re-screening: what changed for a patient between an earlier result and a new one (another table
 * version, another date). A compact snapshot of the earlier result is kept, so that a registry's worth
 * of previous results fits in memory; the comparison names, per cohort, options gained and lost and why.
 */
import type { AccessStatus, Candidate, EvaluatedCriterion, MatchResult, Verdict } from '../model/result.js';
import { mainReason } from './view.js';
import { verdictWords } from './words.js';

/** What a re-screen keeps of one candidate. */
export interface CandidateSnapshot {
  readonly cohortId: string;
  readonly drugs: ReadonlyArray<string>;
  readonly verdict: Verdict;
  readonly access: AccessStatus;
  readonly accessReason: string;
  readonly open: boolean;
  readonly statusReason: string;
  /** The shape of the criteria tree (types and descriptions), to tell when the criteria changed. */
  readonly criteria: string;
  /** The blocking reason, else the first reason. */
  readonly reason: string;
}

/** What a re-screen keeps of one result. */
export interface ResultSnapshot {
  readonly patientId: string;
  /** `id@version` of the table. */
  readonly table: string;
  readonly asOf: string;
  readonly candidates: ReadonlyArray<CandidateSnapshot>;
}

/** Why a candidate was gained or lost. */
export type ChangeCause =
  | 'cohort-added'
  | 'cohort-removed'
  | 'newly-considered'
  | 'no-longer-considered'
  | 'cohort-opened'
  | 'cohort-closed'
  | 'access-changed'
  | 'criteria-changed'
  | 'other';

/** One option gained, lost, or changed (eligible <-> needs review) for a patient. */
export interface CandidateChange {
  readonly change: 'gained' | 'lost' | 'changed';
  readonly cohortId: string;
  readonly drugs: ReadonlyArray<string>;
  readonly before: Verdict | null;
  readonly after: Verdict | null;
  readonly cause: ChangeCause;
  readonly reason: string;
}

/** A patient's changes between two results. */
export interface PatientRescreen {
  readonly patientId: string;
  readonly before: { readonly table: string; readonly asOf: string };
  readonly after: { readonly table: string; readonly asOf: string };
  readonly changes: ReadonlyArray<CandidateChange>;
}

const signature = (node: EvaluatedCriterion): string =>
  `${node.type}:${node.description}${node.children.length === 0 ? '' : `(${node.children.map(signature).join(',')})`}`;

const snapshotCandidate = (c: Candidate): CandidateSnapshot => ({
  cohortId: c.cohortId,
  drugs: c.drugs,
  verdict: c.verdict,
  access: c.access.status,
  accessReason: c.access.reason,
  open: c.status.open,
  statusReason: c.status.reason,
  criteria: signature(c.criteria),
  reason: mainReason(c),
});

/**
 * The compact snapshot of a result that a re-screen compares against.
 *
 * @example
 * import assert from 'node:assert';
 * import { snapshotOf } from 'mtb-match';
 * const result = {
 *   schema: 'mtb-match/result@1', library: { name: 'mtb-match', version: '0.1.0' },
 *   table: { id: 'impress-norway', version: '2022.1', hash: 'sha256:0' }, asOf: '2024-05-01',
 *   patient: { id: 'P1', diagnosis: { code: 'LUAD', name: 'Lung Adenocarcinoma', path: [] } },
 *   sample: { id: 'S1', panel: 'TSO500', dna: true, rna: true },
 *   candidates: [], drugs: [], nearMisses: [], findings: [], untested: [], issues: [],
 *   summary: { eligible: 0, needsReview: 0, ineligible: 0, notEvaluable: 0,
 *     findings: { matched: 0, 'not-actionable': 0, 'off-panel': 0, rejected: 0 } },
 * } as const;
 * assert.deepStrictEqual(snapshotOf(result), { patientId: 'P1', table: 'impress-norway@2022.1', asOf: '2024-05-01', candidates: [] });
 */
export const snapshotOf = (result: MatchResult): ResultSnapshot => ({
  patientId: result.patient.id,
  table: `${result.table.id}@${result.table.version}`,
  asOf: result.asOf,
  candidates: result.candidates.map(snapshotCandidate),
});

const onBoard = (c: CandidateSnapshot | undefined): boolean =>
  c !== undefined && (c.verdict === 'eligible' || c.verdict === 'needs-review');

/** Why the verdict of a cohort present in both results changed; the reason is the new result's. */
const causeOf = (b: CandidateSnapshot, a: CandidateSnapshot): { cause: ChangeCause; reason: string } => {
  if (b.open !== a.open) return { cause: a.open ? 'cohort-opened' : 'cohort-closed', reason: a.statusReason };
  if (b.access !== a.access)
    return { cause: 'access-changed', reason: `${b.access} -> ${a.access}: ${a.accessReason}` };
  return { cause: b.criteria !== a.criteria ? 'criteria-changed' : 'other', reason: a.reason };
};

const KIND_ORDER = { gained: 0, lost: 1, changed: 2 } as const;

/** The cohort ids of the two tables, when known: they tell "cohort added / removed" from "newly considered". */
export interface CompareOptions {
  readonly cohortsBefore?: ReadonlySet<string>;
  readonly cohortsAfter?: ReadonlySet<string>;
}

/**
 * Compares two snapshots of one patient: options (eligible or needs-review candidates) gained, lost, or
 * changed between eligible and needs review, each with its cause.
 *
 * @example
 * import assert from 'node:assert';
 * import { compareSnapshots } from 'mtb-match';
 * const cohort = { cohortId: 'c1', drugs: ['olaparib'], access: 'off-label', accessReason: '', criteria: 'biallelic:BRCA2', reason: '' };
 * const before = { patientId: 'P1', table: 't@2022.1', asOf: '2023-01-01',
 *   candidates: [{ ...cohort, verdict: 'ineligible', open: false, statusReason: 'Planned.' }] } as const;
 * const after = { patientId: 'P1', table: 't@2023.1', asOf: '2024-01-01',
 *   candidates: [{ ...cohort, verdict: 'eligible', open: true, statusReason: 'Opened 2023-06-01.' }] } as const;
 * const [change] = compareSnapshots(before, after).changes;
 * assert.deepStrictEqual([change?.change, change?.cause, change?.reason], ['gained', 'cohort-opened', 'Opened 2023-06-01.']);
 */
export const compareSnapshots = (
  before: ResultSnapshot,
  after: ResultSnapshot,
  options: CompareOptions = {},
): PatientRescreen => {
  const was = new Map(before.candidates.map((c) => [c.cohortId, c]));
  const now = new Map(after.candidates.map((c) => [c.cohortId, c]));
  const ids = [...new Set([...was.keys(), ...now.keys()])].sort();
  const changes = ids.flatMap((id): CandidateChange[] => {
    const b = was.get(id);
    const a = now.get(id);
    const drugs = (a ?? b)?.drugs ?? [];
    const wasOption = onBoard(b);
    const isOption = onBoard(a);
    if (wasOption === isOption && (!wasOption || b?.verdict === a?.verdict)) return [];
    const change = wasOption === isOption ? 'changed' : isOption ? 'gained' : 'lost';
    const { cause, reason }: { cause: ChangeCause; reason: string } =
      b === undefined
        ? options.cohortsBefore !== undefined && !options.cohortsBefore.has(id)
          ? { cause: 'cohort-added', reason: `Cohort added in ${after.table}.` }
          : { cause: 'newly-considered', reason: `Not a candidate under ${before.table} on ${before.asOf}.` }
        : a === undefined
          ? options.cohortsAfter !== undefined && !options.cohortsAfter.has(id)
            ? { cause: 'cohort-removed', reason: `Cohort removed in ${after.table}.` }
            : {
                cause: 'no-longer-considered',
                reason: `Not a candidate under ${after.table} on ${after.asOf}.`,
              }
          : causeOf(b, a);
    return [
      { change, cohortId: id, drugs, before: b?.verdict ?? null, after: a?.verdict ?? null, cause, reason },
    ];
  });
  return {
    patientId: after.patientId,
    before: { table: before.table, asOf: before.asOf },
    after: { table: after.table, asOf: after.asOf },
    changes: [...changes].sort(
      (x, y) => KIND_ORDER[x.change] - KIND_ORDER[y.change] || (x.cohortId < y.cohortId ? -1 : 1),
    ),
  };
};

const CAUSE_WORDS: Readonly<Record<ChangeCause, string>> = {
  'cohort-added': 'cohort added',
  'cohort-removed': 'cohort removed',
  'newly-considered': 'newly considered',
  'no-longer-considered': 'no longer considered',
  'cohort-opened': 'cohort opened',
  'cohort-closed': 'cohort closed',
  'access-changed': 'access changed',
  'criteria-changed': 'criteria changed',
  other: 'verdict changed',
};

// eslint-disable-next-line no-control-regex
const plain = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');

const verdictOrNone = (v: Verdict | null): string => (v === null ? 'not a candidate' : verdictWords[v]);

/**
 * A patient's changes as plain text lines for a terminal (control characters from the input removed).
 *
 * @example
 * import assert from 'node:assert';
 * import { renderRescreenText } from 'mtb-match';
 * const text = renderRescreenText({
 *   patientId: 'P1', before: { table: 't@2022.1', asOf: '2023-01-01' }, after: { table: 't@2023.1', asOf: '2024-01-01' },
 *   changes: [{ change: 'gained', cohortId: 'c1', drugs: ['olaparib'], before: 'ineligible', after: 'eligible', cause: 'cohort-opened', reason: 'Opened.' }],
 * });
 * assert.strictEqual(text, 'P1: t@2022.1 on 2023-01-01 -> t@2023.1 on 2024-01-01\n  + gained  c1 (olaparib): ineligible -> eligible [cohort opened] Opened.\n');
 */
export const renderRescreenText = (patient: PatientRescreen): string =>
  [
    `${plain(patient.patientId)}: ${plain(patient.before.table)} on ${plain(patient.before.asOf)} -> ${plain(
      patient.after.table,
    )} on ${plain(patient.after.asOf)}`,
    ...patient.changes.map((c) => {
      const mark = c.change === 'gained' ? '+ gained ' : c.change === 'lost' ? '- lost   ' : '~ changed';
      return (
        `  ${mark} ${plain(c.cohortId)} (${plain(c.drugs.join(' + '))}): ${verdictOrNone(c.before)} -> ` +
        `${verdictOrNone(c.after)} [${CAUSE_WORDS[c.cause]}] ${plain(c.reason)}`
      );
    }),
    '',
  ].join('\n');
