import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../src/model/result.js';
import { MatchResultCodec } from '../../src/report/codec.js';
import { escapeHtml } from '../../src/report/escape.js';
import { renderHtml } from '../../src/report/html.js';
import { arbitraryOf } from './codec-walk.js';
import { emptyResult, richResult } from './fixtures.js';
import { PAYLOAD, withPayload, withStrings } from './payload.js';

/** The sequence of tag names of a page: what the markup is, whatever the text. */
const tags = (page: string): string[] => [...page.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[0]);

/** Text of the page with tags removed and entities decoded (enough for these assertions). */
const text = (page: string): string =>
  page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('renderHtml', () => {
  const page = renderHtml(richResult);

  it('is one self-contained page: inline CSS, no script, no external asset, A4 print rules', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\s*<html lang="en">/);
    expect(page).toContain('<meta charset="utf-8"');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
    expect(page).toMatch(/@page \{ size: A4;/);
    expect(page).toMatch(/@media print \{[\s\S]*break-inside: avoid/);
    expect(page).toContain(
      "Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"",
    );
  });

  it('lists the eligible and needs-review candidates first, as table rows and as sections', () => {
    const rows = [...page.matchAll(/<tr class="candidate-row" data-cohort-id="([^"]*)"/g)].map((m) => m[1]);
    expect(rows).toEqual(['tp-erbb2-amp', 'dabtram-braf-v600']);
    expect(page.indexOf('id="cohort-tp-erbb2-amp"')).toBeLessThan(page.indexOf('id="standard"'));
  });

  it('has the same content as the Markdown report', () => {
    const words = text(page);
    for (const expected of [
      'Molecular tumor board: patient P-0042',
      'Lung Adenocarcinoma (LUAD); OncoTree TISSUE > LUNG > NSCLC > LUAD',
      'ERBB2 amplification (copy number >= 6): Copy number 8.2 is at least 6. (evidence: ERBB2 amplification (CN 8.2))',
      'not met NRAS activating mutation',
      'unknown ECOG: ECOG not given.',
      'EU label since 2023-10-23; Norway: refused (refused on 2024-03-18, Nye metoder ID2023_045)',
      'sotorasib : Adult advanced NSCLC with KRAS G12C',
      'olaparib-brca (olaparib), variant: BRCA2 p.K3326* is a benign polymorphism',
      'Not tested is not negative',
      'CDKN2A, homozygous deletion',
      'HER-2x p.V600E sequence-variant rejected at input',
      'sha256:3f2a9c0d',
      'mtb-match 0.1.0 (mtb-match/result@1)',
      'The tumor board, not this software, decides.',
    ]) {
      expect(words).toContain(expected);
    }
  });

  it('renders the empty result without candidate rows', () => {
    const empty = renderHtml(emptyResult);
    expect(empty).not.toContain('candidate-row');
    expect(text(empty)).toContain(
      'No cohort of the table is eligible or needs review for this patient on 2024-05-01.',
    );
  });

  it('is deterministic whatever the candidate order', () => {
    const reversed = { ...richResult, candidates: [...richResult.candidates].reverse() };
    expect(renderHtml(reversed)).toBe(page);
  });

  it('never throws on any result the codec accepts', () => {
    fc.assert(
      fc.property(arbitraryOf(MatchResultCodec), (result) => {
        expect(renderHtml(result as MatchResult)).toContain('</html>');
      }),
      { numRuns: 100 },
    );
  });
});

describe('HTML escaping', () => {
  const hostile = renderHtml(withPayload(richResult));
  const plain = renderHtml(withStrings(richResult, () => 'x'));

  it('escapes the payload in every string field: the markup is the same as with harmless text', () => {
    expect(tags(hostile)).toEqual(tags(plain));
  });

  it('lets no script, image, event handler or attribute break-out through', () => {
    expect(hostile).not.toMatch(/<script|<img|<!--/i);
    const attributeNames = [...hostile.matchAll(/<[a-zA-Z][^<>]*>/g)].map((m) =>
      m[0].replace(/"[^"]*"/g, '""'),
    );
    expect(attributeNames.filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([]);
    expect(hostile).not.toContain(`"'>`);
    expect(hostile).toContain(escapeHtml(PAYLOAD));
  });

  it('shows the payload as text where each field is shown', () => {
    expect(text(hostile)).toContain(`.patient.id:${PAYLOAD.replace(/\s+/g, ' ')}`);
    expect(text(hostile)).toContain('.candidates[0].criteria.children[0].reason:');
  });

  it.each([
    ['<b>', '&lt;b&gt;'],
    ['"a" & \'b\'', '&quot;a&quot; &amp; &#39;b&#39;'],
    ['&amp;', '&amp;amp;'],
    ['plain', 'plain'],
  ])('escapeHtml(%j) is %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
