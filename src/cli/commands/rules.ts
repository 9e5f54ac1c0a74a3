/**
 * `mtb-match rules lint | diff | list`: the curator's commands for cohort tables and approvals sets.
 */
import { formatIssue } from '../../model/issue.js';
import type { Issue } from '../../model/issue.js';
import type { LoadedTable } from '../../table/load-table.js';
import type { RulesFile } from '../../table/lint.js';
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
  if (!(await io.exists(path))) {
    throw new InputError([cliIssue('file_unreadable', { file: path, reason: 'no such file or folder' })]);
  }
  if (!(await io.isDirectory(path))) return [path];
  const base = path.replace(/\/+$/, '');
  return (await io.listFiles(path))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json') && !NOT_RULES.test(name))
    .map((name) => `${base}/${name}`);
};

const field = (json: unknown, key: string): unknown =>
  typeof json === 'object' && json !== null ? (json as Readonly<Record<string, unknown>>)[key] : undefined;

/**
 * What the files given need to be checked but do not include: the approvals sets their tables name (from
 * beside the table, else embedded) and the embedded versions of the same tables (for the version chain).
 */
const contextFiles = async (
  files: ReadonlyArray<RulesFile>,
  ctx: CommandContext,
): Promise<ReadonlyArray<RulesFile>> => {
  const { io, engine } = ctx;
  const isTable = (json: unknown) => field(json, 'cohorts') !== undefined;
  const givenApprovals = new Set(
    files.filter((f) => field(f.json, 'indications') !== undefined).map((f) => field(f.json, 'id')),
  );
  const tables = files.filter((f) => isTable(f.json));
  const context: RulesFile[] = [];
  const added = new Set<unknown>();
  for (const table of tables) {
    const id = field(table.json, 'approvals');
    if (typeof id !== 'string' || givenApprovals.has(id) || added.has(id)) continue;
    added.add(id);
    const beside = io.resolvePath(table.path, '..', '..', '..', 'approvals', `${id}.json`);
    if (await io.exists(beside)) {
      const parsed = parseJsonText(await readText(io, beside), beside);
      if (parsed._tag === 'Right') context.push({ path: beside, json: parsed.right });
    } else if (engine.embeddedApprovals().approvals.id === id) {
      context.push({ path: `(embedded approvals ${id})`, json: engine.embeddedApprovals().approvals });
    }
  }
  const givenRefs = new Set(
    tables.map((t) => `${String(field(t.json, 'id'))}@${String(field(t.json, 'version'))}`),
  );
  const ids = new Set(tables.map((t) => field(t.json, 'id')));
  for (const t of engine.embeddedTables()) {
    const ref = `${t.table.id}@${t.table.version}`;
    if (ids.has(t.table.id) && !givenRefs.has(ref))
      context.push({ path: `(embedded ${ref})`, json: t.table });
  }
  return context;
};

const lintCommand: Command = {
  name: 'rules lint',
  label: 'rules lint [path...]',
  summary: 'Check tables and approvals sets: every problem, with file and path.',
  usage: ['rules lint [path...] [options]'],
  description: [
    'Each path is a rules folder or a file (default: the rules/ folder shipped with mtb-match). Every table ' +
      'and approvals set given is validated, tables against the approvals set they name, and version chains ' +
      'are checked. A table given alone is checked with its approvals set (from rules/approvals/ beside its ' +
      'folder, else the embedded one) and against the embedded versions it follows. Problems are printed one ' +
      'per line on standard output, then a summary.',
  ],
  options: [],
  examples: [
    'mtb-match rules lint',
    'mtb-match rules lint my-rules/',
    'mtb-match rules lint my-rules/tables/impress-norway/2024.1.json',
  ],
  exitCodes: ['rules lint exits 1 when it found an error (warnings alone exit 0).'],
  run: async (args, ctx) => {
    const { io } = ctx;
    const roots = args.positionals.length > 0 ? args.positionals : [await rulesDir(io)];
    const paths = (await Promise.all(roots.map((root) => rulesFiles(root, ctx)))).flat();
    const issues: Issue[] = [];
    const files: RulesFile[] = [];
    for (const path of paths) {
      const parsed = parseJsonText(await readText(io, path), path);
      if (parsed._tag === 'Left') issues.push(...parsed.left);
      else files.push({ path, json: parsed.right });
    }
    const given = new Set(paths);
    const result = ctx.engine.lintTables([...files, ...(await contextFiles(files, ctx))]);
    issues.push(...result.issues.filter((i) => given.has(i.location?.file ?? '')));
    for (const issue of issues) await io.stdout.write(`${formatIssue(issue)}\n`);
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    await io.stdout.write(
      `rules lint: ${plural(paths.length, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`,
    );
    return errors > 0 ? EXIT.badInput : EXIT.ok;
  },
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
  options: [
    {
      ...AS_OF_OPTION,
      help: "The date that decides the version in force and the open cohorts. Default: today's date (UTC).",
    },
  ],
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
