/**
 * The shipped rules: every table and approvals file under rules/ is read from disk on every run and must
 * lint without errors; the embedded versions load with exactly the expected warnings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCriterion } from '../../src/table/describe.js';
import { formatIssue } from '../../src/model/issue.js';
import { embeddedApprovals, embeddedTables } from '../../src/table/embedded.js';
import { lintTables } from '../../src/table/lint.js';
import { contentHash } from '../../src/table/hash.js';
import { filesUnder, lines, readJson, root } from './helpers.js';

const ruleFiles = filesUnder('rules').filter((p) => p.endsWith('.json'));
const tableAndApprovalFiles = ruleFiles.filter(
  (p) => p.startsWith('rules/tables/') || p.startsWith('rules/approvals/'),
);

describe('rules/ on disk', () => {
  it('every JSON file under rules/ parses', () => {
    expect(ruleFiles.length).toBeGreaterThan(5);
    for (const path of ruleFiles) expect(() => readJson(path), path).not.toThrow();
  });

  it('every table and approvals set under rules/ lints without errors, version chains included', () => {
    const result = lintTables(tableAndApprovalFiles.map((path) => ({ path, json: readJson(path) })));
    expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
    expect(result.tables.length).toBe(
      tableAndApprovalFiles.filter((p) => p.startsWith('rules/tables/')).length,
    );
    expect(result.approvals.length).toBe(
      tableAndApprovalFiles.filter((p) => p.startsWith('rules/approvals/')).length,
    );
  });

  it('every table version on disk is embedded, and the embedded copies are the files', () => {
    const onDisk = tableAndApprovalFiles.filter((p) => p.startsWith('rules/tables/impress-norway/'));
    const embedded = embeddedTables();
    expect(embedded.map((t) => `rules/tables/impress-norway/${t.table.version}.json`)).toEqual(onDisk);
    const approvalsOnDisk = lintTables([{ path: 'a', json: readJson('rules/approvals/eu-no.json') }])
      .approvals[0];
    expect(approvalsOnDisk?.loaded.hash).toBe(embeddedApprovals().hash);
  });

  it('every table version has a CHANGELOG.md section', () => {
    const changelog = readFileSync(join(root, 'rules/tables/impress-norway/CHANGELOG.md'), 'utf8');
    for (const t of embeddedTables()) expect(changelog).toContain(`## ${t.table.version} `);
  });
});

describe('embedded tables', () => {
  it('load with zero errors and exactly these warnings', () => {
    const warnings = Object.fromEntries(embeddedTables().map((t) => [t.table.version, lines(t.warnings)]));
    expect(warnings).toMatchInlineSnapshot(`
      {
        "2021.1": [
          "warning not_assessed_by_panel: CDKN2A homozygous deletion at cohorts[14].criteria.of[2] is not assessed by TSO500 (DNA + RNA): this panel never reports it, so this branch stays unknown unless another test reports it.",
        ],
        "2021.2": [
          "warning not_assessed_by_panel: CDKN2A homozygous deletion at cohorts[15].criteria.of[2] is not assessed by TSO500 (DNA + RNA): this panel never reports it, so this branch stays unknown unless another test reports it.",
          "warning not_assessed_by_panel: CDKN2A homozygous deletion at cohorts[19].criteria.of[2] is not assessed by TSO500 (DNA + RNA): this panel never reports it, so this branch stays unknown unless another test reports it.",
        ],
        "2022.1": [
          "warning not_assessed_by_panel: CDKN2A homozygous deletion at cohorts[16].criteria.of[2] is not assessed by TSO500 (DNA + RNA): this panel never reports it, so this branch stays unknown unless another test reports it.",
          "warning not_assessed_by_panel: CDKN2A homozygous deletion at cohorts[20].criteria.of[2] is not assessed by TSO500 (DNA + RNA): this panel never reports it, so this branch stays unknown unless another test reports it.",
        ],
        "2023.1": [
          "warning not_assessed_by_panel: CDKN2A homozygous deletion at cohorts[16].criteria.of[2] is not assessed by TSO500 (DNA + RNA): this panel never reports it, so this branch stays unknown unless another test reports it.",
          "warning not_assessed_by_panel: CDKN2A homozygous deletion at cohorts[20].criteria.of[2] is not assessed by TSO500 (DNA + RNA): this panel never reports it, so this branch stays unknown unless another test reports it.",
        ],
      }
    `);
  });

  it('the approvals set loads without warnings', () => {
    expect(lines(embeddedApprovals().warnings)).toEqual([]);
  });

  it('every regimen drug of every version has EU indications', () => {
    const drugs = embeddedApprovals().drugs;
    for (const t of embeddedTables()) {
      for (const regimen of t.table.regimens)
        for (const d of regimen.drugs) expect(drugs.has(d.inn), d.inn).toBe(true);
    }
  });

  it('hashes are stable and distinct per version', () => {
    const hashes = embeddedTables().map((t) => t.hash);
    expect(new Set(hashes).size).toBe(hashes.length);
    for (const t of embeddedTables()) expect(t.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(embeddedTables()[0]?.hash).toBe(
      contentHash({ table: embeddedTables()[0]?.table, approvals: embeddedApprovals().hash }),
    );
  });

  it('lists every cohort with its regimen and criteria (the table a curator reviews)', () => {
    const latest = embeddedTables().at(-1);
    expect(
      latest?.table.cohorts.map(
        (c) =>
          `${c.id} [${c.regimen}]${c.inferred ? ' (inferred)' : ''}: ${describeCriterion(c.criteria, { labels: false })}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "trastuzumab-pertuzumab-erbb2 [trastuzumab-pertuzumab] (inferred): ERBB2 amplification (copy number >= 6), ERBB2 p.G309A, p.G309E, p.S310F, p.E321G, p.L755S, p.L755_T759del, p.D769H, p.D769Y, p.V777L, p.V842I or p.R896C, ERBB2 variant (exon 20 in-frame insertion or in-frame duplication) or ERBB2 activating variant",
        "trastuzumab-pertuzumab-crc [trastuzumab-pertuzumab] (inferred): ERBB2 amplification (copy number >= 6) and not: (KRAS protein-altering variant, NRAS protein-altering variant or BRAF variant (any change at codon 600))",
        "vemurafenib-cobimetinib-braf [vemurafenib-cobimetinib] (inferred): BRAF variant (any change at codon 600)",
        "dabrafenib-trametinib-braf [dabrafenib-trametinib] (inferred): BRAF variant (any change at codon 600)",
        "cobimetinib-nf1-map2k1 [cobimetinib] (inferred): NF1 loss-of-function variant or MAP2K1 activating variant",
        "alectinib-alk [alectinib] (inferred): ALK fusion",
        "entrectinib-ros1 [entrectinib] (inferred): ROS1 fusion",
        "entrectinib-ntrk [entrectinib] (inferred): NTRK1 fusion, NTRK2 fusion or NTRK3 fusion",
        "vismodegib-hedgehog [vismodegib] (inferred): PTCH1 loss-of-function variant or SMO activating variant",
        "atezolizumab-tmb-msi [atezolizumab] (inferred): TMB >= 10 mut/Mb or MSI >= 20% unstable of >= 40 usable sites",
        "selpercatinib-ret [selpercatinib]: RET fusion or RET activating variant",
        "pralsetinib-ret [pralsetinib] (inferred): RET fusion",
        "olaparib-brca [olaparib]: bi-allelic BRCA1 inactivation or bi-allelic BRCA2 inactivation",
        "olaparib-hrr [olaparib] (inferred): ATM loss-of-function variant, PALB2 loss-of-function variant, CHEK2 loss-of-function variant, RAD51C loss-of-function variant, RAD51D loss-of-function variant, BRIP1 loss-of-function variant, BARD1 loss-of-function variant or CDK12 loss-of-function variant",
        "durvalumab-dmmr-msi [durvalumab] (inferred): MSI >= 20% unstable of >= 40 usable sites or MMR IHC deficient",
        "nivolumab-msi [nivolumab] (inferred): MSI >= 20% unstable of >= 40 usable sites",
        "palbociclib-cdk46 [palbociclib] (inferred): CDK4 amplification, CCND1 amplification or CDKN2A homozygous deletion",
        "crizotinib-met-ros1-alk [crizotinib] (inferred): MET amplification, MET activating variant, MET exon 14 skipping, ROS1 fusion or ALK fusion",
        "erlotinib-egfr [erlotinib] (inferred): EGFR variant (exon 19 in-frame deletion or in-frame delins), EGFR p.L858R, EGFR variant (any change at codon 719) or EGFR p.L861Q or p.S768I",
        "everolimus-mtor-tsc [everolimus] (inferred): MTOR activating variant, TSC1 loss-of-function variant or TSC2 loss-of-function variant",
        "ribociclib-cdk46 [ribociclib] (inferred): CDK4 amplification, CCND1 amplification or CDKN2A homozygous deletion",
        "dostarlimab-dmmr-msi [dostarlimab] (inferred): MSI >= 20% unstable of >= 40 usable sites or MMR IHC deficient",
        "niraparib-brca-hrr [niraparib] (inferred): BRCA1 loss-of-function variant, BRCA2 loss-of-function variant, PALB2 loss-of-function variant, RAD51C loss-of-function variant or RAD51D loss-of-function variant",
      ]
    `);
  });
});
