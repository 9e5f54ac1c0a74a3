/**
 * The real `CliIo`: node:fs, process.stdout / stderr, the clock, and the rules folder next to the bin.
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo, OutputSink } from './io.js';

const sinkOf = (stream: Writable, closeStream: boolean): OutputSink => ({
  write: async (text) => {
    if (!stream.write(text)) await once(stream, 'drain');
  },
  close: async () => {
    if (!closeStream) return;
    await new Promise<void>((done, fail) => {
      stream.once('error', fail);
      stream.end(() => done());
    });
  },
});

const walk = async (root: string, dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return walk(root, path);
      return e.isFile() ? [relative(root, path).split(sep).join('/')] : [];
    }),
  );
  return nested.flat().sort();
};

/**
 * The `rules/` folders to try: next to the built bin (`dist/cli.js` -> `../rules`), then, when run from
 * the sources (`src/cli/*.ts`), the repository's.
 */
const rulesDirs = (): ReadonlyArray<string> => {
  const here = dirname(fileURLToPath(import.meta.url));
  return [resolve(here, '../rules'), resolve(here, '../../rules')];
};

/** The CLI's io on Node. @internal */
export const nodeIo = (): CliIo => ({
  stdout: sinkOf(process.stdout, false),
  stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY === true },
  stdoutIsTTY: process.stdout.isTTY === true,
  readFile: (path) => readFile(path, 'utf8'),
  readLines: (path) =>
    createInterface({
      input: path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    }),
  isDirectory: async (path) => (await stat(path).catch(() => null))?.isDirectory() === true,
  exists: async (path) => path === '-' || (await stat(path).catch(() => null)) !== null,
  listFiles: (dir) => walk(dir, dir),
  readFileSync: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  openOutput: async (path) => {
    const stream = createWriteStream(path, { encoding: 'utf8' });
    await once(stream, 'open');
    return sinkOf(stream, true);
  },
  resolvePath: (...parts) => resolve(...parts),
  now: () => new Date(),
  rulesDirs: rulesDirs(),
});
