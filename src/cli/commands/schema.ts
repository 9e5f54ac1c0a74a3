/**
 * `mtb-match schema <case|table|approvals|report>`: prints a JSON Schema from the rules folder.
 */
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../failure.js';
import { readText } from '../read.js';
import { rulesDir } from '../rules-dir.js';

const NAMES = ['case', 'table', 'approvals', 'report'] as const;

/** The `schema` command. @internal */
export const schemaCommand: Command = {
  name: 'schema',
  label: 'schema <name>',
  summary: 'Print the JSON Schema of a case, table, approvals set or report.',
  usage: ['schema <case|table|approvals|report>'],
  description: [
    'The schemas are generated from the library (zod for inputs, the io-ts codec for the report) and shipped ' +
      'in rules/schema/. Point an editor at them to check a case or a table as you type.',
  ],
  options: [],
  examples: ['mtb-match schema case > case.schema.json', 'mtb-match schema report'],
  run: async (args, ctx) => {
    const [name, ...extra] = args.positionals;
    if (name === undefined)
      throw new UsageError(`Missing the schema name: one of ${NAMES.join(', ')}.`, 'schema');
    if (!(NAMES as ReadonlyArray<string>).includes(name) || extra.length > 0) {
      throw new UsageError(
        `Unknown schema "${[name, ...extra].join(' ')}": choose one of ${NAMES.join(', ')}.`,
        'schema',
      );
    }
    const dir = await rulesDir(ctx.io);
    await ctx.io.stdout.write(
      await readText(ctx.io, ctx.io.resolvePath(dir, 'schema', `${name}.schema.json`)),
    );
    return EXIT.ok;
  },
};
