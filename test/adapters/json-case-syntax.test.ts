import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/adapters/json-case-syntax.js';
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
