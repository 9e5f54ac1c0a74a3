import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/model/issue.js';
import { lintTables } from '../../src/table/lint.js';
import { readJson } from './helpers.js';

const tiny = (name: string) => ({
  path: `fixtures/tables/tiny/${name}.json`,
  json: readJson(`fixtures/tables/tiny/${name}.json`),
});

describe('lintTables', () => {
  it('passes the tiny fixture set: approvals and two versions', () => {
    const result = lintTables([tiny('approvals'), tiny('2024.1'), tiny('2024.2')]);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.tables.map((t) => `${t.path} ${t.loaded.table.version}`)).toEqual([
      'fixtures/tables/tiny/2024.1.json 2024.1',
      'fixtures/tables/tiny/2024.2.json 2024.2',
    ]);
  });

  it('reports every issue of every file, with its file, and checks version chains', () => {
    const v2 = readJson('fixtures/tables/tiny/2024.2.json') as Record<string, unknown>;
    const result = lintTables([
      tiny('approvals'),
      { path: 'a/second-copy.json', json: readJson('fixtures/tables/tiny/approvals.json') },
      { path: 'a/unknown-gene.json', json: readJson('fixtures/tables/invalid/unknown-gene.json') },
      {
        path: 't/early.json',
        json: { ...v2, effectiveFrom: '2023-01-01', supersedes: '2024.1', version: '2024.3' },
      },
      { path: 't/orphan.json', json: { ...v2, supersedes: '2023.9', approvals: 'nope' } },
      { path: 'x/readme.json', json: { hello: 'world' } },
    ]);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "x/readme.json: error unrecognized_rules_file: Not a cohort table (it has no "cohorts") nor an approvals set (it has no "indications").",
        "a/second-copy.json: error duplicate_approvals_set: Approvals set "tiny" is defined in several files: fixtures/tables/tiny/approvals.json, a/second-copy.json.",
        "a/unknown-gene.json: error unknown_gene_symbol: Unknown gene symbol "BRAFF" at cohorts[0].criteria.gene: did you mean BRAF?",
        "t/early.json: warning changelog_missing_version: The changelog has no entry for version 2024.3: add one.",
        "t/orphan.json: error unknown_approvals_set: Approvals set "nope" at approvals was not found (available: tiny).",
        "t/early.json: error version_chain_date: effectiveFrom 2023-01-01 is not after 2024-01-01, when the superseded version 2024.1 took effect: versions take effect in order.",
        "t/orphan.json: error unknown_superseded_version: Superseded version "2023.9" at supersedes was not given: there is no version 2023.9 of table "tiny".",
      ]
    `);
    expect(result.tables.map((t) => t.path)).toEqual(['t/early.json']);
  });
});
