/**
 * The package as consumers see it: the exported names (a snapshot, so any change to the public surface is a
 * reviewed diff), the types of the main entry points, the version, and the purity of the library entry.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../../src/index.js';
import type { Case, Issues, MatchResult, Result } from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

describe('public surface', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot();
  });

  it('carries the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(api.LIBRARY_VERSION).toBe(pkg.version);
  });

  it('types the main entry points', () => {
    expectTypeOf(api.parseJsonCase).returns.toEqualTypeOf<Result<Case>>();
    expectTypeOf(api.normalizeCase).returns.toEqualTypeOf<Result<Case>>();
    expectTypeOf(api.match).returns.toEqualTypeOf<MatchResult>();
    expectTypeOf(api.match).parameter(0).toEqualTypeOf<Case>();
    expectTypeOf(api.normalizeGene).returns.toEqualTypeOf<
      Result<{ readonly hgncId: string; readonly symbol: string }>
    >();
    expectTypeOf<MatchResult['candidates'][number]['verdict']>().toEqualTypeOf<
      'eligible' | 'needs-review' | 'ineligible' | 'not-evaluable'
    >();
    expectTypeOf<MatchResult['candidates'][number]['access']['status']>().toEqualTypeOf<
      'off-label' | 'on-label-unfunded' | 'on-label'
    >();
    expectTypeOf<MatchResult['findings'][number]['status']>().toEqualTypeOf<
      'matched' | 'not-actionable' | 'off-panel' | 'rejected'
    >();
    expectTypeOf<Issues[0]['code']>().toEqualTypeOf<string>();
  });
});

describe('the library entry runs in a browser', () => {
  it('no module outside src/cli imports a node: builtin or touches process, fs or the clock', () => {
    const offenders = walk(join(root, 'src'))
      .filter((f) => f.endsWith('.ts') && !f.includes(`${join('src', 'cli')}`))
      .filter((f) => {
        // Comments (TSDoc examples import node:assert) do not count; code does.
        const text = readFileSync(f, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/.*$/gm, '');
        return (
          /from\s+['"](node:|fs['"]|path['"])/.test(text) ||
          /\bprocess\.\w/.test(text) ||
          /Date\.now\(\)|new Date\(\)/.test(text)
        );
      })
      .map((f) => f.slice(root.length + 1));
    expect(offenders).toEqual([]);
  });

  it('the built library bundle requires no node: module (checked when dist exists)', () => {
    const bundle = join(root, 'dist/index.js');
    let text: string;
    try {
      text = readFileSync(bundle, 'utf8');
    } catch {
      console.log(
        'dist/index.js not built yet: the bundle check runs after `npm run build` (npm test builds).',
      );
      return;
    }
    expect(text).not.toMatch(/from\s*['"]node:|require\(['"]node:/);
  });
});
