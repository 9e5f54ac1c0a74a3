/**
 * Sequence-variant leaves: a selector (exact change, codon, exon + class, functional class), a minimum VAF
 * and an origin.
 *
 * - `change`: the finding's parsed protein change equals one of the criterion's (any spelling).
 * - `codon`: a protein-altering change whose affected codons include a listed codon: the first codon of a
 *   substitution or frameshift, any codon of the span of an in-frame deletion, duplication, insertion or
 *   delins.
 * - `exon`: the finding's exon number is listed and its variant class is one of the classes.
 * - `class`: truncating (nonsense, frameshift, canonical splice), loss-of-function (truncating or start
 *   loss), hotspot (a change at a hotspot residue or indel span of the reference data), activating (a
 *   hotspot change that is not truncating), protein-altering.
 *
 * A protein-altering variant whose protein change (or exon) was not reported cannot be told apart: the leaf
 * is unknown for it, never silently not-met. VAF compares `>=`; a missing VAF with a minimum is unknown.
 * Origin: a tumor-only assay reports `unknown` origin; a criterion that asks for somatic or germline is then
 * unknown for that finding (the board confirms), a definite other origin fails.
 */
import type { SequenceVariantFinding } from '../../model/case.js';
import type { Specificity } from '../../model/result.js';
import type { CompiledLeaf } from '../compiled.js';
import { variantChange } from '../display.js';
import { formatNumber, joinWords } from '../format.js';
import { decideGeneLeaf, unresolvedLeaf } from './decide.js';
import type { FindingCheck, GeneLeafFacts } from './decide.js';
import type { LeafContext, LeafEvaluation } from './context.js';
import { findingsOf, leafFactsOf, notAssessedReason } from './context.js';

type VariantCriterion = Extract<CompiledLeaf['criterion'], { type: 'variant' }>;

type SelectorAnswer =
  { readonly ok: true } | { readonly ok: false; readonly partial: boolean; readonly why: string };

const yes: SelectorAnswer = { ok: true };
const no = (why: string): SelectorAnswer => ({ ok: false, partial: false, why });
const maybe = (why: string): SelectorAnswer => ({ ok: false, partial: true, why });

const specificityOf: Readonly<Record<VariantCriterion['select']['by'], Specificity>> = {
  change: 'change',
  codon: 'codon',
  exon: 'exon',
  class: 'class',
};

/** What decides a variant leaf besides its findings: the gene leaf facts and the selector's words. */
interface VariantFacts extends GeneLeafFacts {
  /** What the selector wants, in words: `p.V600E or p.V600K`, `600`, `19 in-frame deletion`. */
  readonly wanted: string;
  /** The keys of the wanted changes, when the context has `changeKey` (see `LeafContext`). */
  readonly wantedKeys: ReadonlySet<string> | null;
}

const wantedWords = (leaf: CompiledLeaf, ctx: LeafContext): string => {
  const c = leaf.criterion;
  if (c.type !== 'variant') return '';
  const s = c.select;
  switch (s.by) {
    case 'change':
      return joinWords(leaf.changes.map(ctx.vocabulary.formatProteinChange), 'or');
    case 'codon':
      return joinWords(s.codons.map(String), 'or');
    case 'exon':
      return `${joinWords(s.exons.map(String), 'or')} ${joinWords(s.classes, 'or')}`;
    case 'class':
      return '';
  }
};

const selectorAnswer = (
  leaf: CompiledLeaf,
  c: VariantCriterion,
  f: SequenceVariantFinding,
  name: string,
  ctx: LeafContext,
  facts: VariantFacts,
): SelectorAnswer => {
  const v = ctx.vocabulary;
  const s = c.select;
  const noProtein = (): SelectorAnswer =>
    f.proteinAltering
      ? maybe(`${name}: protein change not reported, cannot tell`)
      : no(`${name} does not change the protein`);
  switch (s.by) {
    case 'change': {
      if (f.protein === null) return noProtein();
      const protein = f.protein;
      const key = ctx.changeKey;
      const wanted =
        facts.wantedKeys !== null && key !== undefined
          ? facts.wantedKeys.has(key(protein))
          : leaf.changes.some((change) => v.equalProteinChange(protein, change));
      return wanted ? yes : no(`${name} is not ${facts.wanted}`);
    }
    case 'codon': {
      if (!f.proteinAltering) return no(`${name} does not change the protein`);
      const span = f.protein === null ? null : v.affectedCodons(f.protein);
      if (span === null) return noProtein();
      const at = span.start === span.end ? `codon ${span.start}` : `codons ${span.start}-${span.end}`;
      return s.codons.some((codon) => codon >= span.start && codon <= span.end)
        ? yes
        : no(`${name} is at ${at}, not codon ${facts.wanted}`);
    }
    case 'exon': {
      const classOk = (s.classes as ReadonlyArray<string>).includes(f.variantClass);
      if (f.exon === null) {
        return classOk
          ? maybe(`${name}: exon not reported, cannot tell`)
          : no(`${name} is a ${f.variantClass} variant`);
      }
      const exonOk = s.exons.includes(f.exon.number);
      return exonOk && classOk
        ? yes
        : no(`${name} is a ${f.variantClass} variant in exon ${f.exon.number}, not exon ${facts.wanted}`);
    }
    case 'class': {
      switch (s.class) {
        case 'truncating':
          return f.truncating ? yes : no(`${name} is not truncating`);
        case 'loss-of-function':
          return f.truncating || f.variantClass === 'start-loss'
            ? yes
            : no(`${name} is not a loss-of-function variant`);
        case 'protein-altering':
          return f.proteinAltering ? yes : no(`${name} does not change the protein`);
        case 'activating':
        case 'hotspot': {
          if (!f.proteinAltering) return no(`${name} does not change the protein`);
          if (f.protein === null) return noProtein();
          if (s.class === 'activating' && f.truncating) return no(`${name} is truncating, not activating`);
          const gene = leaf.gene;
          return gene !== null && v.isHotspot(gene.hgncId, f.protein)
            ? yes
            : no(`${name} is not at a known hotspot of ${f.gene.symbol}`);
        }
      }
    }
  }
};

const checkFinding = (
  leaf: CompiledLeaf,
  c: VariantCriterion,
  f: SequenceVariantFinding,
  ctx: LeafContext,
  facts: VariantFacts,
): FindingCheck => {
  const name = `${f.gene.symbol} ${variantChange(f, ctx.vocabulary)}`;
  const selector = selectorAnswer(leaf, c, f, name, ctx, facts);
  if (!selector.ok) {
    return {
      key: f.key,
      verdict: selector.partial ? 'partial' : 'fails',
      why: selector.why,
      missKind: selector.partial ? null : f.proteinAltering ? 'variant' : null,
    };
  }
  if (c.origin !== undefined && c.origin !== 'any' && f.origin !== c.origin) {
    return f.origin === 'unknown'
      ? {
          key: f.key,
          verdict: 'partial',
          why: `${name} matches, but its origin was not determined (${c.origin} required)`,
          missKind: null,
        }
      : {
          key: f.key,
          verdict: 'fails',
          why: `${name} is ${f.origin}, ${c.origin} required`,
          missKind: 'variant',
        };
  }
  if (c.minVaf !== undefined) {
    if (f.vaf === null) {
      return {
        key: f.key,
        verdict: 'partial',
        why: `${name} matches, but its VAF was not reported (>= ${formatNumber(c.minVaf)} required)`,
        missKind: null,
      };
    }
    if (f.vaf < c.minVaf) {
      return {
        key: f.key,
        verdict: 'fails',
        why: `${name}: VAF ${formatNumber(f.vaf)} below ${formatNumber(c.minVaf)}`,
        missKind: 'threshold',
      };
    }
  }
  const vaf = f.vaf === null ? '' : ` (VAF ${formatNumber(f.vaf)})`;
  return { key: f.key, verdict: 'satisfies', why: `${name}${vaf} matches`, missKind: null };
};

/** What decides a variant leaf besides its findings, for the context's assay. */
const variantFacts = (leaf: CompiledLeaf, ctx: LeafContext): VariantFacts => {
  const symbol = leaf.gene?.symbol ?? '';
  const by = leaf.criterion.type === 'variant' ? leaf.criterion.select.by : 'change';
  const key = ctx.changeKey;
  return {
    wanted: wantedWords(leaf, ctx),
    wantedKeys: key === undefined ? null : new Set(leaf.changes.map(key)),
    assessed: leaf.gene !== null && ctx.vocabulary.isAssessed(ctx.assay, leaf.gene.hgncId, 'small-variant'),
    unassessed: {
      gene: symbol,
      what: 'small-variant',
      reason: notAssessedReason(ctx.assay, symbol, 'small-variant'),
    },
    specificity: specificityOf[by],
    noneFound: `no matching ${symbol} variant detected (small variants assessed by ${ctx.assay.panel ?? 'the panel'})`,
  };
};

/** Evaluates a sequence-variant leaf. @internal */
export const evaluateVariant = (leaf: CompiledLeaf, ctx: LeafContext): LeafEvaluation => {
  const c = leaf.criterion;
  if (c.type !== 'variant') return unresolvedLeaf('not a variant criterion');
  if (leaf.gene === null) return unresolvedLeaf(leaf.problem ?? 'gene not resolved');
  const facts = leafFactsOf(ctx, leaf, variantFacts);
  const checks: FindingCheck[] = [];
  for (const f of findingsOf(ctx, leaf.gene.hgncId))
    if (f.kind === 'sequence-variant') checks.push(checkFinding(leaf, c, f, ctx, facts));
  return decideGeneLeaf(checks, facts);
};
