/** Shared helpers of the table tests: reading rules and fixture files from disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, type Issue } from '../../src/model/issue.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every file under a folder (recursively), as paths relative to the repository root, sorted. */
export const filesUnder = (folder: string): string[] =>
  readdirSync(join(root, folder))
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(join(root, path)).isDirectory() ? filesUnder(path) : [path];
    })
    .sort();

export const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

export const rel = (path: string): string => relative(root, path);

/** Issues as the CLI prints them, one per line. */
export const lines = (issues: ReadonlyArray<Issue>): string[] => issues.map(formatIssue);
