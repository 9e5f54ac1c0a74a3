/**
 * `run(argv, io)`: the whole CLI as a function of its arguments and its io, returning the exit code.
 * Every error is caught here and printed as one line per problem; nothing escapes as a stack trace.
 */
import { formatIssue } from '../model/issue.js';
import { LIBRARY_VERSION } from '../version.js';
import { HELP_OPTION, parseArgs } from './args.js';
import type { Command, CommandContext } from './command.js';
import { batchCommand } from './commands/batch.js';
import { matchCommand } from './commands/match.js';
import { rescreenCommand } from './commands/rescreen.js';
import { rulesCommands } from './commands/rules.js';
import { schemaCommand } from './commands/schema.js';
import type { CliEngine } from './engine.js';
import { EXIT, InputError, UsageError } from './failure.js';
import { commandHelp, EXIT_CODES_HELP, formatOptions, wrap } from './help.js';
import type { CliIo } from './io.js';
import { libraryEngine } from './library-engine.js';
import { closest } from './suggest.js';

/** Every command, in the order of the top-level help. */
const COMMANDS: ReadonlyArray<Command> = [
  matchCommand,
  batchCommand,
  rescreenCommand,
  ...rulesCommands,
  schemaCommand,
];

/** One line for a terminal: line breaks and other control characters (escape sequences) become spaces. */
// eslint-disable-next-line no-control-regex
const oneLine = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;

/** The top-level help. @internal */
export const topHelp = (): string => {
  const width = Math.max(...COMMANDS.map((c) => c.label.length)) + 4;
  return [
    `mtb-match ${LIBRARY_VERSION}: match a tumor's molecular profile against a versioned drug-cohort table`,
    '(IMPRESS-Norway by default) and explain every candidate.',
    '',
    'Usage: mtb-match <command> [options]',
    '       mtb-match <command> --help',
    '',
    'Commands:',
    ...COMMANDS.flatMap((c) => {
      const [first = '', ...rest] = wrap(c.summary, width + 2);
      return [`  ${c.label.padEnd(width)}${first.trimStart()}`, ...rest];
    }),
    '',
    'Options:',
    ...formatOptions([
      { ...HELP_OPTION, help: 'Show this help (every command has its own --help).' },
      { name: 'version', short: 'V', type: 'boolean', help: 'Print the version of mtb-match.' },
    ]),
    '',
    ...wrap(EXIT_CODES_HELP, 0),
    '',
    'The tumor board, not this software, decides.',
    '',
  ].join('\n');
};

const usageLine = (error: UsageError): string => {
  const where = error.command === '' ? 'mtb-match' : `mtb-match ${error.command}`;
  return `${where}: ${oneLine(error.message)} See '${where} --help'.\n`;
};

const wantsHelp = (argv: ReadonlyArray<string>): boolean => {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

const runCommand = async (
  command: Command,
  argv: ReadonlyArray<string>,
  ctx: CommandContext,
): Promise<number> => {
  if (wantsHelp(argv)) {
    await ctx.io.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  return command.run(parseArgs(argv, [...command.options, HELP_OPTION], command.name), ctx);
};

const dispatch = async (argv: ReadonlyArray<string>, ctx: CommandContext): Promise<number> => {
  const [first, ...rest] = argv;
  if (first === undefined) {
    ctx.io.stderr.write(topHelp());
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    await ctx.io.stdout.write(topHelp());
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    await ctx.io.stdout.write(`${LIBRARY_VERSION}\n`);
    return EXIT.ok;
  }
  if (first === 'help') return dispatch(rest.length === 0 ? ['--help'] : [...rest, '--help'], ctx);
  if (first.startsWith('-')) throw new UsageError(`Unknown option ${first} before the command.`, '');
  const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `));
  if (group.length > 0) {
    const [sub, ...subRest] = rest;
    const command = group.find((c) => c.name === `${first} ${sub ?? ''}`);
    if (command !== undefined) return runCommand(command, subRest, ctx);
    const names = group.map((c) => c.name.split(' ')[1] ?? '');
    if (sub === undefined || sub === '--help' || sub === '-h') {
      const help = [
        `Usage: mtb-match ${first} <${names.join('|')}> [options]`,
        '',
        ...group.flatMap((c) => {
          const [first = '', ...more] = wrap(c.summary, 24);
          return [`  ${c.label.padEnd(22)}${first.trimStart()}`, ...more];
        }),
        '',
        `Run 'mtb-match ${first} <command> --help' for each command's options.`,
        '',
      ].join('\n');
      if (sub === undefined) {
        ctx.io.stderr.write(help);
        return EXIT.usage;
      }
      await ctx.io.stdout.write(help);
      return EXIT.ok;
    }
    const near = closest(sub, names);
    throw new UsageError(
      `Unknown command "${first} ${sub}"${near === undefined ? '' : ` (did you mean "${first} ${near}"?)`}; ` +
        `the ${first} commands are ${names.join(', ')}.`,
      first,
    );
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (command !== undefined) return runCommand(command, rest, ctx);
  const near = closest(
    first,
    COMMANDS.map((c) => c.name.split(' ')[0] ?? c.name),
  );
  throw new UsageError(
    `Unknown command "${first}"${near === undefined ? '' : ` (did you mean "${near}"?)`}.`,
    '',
  );
};

/**
 * Runs the CLI: parses `argv` (without `node` and the script), runs the command with `io`, and returns
 * the exit code: 0 ok, 1 bad input, 2 bad usage, 70 internal error. Never throws.
 * @internal
 */
export const run = async (
  argv: ReadonlyArray<string>,
  io: CliIo,
  engine: CliEngine = libraryEngine,
): Promise<number> => {
  try {
    return await dispatch(argv, { io, engine });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(usageLine(error));
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      const bySeverity = [...error.issues].sort(
        (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
      );
      for (const issue of bySeverity) io.stderr.write(`${oneLine(formatIssue(issue))}\n`);
      return EXIT.badInput;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr.write(
      `mtb-match: internal error (${oneLine(message)}). This is a bug in mtb-match ${LIBRARY_VERSION}; ` +
        'please report it with the command you ran.\n',
    );
    return EXIT.internal;
  }
};
