import { isLeft, isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { loadApprovals } from '../../src/table/load-approvals.js';
import { loadTable } from '../../src/table/load-table.js';
import { lines, readJson } from './helpers.js';

const approvalsResult = loadApprovals(readJson('fixtures/tables/tiny/approvals.json'));
if (isLeft(approvalsResult)) throw new Error('the tiny approvals fixture must load');
const approvals = approvalsResult.right;
const tiny = () => JSON.parse(JSON.stringify(readJson('fixtures/tables/tiny/2024.1.json')));

describe('loadTable', () => {
  it('loads the tiny table with defaults applied and no warnings', () => {
    const result = loadTable(tiny(), approvals);
    if (!isRight(result)) throw new Error(lines(result.left).join('\n'));
    expect(result.right.warnings).toEqual([]);
    expect(result.right.table.partners[0]?.inferred).toBe(false);
    expect(result.right.table.cohorts[0]?.clinical).toEqual({});
    expect(result.right.approvals.id).toBe('tiny');
  });

  it('carries warnings without failing: panel coverage, alias symbols, unusual thresholds, typed exclusions', () => {
    const t = tiny();
    t.cohorts[0].criteria = {
      type: 'any',
      of: [
        { type: 'copy-number', gene: 'CDKN2A', call: 'homozygous-deletion' },
        { type: 'copy-number', gene: 'HER2', call: 'amplification', minCopyNumber: 2.5 },
        { type: 'fusion', gene: 'NF1' },
        { type: 'tmb', min: 120 },
        { type: 'hrd', min: 420 },
        { type: 'variant', gene: 'BRAF', select: { by: 'codon', codons: [600] }, minVaf: 0.005 },
      ],
    };
    t.cohorts[0].tumorTypes.exclude = ['MEL'];
    t.cohorts[1].status.push({ date: '2024-03-01', state: 'stage1-full' });
    t.regimens.push({ id: 'spare', drugs: [{ inn: 'olaparib' }], route: 'oral', partner: 'acme' });
    const result = loadTable(t, approvals);
    expect(isRight(result) && lines(result.right.warnings)).toMatchInlineSnapshot(`
      [
        "warning not_assessed_by_panel: CDKN2A homozygous deletion at cohorts[0].criteria.of[0] is not assessed by TSO500 (DNA + RNA): this panel never reports it, so this branch stays unknown unless another test reports it.",
        "warning gene_not_approved_symbol: Gene "HER2" at cohorts[0].criteria.of[1].gene is not the approved HGNC symbol: write ERBB2.",
        "warning amplification_threshold_low: minCopyNumber 2.5 at cohorts[0].criteria.of[1].minCopyNumber is low for an amplification: did you mean a gain?",
        "warning not_assessed_by_panel: NF1 fusion at cohorts[0].criteria.of[2] is not assessed by TSO500 (DNA + RNA): this panel never reports it, so this branch stays unknown unless another test reports it.",
        "warning tmb_threshold_unusual: TMB floor 120 mut/Mb at cohorts[0].criteria.of[3].min is unusual (cut-offs are usually 10-20 mut/Mb): is it a count of mutations rather than mutations per megabase?",
        "warning hrd_threshold_unusual: HRD floor 420 at cohorts[0].criteria.of[4].min is above 100, the top of genomic-instability scales.",
        "warning vaf_threshold_low: minVaf 0.005 at cohorts[0].criteria.of[5].minVaf is below 1%, under the detection limit of tissue panels: was 0.0x meant as x%?",
        "warning typed_exclusion_without_note: Tumor types MEL are excluded at cohorts[0].tumorTypes.exclude without a reason in the cohort's "notes": exclusions that follow from the EU label are derived from the approvals data and must not be typed.",
        "warning status_event_without_source: Status event at cohorts[1].status[1] cites no source.",
        "warning regimen_unused: Regimen "spare" at regimens[2] is not used by any cohort.",
      ]
    `);
  });

  it('rejects loss floors, a wrong approvals set and tables that are not objects', () => {
    const t = tiny();
    t.approvals = 'eu-no';
    t.cohorts[0].criteria = { type: 'copy-number', gene: 'CDKN2A', call: 'loss', minCopyNumber: 1 };
    const result = loadTable(t, approvals);
    expect(isLeft(result) && lines(result.left)).toMatchInlineSnapshot(`
      [
        "error approvals_mismatch: The table is read with approvals set "eu-no" at approvals, but "tiny" was given.",
        "warning not_assessed_by_panel: CDKN2A copy loss (copy number >= 1) at cohorts[0].criteria is not assessed by TSO500 (DNA + RNA): this panel never reports it, so this branch stays unknown unless another test reports it.",
        "error threshold_on_loss: A copy-number floor at cohorts[0].criteria.minCopyNumber makes no sense for a "loss" call: floors apply to amplifications.",
      ]
    `);
    const nothing = loadTable(null, approvals);
    expect(isLeft(nothing) && lines(nothing.left)).toMatchInlineSnapshot(`
      [
        "error invalid_type: Expected object at the top level, got null.",
      ]
    `);
  });

  it('never throws on arbitrary JSON', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(isLeft(loadTable(json, approvals))).toBe(true);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (junk, n) => {
        const t = tiny();
        const cohort = t.cohorts[n % 2];
        cohort.criteria = { type: 'all', of: [junk, cohort.criteria] };
        expect(() => loadTable(t, approvals)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
