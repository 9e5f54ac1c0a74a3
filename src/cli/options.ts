/**
 * Flags shared by several commands, checked and turned into library values: patient facts, the as-of
 * date, the output format.
 */
import type { CaseFacts } from '../adapters/complete-case.js';
import type { ParsedArgs, OptionSpec } from './args.js';
import { stringOption, stringOptions } from './args.js';
import { UsageError } from './failure.js';

/** The patient-fact flags of `match`. */
export const FACT_OPTIONS: ReadonlyArray<OptionSpec> = [
  {
    name: 'diagnosis',
    type: 'string',
    value: '<oncotree>',
    help: 'Tumor type as an OncoTree code (e.g. LUAD), where the file lacks it.',
  },
  { name: 'patient-id', type: 'string', value: '<id>', help: 'Patient id, where the file lacks it.' },
  { name: 'age', type: 'string', value: '<years>', help: 'Age in whole years.' },
  { name: 'sex', type: 'string', value: '<female|male|other|unknown>', help: 'Sex.' },
  { name: 'ecog', type: 'string', value: '<0-4|unknown>', help: 'ECOG performance status.' },
  {
    name: 'standard-therapy-exhausted',
    type: 'string',
    value: '<yes|no|unknown>',
    help: 'Whether standard therapy is exhausted.',
  },
  {
    name: 'prior-drug',
    type: 'string',
    multiple: true,
    value: '<inn>',
    help: 'A prior anticancer drug (INN).',
  },
];

/** `--as-of`. */
export const AS_OF_OPTION: OptionSpec = {
  name: 'as-of',
  type: 'string',
  value: '<YYYY-MM-DD>',
  help: "The date the question is asked for: cohort status, EU labels, Norwegian funding and age use it. Default: today's date (UTC).",
};

/** `--table`. */
export const TABLE_OPTION: OptionSpec = {
  name: 'table',
  type: 'string',
  value: '<path|id@version>',
  help: 'The cohort table: a table file, or an embedded version such as impress-norway@2022.1. Default: the embedded version in force on the as-of date.',
};

/** `--approvals`. */
export const APPROVALS_OPTION: OptionSpec = {
  name: 'approvals',
  type: 'string',
  value: '<path>',
  help: "Approvals set for a table given as a file. Default: rules/approvals/<id>.json beside the table's folder, else the embedded set.",
};

/** `--out`. */
export const OUT_OPTION: OptionSpec = {
  name: 'out',
  type: 'string',
  value: '<file>',
  help: 'Write to this file instead of standard output.',
};

const oneOf = <V extends string>(
  args: ParsedArgs,
  name: string,
  values: ReadonlyArray<V>,
  command: string,
): V | undefined => {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if ((values as ReadonlyArray<string>).includes(v)) return v as V;
  throw new UsageError(`--${name} must be one of ${values.join(', ')}; got "${value}".`, command);
};

const nonEmpty = (args: ParsedArgs, name: string, command: string): string | undefined => {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(`--${name} must not be empty.`, command);
  return value.trim();
};

/** Patient facts from the flags (only those given). @internal */
export const factsFromArgs = (args: ParsedArgs, command: string): CaseFacts => {
  const ageText = stringOption(args, 'age');
  let age: number | undefined;
  if (ageText !== undefined) {
    if (!/^\d{1,3}$/.test(ageText.trim()) || Number(ageText) > 130) {
      throw new UsageError(`--age must be a whole number of years (0-130); got "${ageText}".`, command);
    }
    age = Number(ageText);
  }
  const ecogText = oneOf(args, 'ecog', ['0', '1', '2', '3', '4', 'unknown'], command);
  const priorDrugs = stringOptions(args, 'prior-drug').map((d) => {
    if (d.trim() === '') throw new UsageError('--prior-drug must not be empty.', command);
    return d.trim().toLowerCase();
  });
  const diagnosis = nonEmpty(args, 'diagnosis', command);
  const id = nonEmpty(args, 'patient-id', command);
  const sex = oneOf(args, 'sex', ['female', 'male', 'other', 'unknown'], command);
  const exhausted = oneOf(args, 'standard-therapy-exhausted', ['yes', 'no', 'unknown'], command);
  return {
    ...(id === undefined ? {} : { id }),
    ...(diagnosis === undefined ? {} : { diagnosis }),
    ...(age === undefined ? {} : { age }),
    ...(sex === undefined ? {} : { sex }),
    ...(ecogText === undefined
      ? {}
      : { ecog: ecogText === 'unknown' ? 'unknown' : (Number(ecogText) as 0 | 1 | 2 | 3 | 4) }),
    ...(exhausted === undefined ? {} : { standardTherapyExhausted: exhausted }),
    ...(priorDrugs.length === 0 ? {} : { priorDrugs }),
  };
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date `YYYY-MM-DD`. */
const isCalendarDate = (text: string): boolean => {
  const m = ISO_DATE.exec(text);
  if (m === null) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
};

/** `--as-of`, checked, or today's date in UTC. @internal */
export const asOfFromArgs = (args: ParsedArgs, now: Date, command: string): string => {
  const given = stringOption(args, 'as-of');
  if (given === undefined) return now.toISOString().slice(0, 10);
  if (!isCalendarDate(given.trim())) {
    throw new UsageError(
      `--as-of must be a date written YYYY-MM-DD (e.g. 2024-05-01); got "${given}".`,
      command,
    );
  }
  return given.trim();
};

/** A choice flag among fixed values, with its default. @internal */
export const choiceFromArgs = <V extends string>(
  args: ParsedArgs,
  name: string,
  values: ReadonlyArray<V>,
  fallback: V,
  command: string,
): V => oneOf(args, name, values, command) ?? fallback;
