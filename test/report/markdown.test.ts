import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../src/model/result.js';
import { MatchResultCodec } from '../../src/report/codec.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { arbitraryOf, countStrings } from './codec-walk.js';
import { emptyResult, richResult } from './fixtures.js';
import { withPayload, withStrings } from './payload.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

describe('renderMarkdown', () => {
  it('renders a rich result as the reviewed golden report', async () => {
    await expect(renderMarkdown(richResult)).toMatchFileSnapshot('__snapshots__/rich-result.md');
  });

  it('renders an empty result with every section saying so', async () => {
    await expect(renderMarkdown(emptyResult)).toMatchFileSnapshot('__snapshots__/empty-result.md');
  });

  it('puts eligible and needs-review candidates before everything else, in rank order', () => {
    const report = renderMarkdown(richResult);
    const first = report.indexOf('### 1. Trastuzumab + pertuzumab');
    const second = report.indexOf('### 2. Dabrafenib + trametinib');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(report.indexOf('## Standard options')).toBeGreaterThan(second);
    const reversed = { ...richResult, candidates: [...richResult.candidates].reverse() };
    expect(renderMarkdown(reversed)).toBe(report);
  });

  it('shows the criteria tree with met / not met / unknown marks, nested', () => {
    const report = renderMarkdown(richResult);
    expect(report).toContain('- **met** all of: Every branch is met.\n');
    expect(report).toContain(
      '  - **met** not: No resistance finding.\n    - **not met** NRAS activating mutation',
    );
    expect(report).toContain('  - **unknown** ECOG: ECOG not given.');
  });

  it('states the gap with the EU date and the Norwegian decision', () => {
    expect(renderMarkdown(richResult)).toContain(
      '- **trastuzumab deruxtecan**: Adult NSCLC whose tumours have an activating HER2 (ERBB2) mutation, after ' +
        'platinum chemotherapy; EU label since 2023-10-23; Norway: refused (refused on 2024-03-18, Nye metoder ' +
        'ID2023_045); via cohorts tdxd-erbb2-mut',
    );
  });

  it('carries the provenance and ends with the line that the board decides', () => {
    const report = renderMarkdown(richResult);
    expect(report).toContain('- **Table hash:** sha256:3f2a9c0d');
    expect(report).toContain('- **As of:** 2024-05-01');
    expect(report).toContain('- **Software:** mtb-match 0.1.0');
    expect(report.trimEnd().split('\n').at(-1)).toMatch(/^_The tumor board, not this software, decides\./);
  });

  it('is deterministic and does not touch its input', () => {
    const frozen = deepFreeze(structuredClone(richResult));
    expect(renderMarkdown(frozen)).toBe(renderMarkdown(richResult));
    expect(frozen).toEqual(richResult);
  });

  it('never throws on any result the codec accepts', () => {
    fc.assert(
      fc.property(arbitraryOf(MatchResultCodec), (result) => {
        expect(renderMarkdown(result as MatchResult).endsWith('\n')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Markdown escaping', () => {
  const hostile = withPayload(richResult);
  const plain = withStrings(richResult, () => 'x');
  const report = renderMarkdown(hostile);

  it('places the payload in every string field (the test reaches them all)', () => {
    expect(countStrings(MatchResultCodec, richResult)).toBeGreaterThan(150);
    // each field's payload is tagged with its path; every path that the report shows is in the text
    for (const path of [
      '.patient.id',
      '.candidates[0].criteria.children[0].reason',
      '.findings[5].source.file',
    ]) {
      expect(report).toContain(`${escapeMarkdown(path)}:`);
    }
  });

  it('lets no raw HTML, link or line break from the input through', () => {
    expect(report).not.toMatch(/(^|[^\\])</m);
    expect(report).not.toMatch(/(^|[^\\])\[link\]/m);
    expect(report).not.toContain('# Injected heading\n');
    expect(report).not.toMatch(/^# Injected/m);
    expect(report).not.toMatch(/^\| a \| b \|/m);
  });

  it('keeps the structure of the report: the same lines as with harmless text', () => {
    const shape = (text: string) =>
      text.split('\n').map((line) => line.replace(/[^#|\-*\s].*$/, '')[0] ?? '');
    expect(renderMarkdown(hostile).split('\n')).toHaveLength(renderMarkdown(plain).split('\n').length);
    expect(shape(renderMarkdown(hostile))).toEqual(shape(renderMarkdown(plain)));
  });

  it.each([
    ['<script>', '\\<script>'],
    ['a|b', 'a\\|b'],
    ['[x](y)', '\\[x\\](y)'],
    ['*x* `y` ~z~', '\\*x\\* \\`y\\` \\~z\\~'],
    ['snake_case_name', 'snake_case_name'],
    ['_emphasis_', '\\_emphasis\\_'],
    ['line\nbreak\r\nand\ttab', 'line break and tab'],
    ['&amp;', '\\&amp;'],
    ['# heading', '\\# heading'],
    ['a\\b', 'a\\\\b'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
