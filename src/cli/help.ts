/**
 * Help texts, built from the commands' specs so that every command's `--help` has the same shape.
 */
import { HELP_OPTION } from './args.js';
import type { OptionSpec } from './args.js';
import type { Command } from './command.js';

const WIDTH = 100;

/** Wraps a paragraph to the help width with an indent. @internal */
export const wrap = (text: string, indent: number, first = indent): string[] => {
  const lines: string[] = [];
  let line = '';
  let pad = first;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && pad + line.length + 1 + word.length > WIDTH) {
      lines.push(' '.repeat(pad) + line);
      line = word;
      pad = indent;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(' '.repeat(pad) + line);
  return lines;
};

const optionLabel = (o: OptionSpec): string =>
  `${o.short === undefined ? '    ' : `-${o.short}, `}--${o.name}${o.value === undefined ? '' : ` ${o.value}`}`;

/** The options block: labels in a column, help wrapped beside them. */
export const formatOptions = (options: ReadonlyArray<OptionSpec>): string[] => {
  const column = Math.min(36, Math.max(...options.map((o) => optionLabel(o).length)) + 4);
  return options.flatMap((o) => {
    const label = `  ${optionLabel(o)}`;
    const help = o.help + (o.multiple ? ' Repeatable.' : '');
    if (label.length + 2 > column) return [label, ...wrap(help, column)];
    const [first = '', ...rest] = wrap(help, column);
    return [label + first.slice(label.length), ...rest];
  });
};

/** The common exit codes, as every help text states them. */
export const EXIT_CODES_HELP =
  'Exit codes: 0 ok, 1 bad input (unreadable file, invalid case or table), 2 bad usage (unknown flag, missing argument), 70 internal error (a bug: please report it).';

/** The full `--help` text of a command. @internal */
export const commandHelp = (command: Command): string =>
  [
    ...command.usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}mtb-match ${u}`),
    '',
    ...wrap(command.summary, 0),
    ...command.description.flatMap((p) => ['', ...wrap(p, 0)]),
    '',
    'Options:',
    ...formatOptions([...command.options, HELP_OPTION]),
    ...(command.examples.length === 0 ? [] : ['', 'Examples:', ...command.examples.map((e) => `  ${e}`)]),
    '',
    ...wrap([EXIT_CODES_HELP, ...(command.exitCodes ?? [])].join(' '), 0),
    '',
  ].join('\n');
