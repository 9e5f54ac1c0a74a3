import { describe, expect, it } from 'vitest';
import { isRight } from 'fp-ts/Either';
import { embeddedApprovals, embeddedTables } from '../../src/table/embedded.js';
import { diffTables, formatTableDiff } from '../../src/table/diff.js';
import { loadTable } from '../../src/table/load-table.js';

const [v2021a, v2021b, v2022, v2023] = embeddedTables();
if (v2021a === undefined || v2021b === undefined || v2022 === undefined || v2023 === undefined) {
  throw new Error('four embedded versions expected');
}

describe('diffTables / formatTableDiff on the embedded versions', () => {
  it('2021.1 -> 2021.2: Novartis joins', () => {
    expect(formatTableDiff(diffTables(v2021a, v2021b))).toMatchInlineSnapshot(`
      "impress-norway@2021.1 -> impress-norway@2021.2
      ~ effectiveFrom: "2021-04-01" -> "2021-07-01"
      ~ supersedes: null -> "2021.1"
      + partner novartis
      + regimen dabrafenib-trametinib
      + regimen everolimus
      + regimen ribociclib
      + dabrafenib-trametinib-braf (dabrafenib-trametinib): BRAF V600 (any change at codon 600)
      + everolimus-mtor-tsc (everolimus): mTOR pathway activation (MTOR, TSC1, TSC2)
      + ribociclib-cdk46 (ribociclib): CDK4/6 pathway alteration
      ~ vemurafenib-cobimetinib-braf: status: + 2021-06-15 stage1-full (8 enrolled) [inferred]"
    `);
  });

  it('2021.2 -> 2022.1: olaparib narrowed to bi-allelic BRCA1/2 for the expansion', () => {
    expect(formatTableDiff(diffTables(v2021b, v2022))).toMatchInlineSnapshot(`
      "impress-norway@2021.2 -> impress-norway@2022.1
      ~ effectiveFrom: "2021-07-01" -> "2022-04-07"
      ~ supersedes: "2021.1" -> "2021.2"
      + regimen pralsetinib
      + pralsetinib-ret (pralsetinib): RET fusion
      ~ trastuzumab-pertuzumab-erbb2: status: + 2021-11-15 stage1-full (8 enrolled) [inferred]
      ~ trastuzumab-pertuzumab-erbb2: status: + 2022-03-01 stage2-open (8 enrolled) [inferred]
      ~ vemurafenib-cobimetinib-braf: status: + 2021-10-20 stage2-open (8 enrolled) [inferred]
      ~ olaparib-brca: criteria: BRCA1/2 mutation -> bi-allelic BRCA1/2 inactivation
      ~ olaparib-brca: status: + 2021-09-01 stage2-open [inferred]
      ~ olaparib-brca: status: + 2022-01-15 stage2-full (24 enrolled) [inferred]
      ~ olaparib-brca: status: + 2022-04-07 expansion-open
      ~ olaparib-brca: evidence.summary: "Labelled for BRCA-mutated ovarian, breast, pancreatic and prostate cancer." -> "DRUP's olaparib cohort: bi-allelic BRCA1/2 inactivation did best among the first 24 patients (broad HRR biomarker); labelled for BRCA-mutated ovarian, breast, pancreatic and prostate cancer."
      ~ olaparib-brca: inferred: true -> false
      ~ olaparib-brca: notes: "Stage 1-2 used a broad biomarker (any BRCA1/2 loss-of-function variant, mono- or bi-allelic), as in DRUP. That IMPRESS ran this stage itself rather than pooling with DRUP is inferred." -> "The first expansion cohort. Stage 1-2 used a broad biomarker (any BRCA1/2 loss-of-function variant, version 2021.1); the expansion requires bi-allelic inactivation (homozygous deletion, two hits, or a hit with loss of the other allele). Median treatment 9.1 months and survival 13 months among patients with benefit (Helland, Dagens Medisin)."
      ~ olaparib-brca: sources: ["impress-expansion","drup-olaparib-ccr-2021","captur-ctml"] -> ["impress-expansion","hso-2022-04-07","dm-263820","drup-olaparib-ccr-2021"]
      ~ olaparib-brca: title: "Olaparib for BRCA1/2 mutations" -> "Olaparib for bi-allelic BRCA1/2 inactivation (expansion)"
      ~ olaparib-hrr: status: + 2022-04-07 closed-other [inferred]
      ~ palbociclib-cdk46: status: + 2022-02-01 stage2-open (8 enrolled) [inferred]
      ~ everolimus-mtor-tsc: status: + 2021-10-01 stage1-open [inferred]
      ~ ribociclib-cdk46: status: + 2021-10-01 stage1-open [inferred]"
    `);
  });

  it('2022.1 -> 2023.1: GSK joins, CDK4/6 cohorts close', () => {
    expect(formatTableDiff(diffTables(v2022, v2023))).toMatchInlineSnapshot(`
      "impress-norway@2022.1 -> impress-norway@2023.1
      ~ effectiveFrom: "2022-04-07" -> "2023-09-01"
      ~ supersedes: "2021.2" -> "2022.1"
      + partner gsk
      + regimen dostarlimab
      + regimen niraparib
      + dostarlimab-dmmr-msi (dostarlimab): MSI-H or dMMR
      + niraparib-brca-hrr (niraparib): BRCA1/2 or HRR gene loss-of-function
      ~ trastuzumab-pertuzumab-crc: status: + 2022-09-01 stage1-full (8 enrolled) [inferred]
      ~ trastuzumab-pertuzumab-crc: status: + 2023-01-10 stage2-open (8 enrolled) [inferred]
      ~ alectinib-alk: status: + 2023-03-01 stage1-full (8 enrolled) [inferred]
      ~ palbociclib-cdk46: status: + 2023-06-30 closed-negative (24 enrolled) [inferred]
      ~ ribociclib-cdk46: status: + 2022-05-01 stage2-open (8 enrolled) [inferred]
      ~ ribociclib-cdk46: status: + 2023-06-30 closed-negative (24 enrolled) [inferred]"
    `);
  });

  it('as data: the olaparib cohort change', () => {
    const change = diffTables(v2021b, v2022).cohorts.changed.find((c) => c.id === 'olaparib-brca');
    expect(change?.criteria).toEqual({
      before: 'BRCA1/2 mutation',
      after: 'bi-allelic BRCA1/2 inactivation',
    });
    expect(change?.statusAdded.map((e) => e.state)).toEqual(['stage2-open', 'stage2-full', 'expansion-open']);
    expect(change?.statusRemoved).toEqual([]);
    expect(change?.regimen).toBeNull();
  });

  it('a version against itself has no changes', () => {
    const diff = diffTables(v2023, v2023);
    expect(diff.cohorts).toEqual({ added: [], removed: [], changed: [] });
    expect(formatTableDiff(diff)).toBe('impress-norway@2023.1 -> impress-norway@2023.1\n(no changes)');
  });

  it('reversing a diff swaps added and removed', () => {
    const forward = diffTables(v2022, v2023);
    const backward = diffTables(v2023, v2022);
    expect(backward.cohorts.removed.map((c) => c.id)).toEqual(forward.cohorts.added.map((c) => c.id));
    expect(backward.partners.removed).toEqual(forward.partners.added);
  });

  it('words settings, tumor-type, regimen and label-equal criteria changes', () => {
    const t = v2023.table;
    const [first, second] = t.cohorts;
    if (first === undefined || second === undefined) throw new Error('cohorts expected');
    const edited = {
      ...t,
      version: '2024.1',
      effectiveFrom: '2024-01-01',
      supersedes: '2023.1',
      settings: { ...t.settings, stages: { ...t.settings.stages, expansionMax: 200 } },
      cohorts: [
        {
          ...first,
          tumorTypes: { include: ['SOLID'], exclude: ['COADREAD', 'BRCA'] },
          criteria: {
            type: 'copy-number',
            gene: 'ERBB2',
            call: 'amplification',
            minCopyNumber: 8,
            label: 'ERBB2 amplification or activating mutation',
          },
        },
        { ...second, regimen: 'trastuzumab-pertuzumab' === second.regimen ? 'alectinib' : second.regimen },
        ...t.cohorts.slice(2),
      ],
    };
    const loaded = loadTable(edited, embeddedApprovals());
    if (!isRight(loaded)) throw new Error('the edited table must load');
    expect(formatTableDiff(diffTables(v2023, loaded.right))).toMatchInlineSnapshot(`
      "impress-norway@2023.1 -> impress-norway@2024.1
      ~ effectiveFrom: "2023-09-01" -> "2024-01-01"
      ~ supersedes: "2022.1" -> "2023.1"
      ~ settings.stages.expansionMax: 150 -> 200
      ~ trastuzumab-pertuzumab-erbb2: criteria: ERBB2 amplification or activating mutation -> ERBB2 amplification or activating mutation (copy number >= 8)
      ~ trastuzumab-pertuzumab-erbb2: tumor types: SOLID except COADREAD -> SOLID except COADREAD, BRCA
      ~ trastuzumab-pertuzumab-crc: regimen: trastuzumab-pertuzumab -> alectinib"
    `);
  });
});
