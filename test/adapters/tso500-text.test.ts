import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findBinaryContent,
  isBlankLine,
  lineAt,
  splitLines,
  splitTabs,
  tabLines,
} from '../../src/adapters/text.js';
import { generationOf, tso500Layout } from '../../src/adapters/tso500-layout.js';
import { splitGenePair } from '../../src/adapters/tso500-gene-pair.js';

describe('text helpers', () => {
  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['a\rb', ['a', 'b']],
    ['\uFEFFa\nb', ['a', 'b']],
    ['a\n\nb', ['a', '', 'b']],
    ['', []],
    ['\n', ['']],
  ])('splitLines(%j)', (text, expected) => {
    expect(splitLines(text).map((l) => l.text)).toEqual(expected);
    expect(splitLines(text).map((l) => l.line)).toEqual(expected.map((_, i) => i + 1));
  });

  it('drops trailing empty cells and counts the raw ones', () => {
    expect(splitTabs('Gene\tFold Change\t\t')).toEqual({ cells: ['Gene', 'Fold Change'], rawCellCount: 4 });
    expect(splitTabs('\tchr1\t5\t\t')).toEqual({ cells: ['', 'chr1', '5'], rawCellCount: 5 });
    expect(splitTabs(' NA \t')).toEqual({ cells: ['NA'], rawCellCount: 2 });
  });

  it('treats tab-only lines as blank', () => {
    expect(tabLines('\t\t\t\t\t\t\t\t\t\t\nx\n').map(isBlankLine)).toEqual([true, false]);
    expect(isBlankLine(splitTabs(''))).toBe(true);
    expect(isBlankLine(splitTabs(' \t '))).toBe(true);
  });

  it('finds NUL and replacement characters with their line', () => {
    expect(findBinaryContent('a\r\nb\r\nc\u0000')).toEqual({ line: 3, kind: 'nul' });
    expect(findBinaryContent('a\n\uFFFD')).toEqual({ line: 2, kind: 'invalid-utf8' });
    expect(findBinaryContent('clean\ttext\n')).toBeNull();
  });

  it('lineAt counts LF, CRLF and CR once each', () => {
    expect(lineAt('a\r\nb\nc\rd', 8)).toBe(4);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', '\n', '\r\n', '\r', '\t')), (parts) => {
        const text = parts.join('');
        expect(lineAt(text, text.length)).toBe(Math.max(1, text.split(/\r\n|\n|\r/).length));
      }),
    );
  });

  it('padding and line ends do not change cells (property)', () => {
    const cell = fc.stringMatching(/^[A-Za-z0-9.:>_()-]{0,8}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }),
        fc.nat(4),
        fc.boolean(),
        (rows, pad, crlf) => {
          const eol = crlf ? '\r\n' : '\n';
          const plain = rows.map((r) => `${r.join('\t')}\n`).join('');
          const padded = rows.map((r) => r.join('\t') + '\t'.repeat(pad) + eol).join('');
          expect(tabLines(padded).map((l) => l.cells)).toEqual(tabLines(plain).map((l) => l.cells));
        },
      ),
    );
  });
});

describe('TSO500 layout', () => {
  it.each([
    ['TruSight Oncology 500 - Combined Variant Output', 'local-app'],
    ['DRAGEN TruSight Oncology 500 Analysis Software - Combined Variant Output', 'dragen-2.1'],
    ['DRAGEN TruSight Oncology 500 v2.6.2 Analysis Software - Combined Variant Output', 'dragen-2.6'],
    ['DRAGEN TruSight Oncology 500 v2.5.2 Analysis Software - Combined Variant Output', 'unknown'],
    ['Something else', 'unknown'],
  ] as const)('generation of %s', (title, generation) => {
    expect(generationOf(title)).toBe(generation);
  });

  it('cuts sections at blank (tab-only) lines and skips banners and the RUO line', () => {
    const text = [
      'TruSight Oncology 500 - Combined Variant Output\t\t',
      'For Research Use Only. Not for use in diagnostic procedures.\t\t',
      '\t\t',
      '[TMB]\t\t',
      'Total TMB\t7.1\t',
      '\t\t\t\t\t\t\t\t\t\t',
      'stray text',
      '[GIS]',
      'TUMOR FRACTION AND PLOIDY ARE BETA FEATURES. REFER TO USER GUIDE FOR DETAILS.',
      'Tumor Fraction\t0.5',
    ].join('\r\n');
    const layout = tso500Layout(text, 'f.tsv');
    expect(layout.generation).toBe('local-app');
    expect(layout.sections.map((s) => [s.name, s.line, s.lines.map((l) => l.cells)])).toEqual([
      ['TMB', 4, [['Total TMB', '7.1']]],
      ['GIS', 8, [['Tumor Fraction', '0.5']]],
    ]);
    expect(layout.issues.map((i) => [i.code, i.location?.line])).toEqual([
      ['tso500_stray_line', 7],
      ['tso500_banner_line', 9],
    ]);
    expect(layout.lastLine).toBe(10);
  });

  it('keeps binary lines in their section, flagged, and reports the first one', () => {
    const layout = tso500Layout('[Small Variants]\nGene\tDepth\nKRAS\u0000\t3\nTP53\t4\n', undefined);
    expect(layout.sections[0]?.lines.map((l) => l.binary)).toEqual([false, true, false]);
    expect(layout.issues).toHaveLength(1);
    expect(layout.issues[0]).toMatchObject({
      code: 'binary_content',
      severity: 'error',
      location: { line: 3 },
    });
  });
});

describe('splitGenePair', () => {
  const known = new Set([
    'EML4',
    'ALK',
    'CD74',
    'ROS1',
    'GOPC',
    'PPARG',
    'PAX8',
    'HLA-A',
    'NKX2-1',
    'EGFR',
    'SEPT14',
    'KIF5B',
    'RET',
  ]);
  const isGene = (s: string): boolean => known.has(s);
  it.each([
    ['EML4-ALK', ['EML4'], ['ALK'], []],
    ['CD74-ROS1;GOPC', ['CD74'], ['ROS1', 'GOPC'], []],
    ['PPARG/AC016683.6;PAX8', ['PPARG'], ['PAX8'], ['AC016683.6']],
    ['PPARG/AC016683.6-PAX8', ['PPARG'], ['PAX8'], ['AC016683.6']],
    ['HLA-A-ROS1', ['HLA-A'], ['ROS1'], []],
    ['NKX2-1-ALK', ['NKX2-1'], ['ALK'], []],
    ['EML4-NKX2-1', ['EML4'], ['NKX2-1'], []],
    ['EGFR-SEPT14', ['EGFR'], ['SEPT14'], []],
    [' KIF5B-RET ', ['KIF5B'], ['RET'], []],
  ])('%s', (text, five, three, unknown) => {
    expect(splitGenePair(text, isGene)).toEqual({ five, three, unknown });
  });

  it.each(['FOO-BAR', 'ALK', 'EML4-', '-ALK', ''])('cannot split %j', (text) => {
    expect(splitGenePair(text, isGene)).toBeNull();
  });
});
