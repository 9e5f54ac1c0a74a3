/**
 * Command-line arguments: a small hand-written parser (`--name value`, `--name=value`, boolean flags,
 * repeatable options, `--` to end options) whose errors are usage errors worded for people.
 */
import { UsageError } from './failure.js';
import { closest } from './suggest.js';

/** One option a command accepts. */
export interface OptionSpec {
  readonly name: string;
  /** A one-letter alias, e.g. `h` for `--help`. */
  readonly short?: string;
  /** `string` takes a value; `boolean` does not. */
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  /** The value's placeholder in help, e.g. `<YYYY-MM-DD>`. */
  readonly value?: string;
  readonly help: string;
}

/** Parsed arguments: option values by name, and positionals in order. */
export interface ParsedArgs {
  readonly options: ReadonlyMap<string, ReadonlyArray<string | true>>;
  readonly positionals: ReadonlyArray<string>;
}

/** The options every command accepts. */
export const HELP_OPTION: OptionSpec = {
  name: 'help',
  short: 'h',
  type: 'boolean',
  help: 'Show this help and exit.',
};

/**
 * Parses `argv` against option specs; unknown options, missing values and values given to flags are
 * `UsageError`s naming the command.
 * @internal
 */
export const parseArgs = (
  argv: ReadonlyArray<string>,
  specs: ReadonlyArray<OptionSpec>,
  command: string,
): ParsedArgs => {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.flatMap((s) => (s.short === undefined ? [] : [[s.short, s] as const])));
  const options = new Map<string, Array<string | true>>();
  const positionals: string[] = [];
  const add = (spec: OptionSpec, value: string | true): void => {
    const list = options.get(spec.name) ?? [];
    if (!spec.multiple && list.length > 0) {
      throw new UsageError(`--${spec.name} was given more than once.`, command);
    }
    options.set(spec.name, [...list, value]);
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const key = long ? arg.slice(2, eq === -1 ? undefined : eq) : arg.slice(1);
    const spec = long ? byName.get(key) : byShort.get(key);
    if (spec === undefined) {
      const shown = long ? `--${key}` : arg;
      const near = long ? closest(key, byName.keys()) : undefined;
      throw new UsageError(
        `Unknown option ${shown}${near === undefined ? '' : ` (did you mean --${near}?)`}.`,
        command,
      );
    }
    if (spec.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`--${spec.name} takes no value.`, command);
      add(spec, true);
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[i + 1];
    if (value === undefined || (eq === -1 && value.startsWith('--'))) {
      throw new UsageError(
        `--${spec.name} needs a value${spec.value === undefined ? '' : ` ${spec.value}`}.`,
        command,
      );
    }
    if (eq === -1) i += 1;
    add(spec, value);
  }
  return { options, positionals };
};

/** The last value of a string option, if given. @internal */
export const stringOption = (args: ParsedArgs, name: string): string | undefined => {
  const values = args.options.get(name);
  const last = values?.[values.length - 1];
  return typeof last === 'string' ? last : undefined;
};

/** Every value of a repeatable string option. @internal */
export const stringOptions = (args: ParsedArgs, name: string): ReadonlyArray<string> =>
  (args.options.get(name) ?? []).filter((v): v is string => typeof v === 'string');

/** Whether a boolean flag was given. @internal */
export const flag = (args: ParsedArgs, name: string): boolean =>
  (args.options.get(name) ?? []).includes(true);
