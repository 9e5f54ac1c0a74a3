import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeCase, summarizeFinding } from '../../src/adapters/complete-case.js';
import type { CaseFacts } from '../../src/adapters/complete-case.js';
import type { Case } from '../../src/model/case.js';
import type { CaseDraft, DraftFinding } from '../../src/model/draft.js';
import type { FindingInput } from '../../src/model/case-input.js';
import type { Issue } from '../../src/model/issue.js';

const finding = (input: FindingInput, line: number): DraftFinding => ({
  input,
  source: { file: 'cvo.tsv', line },
});

const draft = (over: Partial<CaseDraft> = {}): CaseDraft => ({
  patient: {},
  sample: { id: 'S1', assay: { panel: 'TSO500', version: 'Local App', dna: true, rna: true } },
  findings: [
    finding({ kind: 'sequence-variant', gene: 'KRAS', proteinChange: 'p.Gly12Cys' }, 10),
    finding({ kind: 'tmb', value: 7.1 }, 3),
    finding({ kind: 'copy-number', gene: 'ERBB2', call: 'amplification', foldChange: 3 }, 7),
  ],
  rejected: [],
  notices: [],
  source: { format: 'tso500', file: 'cvo.tsv' },
  ...over,
});

const ok = (d: CaseDraft, facts: CaseFacts = { diagnosis: 'LUAD' }): Case => {
  const c = completeCase(d, facts);
  if (c._tag === 'Left') throw new Error(c.left.map((i) => i.message).join(' '));
  return c.right;
};

const fail = (d: CaseDraft, facts: CaseFacts): ReadonlyArray<Issue> => {
  const c = completeCase(d, facts);
  if (c._tag === 'Right') throw new Error('expected a failure');
  return c.left;
};

describe('completeCase: facts', () => {
  it('never defaults unknown facts', () => {
    const c = ok(draft());
    expect(c.patient).toEqual({
      id: 'S1',
      age: null,
      birthDate: null,
      sex: 'unknown',
      ecog: null,
      standardTherapyExhausted: 'unknown',
      priorDrugs: [],
      diagnosis: { code: 'LUAD', name: 'Lung Adenocarcinoma', resolvedFrom: null },
    });
    expect(c.sample).toEqual({
      id: 'S1',
      date: null,
      assay: { panel: 'TSO500', version: 'Local App', dna: true, rna: true },
      purity: null,
    });
    expect(c.notices.map((n) => n.code)).toEqual(['patient_id_from_sample']);
  });

  it('given facts override the file, and a conflict is a warning naming both values', () => {
    const d = draft({
      patient: { id: 'P-FILE', age: 60 },
      sample: { id: 'S1', purity: 0.3, assay: { panel: 'TSO500' } },
    });
    const c = ok(d, { id: 'P-CLI', diagnosis: 'LUAD', age: 60, ecog: 1, sample: { purity: 0.5 } });
    expect(c.patient).toMatchObject({ id: 'P-CLI', age: 60, ecog: 1 });
    expect(c.sample.purity).toBe(0.5);
    const conflicts = c.notices.filter((n) => n.code === 'fact_conflict');
    expect(conflicts.map((n) => [n.severity, n.path])).toEqual([
      ['warning', ['patient', 'id']],
      ['warning', ['sample', 'purity']],
    ]);
    expect(conflicts[1]?.message).toBe(
      'The file says 0.3 for sample.purity but 0.5 was given; the given value is used.',
    );
    // The merged purity is the one used to derive copy numbers: (2 x 3 - 2 x 0.5) / 0.5 = 10.
    expect(c.findings.find((f) => f.kind === 'copy-number')).toMatchObject({ copyNumber: 10 });
  });

  it('lower-cases, dedupes and sorts prior drugs', () => {
    expect(
      ok(draft(), { diagnosis: 'LUAD', priorDrugs: ['Osimertinib', 'carboplatin', 'osimertinib '] }).patient
        .priorDrugs,
    ).toEqual(['carboplatin', 'osimertinib']);
  });

  it('requires a diagnosis and tells how to give it', () => {
    const [issue] = fail(draft(), {});
    expect(issue).toMatchObject({
      code: 'missing_diagnosis',
      severity: 'error',
      path: ['patient', 'diagnosis'],
    });
    expect(issue?.message).toContain('--diagnosis <OncoTree code>');
    expect(issue?.location).toEqual({ file: 'cvo.tsv' });
  });

  it('an unknown diagnosis is an error with suggestions; a retired one is mapped with a notice', () => {
    const [unknown] = fail(draft(), { diagnosis: 'LUADX' });
    expect(unknown).toMatchObject({ code: 'unknown_oncotree_code', suggestions: ['LUAD'] });
    const retired = ok(draft(), { diagnosis: 'GBM' });
    expect(retired.patient.diagnosis).toMatchObject({ code: 'GB', resolvedFrom: 'GBM' });
    expect(retired.notices.some((n) => n.path.join('.') === 'patient.diagnosis')).toBe(true);
  });

  it('reports every case-level error at once', () => {
    const issues = fail(draft({ sample: {} }), { diagnosis: 'NOPE', age: -2 });
    expect(issues.map((i) => i.code).sort()).toEqual([
      'invalid_case_field',
      'missing_case_id',
      'unknown_oncotree_code',
    ]);
  });

  it('checks given facts structurally', () => {
    const issues = fail(draft(), { diagnosis: 'LUAD', sample: { purity: 55 } });
    expect(issues[0]).toMatchObject({ code: 'invalid_case_field', path: ['sample', 'purity'] });
  });
});

describe('completeCase: assay', () => {
  it('no assay: panel null, nothing tested, notice', () => {
    const c = ok(draft({ sample: { id: 'S1' } }));
    expect(c.sample.assay).toEqual({ panel: null, version: null, dna: false, rna: false });
    expect(c.notices.map((n) => n.code)).toContain('assay_missing');
  });

  it('an unstated arm is tested only when findings of that arm show it', () => {
    const c = ok(draft({ sample: { id: 'S1', assay: { panel: 'TSO500' } } }));
    expect(c.sample.assay).toMatchObject({ dna: true, rna: false });
    expect(c.notices.filter((n) => n.code === 'assay_arm_inferred').map((n) => n.path)).toEqual([
      ['sample', 'assay', 'dna'],
      ['sample', 'assay', 'rna'],
    ]);
  });
});

describe('completeCase: findings', () => {
  it('sorts findings by key and rejects failures with a summary', () => {
    const c = ok(
      draft({
        findings: [
          ...draft().findings,
          finding({ kind: 'sequence-variant', gene: 'HER-2x', proteinChange: 'p.V600E' }, 12),
          finding({ kind: 'copy-number', gene: 'MET', call: 'amplification', foldChange: 0.5 }, 8),
        ],
      }),
    );
    expect(c.findings.map((f) => f.key)).toEqual(['cn:ERBB2:amplification', 'sv:KRAS:p.G12C', 'tmb']);
    expect(c.rejected.map((r) => [r.summary, r.source?.line, r.issues.map((i) => i.code)])).toEqual([
      ['HER-2x p.V600E', 12, ['unknown_gene_symbol']],
      ['MET amplification FC 0.5', 8, ['fold_change_contradicts_call']],
    ]);
    expect(c.inputCount).toBe(5);
  });

  it('keeps a duplicate once and lists it, naming both sources', () => {
    const c = ok(
      draft({
        findings: [
          finding({ kind: 'sequence-variant', gene: 'KRAS', proteinChange: 'p.G12C' }, 10),
          finding({ kind: 'sequence-variant', gene: 'kras', proteinChange: 'NP_004976.2:p.(Gly12Cys)' }, 20),
        ],
      }),
    );
    expect(c.findings.map((f) => [f.key, f.source?.line, f.notes.length])).toEqual([
      ['sv:KRAS:p.G12C', 10, 0],
    ]);
    expect(c.rejected.map((r) => [r.source?.line, r.issues.map((i) => [i.code, i.severity])])).toEqual([
      [20, [['duplicate_finding', 'notice']]],
    ]);
    expect(c.rejected[0]?.issues[0]?.message).toContain('cvo.tsv line 10');
    expect(c.rejected[0]?.issues[0]?.message).toContain('cvo.tsv line 20');
    expect(c.findings.length + c.rejected.length).toBe(c.inputCount);
  });

  it('keeps one of conflicting copies by content, whatever the input order, and flags it on the kept finding', () => {
    const copies = [
      finding({ kind: 'sequence-variant', gene: 'KRAS', proteinChange: 'p.G12C' }, 10),
      finding({ kind: 'sequence-variant', gene: 'KRAS', proteinChange: 'p.G12C', vaf: 0.3 }, 30),
    ];
    const forward = ok(draft({ findings: copies }));
    const backward = ok(draft({ findings: [...copies].reverse() }));
    expect(forward.findings.map((f) => f.source?.line)).toEqual(backward.findings.map((f) => f.source?.line));
    const [kept] = forward.findings;
    expect(kept?.notes.map((n) => [n.code, n.severity])).toEqual([
      ['conflicting_duplicate_finding', 'warning'],
    ]);
    expect(forward.rejected.map((r) => r.issues.map((i) => i.code))).toEqual([
      ['conflicting_duplicate_finding'],
    ]);
    expect(forward.rejected[0]?.issues[0]?.message).toContain('different vaf');
    expect(forward.findings.length + forward.rejected.length).toBe(forward.inputCount);
  });

  it('counts rows the adapter rejected', () => {
    const rejected = [{ summary: 'chr1:5 A>G (no gene)', source: { line: 40 }, issues: [] }];
    const c = ok(draft({ rejected }));
    expect(c.inputCount).toBe(4);
    expect(c.rejected).toEqual(rejected);
  });

  it('output does not depend on input order (property)', () => {
    const inputs: ReadonlyArray<DraftFinding> = [
      finding({ kind: 'sequence-variant', gene: 'KRAS', proteinChange: 'p.G12C' }, 1),
      finding({ kind: 'sequence-variant', gene: 'TP53', proteinChange: 'p.R273H' }, 2),
      finding({ kind: 'fusion', gene5: 'ALK', gene3: 'EML4', orientationKnown: false }, 3),
      finding({ kind: 'copy-number', gene: 'MET', call: 'amplification', foldChange: 4 }, 4),
      finding({ kind: 'sequence-variant', gene: 'NOPE1', proteinChange: 'p.G12C' }, 5),
      finding({ kind: 'tmb', value: 12 }, 6),
      finding({ kind: 'splice', gene: 'MET', skippedExons: '14' }, 7),
    ];
    const reference = ok(draft({ findings: inputs }));
    fc.assert(
      fc.property(fc.shuffledSubarray([...inputs], { minLength: inputs.length }), (shuffled) => {
        const c = ok(draft({ findings: shuffled }));
        const strip = (x: Case) => ({
          findings: x.findings.map(({ notes: _n, ...f }) => ({ ...f, notes: _n.map((n) => n.code) })),
          rejected: x.rejected.map((r) => [r.summary, r.source?.line]),
          count: x.inputCount,
        });
        expect(strip(c)).toEqual(strip(reference));
      }),
    );
  });

  it('adding an unrelated finding changes nothing else (property)', () => {
    const base = ok(draft());
    fc.assert(
      fc.property(
        fc.constantFrom('BRAF', 'PTEN', 'IDH1', 'PIK3CA'),
        fc.integer({ min: 2, max: 700 }),
        (gene, pos) => {
          const extra = finding({ kind: 'sequence-variant', gene, proteinChange: `p.G${pos}D` }, 99);
          const c = ok(draft({ findings: [...draft().findings, extra] }));
          expect(c.findings.filter((f) => f.key !== `sv:${gene}:p.G${pos}D`)).toEqual(base.findings);
        },
      ),
    );
  });
});

describe('summarizeFinding', () => {
  it.each([
    [{ kind: 'sequence-variant', gene: 'HER-2x', proteinChange: 'p.V600E' }, 'HER-2x p.V600E'],
    [{ kind: 'sequence-variant', gene: '', cdnaChange: 'c.1A>G' }, '(no gene) c.1A>G'],
    [
      { kind: 'copy-number', gene: 'MET', call: 'amplification', foldChange: 0.5 },
      'MET amplification FC 0.5',
    ],
    [{ kind: 'fusion', gene5: 'EML4', gene3: 'ALK' }, 'EML4::ALK fusion'],
    [{ kind: 'splice', gene: 'MET', skippedExons: '14' }, 'MET splice 14'],
    [{ kind: 'tmb', value: 3 }, 'TMB 3'],
    [{ kind: 'msi', status: 'MSS' }, 'MSI MSS'],
    [{ kind: 'hrd', score: 4 }, 'HRD 4'],
    [{ kind: 'ihc', marker: 'HER2', score: '3+' }, 'HER2 IHC 3+'],
  ] as const)('%j', (input, summary) => {
    expect(summarizeFinding(input as FindingInput)).toBe(summary);
  });
});
