/**
 * `mtb-match rescreen --previous <results.ndjson> --cases <cases>`: re-match a registry and list, per
 * patient, the options gained and lost since the previous run, with the reason.
 */
import { formatIssue } from '../../model/issue.js';
import { parseResultRecord } from '../../report/codec.js';
import type { ResultSnapshot } from '../../report/rescreen.js';
import { compareSnapshots, renderRescreenText, snapshotOf } from '../../report/rescreen.js';
import { stringOption } from '../args.js';
import { caseStream } from '../cases.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT, InputError, UsageError } from '../failure.js';
import { cliIssue } from '../issues.js';
import {
  APPROVALS_OPTION,
  AS_OF_OPTION,
  asOfFromArgs,
  choiceFromArgs,
  OUT_OPTION,
  TABLE_OPTION,
} from '../options.js';
import { openSink } from '../output.js';
import { fsReason } from '../read.js';
import { chooseTable } from '../tables.js';

/** How many bad lines are printed one by one. */
const NAMED_PROBLEMS = 20;

interface Previous {
  readonly snapshots: Map<string, ResultSnapshot>;
  readonly errorRecords: number;
  readonly invalid: number;
}

/** Reads the previous results (NDJSON of results and error records), decoding each line with the codec. */
const readPrevious = async (path: string, ctx: CommandContext): Promise<Previous> => {
  const { io } = ctx;
  if (!(await io.exists(path)))
    throw new InputError([cliIssue('file_unreadable', { file: path, reason: 'no such file' })]);
  const snapshots = new Map<string, ResultSnapshot>();
  let line = 0;
  let errorRecords = 0;
  let invalid = 0;
  try {
    for await (const text of io.readLines(path)) {
      line += 1;
      if (text.trim() === '') continue;
      const record = parseResultRecord(text, {
        what: `Line ${line} of ${path}`,
        location: { file: path, line },
      });
      if (record._tag === 'Left') {
        invalid += 1;
        if (invalid <= NAMED_PROBLEMS) io.stderr.write(`${formatIssue(record.left[0])}\n`);
      } else if (record.right.schema === 'mtb-match/error@1') errorRecords += 1;
      else snapshots.set(record.right.patient.id, snapshotOf(record.right));
    }
  } catch (error) {
    throw new InputError([cliIssue('file_unreadable', { file: path, reason: fsReason(error) })]);
  }
  if (invalid > NAMED_PROBLEMS)
    io.stderr.write(`... and ${invalid - NAMED_PROBLEMS} more invalid lines in ${path}.\n`);
  return { snapshots, errorRecords, invalid };
};

/** The `rescreen` command. @internal */
export const rescreenCommand: Command = {
  name: 'rescreen',
  label: 'rescreen',
  summary: 'Re-match a registry: per patient, options gained and lost since a run.',
  usage: ['rescreen --previous <results.ndjson> --cases <ndjson|study> [options]'],
  description: [
    'The previous results are a `mtb-match batch` output (each line is decoded and checked against the report ' +
      'schema). Each case is matched again with the table and date given (by default the embedded table in force ' +
      "today) and compared with the patient's previous result. Only patients whose options changed are printed: " +
      'each trial option (eligible or needs review) gained or lost, or changed between eligible and needs review, ' +
      'with its cause: cohort added, removed, opened or closed, access changed (an EU label or Norwegian ' +
      'funding), criteria changed, or newly / no longer considered.',
    'Memory grows with the number of patients in the previous results (a compact summary of each), not with the cases.',
  ],
  options: [
    { name: 'previous', type: 'string', value: '<results.ndjson>', help: 'Results of an earlier batch run.' },
    {
      name: 'cases',
      type: 'string',
      value: '<cases.ndjson|study>',
      help: 'The cases to match again (NDJSON or cBioPortal study folder).',
    },
    AS_OF_OPTION,
    TABLE_OPTION,
    APPROVALS_OPTION,
    { name: 'panel', type: 'string', value: '<id>', help: 'Panel id for a cBioPortal study, e.g. TSO500.' },
    {
      name: 'format',
      type: 'string',
      value: '<text|json>',
      help: 'text: lines for people; json: one JSON object per patient. Default: text.',
    },
    OUT_OPTION,
  ],
  examples: [
    'mtb-match rescreen --previous results-2023.ndjson --cases registry.ndjson',
    'mtb-match rescreen --previous results-2023.ndjson --cases registry.ndjson --table impress-norway@2023.1 --as-of 2024-01-01',
  ],
  exitCodes: ['rescreen exits 1 when a previous line could not be decoded or a case failed.'],
  run: async (args, ctx) => {
    if (args.positionals.length > 0) {
      throw new UsageError(
        `Unexpected argument "${args.positionals[0]}": give the files with --previous and --cases.`,
        'rescreen',
      );
    }
    const previousPath = stringOption(args, 'previous');
    const casesPath = stringOption(args, 'cases');
    if (previousPath === undefined) throw new UsageError('Missing --previous <results.ndjson>.', 'rescreen');
    if (casesPath === undefined)
      throw new UsageError('Missing --cases <cases.ndjson | study-folder>.', 'rescreen');
    const { io, engine } = ctx;
    const asOf = asOfFromArgs(args, io.now(), 'rescreen');
    const format = choiceFromArgs(args, 'format', ['text', 'json'] as const, 'text', 'rescreen');
    const table = await chooseTable(stringOption(args, 'table'), stringOption(args, 'approvals'), asOf, ctx);
    const previous = await readPrevious(previousPath, ctx);
    const compiled = engine.compile(table);
    const cases = await caseStream(casesPath, stringOption(args, 'panel'), ctx);
    const sink = await openSink(io, stringOption(args, 'out'));
    const seen = new Set<string>();
    // The cohorts of each table involved, when it is embedded: "cohort added / removed" as causes.
    const cohortsOf = new Map<string, ReadonlySet<string> | undefined>();
    const cohortsOfRef = (ref: string): ReadonlySet<string> | undefined => {
      if (!cohortsOf.has(ref)) {
        const found = engine.findTable(engine.embeddedTables(), ref);
        cohortsOf.set(
          ref,
          found._tag === 'Right' ? new Set(found.right.table.cohorts.map((c) => c.id)) : undefined,
        );
      }
      return cohortsOf.get(ref);
    };
    const cohortsAfter = new Set(table.table.cohorts.map((c) => c.id));
    const totals = {
      compared: 0,
      changed: 0,
      gained: 0,
      lost: 0,
      verdictChanged: 0,
      failed: 0,
      withoutPrevious: 0,
    };
    try {
      for await (const item of cases) {
        if (item.result._tag === 'Left') {
          totals.failed += 1;
          if (totals.failed <= NAMED_PROBLEMS) io.stderr.write(`${formatIssue(item.result.left[0])}\n`);
          continue;
        }
        const now = snapshotOf(engine.match(item.result.right, compiled, { asOf }));
        const before = previous.snapshots.get(now.patientId);
        if (before === undefined) {
          totals.withoutPrevious += 1;
          continue;
        }
        seen.add(now.patientId);
        totals.compared += 1;
        const cohortsBefore = cohortsOfRef(before.table);
        const patient = compareSnapshots(before, now, {
          cohortsAfter,
          ...(cohortsBefore === undefined ? {} : { cohortsBefore }),
        });
        if (patient.changes.length === 0) continue;
        totals.changed += 1;
        for (const c of patient.changes) {
          if (c.change === 'gained') totals.gained += 1;
          else if (c.change === 'lost') totals.lost += 1;
          else totals.verdictChanged += 1;
        }
        await sink.write(
          format === 'json'
            ? `${JSON.stringify({ schema: 'mtb-match/rescreen@1', ...patient })}\n`
            : renderRescreenText(patient),
        );
      }
    } finally {
      await sink.close();
    }
    const notRescreened = [...previous.snapshots.keys()].filter((id) => !seen.has(id)).length;
    io.stderr.write(
      [
        `rescreen: ${totals.compared} patients compared (${table.table.id}@${table.table.version}, as of ${asOf}); ` +
          `${totals.changed} with changed options: ${totals.gained} gained, ${totals.lost} lost, ` +
          `${totals.verdictChanged} changed between eligible and needs review.`,
        ...(totals.failed > 0 ? [`  ${totals.failed} cases could not be read.`] : []),
        ...(totals.withoutPrevious > 0
          ? [`  ${totals.withoutPrevious} cases had no previous result (not compared).`]
          : []),
        ...(notRescreened > 0 ? [`  ${notRescreened} previous results had no case to match again.`] : []),
        ...(previous.errorRecords > 0
          ? [`  ${previous.errorRecords} previous lines were error records (skipped).`]
          : []),
        ...(previous.invalid > 0 ? [`  ${previous.invalid} previous lines could not be decoded.`] : []),
        '',
      ].join('\n'),
    );
    return totals.failed > 0 || previous.invalid > 0 ? EXIT.badInput : EXIT.ok;
  },
};
