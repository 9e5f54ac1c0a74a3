/**
 * `mtb-match rules lint | diff | list`: the curator's commands for cohort tables and approvals sets.
 */
import { formatIssue } from '../../model/issue.js';
import type { Issue } from '../../model/issue.js';
import type { LoadedTable } from '../../table/load-table.js';
import { stringOption } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT, InputError, UsageError } from '../failure.js';
import { APPROVALS_OPTION, AS_OF_OPTION, asOfFromArgs, choiceFromArgs } from '../options.js';
import { cliIssue } from '../issues.js';
import { readText } from '../read.js';
import { rulesDir } from '../rules-dir.js';
import { parseJsonText } from '../json-text.js';
import { loadTableFile, orFail } from '../tables.js';

const TABLE_REF = /^[a-z0-9][a-z0-9._-]*@\d{4}\.\d+$/;

/** Folders of a rules tree that hold no tables or approvals. */
const NOT_RULES = /(^|\/)(schema|reference)\//;

const rulesFiles = async (path: string, ctx: CommandContext): Promise<ReadonlyArray<string>> => {
  const { io } = ctx;
  if (!(await io.isDirectory(path))) return [path];
  return (await io.listFiles(path))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json') && !NOT_RULES.test(name))
    .map((name) => io.resolvePath(path, name));
};

const lintCommand: Command = {
  name: 'rules lint',
  label: 'rules lint [path]',
  summary: 'Check tables and approvals sets: every problem, with file and path.',
  usage: ['rules lint [path] [options]'],
  description: [
    'The path is a rules folder (default: the rules/ folder shipped with mtb-match) or one file. Every table ' +
      'and approvals set under it is validated, tables against the approvals set they name, and version chains ' +
      'are checked. Problems are printed one per line on standard output, then a summary.',
  ],
  options: [],
  examples: [
    'mtb-match rules lint',
    'mtb-match rules lint my-rules/',
    'mtb-match rules lint rules/tables/impress-norway/2023.1.json',
  ],
  exitCodes: ['rules lint exits 1 when it found an error (warnings alone exit 0).'],
  run: async (args, ctx) => {
    const { io } = ctx;
    if (args.positionals.length > 1) throw new UsageError('Expected at most one path.', 'rules lint');
    const root = args.positionals[0] ?? (await rulesDir(io));
    if (!(await io.exists(root))) {
      throw new InputError([cliIssue('file_unreadable', { file: root, reason: 'no such file or folder' })]);
    }
    const paths = await rulesFiles(root, ctx);
    const issues: Issue[] = [];
    const files: Array<{ readonly path: string; readonly json: unknown }> = [];
    for (const path of paths) {
      const parsed = parseJsonText(await readText(io, path), path);
      if (parsed._tag === 'Left') issues.push(...parsed.left);
      else files.push({ path, json: parsed.right });
    }
    const single = paths.length === 1 && !(await io.isDirectory(root));
    const result = ctx.engine.lintTables(files);
    // A single table file is linted with the approvals set it names, from beside it or embedded.
    const lintIssues =
      single && files.length === 1
        ? await lintSingle(files[0]?.path ?? root, result.issues, ctx)
        : result.issues;
    issues.push(...lintIssues);
    for (const issue of issues) await io.stdout.write(`${formatIssue(issue)}\n`);
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    await io.stdout.write(
      `rules lint: ${paths.length} file${paths.length === 1 ? '' : 's'} checked, ${errors} error${errors === 1 ? '' : 's'}, ` +
        `${warnings} warning${warnings === 1 ? '' : 's'}.\n`,
    );
    return errors > 0 ? EXIT.badInput : EXIT.ok;
  },
};

/** Lints one table file alone: with its approvals set loaded the way `--table <file>` loads it. */
const lintSingle = async (
  path: string,
  issues: ReadonlyArray<Issue>,
  ctx: CommandContext,
): Promise<ReadonlyArray<Issue>> => {
  const alone = issues.filter(
    (i) => i.code !== 'unknown_approvals_set' && i.code !== 'unknown_superseded_version',
  );
  if (alone.length !== issues.length) {
    try {
      const loaded = await loadTableFile(path, undefined, ctx);
      return loaded.warnings.map((w) => ({ ...w, location: { ...w.location, file: path } }));
    } catch (error) {
      if (error instanceof InputError) return error.issues;
      throw error;
    }
  }
  return issues;
};

/** A table given as a file or as an embedded `id@version`. */
const tableFrom = async (
  ref: string,
  approvals: string | undefined,
  ctx: CommandContext,
): Promise<LoadedTable> =>
  TABLE_REF.test(ref.trim()) && !(await ctx.io.exists(ref))
    ? orFail(ctx.engine.findTable(ctx.engine.embeddedTables(), ref))
    : loadTableFile(ref, approvals, ctx);

const diffCommand: Command = {
  name: 'rules diff',
  label: 'rules diff <a> <b>',
  summary: 'What changed between two table versions: cohorts added, removed, changed.',
  usage: ['rules diff <a> <b> [options]'],
  description: [
    'Each of a and b is a table file or an embedded version (impress-norway@2022.1). The text lists one fact ' +
      'per line: + added, - removed, ~ changed (criteria in words, tumor types, regimen, status events, settings).',
  ],
  options: [
    APPROVALS_OPTION,
    {
      name: 'format',
      type: 'string',
      value: '<text|json>',
      help: 'text for people, json for tools. Default: text.',
    },
  ],
  examples: [
    'mtb-match rules diff impress-norway@2021.2 impress-norway@2022.1',
    'mtb-match rules diff impress-norway@2023.1 my-rules/tables/impress-norway/2024.1.json',
  ],
  run: async (args, ctx) => {
    const [a, b, ...extra] = args.positionals;
    if (a === undefined || b === undefined)
      throw new UsageError('Expected two tables to compare: rules diff <a> <b>.', 'rules diff');
    if (extra.length > 0)
      throw new UsageError(`Expected two tables, got ${args.positionals.length}.`, 'rules diff');
    const format = choiceFromArgs(args, 'format', ['text', 'json'] as const, 'text', 'rules diff');
    const approvals = stringOption(args, 'approvals');
    const diff = ctx.engine.diffTables(
      await tableFrom(a, approvals, ctx),
      await tableFrom(b, approvals, ctx),
    );
    await ctx.io.stdout.write(
      format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : `${ctx.engine.formatTableDiff(diff)}\n`,
    );
    return EXIT.ok;
  },
};

const listCommand: Command = {
  name: 'rules list',
  label: 'rules list',
  summary: 'List the embedded cohort tables: versions, dates, hashes, cohorts.',
  usage: ['rules list [options]'],
  description: [
    'The tables listed are the ones built into this version of mtb-match; every result names the version and ' +
      'hash it was made with. The version in force on the as-of date is marked with *.',
  ],
  options: [AS_OF_OPTION],
  examples: ['mtb-match rules list', 'mtb-match rules list --as-of 2022-06-01'],
  run: async (args, ctx) => {
    if (args.positionals.length > 0)
      throw new UsageError(`Unexpected argument "${args.positionals[0]}".`, 'rules list');
    const asOf = asOfFromArgs(args, ctx.io.now(), 'rules list');
    const tables = ctx.engine.embeddedTables();
    const inForce = ctx.engine.tableAsOf(tables, asOf);
    const current = inForce._tag === 'Right' ? inForce.right : null;
    const rows = tables.map((t) => {
      const open = t.table.cohorts.filter((c) => {
        const events = c.status.filter((e) => e.date <= asOf);
        const state = events[events.length - 1]?.state ?? 'planned';
        return state.endsWith('-open');
      }).length;
      return [
        t === current ? '*' : ' ',
        `${t.table.id}@${t.table.version}`,
        t.table.effectiveFrom,
        t.table.supersedes ?? '-',
        String(t.table.cohorts.length),
        String(open),
        t.hash,
      ];
    });
    const header = [' ', 'table', 'effective', 'supersedes', 'cohorts', `open ${asOf}`, 'hash'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: ReadonlyArray<string>) =>
      cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    await ctx.io.stdout.write(
      [`Embedded cohort tables (* = in force on ${asOf}):`, line(header), ...rows.map(line), ''].join('\n'),
    );
    return EXIT.ok;
  },
};

/** The `rules` commands. @internal */
export const rulesCommands: ReadonlyArray<Command> = [lintCommand, diffCommand, listCommand];
