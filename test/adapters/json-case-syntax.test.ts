import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonCase } from '../../src/adapters/json-case.js';
import { findingLines, scanJson, scansAsParsed } from '../../src/adapters/json-case-syntax.js';
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

describe('parseJsonCase without a scan when the scanner would agree', () => {
  const patient = { id: 'P1', diagnosis: 'LUAD' };
  const sample = { id: 'S1', assay: { panel: 'TSO500', dna: true, rna: true } };
  /** A line break at the end changes no line, but makes parseJsonCase look the finding lines up. */
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
  const vouches = (text: string): boolean => scansAsParsed(text, JSON.parse(text));
  const deep = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;

  it('vouches for ordinary JSON, and not for what only a scan can tell', () => {
    const many = JSON.stringify(Array.from({ length: 400 }, () => ({ a: ['"[{\\'] })));
    expect(vouches('{"a":[1,{"b":"]]]"}]}')).toBe(true);
    expect(vouches(many)).toBe(true); // more brackets than the limit, some in strings, nested 3 deep
    expect(vouches(JSON.stringify(Array.from({ length: 300 }, () => [{}])))).toBe(true);
    expect(vouches(deep(258))).toBe(false); // a value 257 levels down
    expect(vouches(deep(257))).toBe(true); // the innermost array is empty
    expect(vouches(`{"a":${deep(258)},"a":1}`)).toBe(false); // JSON.parse drops the deep duplicate
    expect(vouches(`{"a":1,"a":${deep(300)}}`)).toBe(false);
    expect(vouches(`[1${'0'.repeat(400)}]`)).toBe(false);
    expect(vouches(`[1${'0'.repeat(399)}]`)).toBe(true);
    for (const text of [many, deep(257), `[1${'0'.repeat(399)}]`]) expect(scanJson(text).ok).toBe(true);
    for (const text of [deep(258), `{"a":${deep(258)},"a":1}`]) expect(scanJson(text).ok).toBe(false);
  });

  it('vouches only for what the scanner accepts (property)', () => {
    const nested = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', '[', '{'), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(nested, fc.integer({ min: 0, max: 300 }), fc.boolean(), (value, depth, duplicate) => {
        const inner = JSON.stringify(value) ?? 'null';
        const wrapped = `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
        const text = duplicate ? `{"k":${wrapped},"k":${inner}}` : wrapped;
        if (vouches(text)) expect(scanJson(text).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('findingLines: the lines scanJson records for the findings', () => {
  const WHITESPACE = [' ', '\t', '\n', '\r\n', '\n  ', ' \n\t'];
  const lines = (text: string): ReadonlyArray<number | undefined> => {
    const parsed = JSON.parse(text) as { findings?: unknown };
    const scan = scanJson(text, 2);
    if (!scan.ok || !Array.isArray(parsed.findings)) return [];
    return parsed.findings.map((_, i) => scan.lines.get(`findings[${i}]`));
  };
  const same = (text: string): void => {
    if (!scansAsParsed(text, JSON.parse(text))) return;
    expect(findingLines(text)).toEqual(lines(text));
  };

  it.each([
    '{"findings":[1,2,3]}',
    JSON.stringify({ findings: [{ a: 'x,]}\\"[\\' }, [1, [2]], 's', -1.5e3, true] }, null, 1),
    '{"findings":[{"a":1}],"x":{"findings":[9,9,9]},\n"findings":\n[\n7]}',
    '{"\\u0066indings":[\n1,\n2]}',
    '{"findings":{"a":1}}',
    '{"findings":[]}',
    '[{"findings":[1]}]',
    '{"patient":{"id":"p"},\r\n"findings":[\r\n{}\r\n,\r\n{}]}',
  ])('%j', (text) => same(text));

  it('on cases of any shape and spacing (property)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            patient: fc.jsonValue({ maxDepth: 2 }),
            findings: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }),
            sample: fc.jsonValue({ maxDepth: 2 }),
          },
          { requiredKeys: ['findings'] },
        ),
        fc.constantFrom(...WHITESPACE),
        fc.boolean(),
        (value, indent, duplicate) => {
          const text = JSON.stringify(value, null, indent);
          same(text);
          if (duplicate)
            same(text.replace(/^\{/, `{"findings":${JSON.stringify([1, { a: [2] }], null, indent)},`));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
