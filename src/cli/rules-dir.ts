/**
 * The `rules/` folder shipped with mtb-match, found at run time next to the bin (`dist/cli.js` ->
 * `../rules`). Only the lint default and the schema files come from it; the embedded tables come from the
 * library bundle.
 */
import type { CliIo } from './io.js';
import { InputError } from './failure.js';
import { cliIssue } from './issues.js';

/** The first of `io.rulesDirs` that exists. @internal */
export const rulesDir = async (io: CliIo): Promise<string> => {
  for (const dir of io.rulesDirs) {
    if (await io.isDirectory(dir)) return dir;
  }
  throw new InputError([cliIssue('rules_folder_not_found', { tried: io.rulesDirs })]);
};
