/**
 * RNA sections: `[Fusions]` and `[Splice Variants]`.
 *
 * Fusions: `Gene Pair` is split with the known-gene dictionary (`tso500-gene-pair.ts`). Breakpoint 1
 * belongs to gene 1, the 5' partner, and Breakpoint 2 to gene 2, the 3' partner: with both breakpoints
 * the orientation is known; without them it is not (`orientationKnown: false`, key independent of order).
 * A side naming several known genes (`CD74-ROS1;GOPC`: ROS1 and GOPC overlap breakpoint 2) keeps the ones
 * the TSO500 panel assesses for fusions (ROS1), or all of them when none is, one finding per 5' x 3' pair,
 * all from the same line; a notice names every gene set aside, so none disappears silently. Symbols stay as
 * written (legacy `SEPT14` included): `normalizeFinding` resolves them.
 *
 * Splice variants: `Affected Exon` `2-7/28`, `14/21`, `2-7`, `14` -> skipped exons (normalized later);
 * blank (a junction with an unannotated exon, AR-V7) -> a label: the splice variant the panel reference
 * names for that gene, or else the junction `Breakpoint 1 -> Breakpoint 2`.
 *
 * @internal
 */
import { isRight } from 'fp-ts/Either';
import type { Issue } from '../model/issue.js';
import type { RejectedFinding } from '../model/case.js';
import type { DraftFinding } from '../model/draft.js';
import { resolveGene } from '../vocab/genes.js';
import { isAssessed } from '../vocab/panel.js';
import { panelIndex } from '../vocab/reference-data.js';
import { adapterIssue } from './issues.js';
import { splitGenePair } from './tso500-gene-pair.js';
import type { Tso500Section } from './tso500-layout.js';
import type { ReadContext, SectionOutput, TableRow } from './tso500-table.js';
import { isNaCell, locate, numericField, readTable, rejectLine, whereIn } from './tso500-table.js';

const TRUNCATED = 'RNA calls after it are missing: the RNA arm is read as not tested.';

const isKnownGene = (symbol: string): boolean => isRight(resolveGene(symbol));

const PANEL = 'TSO500';
const BOTH_ARMS = { panel: PANEL, dna: true, rna: true } as const;

/** Whether the panel assesses fusions of this gene (any spelling). */
const isPanelFusionGene = (symbol: string): boolean => {
  const r = resolveGene(symbol);
  return isRight(r) && isAssessed(BOTH_ARMS, r.right.gene.hgncId, 'fusion');
};

/** Of several genes named on one side, the panel's fusion genes (all of them when none is). */
const preferPanel = (symbols: ReadonlyArray<string>): ReadonlyArray<string> => {
  if (symbols.length < 2) return symbols;
  const onPanel = symbols.filter(isPanelFusionGene);
  return onPanel.length === 0 ? symbols : onPanel;
};

/**
 * The splice variant the panel reference names for a gene (any spelling), e.g. AR-V7 for AR.
 *
 * @internal
 */
export const panelSpliceVariant = (symbol: string): string | null => {
  const r = resolveGene(symbol);
  if (!isRight(r)) return null;
  const gene = panelIndex()
    .get(PANEL)
    ?.file.genes.find((g) => g.hgncId === r.right.gene.hgncId);
  return gene?.spliceVariant ?? null;
};

const cell = (row: TableRow, column: string): string | undefined => {
  const v = row.get(column);
  return isNaCell(v) ? undefined : v;
};

/**
 * Reads `[Fusions]`.
 *
 * @internal
 */
export const readFusions = (ctx: ReadContext, section: Tso500Section): SectionOutput => {
  const table = readTable(ctx, section, ['Gene Pair', 'Breakpoint 1', 'Breakpoint 2'], TRUNCATED);
  const findings: DraftFinding[] = [];
  const rejected: RejectedFinding[] = [...table.output.rejected];
  const notices: Issue[] = [...table.output.notices];
  for (const row of table.rows) {
    const pair = row.get('Gene Pair');
    const split = splitGenePair(pair, isKnownGene);
    const reads = numericField(ctx, row, 'Fusion Supporting Reads', 'count');
    if (split === null || reads.issue !== null) {
      const w = whereIn(ctx, row.line, 'Gene Pair');
      const issues = [
        ...(split === null
          ? [
              adapterIssue(
                'tso500_unsplittable_gene_pair',
                { at: w.at, text: pair },
                { location: w.location },
              ),
            ]
          : []),
        ...(reads.issue === null ? [] : [reads.issue]),
      ];
      rejected.push(rejectLine(ctx, section, row, issues, `fusion ${pair}`));
      continue;
    }
    const breakpoint5 = cell(row, 'Breakpoint 1');
    const breakpoint3 = cell(row, 'Breakpoint 2');
    const orientationKnown = breakpoint5 !== undefined && breakpoint3 !== undefined;
    const w = whereIn(ctx, row.line, 'Gene Pair');
    if (!orientationKnown) {
      notices.push(
        adapterIssue('tso500_fusion_orientation_unknown', { at: w.at, text: pair }, { location: w.location }),
      );
    }
    const five = preferPanel(split.five);
    const three = preferPanel(split.three);
    const pairs = five.flatMap((g5) => three.map((g3) => [g5, g3] as const));
    const skipped = [
      ...[...split.five, ...split.three]
        .filter((g) => !five.includes(g) && !three.includes(g))
        .map((g) => `${g} (not a panel fusion gene)`),
      ...split.unknown.map((g) => `${g} (not a known gene)`),
    ];
    if (split.five.length > 1 || split.three.length > 1 || split.unknown.length > 0) {
      notices.push(
        adapterIssue(
          'tso500_fusion_partner_choice',
          {
            at: w.at,
            text: pair,
            pairs: pairs.map(([a, b]) => `${a}::${b}`).join(', '),
            skipped: skipped.join(', '),
          },
          { location: w.location },
        ),
      );
    }
    for (const [gene5, gene3] of pairs) {
      findings.push({
        input: {
          kind: 'fusion',
          gene5,
          gene3,
          orientationKnown,
          ...(breakpoint5 === undefined ? {} : { breakpoint5 }),
          ...(breakpoint3 === undefined ? {} : { breakpoint3 }),
          ...(reads.value === null ? {} : { supportingReads: reads.value }),
        },
        source: locate(ctx, row.line),
      });
    }
  }
  return { findings, rejected, notices, noCallLines: table.output.noCallLines };
};

/**
 * Reads `[Splice Variants]`. `spliceLabel` gives the splice variant the panel names for a gene, if any.
 *
 * @internal
 */
export const readSpliceVariants = (
  ctx: ReadContext,
  section: Tso500Section,
  spliceLabel: (gene: string) => string | null,
): SectionOutput => {
  const table = readTable(ctx, section, ['Gene', 'Affected Exon'], TRUNCATED);
  const findings: DraftFinding[] = [];
  const rejected: RejectedFinding[] = [...table.output.rejected];
  const notices: Issue[] = [...table.output.notices];
  for (const row of table.rows) {
    const gene = row.get('Gene');
    const exons = cell(row, 'Affected Exon');
    const reads = numericField(ctx, row, 'Splice Supporting Reads', 'count');
    if (reads.issue !== null) {
      rejected.push(rejectLine(ctx, section, row, [reads.issue], `${gene} splice variant`));
      continue;
    }
    let label: string | undefined;
    if (exons === undefined) {
      const junction = [cell(row, 'Breakpoint 1'), cell(row, 'Breakpoint 2')].filter((b) => b !== undefined);
      label = spliceLabel(gene) ?? (junction.length === 0 ? undefined : `junction ${junction.join(' -> ')}`);
      if (label !== undefined) {
        const w = whereIn(ctx, row.line, 'Affected Exon');
        notices.push(
          adapterIssue('tso500_splice_label', { at: w.at, gene, label }, { location: w.location }),
        );
      }
    }
    findings.push({
      input: {
        kind: 'splice',
        gene,
        ...(exons === undefined ? {} : { skippedExons: exons }),
        ...(label === undefined ? {} : { label }),
        ...(reads.value === null ? {} : { supportingReads: reads.value }),
      },
      source: locate(ctx, row.line),
    });
  }
  return { findings, rejected, notices, noCallLines: table.output.noCallLines };
};
