/**
 * `mtb-match match <file>`: one case against the cohort table, as a report.
 */
import { renderHtml } from '../../report/html.js';
import { renderJson } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { stringOption } from '../args.js';
import { readOneCase } from '../cases.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../failure.js';
import {
  APPROVALS_OPTION,
  AS_OF_OPTION,
  asOfFromArgs,
  choiceFromArgs,
  FACT_OPTIONS,
  factsFromArgs,
  OUT_OPTION,
  TABLE_OPTION,
} from '../options.js';
import { writeAll } from '../output.js';
import { chooseTable } from '../tables.js';

const FORMATS = ['md', 'json', 'html'] as const;

const RENDER = { md: renderMarkdown, json: renderJson, html: renderHtml } as const;

/** The `match` command. @internal */
export const matchCommand: Command = {
  name: 'match',
  label: 'match <file>',
  summary: 'Match one case against the cohort table; write the report for the board.',
  usage: ['match <file> [options]'],
  description: [
    'The file is a JSON case, a TSO500 CombinedVariantOutput.tsv, a VCF or a MAF; the format is detected from ' +
      'its content. Patient facts the file lacks (a TSO500 file holds none) are given as flags; a fact given ' +
      'both ways takes the flag, with a warning. Unknown facts stay unknown: a cohort that needs one is listed ' +
      'as "needs review", never silently dropped.',
    'The report lists trial candidates (eligible, needs review) with their reasons, standard options, drugs ' +
      'in the gap between EU approval and Norwegian funding, near misses, what was not tested, and every ' +
      'finding with what became of it.',
  ],
  options: [
    ...FACT_OPTIONS,
    {
      name: 'sample',
      type: 'string',
      value: '<id>',
      help: 'The sample to read from a VCF or MAF that holds several.',
    },
    AS_OF_OPTION,
    TABLE_OPTION,
    APPROVALS_OPTION,
    { name: 'format', type: 'string', value: '<md|json|html>', help: 'Report format. Default: md.' },
    OUT_OPTION,
  ],
  examples: [
    'mtb-match match CombinedVariantOutput.tsv --diagnosis LUAD --age 64 --ecog 1 --standard-therapy-exhausted yes',
    'mtb-match match case.json --format html --out P-0042.html',
    'mtb-match match case.json --as-of 2023-06-01 --table impress-norway@2022.1 --format json',
  ],
  run: async (args, ctx) => {
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new UsageError('Missing the case file to match.', 'match');
    if (extra.length > 0)
      throw new UsageError(
        `Expected one case file, got ${args.positionals.length}: use \`mtb-match batch\` for many.`,
        'match',
      );
    const facts = factsFromArgs(args, 'match');
    const asOf = asOfFromArgs(args, ctx.io.now(), 'match');
    const format = choiceFromArgs(args, 'format', FORMATS, 'md', 'match');
    const table = await chooseTable(stringOption(args, 'table'), stringOption(args, 'approvals'), asOf, ctx);
    const c = await readOneCase(file, facts, stringOption(args, 'sample'), ctx);
    const result = ctx.engine.match(c, ctx.engine.compile(table), { asOf });
    const out = stringOption(args, 'out');
    await writeAll(ctx.io, out, RENDER[format](result));
    if (out !== undefined) {
      const s = result.summary;
      ctx.io.stderr.write(
        `Wrote ${out}: patient ${result.patient.id}, ${s.eligible} eligible, ${s.needsReview} needs review ` +
          `(${result.table.id}@${result.table.version}, as of ${result.asOf}).\n`,
      );
    }
    return EXIT.ok;
  },
};
