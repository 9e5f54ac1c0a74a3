/**
 * The layout of a TSO500 CombinedVariantOutput file: title line, software generation, and `[Section]`
 * blocks of tab-separated lines. Nothing here knows what a section means; `tso500.ts` hands each block to
 * its reader.
 *
 * Rules (from the format note, section 5): a section starts at a line whose first cell is `[Name]` and ends
 * at the next blank line (all cells empty: zero-length, or tabs only) or the end of the file. Trailing tab
 * padding is ignored. Lines before the first section are the title, the RUO line and banners; lines between
 * sections are banners or stray text, reported. Banner lines (all capitals, several words, e.g. `TUMOR
 * FRACTION AND PLOIDY ARE BETA FEATURES. ...`) are skipped wherever they stand, with a notice. Lines holding
 * NUL or U+FFFD characters are kept in their section, flagged, so a section reader can reject them by line.
 *
 * @internal
 */
import type { Issue } from '../model/issue.js';
import { adapterIssue, describeAt } from './issues.js';
import type { TabLine } from './text.js';
import { hasBinaryContent, isBlankLine, tabLines } from './text.js';

/** The three software generations that write the file, and files whose title is not one of them. */
export type Tso500Generation = 'local-app' | 'dragen-2.1' | 'dragen-2.6' | 'unknown';

/** One line inside a section, with a flag for binary content. */
export interface Tso500Line extends TabLine {
  readonly binary: boolean;
}

/** A `[Section]` block: its name without brackets, the line of its `[Name]` header, and its lines. */
export interface Tso500Section {
  readonly name: string;
  readonly line: number;
  readonly lines: ReadonlyArray<Tso500Line>;
}

/** The file cut into sections, with what the cutting had to say. */
export interface Tso500Layout {
  readonly title: string | null;
  readonly generation: Tso500Generation;
  readonly sections: ReadonlyArray<Tso500Section>;
  readonly issues: ReadonlyArray<Issue>;
  /** The number of the last line of the file. */
  readonly lastLine: number;
}

const TITLE = /combined variant output/i;
const RUO = /^for research use only/i;
const SECTION = /^\[(.+)\]$/;

/** All-capital text of at least four words, e.g. `ABSOLUTE COPY NUMBER IS A BETA FEATURE.` */
const isBanner = (line: TabLine): boolean => {
  if (line.cells.length !== 1) return false;
  const text = line.cells[0] ?? '';
  return /^[A-Z0-9 .,;:'()/%-]+$/.test(text) && /[A-Z]/.test(text) && text.split(/\s+/).length >= 4;
};

/**
 * The software generation from the title line.
 *
 * @internal
 */
export const generationOf = (title: string): Tso500Generation => {
  if (!TITLE.test(title)) return 'unknown';
  const dragen = /^DRAGEN TruSight Oncology 500(?: v(\d+)\.(\d+)[\w.]*)? Analysis Software/i.exec(title);
  if (dragen !== null) {
    if (dragen[1] === undefined) return 'dragen-2.1';
    return Number(dragen[1]) === 2 && Number(dragen[2]) === 6 ? 'dragen-2.6' : 'unknown';
  }
  return /^TruSight Oncology 500\b/i.test(title) ? 'local-app' : 'unknown';
};

/**
 * Cuts a CombinedVariantOutput text into title, generation and sections.
 *
 * @internal
 */
export const tso500Layout = (text: string, file: string | undefined): Tso500Layout => {
  const lines = tabLines(text);
  const where = (line: number): { at: string; location: { file?: string; line: number } } => {
    const location = file === undefined ? { line } : { file, line };
    return { at: describeAt([], location), location };
  };
  const issues: Issue[] = [];
  const sections: Tso500Section[] = [];
  const binaryLines: number[] = [];
  let current: { readonly name: string; readonly line: number; readonly lines: Tso500Line[] } | null = null;
  let title: string | null = null;
  let first = true;
  for (const line of lines) {
    const binary = hasBinaryContent(line.text);
    if (binary) binaryLines.push(line.line);
    const cell = line.cells[0] ?? '';
    const header = binary ? null : SECTION.exec(cell);
    const isFirst = first && !isBlankLine(line);
    if (isFirst) first = false;
    if (header !== null) {
      if (current !== null) sections.push(current);
      current = { name: (header[1] ?? '').trim(), line: line.line, lines: [] };
    } else if (isBlankLine(line)) {
      if (current !== null) sections.push(current);
      current = null;
    } else if (isFirst && !binary && TITLE.test(cell)) {
      title = cell;
    } else if (!binary && isBanner(line)) {
      const w = where(line.line);
      issues.push(adapterIssue('tso500_banner_line', { at: w.at, text: cell }, { location: w.location }));
    } else if (current !== null) {
      current.lines.push({ ...line, binary });
    } else if (!binary && !(sections.length === 0 && RUO.test(cell))) {
      const w = where(line.line);
      issues.push(
        adapterIssue('tso500_stray_line', { at: w.at, text: line.cells.join(' ') }, { location: w.location }),
      );
    }
  }
  if (current !== null) sections.push(current);
  const firstBinary = binaryLines[0];
  if (firstBinary !== undefined) {
    const w = where(firstBinary);
    const kind = lines[firstBinary - 1]?.text.includes('\u0000') === true ? 'nul' : 'invalid-utf8';
    issues.unshift(
      adapterIssue('binary_content', { at: w.at, kind, lines: binaryLines.length }, { location: w.location }),
    );
  }
  const generation = title === null ? 'unknown' : generationOf(title);
  return { title, generation, sections, issues, lastLine: lines.length };
};
