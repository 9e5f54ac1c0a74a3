/**
 * Each table under fixtures/tables/invalid/ has one kind of mistake (several-problems has many); loading
 * it must fail with exactly the coded issues pinned here, each with its path.
 */
import { describe, expect, it } from 'vitest';
import { isLeft } from 'fp-ts/Either';
import { loadApprovals } from '../../src/table/load-approvals.js';
import { loadTable } from '../../src/table/load-table.js';
import { filesUnder, lines, readJson } from './helpers.js';

const approvals = loadApprovals(readJson('fixtures/tables/tiny/approvals.json'));
if (isLeft(approvals)) throw new Error('the tiny approvals fixture must load');

const issuesOf = (name: string) => {
  const result = loadTable(readJson(`fixtures/tables/invalid/${name}.json`), approvals.right);
  if (!isLeft(result)) throw new Error(`${name} loaded, but it is meant to be invalid`);
  return result.left;
};

describe('invalid fixture tables', () => {
  it('every file under fixtures/tables/invalid is covered here and fails to load', () => {
    const names = filesUnder('fixtures/tables/invalid').map((p) =>
      p.replace(/^.*\//, '').replace(/\.json$/, ''),
    );
    expect(names).toMatchInlineSnapshot(`
      [
        "drug-without-approvals",
        "duplicate-ids",
        "empty-all",
        "msi-as-fraction",
        "not-without-child",
        "several-problems",
        "status-out-of-order",
        "undeclared-source",
        "unknown-criterion-type",
        "unknown-gene",
        "unknown-oncotree-code",
        "unknown-regimen",
        "unparseable-protein-change",
        "vaf-as-percent",
      ]
    `);
    for (const name of names) expect(issuesOf(name).some((i) => i.severity === 'error')).toBe(true);
  });

  it('unknown gene, with a suggestion', () => {
    const [issue] = issuesOf('unknown-gene');
    expect(issue?.suggestions).toEqual(['BRAF']);
    expect(lines(issuesOf('unknown-gene'))).toMatchInlineSnapshot(`
      [
        "error unknown_gene_symbol: Unknown gene symbol "BRAFF" at cohorts[0].criteria.gene: did you mean BRAF?",
      ]
    `);
  });

  it('unknown OncoTree code, with a suggestion', () => {
    expect(lines(issuesOf('unknown-oncotree-code'))).toMatchInlineSnapshot(`
      [
        "error unknown_oncotree_code: Unknown OncoTree code "LUADX" at cohorts[0].tumorTypes.include[0] (OncoTree oncotree_2025_10_03): did you mean LUAD?",
      ]
    `);
  });

  it('a regimen drug with no approvals entry', () => {
    expect(lines(issuesOf('drug-without-approvals'))).toMatchInlineSnapshot(`
      [
        "error drug_without_approvals: Drug "imatinib" at regimens[1].drugs[1].inn has no indication in approvals set "tiny", so its EU label cannot be checked: add its indications.",
      ]
    `);
  });

  it('duplicate ids', () => {
    expect(lines(issuesOf('duplicate-ids'))).toMatchInlineSnapshot(`
      [
        "error duplicate_id: Duplicate regimen id "vemurafenib" at regimens[2].id (first at regimens[0].id).",
        "error duplicate_id: Duplicate cohort id "vemurafenib-braf" at cohorts[1].id (first at cohorts[0].id).",
      ]
    `);
  });

  it('status dates out of order', () => {
    expect(lines(issuesOf('status-out-of-order'))).toMatchInlineSnapshot(`
      [
        "error status_out_of_order: Status event dated 2024-01-01 at cohorts[0].status[1].date comes before the event before it (2024-06-01): list events in date order.",
      ]
    `);
  });

  it('an empty "all"', () => {
    expect(lines(issuesOf('empty-all'))).toMatchInlineSnapshot(`
      [
        "error empty_criteria_group: Empty "all" group at cohorts[1].criteria: it needs at least one criterion in "of". (at cohorts[1].criteria.of)",
      ]
    `);
  });

  it('a VAF written as a percent', () => {
    expect(lines(issuesOf('vaf-as-percent'))).toMatchInlineSnapshot(`
      [
        "error vaf_as_percent: minVaf 5 at cohorts[0].criteria.minVaf looks like a percent: VAF is a fraction from 0 to 1 (did you mean 0.05?).",
      ]
    `);
  });

  it('a "not" with no child', () => {
    expect(lines(issuesOf('not-without-child'))).toMatchInlineSnapshot(`
      [
        "error not_without_child: A "not" at cohorts[1].criteria.of[1].of has no criterion to negate: give one in "of".",
      ]
    `);
  });

  it('undeclared source ids', () => {
    expect(lines(issuesOf('undeclared-source'))).toMatchInlineSnapshot(`
      [
        "error undeclared_source: Source "sl" at cohorts[0].status[1].sources[0] is not declared in the file's "sources": did you mean s1?",
        "error undeclared_source: Source "s2" at cohorts[1].sources[1] is not declared in the file's "sources": did you mean s1?",
      ]
    `);
  });

  it('unknown regimen and partner ids', () => {
    expect(lines(issuesOf('unknown-regimen'))).toMatchInlineSnapshot(`
      [
        "error unknown_partner: Unknown partner "acmee" at regimens[0].partner: did you mean acme?",
        "error unknown_regimen: Unknown regimen "olaparb" at cohorts[1].regimen: did you mean olaparib?",
        "warning regimen_unused: Regimen "olaparib" at regimens[1] is not used by any cohort.",
      ]
    `);
  });

  it('an unreadable protein change', () => {
    expect(lines(issuesOf('unparseable-protein-change'))).toMatchInlineSnapshot(`
      [
        "error unknown_amino_acid: Unknown amino acid "Z" in protein change "V600Zz" at cohorts[0].criteria.select.changes[1].",
      ]
    `);
  });

  it('an MSI threshold written as a fraction', () => {
    expect(lines(issuesOf('msi-as-fraction'))).toMatchInlineSnapshot(`
      [
        "error msi_percent_as_fraction: minPercentUnstable 0.2 at cohorts[0].criteria.minPercentUnstable looks like a fraction: MSI is a percent of usable sites, 0-100 (did you mean 20?).",
      ]
    `);
  });

  it('an unknown criterion type and an unknown variant class', () => {
    expect(lines(issuesOf('unknown-criterion-type'))).toMatchInlineSnapshot(`
      [
        "error unknown_criterion_type: Unknown criterion type "mutation" at cohorts[0].criteria.type: expected one of "all", "any", "not", "variant", "copy-number", "biallelic", "fusion", "splice", "tmb", "msi", "hrd", "ihc".",
        "error invalid_value: Invalid value "inactivating" at cohorts[1].criteria.of[0].of[0].select.class: expected one of "truncating", "loss-of-function", "activating", "hotspot", "protein-altering".",
      ]
    `);
  });

  it('reports every problem of a file at once', () => {
    expect(issuesOf('several-problems').map((i) => [i.code, i.path.join('.')])).toMatchInlineSnapshot(`
      [
        [
          "missing_field",
          "title",
        ],
        [
          "empty_criteria_group",
          "cohorts.1.criteria.of",
        ],
        [
          "invalid_format",
          "cohorts.1.status.0.date",
        ],
        [
          "unknown_field",
          "",
        ],
        [
          "unknown_gene_symbol",
          "cohorts.0.criteria.gene",
        ],
        [
          "unknown_oncotree_code",
          "cohorts.0.tumorTypes.include.0",
        ],
      ]
    `);
  });
});
