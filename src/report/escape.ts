/**
 * Escaping of text from the input (patient ids, gene names, messages, anything a file could carry) for
 * the two text formats the reports are written in. Every string of a match result goes through one of
 * these on its way into a report.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * import assert from 'node:assert';
 * import { escapeHtml } from 'mtb-match';
 * assert.strictEqual(escapeHtml('<img src=x onerror="alert(1)">'), '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

// ASCII punctuation that can start Markdown syntax inside a line (CommonMark + GFM tables and
// strikethrough). `_` is handled apart: inside a word it cannot start emphasis and is left alone. `>` is
// left alone: it only quotes at the start of a line (escaped text never starts one) and cannot close a
// tag because every `<` is escaped.
const MARKDOWN_SPECIAL = /[\\`*[\]<|&~!#]/g;
// eslint-disable-next-line no-control-regex
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * Escapes text for inline Markdown (list items, headings, table cells): no markup, HTML or link syntax
 * in the text survives, and line breaks become spaces so the text cannot start a new block.
 *
 * @example
 * import assert from 'node:assert';
 * import { escapeMarkdown } from 'mtb-match';
 * assert.strictEqual(escapeMarkdown('<b>*x*</b> | ID2023_001'), '\\<b>\\*x\\*\\</b> \\| ID2023_001');
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(LINE_BREAKS_AND_CONTROLS, ' ')
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
    .replace(/_/g, (c, offset: number, whole: string) =>
      /[\p{L}\p{N}]/u.test(whole.charAt(offset - 1)) && /[\p{L}\p{N}]/u.test(whole.charAt(offset + 1))
        ? c
        : `\\${c}`,
    );
