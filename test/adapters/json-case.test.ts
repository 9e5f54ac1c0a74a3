import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCase, parseJsonCase, readJsonCase } from '../../src/adapters/json-case.js';
import { scanJson } from '../../src/adapters/json-case-syntax.js';
import type { Case } from '../../src/model/case.js';
import type { Issue } from '../../src/model/issue.js';

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'fixtures/cases-input');
const text = (name: string): string => readFileSync(join(dir, name), 'utf8');

const ok = (name: string): Case => {
  const c = parseJsonCase(text(name), { file: name });
  if (c._tag === 'Left') throw new Error(c.left.map((i) => i.message).join(' '));
  return c.right;
};
const fail = (name: string): ReadonlyArray<Issue> => {
  const c = parseJsonCase(text(name), { file: name });
  if (c._tag === 'Right') throw new Error('expected a failure');
  return c.left;
};

describe('JSON case fixtures', () => {
  it('lung-erbb2.json: facts kept, findings normalized and sorted, duplicate spelling kept once', () => {
    const c = ok('lung-erbb2.json');
    expect(c.patient).toEqual({
      id: 'PT-0001',
      age: 64,
      birthDate: null,
      sex: 'female',
      ecog: 1,
      standardTherapyExhausted: 'yes',
      priorDrugs: ['carboplatin', 'pembrolizumab', 'pemetrexed'],
      diagnosis: { code: 'LUAD', name: 'Lung Adenocarcinoma', resolvedFrom: null },
    });
    expect(c.sample).toEqual({
      id: 'LUNG-001',
      date: '2024-05-02',
      assay: { panel: 'TSO500', version: 'Local App ruo-2.2.0.12', dna: true, rna: true },
      purity: 0.4,
    });
    expect(c.findings.map((f) => f.key)).toEqual([
      'cn:MYC:amplification',
      'fusion:{ALK,EML4}',
      'ihc:PD-L1',
      'msi',
      'sv:ERBB2:p.Y772_A775dup',
      'sv:TP53:p.R273H',
      'tmb',
    ]);
    expect(c.findings.find((f) => f.kind === 'copy-number')).toMatchObject({
      copyNumber: 11.75,
      copyNumberDerived: true,
    });
    expect(c.rejected.map((r) => [r.summary, r.source, r.issues.map((i) => i.code)])).toEqual([
      ['p53 p.Arg273His (duplicate)', { file: 'lung-erbb2.json', line: 20 }, ['duplicate_finding']],
    ]);
    expect(c.inputCount).toBe(8);
    expect(c.source).toEqual({ format: 'json', file: 'lung-erbb2.json' });
    expect(c.findings.find((f) => f.key === 'tmb')?.source).toEqual({ file: 'lung-erbb2.json', line: 23 });
  });

  it('bad-findings.json: each bad finding is rejected with its own path and line, the case stands', () => {
    const c = ok('bad-findings.json');
    expect(c.findings.map((f) => f.key)).toEqual(['sv:KRAS:p.G12D']);
    const issues = c.rejected
      .flatMap((r) => r.issues)
      .map((i) => [i.path.join('.'), i.code, i.location?.line])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(issues).toEqual([
      ['findings.1.vaf', 'invalid_case_field', 6],
      ['findings.2.gene', 'unknown_gene_symbol', 7],
      ['findings.3.proteinChange', 'unknown_amino_acid', 8],
      ['findings.4.foldChange', 'fold_change_contradicts_call', 9],
      ['findings.5.kind', 'invalid_case_field', 10],
      ['findings.6', 'invalid_case_field', 11],
      ['findings.7', 'invalid_case_field', 12],
    ]);
    const vaf = c.rejected.flatMap((r) => r.issues).find((i) => i.path.join('.') === 'findings.1.vaf');
    expect(vaf?.message).toBe(
      'Invalid value at findings[1].vaf (bad-findings.json line 6): expected at most 1, got 31.',
    );
    const kind = c.rejected.flatMap((r) => r.issues).find((i) => i.path.join('.') === 'findings.5.kind');
    expect(kind?.message).toContain('expected one of "sequence-variant", "copy-number"');
    expect(c.inputCount).toBe(8);
    expect(c.findings.length + c.rejected.length).toBe(8);
  });

  it('missing-diagnosis.json: asks for an OncoTree code', () => {
    const [issue] = fail('missing-diagnosis.json');
    expect(issue).toMatchObject({ code: 'missing_diagnosis', location: { file: 'missing-diagnosis.json' } });
    expect(issue?.message).toContain('--diagnosis <OncoTree code>');
    // ...which the caller can give.
    const c = parseJsonCase(text('missing-diagnosis.json'), { facts: { diagnosis: 'BRCA' } });
    expect(c._tag === 'Right' && c.right.patient.diagnosis.code).toBe('BRCA');
  });

  it('syntax-error.json: invalid_json with line and column', () => {
    const issues = fail('syntax-error.json');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'invalid_json',
      severity: 'error',
      location: { file: 'syntax-error.json', line: 4, column: 3 },
    });
    expect(issues[0]?.message).toBe(
      'Not valid JSON at syntax-error.json line 4, column 3: expected "," or "}", found "\\"".',
    );
  });

  it('structure-error.json: every structural problem at once, with JSON paths and lines', () => {
    const issues = fail('structure-error.json');
    expect(issues.map((i) => [i.code, i.path.join('.'), i.location?.line])).toEqual([
      ['invalid_case_field', 'patient.ecog', 2],
      ['invalid_case_field', 'patient', 2],
      ['invalid_case_field', 'sample.date', 3],
      ['invalid_case_field', 'findings', 4],
    ]);
    expect(issues.map((i) => i.message)).toContain(
      'Invalid value at patient (structure-error.json line 2): unknown field(s) "smoker".',
    );
  });
});

describe('normalizeCase / readJsonCase (parsed JSON)', () => {
  it('rejects a non-object with a coded issue', () => {
    for (const json of [null, 3, 'x', []]) {
      const c = normalizeCase(json);
      expect(c._tag === 'Left' && c.left[0].code).toBe('invalid_case_field');
    }
  });

  it('names a missing section', () => {
    const c = normalizeCase({ patient: { id: 'P', diagnosis: 'LUAD' }, findings: [] });
    expect(c._tag === 'Left' && c.left[0].message).toBe('Invalid value at sample: missing, expected object.');
  });

  it('uses the input index in paths even when earlier findings were rejected', () => {
    const c = normalizeCase({
      patient: { id: 'P', diagnosis: 'LUAD' },
      sample: { id: 'S' },
      findings: [{ kind: 'nope' }, { kind: 'sequence-variant', gene: 'NOTAGENE1' }],
    });
    expect(c._tag).toBe('Right');
    if (c._tag !== 'Right') return;
    expect(c.right.rejected.flatMap((r) => r.issues.map((i) => i.path.join('.'))).sort()).toEqual([
      'findings.0.kind',
      'findings.1.gene',
    ]);
  });

  it('keeps a finding source given in the JSON', () => {
    const d = readJsonCase(
      {
        patient: {},
        sample: {},
        findings: [{ kind: 'tmb', value: 2, source: { file: 'lab.pdf', line: 3 } }],
      },
      { file: 'case.json' },
    );
    expect(d._tag === 'Right' && d.right.findings[0]?.source).toEqual({ file: 'lab.pdf', line: 3 });
  });

  it('never throws on arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(['Left', 'Right']).toContain(normalizeCase(json)._tag);
      }),
    );
  });
});

describe('parseJsonCase / scanJson', () => {
  it.each([
    ['', 1, 1, 'unexpected end of input'],
    ['{"a": }', 1, 7, 'unexpected "}"'],
    ['{"a": 1,}', 1, 9, 'expected a string, found "}"'],
    ['{\n"a": "x\ny"}', 2, 8, 'control character in string (unescaped line break?)'],
    ['{"a": 1} x', 1, 10, 'unexpected "x" after the end of the JSON value'],
    ['[1, 2', 1, 6, 'expected "," or "]", found end of input'],
    ['{"a": tru}', 1, 7, 'unexpected "t"'],
    ['\r\n\r\n  {"a" 1}', 3, 8, 'expected ":" after a key, found "1"'],
  ])('%j -> line %i, column %i', (input, line, column, reason) => {
    const scan = scanJson(input);
    expect(scan).toEqual({ ok: false, error: { line, column, reason } });
  });

  it('agrees with JSON.parse on what is valid (property)', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n'),
        (json, at, insert) => {
          const pos = json.length === 0 ? 0 : at % json.length;
          const mutated = json.slice(0, pos) + insert + json.slice(pos);
          let valid = true;
          try {
            JSON.parse(mutated);
          } catch {
            valid = false;
          }
          expect(scanJson(mutated).ok).toBe(valid);
        },
      ),
    );
  });

  it('strips a byte-order mark and records finding lines', () => {
    const c = parseJsonCase(
      '\uFEFF{"patient":{"id":"p","diagnosis":"LUAD"},"sample":{"id":"s"},\n"findings":[\n\n{"kind":"tmb","value":3}]}',
    );
    expect(c._tag === 'Right' && c.right.findings[0]?.source).toEqual({ line: 4 });
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        expect(['Left', 'Right']).toContain(parseJsonCase(s)._tag);
      }),
    );
  });
});
