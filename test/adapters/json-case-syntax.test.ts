import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonCase } from '../../src/adapters/json-case.js';
import { scanJson, scansAsParsed } from '../../src/adapters/json-case-syntax.js';
import { referenceScanJson } from './json-scan-reference.js';

/** The scan as plain data: error, or every recorded (path, line) in recording order. */
const plain = (scan: ReturnType<typeof scanJson>): unknown =>
  scan.ok ? { ok: true, lines: [...scan.lines] } : scan;

const same = (text: string, depth?: number): void => {
  expect(plain(scanJson(text, depth))).toEqual(plain(referenceScanJson(text, depth)));
};

/** Characters that matter to a JSON scanner, to insert, replace or delete. */
const SIGNIFICANT = [
  '',
  ',',
  '}',
  ']',
  '{',
  '[',
  '"',
  ':',
  '\\',
  'x',
  '\n',
  '\r',
  '\t',
  ' ',
  '-',
  '0',
  '.',
  'e',
  '+',
  'u',
  '\u0001',
  '\u2028',
];

const mutate = (text: string, edits: ReadonlyArray<readonly [number, number, string]>): string => {
  let out = text;
  for (const [at, cut, insert] of edits) {
    const pos = out.length === 0 ? 0 : at % (out.length + 1);
    out = out.slice(0, pos) + insert + out.slice(pos + (cut % 3));
  }
  return out;
};

const edits = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...SIGNIFICANT)), { maxLength: 3 });

describe('scanJson: the same scan as the reference scanner', () => {
  it.each([
    '',
    ' ',
    '{}',
    '[]',
    '{"a": }',
    '{"a": 1,}',
    '{\n"a": "x\ny"}',
    '{"a": 1} x',
    '[1, 2',
    '{"a": tru}',
    'truex',
    '\r\n\r\n  {"a" 1}',
    '{"a":{"b":{"c":{"d":1}}}}',
    '{"a.b":1,"a":{"b":2}}',
    '{"a":1,"a":{"x":2}}',
    '{"":{"":{"x":1}}}',
    '{"__proto__":{"x":1}}',
    '{"k\\u0041y":{"z\\"q":[1,{"w":2}]}}',
    '{"a":"\\u00e9\\n\\/"}',
    '{"a":"\\u00g9"}',
    '{"a":"\\x"}',
    '{"a":"\\',
    '{"a":"abc',
    '[-]',
    '[-0.5e+10, 1E5, 0, -0, 12.0]',
    '[01]',
    '[1.]',
    '[1.e5]',
    '[1e]',
    '[1e+]',
    '[.5]',
    '[+1]',
    `[${'1'.repeat(450)}]`,
    `[1.${'0'.repeat(450)}]`,
    `[1e${'0'.repeat(450)}]`,
    `${'['.repeat(300)}${']'.repeat(300)}`,
    `${'['.repeat(256)}${']'.repeat(256)}`,
    `${'['.repeat(257)}${']'.repeat(257)}`,
    '{"a":[1,2,{"b":[3]}],\n"c":\n\n{"d":\n"e"}}',
    '[true,false,null,nul]',
    '{"a":1}\n\n',
    '\u00a0{}',
    '{"a":"\u2028"}',
  ])('%j', (text) => {
    for (const depth of [0, 1, 2, 3, 5]) same(text, depth);
    same(text);
  });

  it('on mutated JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), edits, fc.integer({ min: 0, max: 4 }), (json, e, depth) =>
        same(mutate(json, e), depth),
      ),
      { numRuns: 3000 },
    );
  });

  it('on mutated pretty-printed JSON values (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), edits, fc.integer({ min: 0, max: 4 }), (value, e, depth) => {
        const text = JSON.stringify(value, null, 2) ?? '';
        same(text, depth);
        same(mutate(text, e), depth);
      }),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => same(text, 3)),
      { numRuns: 2000 },
    );
  });
});

describe('parseJsonCase on one-line text (no scan when the scanner would agree)', () => {
  const patient = { id: 'P1', diagnosis: 'LUAD' };
  const sample = { id: 'S1', assay: { panel: 'TSO500', dna: true, rna: true } };
  /** A line break at the end changes no line, but makes parseJsonCase scan the text. */
  const sameAsScanned = (text: string): void => {
    expect(parseJsonCase(text, { file: 'c.json' })).toEqual(parseJsonCase(`${text}\n`, { file: 'c.json' }));
  };

  it.each([
    ['a valid case', { patient, sample, findings: [{ kind: 'tmb', value: 3 }] }],
    ['an invalid finding', { patient, sample, findings: [{ kind: 'tmb', value: -3, x: 1 }, 7] }],
    ['an invalid top level', { patient: { id: 1 }, sample, findings: {} }],
    [
      'nesting deeper than the scanner reads',
      { patient, sample, findings: [JSON.parse(`${'['.repeat(300)}${']'.repeat(300)}`)] },
    ],
    ['a number longer than the scanner reads', null],
    [
      'many findings (more brackets than the nesting limit)',
      {
        patient,
        sample,
        findings: Array.from({ length: 300 }, (_, i) => ({
          kind: 'sequence-variant',
          gene: 'TP53',
          proteinChange: `p.R${i + 1}H`,
          consequences: ['missense_variant'],
        })),
      },
    ],
  ])('%s', (_, value) => {
    const text =
      value === null
        ? `{"patient":{"id":"P1","diagnosis":"LUAD"},"sample":{"id":"S1"},"findings":[{"kind":"tmb","value":1${'0'.repeat(450)}}]}`
        : JSON.stringify(value);
    sameAsScanned(text);
  });

  it('gives the scanner error for what JSON.parse takes and the scanner refuses', () => {
    const deep = parseJsonCase(`[${'['.repeat(300)}${']'.repeat(300)}]`);
    expect(deep._tag === 'Left' && deep.left[0]?.message).toMatch(/nesting deeper than 256 levels/);
    const long = parseJsonCase(`[1${'0'.repeat(450)}]`);
    expect(long._tag === 'Left' && long.left[0]?.location).toEqual({ line: 1, column: 402 });
  });

  it('on mutated one-line JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), edits, (json, e) => {
        const text = mutate(json, e).replace(/\n/g, ' ');
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        if (valid) sameAsScanned(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scansAsParsed', () => {
  it('vouches for ordinary JSON, and not for what only a scan can tell', () => {
    const many = JSON.stringify(Array.from({ length: 400 }, () => ({ a: ['"[{\\'] })));
    expect(scansAsParsed('{"a":[1,{"b":"]]]"}]}')).toBe(true);
    expect(scansAsParsed(many)).toBe(true); // more brackets than the limit, nested 3 deep
    expect(scansAsParsed(`${'['.repeat(257)}${']'.repeat(257)}`)).toBe(false);
    expect(scansAsParsed(`${'['.repeat(256)}${']'.repeat(256)}`)).toBe(true);
    expect(scansAsParsed(`[1${'0'.repeat(400)}]`)).toBe(false);
    expect(scansAsParsed(`[1${'0'.repeat(399)}]`)).toBe(true);
    for (const text of [many, `${'['.repeat(256)}${']'.repeat(256)}`, `[1${'0'.repeat(399)}]`])
      expect(scanJson(text).ok).toBe(true);
  });
});
