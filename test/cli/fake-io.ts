/**
 * A `CliIo` for in-process CLI tests: files in memory layered over the real file system (so repository
 * fixtures and the rules folder can be read), captured stdout and stderr, a fixed clock.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo, OutputSink } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import type { CliEngine } from '../../src/cli/engine.js';

/** The repository root. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A path in the repository. */
export const repo = (...parts: ReadonlyArray<string>): string => join(ROOT, ...parts);

export interface FakeIo extends CliIo {
  /** Everything written to stdout. */
  readonly out: () => string;
  /** Everything written to stderr. */
  readonly err: () => string;
  /** Files written with --out. */
  readonly written: Map<string, string>;
  /** How many stdout writes there were (streaming checks). */
  readonly writes: () => number;
}

export interface FakeIoOptions {
  readonly files?: Readonly<Record<string, string>>;
  readonly now?: Date;
  readonly stderrIsTTY?: boolean;
  readonly stdoutIsTTY?: boolean;
  readonly rulesDirs?: ReadonlyArray<string>;
  /** Makes opening this output path fail like a read-only folder would. */
  readonly unwritable?: string;
}

const enoent = (path: string): Error =>
  Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });

const walk = (root: string, dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(root, path);
    return e.isFile() ? [relative(root, path).split(sep).join('/')] : [];
  });

/** Builds a fake io. */
export const fakeIo = (options: FakeIoOptions = {}): FakeIo => {
  const memory = new Map(Object.entries(options.files ?? {}).map(([k, v]) => [resolve(k), v]));
  const written = new Map<string, string>();
  let out = '';
  let err = '';
  let writes = 0;
  const read = (path: string): string => {
    const p = resolve(path);
    const inMemory = memory.get(p) ?? written.get(p);
    if (inMemory !== undefined) return inMemory;
    if (existsSync(p) && statSync(p).isDirectory()) {
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
    }
    try {
      return readFileSync(p, 'utf8');
    } catch {
      throw enoent(path);
    }
  };
  const memoryDirHas = (dir: string): boolean => [...memory.keys()].some((k) => k.startsWith(`${dir}${sep}`));
  const stdout: OutputSink = {
    write: async (text) => {
      out += text;
      writes += 1;
    },
    close: async () => undefined,
  };
  return {
    stdout,
    stderr: { write: (text) => void (err += text), isTTY: options.stderrIsTTY ?? false },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    readFile: async (path) => read(path),
    readLines: (path) => ({
      async *[Symbol.asyncIterator]() {
        const lines = read(path).split(/\r?\n/);
        if (lines.at(-1) === '') lines.pop();
        yield* lines;
      },
    }),
    isDirectory: async (path) => {
      const p = resolve(path);
      return memoryDirHas(p) || (existsSync(p) && statSync(p).isDirectory());
    },
    exists: async (path) => {
      const p = resolve(path);
      return memory.has(p) || written.has(p) || memoryDirHas(p) || existsSync(p);
    },
    listFiles: async (dir) => {
      const d = resolve(dir);
      const fromMemory = [...memory.keys()]
        .filter((k) => k.startsWith(`${d}${sep}`))
        .map((k) => relative(d, k).split(sep).join('/'));
      const fromDisk = existsSync(d) && statSync(d).isDirectory() ? walk(d, d) : [];
      return [...new Set([...fromMemory, ...fromDisk])].sort();
    },
    readFileSync: (path) => {
      try {
        return read(path);
      } catch {
        return undefined;
      }
    },
    openOutput: async (path) => {
      if (options.unwritable !== undefined && resolve(path) === resolve(options.unwritable)) {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      }
      const p = resolve(path);
      written.set(p, '');
      return {
        write: async (text) => {
          written.set(p, (written.get(p) ?? '') + text);
        },
        close: async () => undefined,
      };
    },
    resolvePath: (...parts) => resolve(...parts),
    now: () => options.now ?? new Date('2024-05-01T09:30:00Z'),
    rulesDirs: options.rulesDirs ?? [repo('rules')],
    out: () => out,
    err: () => err,
    written,
    writes: () => writes,
  };
};

/** Runs the CLI in-process; returns the exit code and what it printed. */
export const cli = async (
  argv: ReadonlyArray<string>,
  options: FakeIoOptions = {},
  engine?: CliEngine,
): Promise<{ code: number; out: string; err: string; io: FakeIo }> => {
  const io = fakeIo(options);
  const code = await run(argv, io, engine);
  return { code, out: io.out(), err: io.err(), io };
};
