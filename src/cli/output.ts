/**
 * Where a command's output goes: standard output, or the file given with --out.
 */
import type { CliIo, OutputSink } from './io.js';
import { InputError } from './failure.js';
import { cliIssue } from './issues.js';
import { fsReason } from './read.js';

/** Opens `--out`, or returns standard output. @internal */
export const openSink = async (io: CliIo, out: string | undefined): Promise<OutputSink> => {
  if (out === undefined) return io.stdout;
  try {
    return await io.openOutput(out);
  } catch (error) {
    throw new InputError([cliIssue('file_unwritable', { file: out, reason: fsReason(error) })]);
  }
};

/** Writes a whole text to `--out` or standard output. @internal */
export const writeAll = async (io: CliIo, out: string | undefined, text: string): Promise<void> => {
  const sink = await openSink(io, out);
  try {
    await sink.write(text);
  } finally {
    await sink.close();
  }
};
