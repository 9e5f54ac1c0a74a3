/**
 * Key-value sections: `[Analysis Details]` (sample ids, arms, pipeline version), `[TMB]`, `[MSI]` and `[GIS]`
 * (HRD score and tumor fraction).
 *
 * - Arms: `DNA Sample ID` / `RNA Sample ID` of `NA` mean the arm was not sequenced. An absent key leaves the
 *   arm unstated (`null`); the caller decides from the sections present.
 * - `NA` biomarker values mean "not assessed": no finding, a notice.
 * - `Tumor Fraction` is a fraction in DRAGEN 2.1 and a percent in DRAGEN 2.6: a value above 1 is divided by
 *   100 (with a notice); a value outside 0-100 leaves purity unknown (warning).
 *
 * @internal
 */
import type { Issue } from '../model/issue.js';
import type { RejectedFinding } from '../model/case.js';
import type { DraftFinding } from '../model/draft.js';
import type { FindingInput } from '../model/case-input.js';
import { adapterIssue } from './issues.js';
import type { Tso500Section } from './tso500-layout.js';
import type { ReadContext, SectionOutput } from './tso500-table.js';
import {
  bracket,
  emptyOutput,
  isNaCell,
  locate,
  numberCell,
  readKeyValues,
  whereIn,
} from './tso500-table.js';

/** What `[Analysis Details]` says about the sample. */
export interface AnalysisDetails {
  readonly pairId: string | null;
  readonly dnaSampleId: string | null;
  readonly rnaSampleId: string | null;
  /** true: sequenced; false: `NA`; null: the key is missing. */
  readonly dna: boolean | null;
  readonly rna: boolean | null;
  readonly dnaLine: number | null;
  readonly rnaLine: number | null;
  readonly pipelineVersion: string | null;
}

const valueOf = (map: ReturnType<typeof readKeyValues>, key: string): string | null => {
  const v = map.get(key.toLowerCase())?.value;
  return v === undefined || isNaCell(v) ? null : v;
};

/**
 * Reads `[Analysis Details]`.
 *
 * @internal
 */
export const readAnalysisDetails = (section: Tso500Section | undefined): AnalysisDetails => {
  const map = section === undefined ? new Map() : readKeyValues(section);
  const arm = (key: string): boolean | null => {
    const entry = map.get(key.toLowerCase());
    return entry === undefined ? null : !isNaCell(entry.value);
  };
  return {
    pairId: valueOf(map, 'Pair ID'),
    dnaSampleId: valueOf(map, 'DNA Sample ID'),
    rnaSampleId: valueOf(map, 'RNA Sample ID'),
    dna: arm('DNA Sample ID'),
    rna: arm('RNA Sample ID'),
    dnaLine: map.get('dna sample id')?.line ?? null,
    rnaLine: map.get('rna sample id')?.line ?? null,
    pipelineVersion: valueOf(map, 'Pipeline Version'),
  };
};

interface Field {
  readonly key: string;
  readonly kind: 'number' | 'count';
  /** Upper bound, inclusive, if any. */
  readonly max?: number;
}

/** Reads the numbers of a key-value section; null values are NA, issues reject the section's finding. */
const readNumbers = (
  ctx: ReadContext,
  section: Tso500Section,
  fields: ReadonlyArray<Field>,
): { readonly values: ReadonlyMap<string, number | null>; readonly issues: ReadonlyArray<Issue> } => {
  const map = readKeyValues(section);
  const values = new Map<string, number | null>();
  const issues: Issue[] = [];
  for (const field of fields) {
    const entry = map.get(field.key.toLowerCase());
    if (entry === undefined) {
      values.set(field.key, null);
      continue;
    }
    const n = numberCell(entry.value);
    const w = whereIn(ctx, entry.line, field.key);
    if (n === 'invalid' || (n !== null && field.kind === 'count' && !Number.isInteger(n))) {
      const expected = field.kind === 'count' ? 'a whole number' : 'a number';
      issues.push(
        adapterIssue(
          'tso500_invalid_number',
          { at: w.at, column: field.key, text: entry.value, expected },
          { location: w.location },
        ),
      );
      values.set(field.key, null);
    } else if (n !== null && (n < 0 || (field.max !== undefined && n > field.max))) {
      const expected = field.max === undefined ? '0 or more' : `from 0 to ${field.max}`;
      issues.push(
        adapterIssue(
          'invalid_value',
          { at: w.at, value: n, what: field.key, expected },
          { location: w.location },
        ),
      );
      values.set(field.key, null);
    } else {
      values.set(field.key, n);
    }
  }
  return { values, issues };
};

/** One finding from a key-value section, or the reason there is none. */
const single = (
  ctx: ReadContext,
  section: Tso500Section,
  mainKey: string,
  what: string,
  issues: ReadonlyArray<Issue>,
  build: () => FindingInput | null,
): SectionOutput => {
  const entry = readKeyValues(section).get(mainKey.toLowerCase());
  const line = entry?.line ?? section.line;
  if (issues.length > 0) {
    const rejected: RejectedFinding = {
      summary: `${bracket(section)} ${what}`,
      source: locate(ctx, line),
      issues,
    };
    return { ...emptyOutput, rejected: [rejected] };
  }
  const w = whereIn(ctx, line, entry === undefined ? undefined : mainKey);
  if (entry === undefined) {
    return {
      ...emptyOutput,
      notices: [
        adapterIssue(
          'tso500_missing_value',
          { at: w.at, section: bracket(section), key: mainKey },
          { location: w.location },
        ),
      ],
    };
  }
  const input = build();
  if (input === null) {
    return {
      ...emptyOutput,
      notices: [adapterIssue('tso500_not_assessed', { at: w.at, what }, { location: w.location })],
    };
  }
  const finding: DraftFinding = { input, source: locate(ctx, line) };
  return { ...emptyOutput, findings: [finding] };
};

/**
 * Reads `[TMB]`.
 *
 * @internal
 */
export const readTmb = (ctx: ReadContext, section: Tso500Section): SectionOutput => {
  const { values, issues } = readNumbers(ctx, section, [
    { key: 'Total TMB', kind: 'number' },
    { key: 'Coding Region Size in Megabases', kind: 'number' },
    { key: 'Number of Passing Eligible Variants', kind: 'count' },
  ]);
  return single(ctx, section, 'Total TMB', 'TMB', issues, () => {
    const value = values.get('Total TMB') ?? null;
    if (value === null) return null;
    const size = values.get('Coding Region Size in Megabases') ?? null;
    const eligible = values.get('Number of Passing Eligible Variants') ?? null;
    return {
      kind: 'tmb',
      value,
      ...(eligible === null ? {} : { eligibleVariants: eligible }),
      ...(size === null || size <= 0 ? {} : { regionSizeMb: size }),
    };
  });
};

/**
 * Reads `[MSI]`.
 *
 * @internal
 */
export const readMsi = (ctx: ReadContext, section: Tso500Section): SectionOutput => {
  const { values, issues } = readNumbers(ctx, section, [
    { key: 'Usable MSI Sites', kind: 'count' },
    { key: 'Total MSI Sites Unstable', kind: 'count' },
    { key: 'Percent Unstable MSI Sites', kind: 'number', max: 100 },
  ]);
  return single(ctx, section, 'Percent Unstable MSI Sites', 'MSI', issues, () => {
    const percent = values.get('Percent Unstable MSI Sites') ?? null;
    if (percent === null) return null;
    const usable = values.get('Usable MSI Sites') ?? null;
    const unstable = values.get('Total MSI Sites Unstable') ?? null;
    return {
      kind: 'msi',
      percentUnstable: percent,
      ...(usable === null ? {} : { usableSites: usable }),
      ...(unstable === null ? {} : { unstableSites: unstable }),
    };
  });
};

/** What `[GIS]` gives: the HRD finding (or why not) and the purity. */
export interface GisRead {
  readonly output: SectionOutput;
  readonly purity: number | null;
}

/**
 * Reads `[GIS]`: HRD score finding and tumor fraction (sample purity).
 *
 * @internal
 */
export const readGis = (ctx: ReadContext, section: Tso500Section): GisRead => {
  const { values, issues } = readNumbers(ctx, section, [
    { key: 'Genomic Instability Score', kind: 'number' },
  ]);
  const output = single(
    ctx,
    section,
    'Genomic Instability Score',
    'HRD (Genomic Instability Score)',
    issues,
    () => {
      const score = values.get('Genomic Instability Score') ?? null;
      return score === null ? null : { kind: 'hrd', score };
    },
  );
  const fraction = readKeyValues(section).get('tumor fraction');
  if (fraction === undefined || isNaCell(fraction.value)) return { output, purity: null };
  const n = numberCell(fraction.value);
  const w = whereIn(ctx, fraction.line, 'Tumor Fraction');
  if (n === null || n === 'invalid' || n < 0 || n > 100) {
    const notice = adapterIssue(
      'tso500_invalid_tumor_fraction',
      { at: w.at, text: fraction.value },
      { location: w.location },
    );
    return { output: { ...output, notices: [...output.notices, notice] }, purity: null };
  }
  if (n <= 1) return { output, purity: n };
  const purity = Math.round(n * 100) / 10000;
  const notice = adapterIssue(
    'tso500_percent_tumor_fraction',
    { at: w.at, text: fraction.value, purity },
    { location: w.location },
  );
  return { output: { ...output, notices: [...output.notices, notice] }, purity };
};
