/**
 * Examples are tests: every `@example` block in src/ and every ```ts block in the README is written to a
 * scratch module, with `from 'mtb-match'` pointed at src/index.ts, and imported. The examples check their
 * own claims with node:assert, so an example that lies fails here.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const scratch = join(root, 'test/.examples');
const entry = join(root, 'src/index.ts');

interface Example {
  readonly name: string;
  readonly code: string;
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });

/** `@example` blocks: the comment lines after the tag, up to the next tag or the end of the comment. */
export const extractTsdocExamples = (file: string, text: string): Example[] => {
  const examples: Example[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^\s*\*\s*@example\b/.test(lines[i] ?? '')) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const line = lines[j] ?? '';
      if (/^\s*\*\//.test(line) || /^\s*\*\s*@\w+/.test(line)) break;
      body.push(line.replace(/^\s*\* ?/, ''));
    }
    const code = body.join('\n').replace(/^```\w*\n?|```\s*$/gm, '');
    examples.push({ name: `${relative(root, file)}:${i + 1}`, code });
    i = j - 1;
  }
  return examples;
};

const readmeExamples = (): Example[] => {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m, n) => ({
    name: `README.md#${n + 1}`,
    code: m[1] ?? '',
  }));
};

const examples: Example[] = [
  ...walk(join(root, 'src')).flatMap((file) => extractTsdocExamples(file, readFileSync(file, 'utf8'))),
  ...readmeExamples(),
];

describe('documentation examples run', () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });

  it('finds examples to run', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  examples.forEach((example, n) => {
    it(
      example.name,
      async () => {
        const file = join(scratch, `example-${n}.ts`);
        const code = example.code.replace(/from 'mtb-match'/g, `from '${pathToFileURL(entry).href}'`);
        writeFileSync(file, `${code}\nexport {};\n`);
        await import(pathToFileURL(file).href);
      },
      60_000,
    ); // the first example loads the whole library (and its indexes): generous on a busy machine
  });
});
