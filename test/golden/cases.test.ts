/**
 * Golden tests of the curated fixture cases (fixtures/cases/*.json).
 *
 * For each fixture: the result on the fixture's own as-of date and table meets its hand-written `expect`
 * block (checked independently of the goldens), and renders byte for byte to the reviewed golden files
 * beside it (`<name>.expected.json`, `<name>.expected.md`). Goldens are compared as strings so that a
 * changed answer shows as a readable line diff. `UPDATE_GOLDEN=1 npx vitest run test/golden` rewrites
 * them instead; review the diff (`git diff fixtures/cases`) before committing.
 */
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { isLeft } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import impress20231 from '../../rules/tables/impress-norway/2023.1.json';
import type { MatchResult } from '../../src/model/result.js';
import { embeddedApprovals, embeddedTables } from '../../src/table/embedded.js';
import { loadTable } from '../../src/table/load-table.js';
import { tableRef } from '../../src/table/versions.js';
import { expectationMismatches } from './expect.js';
import {
  CASES_DIR,
  fixtureNames,
  goldenPaths,
  readFixture,
  rendered,
  resultOf,
  tableFor,
  type NamedFixture,
} from './fixtures.js';
import { changedLines } from './line-diff.js';

const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

const fixtures: ReadonlyArray<NamedFixture> = fixtureNames().map(readFixture);
const byName = new Map(fixtures.map((f) => [f.name, f]));
const results = new Map<string, MatchResult>();
const resultFor = (named: NamedFixture): MatchResult => {
  const cached = results.get(named.name);
  if (cached !== undefined) return cached;
  const result = resultOf(named);
  results.set(named.name, result);
  return result;
};

/** Compares with the golden file, or writes it under UPDATE_GOLDEN=1. */
const golden = (path: string, actual: string): void => {
  if (UPDATE) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== actual) writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(true);
  // String equality: vitest prints a line diff of the changed answer.
  expect(actual).toBe(readFileSync(path, 'utf8'));
};

describe('fixture cases', () => {
  it('there are at least 40, each with its goldens (unless it names a known bug), and no stray goldens', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    const goldenFiles = readdirSync(CASES_DIR).filter((f) => /\.expected\.(json|md)$/.test(f));
    // A golden without its fixture, or beside a fixture that names a known bug (never blessed), is stray.
    const stray = goldenFiles.filter((f) => {
      const named = byName.get(f.replace(/\.expected\.(json|md)$/, ''));
      return named === undefined || named.fixture.knownBug !== undefined;
    });
    if (UPDATE) stray.forEach((f) => unlinkSync(`${CASES_DIR}/${f}`));
    else expect(stray).toEqual([]);
  });

  it('fixtures/README.md lists every fixture', () => {
    const readme = readFileSync(`${CASES_DIR}/../README.md`, 'utf8');
    expect(fixtures.map((f) => f.name).filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, named) => {
    const { fixture } = named;
    const bug = fixture.knownBug;

    // A fixture that exposes a library bug keeps the right answer in `expect` and fails until it is fixed.
    (bug === undefined ? it : it.fails)(
      bug === undefined ? 'meets its expect block' : `meets its expect block (fails: known bug: ${bug})`,
      () => {
        expect(expectationMismatches(resultFor(named), fixture.expect)).toEqual([]);
      },
    );

    it('runs on its own as-of date and table, never the clock', () => {
      const result = resultFor(named);
      expect(result.asOf).toBe(fixture.asOf);
      expect(tableRef(result.table)).toBe(tableRef(tableFor(fixture).table));
    });

    if (bug === undefined) {
      it('renders the golden JSON and Markdown', () => {
        const { json, md } = rendered(resultFor(named));
        const paths = goldenPaths(name);
        golden(paths.json, json);
        golden(paths.md, md);
      });
    } else {
      it.todo(`golden not written: known bug: ${bug}`);
    }
  });
});

/** The result with the input echo (where each finding came from) left out. */
const withoutEcho = (result: MatchResult): unknown => ({
  ...result,
  findings: result.findings.map(({ source: _source, ...rest }) => rest),
});

describe('the same finding written differently gives the same answer', () => {
  const variants = fixtures.filter((f) => f.fixture.sameAs !== undefined);

  it('there are notation, alias, legacy-symbol and fusion-order variants', () => {
    expect(variants.length).toBeGreaterThanOrEqual(4);
  });

  it.each(variants.map((f) => [f.name, f.fixture.sameAs ?? '', f] as const))(
    '%s = %s, apart from the input echo',
    (_name, other, named) => {
      const base = byName.get(other);
      expect(base, `sameAs names an unknown fixture ${other}`).toBeDefined();
      if (base === undefined) return;
      const a = resultFor(named);
      const b = resultFor(base);
      expect(JSON.stringify(withoutEcho(a), null, 2)).toBe(JSON.stringify(withoutEcho(b), null, 2));
      // The rendered reports differ only where they name the input file.
      expect(rendered(a).md.replaceAll(named.path, '<input>')).toBe(
        rendered(b).md.replaceAll(base.path, '<input>'),
      );
      // ...and the input echo does differ: the two fixtures are two inputs, not one file read twice.
      expect(a.findings.map((f) => f.source?.file)).not.toEqual(b.findings.map((f) => f.source?.file));
    },
  );
});

describe('coverage of the embedded table', () => {
  const tables = embeddedTables();
  const latest = tables[tables.length - 1];
  const criteriaOf = (version: string, cohortId: string): string =>
    JSON.stringify(
      tables.find((t) => t.table.version === version)?.table.cohorts.find((c) => c.id === cohortId)?.criteria,
    );

  /** For each fixture: (table version, cohort) pairs that are candidates in its result. */
  const reached = fixtures.flatMap((f) =>
    resultFor(f).candidates.map((c) => ({
      version: resultFor(f).table.version,
      table: resultFor(f).table.id,
      cohort: c.cohortId,
    })),
  );

  it('every cohort of the latest version is a candidate in at least one fixture on that version', () => {
    expect(latest).toBeDefined();
    if (latest === undefined) return;
    const seen = new Set(reached.filter((r) => r.version === latest.table.version).map((r) => r.cohort));
    expect(latest.table.cohorts.map((c) => c.id).filter((id) => !seen.has(id))).toEqual([]);
  });

  it('every cohort definition of every version (older criteria, cohorts since closed) is reached by a fixture', () => {
    const missing = tables.flatMap((t) =>
      t.table.cohorts
        .filter(
          (c) =>
            !reached.some(
              (r) =>
                r.table === t.table.id &&
                r.cohort === c.id &&
                criteriaOf(r.version, c.id) === JSON.stringify(c.criteria),
            ),
        )
        .map((c) => `${tableRef(t.table)} ${c.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('fixtures are pinned to older versions too', () => {
    const versions = new Set(reached.map((r) => r.version));
    expect(tables.filter((t) => !versions.has(t.table.version)).map((t) => tableRef(t.table))).toEqual([]);
  });
});

describe('a deliberate one-line change to a cohort criterion fails a golden, with a readable diff', () => {
  // A scratch copy of the 2023.1 table in memory (never on disk): the ERBB2 amplification floor of
  // trastuzumab-pertuzumab-erbb2 goes from copy number 6 to 8, as a careless edit might.
  const mutated = structuredClone(impress20231);
  const cohort = mutated.cohorts.find((c) => c.id === 'trastuzumab-pertuzumab-erbb2');
  const leaf = cohort?.criteria.of?.find((c) => c.type === 'copy-number');
  if (leaf === undefined || !('minCopyNumber' in leaf)) throw new Error('the ERBB2 amplification leaf moved');
  leaf.minCopyNumber = 8;
  const loaded = loadTable(mutated, embeddedApprovals());
  if (isLeft(loaded)) throw new Error(loaded.left.map((i) => i.message).join('\n'));
  const named = byName.get('07-erbb2-cn-at-threshold-bladder');

  it('the mutated table gives another answer than the golden, and the diff names the changed verdict', () => {
    expect(named).toBeDefined();
    if (named === undefined) return;
    const before = readFileSync(goldenPaths(named.name).json, 'utf8');
    const after = rendered(resultOf(named, loaded.right)).json;
    expect(after).not.toBe(before);
    const diff = changedLines(before, after);
    // Readable: the changed verdict is among the first lines of the diff (after the table hash), and the
    // changed criterion is named in words.
    const head = diff.slice(0, 12);
    expect(head.some((l) => l.startsWith('- ') && l.includes('"verdict": "eligible"'))).toBe(true);
    expect(head.some((l) => l.startsWith('+ ') && l.includes('"verdict": "ineligible"'))).toBe(true);
    expect(diff.some((l) => l.startsWith('+ ') && l.includes('ERBB2 copy number 6 below 8'))).toBe(true);
  });

  it('the independent expect block catches it too', () => {
    if (named === undefined) return;
    const mismatches = expectationMismatches(resultOf(named, loaded.right), named.fixture.expect);
    expect(mismatches.join('\n')).toContain('verdict: expected "eligible", got "ineligible"');
  });

  it('the Markdown golden shows it in the summary line a board member reads first', () => {
    if (named === undefined) return;
    const before = readFileSync(goldenPaths(named.name).md, 'utf8');
    const diff = changedLines(before, rendered(resultOf(named, loaded.right)).md);
    expect(diff.some((l) => l.startsWith('- ') && l.includes('1 eligible'))).toBe(true);
    expect(diff.some((l) => l.startsWith('+ ') && l.includes('0 eligible'))).toBe(true);
  });
});
