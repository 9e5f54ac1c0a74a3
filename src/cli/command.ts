/**
 * The shape of a CLI command: its help (usage, description, options, examples) and what it runs.
 */
import type { ParsedArgs, OptionSpec } from './args.js';
import type { CliEngine } from './engine.js';
import type { CliIo } from './io.js';

/** What a command runs with. */
export interface CommandContext {
  readonly io: CliIo;
  readonly engine: CliEngine;
}

/** One command (`match`, `rules lint`, ...). */
export interface Command {
  /** The words after `mtb-match`, e.g. `rules lint`. */
  readonly name: string;
  /** The short form in the command list, e.g. `match <file>`. */
  readonly label: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage lines without the leading `mtb-match `. */
  readonly usage: ReadonlyArray<string>;
  /** Paragraphs of explanation. */
  readonly description: ReadonlyArray<string>;
  readonly options: ReadonlyArray<OptionSpec>;
  readonly examples: ReadonlyArray<string>;
  /** Exit codes beyond the common ones, in words. */
  readonly exitCodes?: ReadonlyArray<string>;
  readonly run: (args: ParsedArgs, ctx: CommandContext) => Promise<number>;
}
