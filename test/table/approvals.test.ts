/** The embedded approvals data: the facts the matcher derives label exclusions from. */
import { isLeft } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { Indication } from '../../src/model/approvals.js';
import { embeddedApprovals } from '../../src/table/embedded.js';
import { loadApprovals } from '../../src/table/load-approvals.js';
import { lines, readJson } from './helpers.js';

const indications = embeddedApprovals().approvals.indications;
const byId = (id: string): Indication => {
  const found = indications.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indication ${id}`);
  return found;
};

describe('embedded approvals eu-no', () => {
  it('holds every tumor-agnostic EU indication, all fusion-driven', () => {
    const agnostic = indications
      .filter((i) => i.tumorAgnostic)
      .map((i) => `${i.id} ${i.eu.date} minAge=${i.minAge ?? '-'}`);
    expect(agnostic).toEqual([
      'rozlytrek:ntrk 2020-07-31 minAge=12',
      'rozlytrek:ntrk-from-1-month 2024-06-27 minAge=0',
      'vitrakvi:ntrk 2019-09-19 minAge=0',
      'augtyro:ntrk 2025-01-13 minAge=12',
      'retsevmo:ret-fusion-agnostic 2024-04-29 minAge=18',
    ]);
    for (const i of indications.filter((x) => x.tumorAgnostic)) {
      expect(i.tumorTypes).toEqual(['SOLID']);
      expect(JSON.stringify(i.biomarker)).toContain('"fusion"');
    }
  });

  it('keeps the decision history: T-DXd refused for 3L, then funded 2L+', () => {
    expect(byId('enhertu:bc-her2pos-3l').funding.decisions.map((d) => `${d.date} ${d.decision}`)).toEqual([
      '2021-11-22 refused',
      '2022-10-27 funded',
    ]);
    expect(byId('lorviqua:nsclc-2l').funding.decisions.map((d) => d.decision)).toEqual(['refused', 'funded']);
    expect(
      byId('tepmetko:nsclc-metex14').funding.decisions.map((d) => `${d.decision} ${d.dateQuality}`),
    ).toEqual(['refused inferred', 'funded inferred']);
  });

  it('never guesses funding: "nf" rows have basis unknown or pending and no decision', () => {
    const larotrectinib = byId('vitrakvi:ntrk').funding;
    expect(larotrectinib.basis).toBe('unknown');
    expect(larotrectinib.decisions).toEqual([]);
    expect(byId('retsevmo:ret-fusion-agnostic').funding).toMatchObject({ basis: 'unknown', decisions: [] });
    expect(byId('lumykras:nsclc-kras-g12c').funding.basis).toBe('pending');
  });

  it('marks every month-only or deduced date as inferred, with a note saying how', () => {
    const dates = indications.flatMap((i) => [
      { what: `${i.id} eu`, quality: i.eu.dateQuality, note: i.eu.note },
      ...i.funding.decisions.map((d) => ({
        what: `${i.id} ${d.date}`,
        quality: d.dateQuality,
        note: d.note,
      })),
    ]);
    const unexplained = dates.filter(
      (d) => d.quality !== 'sourced' && (d.note === undefined || d.note.length < 20),
    );
    expect(unexplained).toEqual([]);
    expect(byId('retsevmo:nsclc-2l').eu).toMatchObject({ date: '2021-02-11', dateQuality: 'inferred' });
  });

  it('cites only declared sources: moalmanac records by prefix, S-numbers as ids', () => {
    expect(byId('enhertu:bc-her2low').sources).toEqual(['B:enhertu:1', 'S3']);
    const declared = new Set(embeddedApprovals().approvals.sources.map((s) => s.id));
    for (const i of indications)
      for (const ref of i.sources) expect(declared.has(ref.split(':')[0] ?? ''), ref).toBe(true);
  });

  it('uses current OncoTree codes and known genes (the loader checked them): spot checks', () => {
    expect(byId('keytruda:msi-five-types').tumorTypes).toEqual([
      'COADREAD',
      'UCEC',
      'STAD',
      'SBC',
      'BILIARY_TRACT',
    ]);
    expect(byId('herceptin:mbc').biomarker).toMatchObject({
      type: 'any',
      label: 'HER2-positive (ERBB2 amplification or IHC 3+)',
    });
  });
});

describe('loadApprovals cross-checks', () => {
  const tiny = readJson('fixtures/tables/tiny/approvals.json') as {
    indications: Array<Record<string, unknown>>;
  } & Record<string, unknown>;

  it('reports undeclared sources, bad codes and genes, decision order, age ranges and agnostic mismatches at once', () => {
    const [first, second] = tiny.indications;
    const broken = {
      ...tiny,
      indications: [
        {
          ...first,
          sources: ['S1', 'Q:zelboraf:0'],
          tumorTypes: ['MELX'],
          tumorAgnostic: true,
          minAge: 18,
          maxAge: 12,
        },
        {
          ...second,
          id: first?.id,
          biomarker: {
            type: 'variant',
            gene: 'BRCA3',
            select: { by: 'change', changes: ['Q12*', 'nonsense'] },
          },
          funding: {
            basis: 'unknown',
            decisions: [
              {
                date: '2020-01-01',
                dateQuality: 'sourced',
                decision: 'funded',
                usableFrom: '2019-12-01',
                sources: ['S1'],
              },
              { date: '2019-01-01', dateQuality: 'sourced', decision: 'refused', sources: ['S9'] },
            ],
          },
        },
      ],
    };
    const result = loadApprovals(broken);
    expect(isLeft(result) && lines(result.left)).toMatchInlineSnapshot(`
      [
        "error duplicate_id: Duplicate indication id "zelboraf:mel" at indications[1].id (first at indications[0].id).",
        "error undeclared_source: Source "Q:zelboraf:0" at indications[0].sources[1] is not declared in the file's "sources".",
        "error unknown_oncotree_code: Unknown OncoTree code "MELX" at indications[0].tumorTypes[0] (OncoTree oncotree_2025_10_03): did you mean MELC or MEL?",
        "warning tumor_agnostic_mismatch: A tumor-agnostic indication at indications[0].tumorAgnostic should list tumor types ["SOLID"].",
        "error age_range_inverted: maxAge 12 at indications[0].maxAge is below minAge 18.",
        "error unknown_gene_symbol: Unknown gene symbol "BRCA3" at indications[1].biomarker.gene: did you mean BRCA1, BRCA2 or BRCC3?",
        "error invalid_protein_change: Cannot read protein change "nonsense" at indications[1].biomarker.select.changes[1]: expected a protein change such as "p.V600E", "p.Val600Glu", "p.=" or "p.?" at character 1 ("nonsense").",
        "error decisions_out_of_order: Funding decision dated 2019-01-01 at indications[1].funding.decisions[1].date comes before the decision before it (2020-01-01): list decisions in date order.",
        "error usable_before_decision: usableFrom 2019-12-01 at indications[1].funding.decisions[0].usableFrom is before the decision date 2020-01-01.",
        "error undeclared_source: Source "S9" at indications[1].funding.decisions[1].sources[0] is not declared in the file's "sources": did you mean S1?",
      ]
    `);
  });
});
