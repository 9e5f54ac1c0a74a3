/**
 * Everything the CLI does to the outside world, behind one interface: the real one uses node:fs and
 * process (`node-io.ts`); tests pass a fake and run commands in-process.
 */

/** A place text is written to, with back-pressure (`write` resolves when more may be written). */
export interface OutputSink {
  readonly write: (text: string) => Promise<void>;
  /** Flushes and closes (a no-op for stdout). */
  readonly close: () => Promise<void>;
}

/** The CLI's view of the world. */
export interface CliIo {
  readonly stdout: OutputSink;
  /** Diagnostics: errors, progress, summaries. Never results. */
  readonly stderr: { readonly write: (text: string) => void; readonly isTTY: boolean };
  readonly stdoutIsTTY: boolean;
  /** Reads a whole text file (rejects with a Node-style error carrying `code`). */
  readonly readFile: (path: string) => Promise<string>;
  /** Reads a text file line by line, in constant memory (line breaks removed); `-` is standard input. */
  readonly readLines: (path: string) => AsyncIterable<string>;
  /** Whether the path is a directory (false when it does not exist). */
  readonly isDirectory: (path: string) => Promise<boolean>;
  /** Whether the path exists. */
  readonly exists: (path: string) => Promise<boolean>;
  /** Names of the files under a directory, relative and `/`-separated, recursively. */
  readonly listFiles: (dir: string) => Promise<ReadonlyArray<string>>;
  /** Reads a file of a directory synchronously (used by the study reader); undefined when unreadable. */
  readonly readFileSync: (path: string) => string | undefined;
  /** Opens a file for writing (replacing it). */
  readonly openOutput: (path: string) => Promise<OutputSink>;
  /** Joins and resolves paths the platform's way. */
  readonly resolvePath: (...parts: ReadonlyArray<string>) => string;
  /** The current time (for the default as-of date). */
  readonly now: () => Date;
  /** The `rules/` folders to try, in order (next to the built bin: `dist/cli.js` -> `../rules`). */
  readonly rulesDirs: ReadonlyArray<string>;
}
