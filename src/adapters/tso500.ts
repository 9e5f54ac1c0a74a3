/**
 * TSO500 `CombinedVariantOutput.tsv` -> `CaseDraft`, for all three software generations (Local App 2.x,
 * DRAGEN 2.1, DRAGEN 2.6), following the format note to the letter: CRLF or LF, trailing tab padding,
 * tab-only blank lines, `NA` single-row and header-only empty tables, unknown sections (a notice, with
 * their line), banner lines, any section order.
 *
 * What the file says about the assay is kept exactly, and only evidence makes an arm count as tested:
 * - `DNA Sample ID` / `RNA Sample ID` of `NA`: that arm was not sequenced (RNA absent: fusions and splice
 *   variants not tested; DNA absent: small variants, copy number, TMB and MSI not tested).
 * - A missing core section (`[Small Variants]` or the copy-number section for DNA; `[Fusions]` or
 *   `[Splice Variants]` for RNA), a file truncated inside a section, or a section with binary (corrupt)
 *   lines: that arm is read as NOT tested (error issue), so the absence of a call is never taken as a
 *   negative result from an incomplete file.
 *
 * Every table line is accounted for: a finding, a rejected row (with its line, and column for impossible
 * values), or a no-call line (`NA` row of an empty table, BRCA `NA` row); `readTso500Account` exposes the
 * no-call lines so a test can add the counts up.
 */
import { left, right } from 'fp-ts/Either';
import type { Issue, Result } from '../model/issue.js';
import type { CaseDraft } from '../model/draft.js';
import { adapterIssue, describeAt } from './issues.js';
import { readCopyNumberVariants, readExonLevelCnvs, readGeneAmplifications } from './tso500-copy-number.js';
import { readAnalysisDetails, readGis, readMsi, readTmb } from './tso500-key-values.js';
import type { Tso500Generation, Tso500Section } from './tso500-layout.js';
import { tso500Layout } from './tso500-layout.js';
import { panelSpliceVariant, readFusions, readSpliceVariants } from './tso500-rna.js';
import { readSmallVariants } from './tso500-small-variants.js';
import type { ReadContext, SectionOutput } from './tso500-table.js';
import { concatOutputs, whereIn } from './tso500-table.js';

/** The panel id TSO500 files are read as. */
export const TSO500_PANEL = 'TSO500';

type Arm = 'dna' | 'rna';

interface SectionSpec {
  readonly arm: Arm | null;
  readonly read: (ctx: ReadContext, section: Tso500Section) => SectionOutput;
}

const ignore = (): SectionOutput => ({ findings: [], rejected: [], notices: [], noCallLines: [] });

/** Known sections (lower-case name) and their readers; `[GIS]` and `[Analysis Details]` are read apart. */
const SECTIONS: ReadonlyMap<string, SectionSpec> = new Map<string, SectionSpec>([
  ['analysis details', { arm: null, read: ignore }],
  ['sequencing run details', { arm: null, read: ignore }],
  ['gis', { arm: 'dna', read: ignore }],
  ['tmb', { arm: 'dna', read: readTmb }],
  ['msi', { arm: 'dna', read: readMsi }],
  ['small variants', { arm: 'dna', read: readSmallVariants }],
  ['gene amplifications', { arm: 'dna', read: readGeneAmplifications }],
  ['copy number variants', { arm: 'dna', read: readCopyNumberVariants }],
  ['exon-level cnvs', { arm: 'dna', read: readExonLevelCnvs }],
  ['large rearrangements', { arm: 'dna', read: readExonLevelCnvs }],
  ['fusions', { arm: 'rna', read: readFusions }],
  ['splice variants', { arm: 'rna', read: (ctx, s) => readSpliceVariants(ctx, s, panelSpliceVariant) }],
]);

/** Sections whose absence makes an arm count as not tested: any one name of each group must be there. */
const CORE: ReadonlyArray<{
  readonly arm: Arm;
  readonly names: ReadonlyArray<string>;
  readonly what: string;
}> = [
  { arm: 'dna', names: ['small variants'], what: 'small variants' },
  { arm: 'dna', names: ['gene amplifications', 'copy number variants'], what: 'copy-number changes' },
  { arm: 'rna', names: ['fusions'], what: 'fusions' },
  { arm: 'rna', names: ['splice variants'], what: 'splice variants' },
];

const SECTION_TITLES: Readonly<Record<string, string>> = {
  'small variants': '[Small Variants]',
  'gene amplifications': '[Gene Amplifications] / [Copy Number Variants]',
  fusions: '[Fusions]',
  'splice variants': '[Splice Variants]',
  tmb: '[TMB]',
  msi: '[MSI]',
  gis: '[GIS]',
};

const GENERATION_LABEL: Readonly<Record<Tso500Generation, string>> = {
  'local-app': 'Local App',
  'dragen-2.1': 'DRAGEN 2.1',
  'dragen-2.6': 'DRAGEN 2.6',
  unknown: 'unknown generation',
};

const ARM_CONSEQUENCE: Readonly<Record<Arm, string>> = {
  dna: 'small variants, copy-number changes, TMB and MSI were not tested.',
  rna: 'fusions and splice variants were not tested.',
};

/** A TSO500 file read, with what is needed to account for every line. */
export interface Tso500Account {
  readonly draft: CaseDraft;
  readonly generation: Tso500Generation;
  /** Table lines that hold no call (`NA` rows, BRCA `NA` rows). */
  readonly noCallLines: ReadonlyArray<number>;
}

/**
 * Reads a CombinedVariantOutput text and says which lines held no call (for accounting tests).
 *
 * @internal
 */
export const readTso500Account = (
  text: string,
  options: { readonly file?: string } = {},
): Result<Tso500Account> => {
  const file = options.file;
  const fileWords = describeAt([], file === undefined ? {} : { file });
  const location = file === undefined ? {} : { location: { file } };
  if (text.trim() === '') return left([adapterIssue('empty_file', { at: fileWords }, location)]);
  const layout = tso500Layout(text, file);
  const ctx: ReadContext = { file, lastLine: layout.lastLine };
  const known = layout.sections.filter((s) => SECTIONS.has(s.name.toLowerCase()));
  if (layout.title === null && known.length === 0) {
    const binary = layout.issues.filter((i) => i.code === 'binary_content');
    const notRecognized = adapterIssue('tso500_not_recognized', { at: fileWords }, location);
    const [firstBinary, ...moreBinary] = binary;
    return left(firstBinary === undefined ? [notRecognized] : [firstBinary, ...moreBinary, notRecognized]);
  }
  const notices: Issue[] = [...layout.issues];
  if (layout.title === null) {
    const first = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
    const w = whereIn(ctx, 1);
    notices.push(
      adapterIssue(
        'tso500_missing_title',
        { at: fileWords, first: first.slice(0, 60) },
        { location: w.location },
      ),
    );
  } else if (layout.generation === 'unknown') {
    const w = whereIn(ctx, 1);
    notices.push(
      adapterIssue('tso500_unknown_generation', { at: w.at, title: layout.title }, { location: w.location }),
    );
  }

  // Sections: unknown ones noticed, duplicates warned (both read).
  const firstLine = new Map<string, number>();
  for (const section of layout.sections) {
    const name = section.name.toLowerCase();
    const w = whereIn(ctx, section.line);
    if (!SECTIONS.has(name)) {
      notices.push(
        adapterIssue(
          'tso500_unknown_section',
          { at: w.at, section: `[${section.name}]`, rows: section.lines.length },
          { location: w.location },
        ),
      );
      continue;
    }
    const first = firstLine.get(name);
    if (first === undefined) firstLine.set(name, section.line);
    else
      notices.push(
        adapterIssue(
          'tso500_duplicate_section',
          { at: w.at, section: `[${section.name}]`, first },
          { location: w.location },
        ),
      );
  }
  const sectionsNamed = (name: string): ReadonlyArray<Tso500Section> =>
    known.filter((s) => s.name.toLowerCase() === name);

  // Arms, from [Analysis Details]; unstated arms from the sections present.
  const details = readAnalysisDetails(sectionsNamed('analysis details')[0]);
  const arms: Record<Arm, boolean> = { dna: true, rna: true };
  for (const arm of ['dna', 'rna'] as const) {
    const stated = details[arm];
    const line = details[arm === 'dna' ? 'dnaLine' : 'rnaLine'];
    const w = whereIn(ctx, line ?? sectionsNamed('analysis details')[0]?.line ?? 1);
    if (stated === null) {
      const present = CORE.filter((c) => c.arm === arm).every((c) => c.names.some((n) => firstLine.has(n)));
      arms[arm] = present;
      notices.push(
        adapterIssue(
          'tso500_arm_unstated',
          { at: fileWords, arm: arm.toUpperCase(), value: present },
          { location: w.location },
        ),
      );
    } else {
      arms[arm] = stated;
      if (!stated) {
        notices.push(
          adapterIssue(
            'tso500_arm_absent',
            { at: w.at, arm: arm.toUpperCase(), consequence: ARM_CONSEQUENCE[arm] },
            { location: w.location },
          ),
        );
      }
    }
  }
  const statedArms = { ...arms };

  // Core sections missing while their arm was sequenced: the arm counts as not tested.
  for (const core of CORE) {
    if (!statedArms[core.arm] || core.names.some((n) => firstLine.has(n))) continue;
    arms[core.arm] = false;
    notices.push(
      adapterIssue(
        'tso500_missing_section',
        {
          at: fileWords,
          section: SECTION_TITLES[core.names[0] ?? ''] ?? core.what,
          consequence: `${core.what} were not reported, so the ${core.arm.toUpperCase()} arm is read as not tested (no gene counts as free of them).`,
        },
        location,
      ),
    );
  }
  for (const name of ['tmb', 'msi']) {
    if (statedArms.dna && !firstLine.has(name)) {
      notices.push(
        adapterIssue(
          'tso500_optional_section_missing',
          { at: fileWords, section: SECTION_TITLES[name] ?? name },
          location,
        ),
      );
    }
  }

  // Read every known section.
  const outputs: SectionOutput[] = [];
  for (const section of known) {
    const spec = SECTIONS.get(section.name.toLowerCase());
    if (spec === undefined) continue;
    const output = spec.read(ctx, section);
    outputs.push(output);
    if (spec.arm !== null && output.notices.some((i) => i.code === 'tso500_truncated_file')) {
      arms[spec.arm] = false;
    }
    if (spec.arm !== null && output.rejected.some((r) => r.issues.some((i) => i.code === 'binary_content'))) {
      arms[spec.arm] = false;
      const w = whereIn(ctx, section.line);
      notices.push(
        adapterIssue(
          'tso500_corrupt_section',
          { at: w.at, section: `[${section.name}]`, arm: spec.arm.toUpperCase() },
          { location: w.location },
        ),
      );
    }
    if (
      spec.arm !== null &&
      !statedArms[spec.arm] &&
      (output.findings.length > 0 || output.rejected.length > 0)
    ) {
      const w = whereIn(ctx, section.line);
      notices.push(
        adapterIssue(
          'tso500_arm_conflict',
          { at: w.at, arm: spec.arm.toUpperCase(), section: `[${section.name}]` },
          { location: w.location },
        ),
      );
    }
  }
  const gis = sectionsNamed('gis').map((s) => readGis(ctx, s));
  const all = concatOutputs([...outputs, ...gis.map((g) => g.output)]);
  const purity = gis.map((g) => g.purity).find((p) => p !== null) ?? null;

  const sampleId = details.pairId ?? details.dnaSampleId ?? details.rnaSampleId;
  if (sampleId === null) notices.push(adapterIssue('tso500_no_sample_id', { at: fileWords }, location));
  const version = [GENERATION_LABEL[layout.generation], details.pipelineVersion]
    .filter((v) => v !== null)
    .join(' ');

  const draft: CaseDraft = {
    patient: {},
    sample: {
      ...(sampleId === null ? {} : { id: sampleId }),
      assay: { panel: TSO500_PANEL, version, dna: arms.dna, rna: arms.rna },
      ...(purity === null ? {} : { purity }),
    },
    findings: all.findings,
    rejected: all.rejected,
    notices: [...notices, ...all.notices],
    source: { format: 'tso500', file: file ?? null },
  };
  return right({ draft, generation: layout.generation, noCallLines: all.noCallLines });
};

/**
 * Reads a TSO500 `CombinedVariantOutput.tsv` (Local App 2.x, DRAGEN 2.1 or DRAGEN 2.6) into a case draft:
 * findings with their file and line, rejected rows with their reasons, sample id, purity (`[GIS]` Tumor
 * Fraction), assay `TSO500` with the software generation and arms. Patient facts (diagnosis, age, ...) are
 * not in the file: give them to `completeCase`. Fails only when the text is empty or not a TSO500 file.
 *
 * @example
 * import { readTso500 } from 'mtb-match';
 * import assert from 'node:assert';
 * const text = [
 *   'TruSight Oncology 500 - Combined Variant Output',
 *   '',
 *   '[Analysis Details]',
 *   'Pair ID\tP1',
 *   'DNA Sample ID\tD1',
 *   'RNA Sample ID\tNA',
 *   '',
 *   '[TMB]',
 *   'Total TMB\t7.1',
 *   '',
 *   '[Gene Amplifications]',
 *   'Gene\tFold Change',
 *   'ERBB2\t4.2',
 *   '',
 *   '[Small Variants]',
 *   'Gene\tChromosome\tGenomic Position\tReference Call\tAlternative Call\tAllele Frequency\tDepth\tP-Dot Notation\tC-Dot Notation\tConsequence(s)\tAffected Exon(s)',
 *   'KRAS\tchr12\t25398284\tC\tA\t0.31\t812\tNP_004976.2:p.(Gly12Cys)\tNM_004985.3:c.34G>T\tmissense_variant\t2/5',
 * ].join('\n');
 * const draft = readTso500(text, { file: 'cvo.tsv' });
 * assert.ok(draft._tag === 'Right');
 * assert.deepStrictEqual(draft.right.sample.assay, { panel: 'TSO500', version: 'Local App', dna: true, rna: false });
 * assert.deepStrictEqual(draft.right.findings.map((f) => f.input.kind), ['tmb', 'copy-number', 'sequence-variant']);
 * assert.deepStrictEqual(draft.right.findings[2]?.source, { file: 'cvo.tsv', line: 17 });
 */
export const readTso500 = (text: string, options: { readonly file?: string } = {}): Result<CaseDraft> => {
  const read = readTso500Account(text, options);
  return read._tag === 'Left' ? read : right(read.right.draft);
};
