/**
 * Reading files for the CLI: a file that cannot be read is one clear issue, never a stack trace.
 */
import type { CliIo } from './io.js';
import { InputError } from './failure.js';
import { cliIssue } from './issues.js';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
};

/** Why a file operation failed, in words. @internal */
export const fsReason = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return REASONS[code] ?? code;
  return error instanceof Error ? error.message : String(error);
};

/** Reads a text file or fails with a `file_unreadable` issue. @internal */
export const readText = async (io: CliIo, path: string): Promise<string> => {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new InputError([cliIssue('file_unreadable', { file: path, reason: fsReason(error) })]);
  }
};
