/**
 * `mtb-match batch <cases.ndjson | study-folder>`: every case matched, results streamed as NDJSON.
 */
import { formatIssue } from '../../model/issue.js';
import type { MatchResult } from '../../model/result.js';
import { renderErrorRecordLine, renderJsonLine } from '../../report/json.js';
import { stringOption } from '../args.js';
import { caseStream } from '../cases.js';
import type { CaseItem } from '../cases.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../failure.js';
import { APPROVALS_OPTION, AS_OF_OPTION, asOfFromArgs, OUT_OPTION, TABLE_OPTION } from '../options.js';
import { openSink } from '../output.js';
import { Progress } from '../progress.js';
import { chooseTable } from '../tables.js';

/** How many failures the summary names one by one. */
const NAMED_FAILURES = 20;

/** Running totals of a batch, in constant memory. @internal */
export class BatchTally {
  read = 0;
  failed = 0;
  readonly failures: string[] = [];
  readonly verdicts = { eligible: 0, needsReview: 0, ineligible: 0, notEvaluable: 0 };
  patientsWithCandidates = 0;

  addResult(result: MatchResult): void {
    this.read += 1;
    const s = result.summary;
    this.verdicts.eligible += s.eligible;
    this.verdicts.needsReview += s.needsReview;
    this.verdicts.ineligible += s.ineligible;
    this.verdicts.notEvaluable += s.notEvaluable;
    if (s.eligible + s.needsReview > 0) this.patientsWithCandidates += 1;
  }

  addFailure(item: CaseItem, reason: string): void {
    this.read += 1;
    this.failed += 1;
    if (this.failures.length < NAMED_FAILURES) {
      const where = item.line === null ? item.file : `${item.file}:${item.line}`;
      const who = item.patientId === null ? '' : ` (patient ${item.patientId})`;
      this.failures.push(`  ${where}${who}: ${reason}`);
    }
  }

  summary(): string {
    const v = this.verdicts;
    return [
      `batch: ${this.read} cases read, ${this.read - this.failed} matched, ${this.failed} failed.`,
      ...this.failures,
      ...(this.failed > this.failures.length
        ? [`  ... and ${this.failed - this.failures.length} more (each has an error record in the output).`]
        : []),
      `candidates: ${v.eligible} eligible, ${v.needsReview} needs review, ${v.ineligible} ineligible, ` +
        `${v.notEvaluable} not evaluable; ${this.patientsWithCandidates} patients with at least one trial candidate.`,
      '',
    ].join('\n');
  }
}

/** The `batch` command. @internal */
export const batchCommand: Command = {
  name: 'batch',
  label: 'batch <input>',
  summary: 'Match every case of an NDJSON file or cBioPortal study; NDJSON results.',
  usage: ['batch <cases.ndjson | study-folder> [options]'],
  description: [
    'An NDJSON file (or - for standard input) holds one JSON case per line; a cBioPortal study folder gives one case per sample ' +
      '(data_clinical_sample, data_mutations, data_cna, data_sv). The table is compiled once and the cases are ' +
      'read, matched and written one at a time, so memory stays flat however many there are.',
    'Each output line is a match result (schema: mtb-match schema report). A case that cannot be read becomes ' +
      'an error record {"schema":"mtb-match/error@1", file, line, patientId, issues} in the same stream, and the ' +
      'batch goes on. A summary goes to standard error at the end, and a progress line while it runs on a terminal.',
  ],
  options: [
    AS_OF_OPTION,
    TABLE_OPTION,
    APPROVALS_OPTION,
    {
      name: 'panel',
      type: 'string',
      value: '<id>',
      help: 'Panel id for a cBioPortal study, e.g. TSO500 (default: from the study).',
    },
    OUT_OPTION,
  ],
  examples: [
    'mtb-match batch registry.ndjson --as-of 2024-01-01 --out results-2024-01-01.ndjson',
    'mtb-match batch studies/impress_2024 --panel TSO500 > results.ndjson',
    'zcat registry.ndjson.gz | mtb-match batch - --out results.ndjson',
  ],
  exitCodes: ['batch exits 1 when any case failed; the output still holds every other result.'],
  run: async (args, ctx) => {
    const [input, ...extra] = args.positionals;
    if (input === undefined)
      throw new UsageError(
        'Missing the input: an NDJSON file of cases or a cBioPortal study folder.',
        'batch',
      );
    if (extra.length > 0)
      throw new UsageError(`Expected one input, got ${args.positionals.length}.`, 'batch');
    const { io, engine } = ctx;
    const asOf = asOfFromArgs(args, io.now(), 'batch');
    const table = await chooseTable(stringOption(args, 'table'), stringOption(args, 'approvals'), asOf, ctx);
    const compiled = engine.compile(table);
    const cases = await caseStream(input, stringOption(args, 'panel'), ctx);
    const sink = await openSink(io, stringOption(args, 'out'));
    const tally = new BatchTally();
    const progress = new Progress(io.stderr);
    try {
      for await (const item of cases) {
        if (item.result._tag === 'Left') {
          tally.addFailure(item, formatIssue(item.result.left[0]));
          await sink.write(
            renderErrorRecordLine({
              schema: 'mtb-match/error@1',
              file: item.file,
              line: item.line,
              patientId: item.patientId,
              issues: item.result.left,
            }),
          );
        } else {
          const result = engine.match(item.result.right, compiled, { asOf });
          tally.addResult(result);
          await sink.write(renderJsonLine(result));
        }
        progress.tick(tally.read, tally.failed);
      }
    } finally {
      progress.done();
      await sink.close();
    }
    io.stderr.write(tally.summary());
    return tally.failed > 0 ? EXIT.badInput : EXIT.ok;
  },
};
