/**
 * One input finding (as a JSON case or an adapter wrote it) -> one normalized `Finding`, or the coded
 * issues that reject it.
 *
 * - Genes resolve through HGNC (`resolveGene`); the symbol as written stays in `inputGene`.
 * - Sequence variants: protein change (any HGVS spelling, including TSO500's synonymous
 *   `NM_004958.3:c.2997C>T(p.(Asn999=))`), cDNA change and SO terms decide `variantClass`,
 *   `proteinAltering` and `truncating` together (see `normalize-consequence.ts`). Intronic, UTR, synonymous
 *   and intergenic variants stay findings, not protein-altering. Exon `n/total` is parsed.
 * - Copy number: without an absolute copy number, it is derived from the fold change FC and the sample's
 *   tumor purity p: CN = (2 x FC - 2 x (1 - p)) / p (`copyNumberDerived: true`, notice). At unknown purity
 *   p = 1 is not assumed silently: CN = 2 x FC, derived, with a notice that purity was unknown and that
 *   this value is a lower bound of the true copy number for a gain (an upper bound for a loss), so it never
 *   overstates the change. A call that contradicts the numbers is an error.
 * - Fusions: partners resolved; with `orientationKnown: false` they are put in symbol order and the key is
 *   `fusion:{A,B}`, the same whichever order the input gave.
 * - `key`: a canonical content key, the same for every spelling of one change: `sv:ERBB2:p.S310F`
 *   (protein, one-letter), else `sv:GENE:c.123+1G>T` (cDNA without transcript), else, when the input holds
 *   neither, `sv:GENE:?@file:line` (the source keeps two such variants apart); `cn:ERBB2:amplification`,
 *   `fusion:EML4::ALK`, `fusion:{ALK,EML4}`, `splice:MET:14`, `splice:EGFR:2-7`, `splice:AR:<label>`,
 *   `tmb`, `msi`, `hrd`, `ihc:HER2`.
 *
 * Every problem is an issue with the finding's path (`findings[3].gene`) and source (file, line, column).
 */
import { left, right } from 'fp-ts/Either';
import type { Issue, IssuePath, Result, SourceLocation } from '../model/issue.js';
import type {
  CopyNumberFinding,
  Finding,
  FusionFinding,
  GeneRef,
  HrdFinding,
  IhcFinding,
  MsiFinding,
  SequenceVariantFinding,
  SpliceFinding,
  TmbFinding,
} from '../model/case.js';
import type { FindingInput } from '../model/case-input.js';
import type { ProteinChange } from '../model/protein-change.js';
import type { CdnaChange } from '../vocab/cdna.js';
import { cdnaRegion, formatCdnaChange, parseCdnaChange } from '../vocab/cdna.js';
import { resolveGene } from '../vocab/genes.js';
import { formatProteinChange, parseProteinChange } from '../vocab/hgvs.js';
import { adapterIssue, describeAt } from './issues.js';
import { consequenceEffect, decideEffect } from './normalize-consequence.js';

/** Where a finding sits and what the sample says, for normalizing it. */
export interface NormalizeContext {
  /** The finding's path in the input, e.g. `['findings', 3]`. */
  readonly path: IssuePath;
  /** Where in a file it came from (overrides the input's own `source`). */
  readonly source: SourceLocation | null;
  /** Tumor purity (0-1) for deriving copy number from fold change; null when unknown. */
  readonly purity: number | null;
}

type Input<K extends FindingInput['kind']> = Extract<FindingInput, { readonly kind: K }>;

/** Collects issues for one finding: errors reject it, the rest become its notes. */
class Collector {
  readonly issues: Issue[] = [];
  constructor(
    readonly path: IssuePath,
    readonly source: SourceLocation | null,
  ) {}
  at(field?: string): string {
    return describeAt(field === undefined ? this.path : [...this.path, field], this.source);
  }
  ctx(field?: string, input?: string): { path: IssuePath; location?: SourceLocation; input?: string } {
    return {
      path: field === undefined ? this.path : [...this.path, field],
      ...(this.source === null ? {} : { location: this.source }),
      ...(input === undefined ? {} : { input }),
    };
  }
  /** Adds issues raised elsewhere (vocabulary), giving them this finding's location. */
  addAll(issues: ReadonlyArray<Issue>): void {
    for (const i of issues) this.issues.push(this.source === null ? i : { ...i, location: this.source });
  }
  add(issue: Issue): void {
    this.issues.push(issue);
  }
  get failed(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
  get notes(): ReadonlyArray<Issue> {
    return this.issues.filter((i) => i.severity !== 'error');
  }
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

const gene = (c: Collector, symbol: string, field: string): { ref: GeneRef; input: string } | null => {
  if (symbol.trim() === '') {
    c.add(adapterIssue('missing_gene', { at: c.at(field) }, c.ctx(field, symbol)));
    return null;
  }
  // Issues need the field's path: resolved again with it only when the symbol does not resolve.
  const resolved = resolveGene(symbol);
  if (resolved._tag === 'Left') {
    const located = resolveGene(symbol, [...c.path, field]);
    c.addAll(located._tag === 'Left' ? located.left : []);
    return null;
  }
  const { gene: ref, matchedBy } = resolved.right;
  if (matchedBy !== 'approved' || ref.symbol !== symbol.trim()) {
    c.add(
      adapterIssue(
        'gene_symbol_updated',
        { at: c.at(field), gene: symbol.trim(), symbol: ref.symbol },
        c.ctx(field, symbol),
      ),
    );
  }
  return { ref, input: symbol.trim() };
};

/** A finite number in [min, max] (and whole when `count`), else an error issue. */
const checkNumber = (
  c: Collector,
  field: string,
  what: string,
  value: number | undefined,
  rule: {
    readonly min?: number;
    readonly max?: number;
    readonly count?: boolean;
    readonly positive?: boolean;
  },
): number | null => {
  if (value === undefined) return null;
  const ok =
    Number.isFinite(value) &&
    (rule.min === undefined || value >= rule.min) &&
    (rule.max === undefined || value <= rule.max) &&
    (rule.positive !== true || value > 0) &&
    (rule.count !== true || Number.isInteger(value));
  if (ok) return value;
  if (field === 'vaf')
    c.add(adapterIssue('vaf_out_of_range', { at: c.at(field), value }, c.ctx(field, String(value))));
  else if (field === 'depth')
    c.add(adapterIssue('invalid_depth', { at: c.at(field), value }, c.ctx(field, String(value))));
  else if (rule.count === true) {
    c.add(adapterIssue('invalid_count', { at: c.at(field), value, what }, c.ctx(field, String(value))));
  } else {
    const expected =
      rule.positive === true
        ? 'more than 0'
        : rule.max === undefined
          ? `${rule.min ?? 0} or more`
          : `from ${rule.min ?? 0} to ${rule.max}`;
    c.add(
      adapterIssue('invalid_value', { at: c.at(field), value, what, expected }, c.ctx(field, String(value))),
    );
  }
  return null;
};

/** A c. change alone (no protein part), as some files write in the protein column. */
const CDNA_ONLY = /^(?:[A-Za-z]{2}_?\d+(?:\.\d+)?(?:\([^)]*\))?:)?c\.[^()]*$/;
/** A c. change, alone or followed by its protein part (TSO500's synonymous cell). */
const HAS_CDNA = /(^|:)c\./;

/** The SO terms of a finding, split at `&`, `:` and `,` (VEP, snpEff), trimmed, each once, in order. */
const consequenceTerms = (written: ReadonlyArray<string> | undefined): string[] => {
  const terms: string[] = [];
  const seen = new Set<string>();
  const add = (term: string): void => {
    const t = term.trim();
    if (t !== '' && !seen.has(t)) {
      seen.add(t);
      terms.push(t);
    }
  };
  for (const text of written ?? []) {
    if (text.includes('&') || text.includes(':') || text.includes(',')) text.split(/[&:,]/).forEach(add);
    else add(text);
  }
  return terms;
};

const sequenceVariant = (
  input: Input<'sequence-variant'>,
  c: Collector,
  place: () => string,
): SequenceVariantFinding | null => {
  const g = gene(c, input.gene, 'gene');
  const proteinText = input.proteinChange?.trim() || null;
  let cdnaText = input.cdnaChange?.trim() || null;
  let protein: ProteinChange | null = null;
  let proteinFailed = false;
  if (proteinText !== null) {
    if (proteinText.includes('c.') && CDNA_ONLY.test(proteinText)) {
      // A c. change in the protein column (no protein part): read it as the cDNA change.
      c.add(
        adapterIssue(
          'cdna_in_protein_field',
          { at: c.at('proteinChange'), text: proteinText },
          c.ctx('proteinChange', proteinText),
        ),
      );
      cdnaText = cdnaText ?? proteinText;
    } else {
      // Issues need the field's path: read again with it only when the change does not read.
      const read = parseProteinChange(proteinText);
      const parsed = read._tag === 'Right' ? read : parseProteinChange(proteinText, c.ctx('proteinChange'));
      if (parsed._tag === 'Left') {
        c.addAll(parsed.left);
        proteinFailed = true;
      } else protein = parsed.right;
    }
  }
  // TSO500 writes synonymous changes as `NM_...:c.2997C>T(p.(Asn999=))` in the protein column.
  const cdnaSource = cdnaText ?? (proteinText !== null && HAS_CDNA.test(proteinText) ? proteinText : null);
  let cdna: CdnaChange | null = null;
  if (cdnaSource !== null) {
    const read = parseCdnaChange(cdnaSource);
    const parsed = read._tag === 'Right' ? read : parseCdnaChange(cdnaSource, c.ctx('cdnaChange'));
    if (parsed._tag === 'Right') cdna = parsed.right;
    else if (protein !== null || proteinFailed) {
      const reason = parsed.left.map((i) => i.message).join(' ');
      c.add(
        adapterIssue(
          'unread_cdna_change',
          { at: c.at('cdnaChange'), reason },
          c.ctx('cdnaChange', cdnaSource),
        ),
      );
    } else c.addAll(parsed.left);
  }
  const terms = consequenceTerms(input.consequences);
  for (const term of terms) {
    if (consequenceEffect(term) === null) {
      c.add(
        adapterIssue('unknown_consequence', { at: c.at('consequences'), term }, c.ctx('consequences', term)),
      );
    }
  }
  const exon = exonOf(c, input.exon);
  const vaf = checkNumber(c, 'vaf', 'Variant allele fraction', input.vaf, { min: 0, max: 1 });
  const depth = checkNumber(c, 'depth', 'Depth', input.depth, { min: 0, count: true });
  if (g === null || c.failed) return null;

  const region = cdna === null ? null : cdnaRegion(cdna);
  const decision = decideEffect(protein, region, terms);
  if (decision.conflict !== null) {
    c.add(
      adapterIssue(
        'consequence_conflict',
        { at: c.at('consequences'), ...decision.conflict },
        c.ctx('consequences'),
      ),
    );
  }
  const effect = decision.effect ?? {
    variantClass: 'unknown' as const,
    proteinAltering: false,
    truncating: false,
  };
  if (effect.variantClass === 'unknown' && !effect.proteinAltering) {
    const what = `${g.ref.symbol} ${proteinText ?? cdnaText ?? 'variant'}`;
    c.add(adapterIssue('variant_class_unknown', { at: c.at(), what }, c.ctx()));
  }
  const change =
    protein !== null && protein.kind !== 'unknown'
      ? formatProteinChange(protein)
      : cdna !== null && cdna.kind === 'variant'
        ? formatCdnaChange(cdna)
        : `?@${place()}`;
  return {
    kind: 'sequence-variant',
    key: `sv:${g.ref.symbol}:${change}`,
    inputId: input.id ?? null,
    source: c.source,
    notes: c.notes,
    gene: g.ref,
    inputGene: g.input,
    protein,
    proteinText,
    cdnaText: input.cdnaChange?.trim() || (cdna === null ? null : cdnaSource),
    transcript: input.transcript?.trim() || (cdna?.reference ?? null),
    consequences: terms,
    variantClass: effect.variantClass,
    proteinAltering: effect.proteinAltering,
    truncating: effect.truncating,
    exon,
    vaf,
    depth,
    origin: input.origin ?? 'unknown',
  };
};

const EXON = /^(\d+)(?:\s*\/\s*(\d+))?$/;

/** The digits of `n` or `n/total` as written (no spaces), read without the regex; null for anything else. */
const plainExon = (t: string): readonly [string, string | undefined] | null => {
  const slash = t.indexOf('/');
  const digits = (from: number, to: number): boolean => {
    if (to <= from) return false;
    for (let i = from; i < to; i += 1) {
      const ch = t.charCodeAt(i);
      if (ch < 48 || ch > 57) return false;
    }
    return true;
  };
  if (slash < 0) return digits(0, t.length) ? [t, undefined] : null;
  return digits(0, slash) && digits(slash + 1, t.length) ? [t.slice(0, slash), t.slice(slash + 1)] : null;
};

const exonOf = (c: Collector, text: string | undefined): SequenceVariantFinding['exon'] => {
  const t = text?.trim() ?? '';
  if (t === '') return null;
  const m = plainExon(t) ?? EXON.exec(t)?.slice(1) ?? null;
  const number = m?.[0] === undefined ? NaN : Number(m[0]);
  const total = m?.[1] === undefined ? null : Number(m[1]);
  if (m === null || number < 1 || (total !== null && (total < 1 || number > total))) {
    c.add(adapterIssue('invalid_exon', { at: c.at('exon'), text: t }, c.ctx('exon', t)));
    return null;
  }
  return { number, total };
};

const GAIN = new Set(['amplification', 'gain']);
const LOSS = new Set(['loss', 'deletion', 'homozygous-deletion']);

const copyNumber = (
  input: Input<'copy-number'>,
  c: Collector,
  purity: number | null,
): CopyNumberFinding | null => {
  const g = gene(c, input.gene, 'gene');
  const fc = checkNumber(c, 'foldChange', 'Fold change', input.foldChange, { min: 0 });
  const cnGiven = checkNumber(c, 'copyNumber', 'Copy number', input.copyNumber, { min: 0 });
  if (g === null || c.failed) return null;
  const symbol = g.ref.symbol;
  let call = input.call ?? null;
  if (call === null) {
    const from = cnGiven !== null ? `copy number ${cnGiven}` : fc !== null ? `fold change ${fc}` : null;
    if (from === null) {
      c.add(adapterIssue('copy_number_without_values', { at: c.at(), gene: symbol }, c.ctx()));
      return null;
    }
    const v = cnGiven !== null ? cnGiven / 2 : (fc ?? 1);
    call = cnGiven === 0 ? 'homozygous-deletion' : v > 1 ? 'gain' : v < 1 ? 'loss' : 'neutral';
    c.add(
      adapterIssue('copy_number_call_derived', { at: c.at('call'), gene: symbol, call, from }, c.ctx('call')),
    );
  }
  const gain = GAIN.has(call);
  const loss = LOSS.has(call);
  if (fc !== null && ((gain && fc < 1) || (loss && fc > 1))) {
    c.add(
      adapterIssue(
        'fold_change_contradicts_call',
        { at: c.at('foldChange'), gene: symbol, call, foldChange: fc },
        c.ctx('foldChange', String(fc)),
      ),
    );
  } else if (fc === 1 && (gain || loss)) {
    c.add(
      adapterIssue(
        'neutral_fold_change',
        { at: c.at('foldChange'), gene: symbol, call },
        c.ctx('foldChange', '1'),
      ),
    );
  }
  if (cnGiven !== null && ((gain && cnGiven < 2) || (loss && cnGiven > 2))) {
    c.add(
      adapterIssue(
        'copy_number_contradicts_call',
        { at: c.at('copyNumber'), gene: symbol, call, copyNumber: cnGiven },
        c.ctx('copyNumber', String(cnGiven)),
      ),
    );
  }
  if (c.failed) return null;
  let cn = cnGiven;
  let derived = false;
  if (cn === null && fc !== null) {
    derived = true;
    if (purity !== null && purity > 0 && purity <= 1) {
      const raw = (2 * fc - 2 * (1 - purity)) / purity;
      if (raw < 0) {
        c.add(
          adapterIssue(
            'copy_number_below_purity_floor',
            { at: c.at('foldChange'), gene: symbol, foldChange: fc, purity },
            c.ctx('foldChange'),
          ),
        );
      }
      cn = round2(Math.max(0, raw));
      c.add(
        adapterIssue(
          'copy_number_derived',
          { at: c.at('copyNumber'), gene: symbol, foldChange: fc, purity, copyNumber: cn },
          c.ctx('copyNumber'),
        ),
      );
    } else {
      cn = round2(2 * fc);
      c.add(
        adapterIssue(
          'copy_number_purity_unknown',
          { at: c.at('copyNumber'), gene: symbol, foldChange: fc, copyNumber: cn },
          c.ctx('copyNumber'),
        ),
      );
    }
  }
  return {
    kind: 'copy-number',
    key: `cn:${symbol}:${call}`,
    inputId: input.id ?? null,
    source: c.source,
    notes: c.notes,
    gene: g.ref,
    inputGene: g.input,
    call,
    foldChange: fc,
    copyNumber: cn,
    copyNumberDerived: derived,
  };
};

const fusion = (input: Input<'fusion'>, c: Collector): FusionFinding | null => {
  const g5 = gene(c, input.gene5, 'gene5');
  const g3 = gene(c, input.gene3, 'gene3');
  const reads = checkNumber(c, 'supportingReads', 'Supporting reads', input.supportingReads, {
    min: 0,
    count: true,
  });
  if (g5 === null || g3 === null || c.failed) return null;
  const orientationKnown = input.orientationKnown ?? true;
  const b5 = input.breakpoint5?.trim() || null;
  const b3 = input.breakpoint3?.trim() || null;
  // Unknown orientation: partners (with their breakpoints) in symbol order, then breakpoint order.
  const swap =
    !orientationKnown &&
    (g3.ref.symbol < g5.ref.symbol || (g3.ref.symbol === g5.ref.symbol && (b3 ?? '') < (b5 ?? '')));
  const [first, second] = swap ? [g3.ref, g5.ref] : [g5.ref, g3.ref];
  return {
    kind: 'fusion',
    key: orientationKnown
      ? `fusion:${first.symbol}::${second.symbol}`
      : `fusion:{${first.symbol},${second.symbol}}`,
    inputId: input.id ?? null,
    source: c.source,
    notes: c.notes,
    gene5: first,
    gene3: second,
    orientationKnown,
    breakpoint5: swap ? b3 : b5,
    breakpoint3: swap ? b5 : b3,
    supportingReads: reads,
  };
};

/**
 * Reads skipped exons: `14`, `2-7`, `14/21`, `2-7/28` (the total after `/` is checked, then dropped).
 *
 * @example
 * import { parseSkippedExons } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.deepStrictEqual(parseSkippedExons('2-7/28'), { from: 2, to: 7 });
 * assert.deepStrictEqual(parseSkippedExons('14'), { from: 14, to: 14 });
 * assert.strictEqual(parseSkippedExons('7-2'), null);
 */
export const parseSkippedExons = (text: string): { readonly from: number; readonly to: number } | null => {
  const m = /^(\d+)(?:\s*-\s*(\d+))?(?:\s*\/\s*(\d+))?$/.exec(text.trim());
  if (m === null) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  const total = m[3] === undefined ? null : Number(m[3]);
  if (from < 1 || to < from || (total !== null && to > total)) return null;
  return { from, to };
};

const splice = (input: Input<'splice'>, c: Collector): SpliceFinding | null => {
  const g = gene(c, input.gene, 'gene');
  const reads = checkNumber(c, 'supportingReads', 'Supporting reads', input.supportingReads, {
    min: 0,
    count: true,
  });
  const text = input.skippedExons?.trim() || null;
  const skipped = text === null ? null : parseSkippedExons(text);
  if (text !== null && skipped === null) {
    c.add(
      adapterIssue('invalid_skipped_exons', { at: c.at('skippedExons'), text }, c.ctx('skippedExons', text)),
    );
  }
  const label = input.label?.trim() || null;
  if (g === null || c.failed) return null;
  if (skipped === null && label === null) {
    c.add(adapterIssue('splice_without_exons', { at: c.at(), gene: g.ref.symbol }, c.ctx()));
    return null;
  }
  const exons =
    skipped === null
      ? null
      : skipped.from === skipped.to
        ? `${skipped.from}`
        : `${skipped.from}-${skipped.to}`;
  return {
    kind: 'splice',
    key: `splice:${g.ref.symbol}:${exons ?? label ?? ''}`,
    inputId: input.id ?? null,
    source: c.source,
    notes: c.notes,
    gene: g.ref,
    skippedExons: skipped,
    label,
    supportingReads: reads,
  };
};

const tmb = (input: Input<'tmb'>, c: Collector): TmbFinding | null => {
  const value = checkNumber(c, 'value', 'TMB', input.value, { min: 0 });
  const eligible = checkNumber(c, 'eligibleVariants', 'Eligible variants', input.eligibleVariants, {
    min: 0,
    count: true,
  });
  const size = checkNumber(c, 'regionSizeMb', 'Region size (Mb)', input.regionSizeMb, { positive: true });
  if (value === null || c.failed) return null;
  return {
    kind: 'tmb',
    key: 'tmb',
    inputId: input.id ?? null,
    source: c.source,
    notes: c.notes,
    value,
    eligibleVariants: eligible,
    regionSizeMb: size,
  };
};

const msi = (input: Input<'msi'>, c: Collector): MsiFinding | null => {
  let percent = checkNumber(c, 'percentUnstable', 'Percent unstable MSI sites', input.percentUnstable, {
    min: 0,
    max: 100,
  });
  const usable = checkNumber(c, 'usableSites', 'Usable MSI sites', input.usableSites, {
    min: 0,
    count: true,
  });
  const unstable = checkNumber(c, 'unstableSites', 'Unstable MSI sites', input.unstableSites, {
    min: 0,
    count: true,
  });
  if (usable !== null && unstable !== null && unstable > usable) {
    c.add(
      adapterIssue(
        'msi_sites_inconsistent',
        { at: c.at('unstableSites'), unstable, usable },
        c.ctx('unstableSites'),
      ),
    );
  }
  if (c.failed) return null;
  if (percent === null && usable !== null && unstable !== null && usable > 0) {
    percent = round2((100 * unstable) / usable);
    c.add(
      adapterIssue(
        'msi_percent_computed',
        { at: c.at('percentUnstable'), percent },
        c.ctx('percentUnstable'),
      ),
    );
  }
  const status = input.status ?? null;
  if (percent === null && status === null) {
    c.add(adapterIssue('msi_without_values', { at: c.at() }, c.ctx()));
    return null;
  }
  return {
    kind: 'msi',
    key: 'msi',
    inputId: input.id ?? null,
    source: c.source,
    notes: c.notes,
    percentUnstable: percent,
    usableSites: usable,
    status,
  };
};

const hrd = (input: Input<'hrd'>, c: Collector): HrdFinding | null => {
  const score = checkNumber(c, 'score', 'HRD score', input.score, { min: 0 });
  if (score === null || c.failed) return null;
  return { kind: 'hrd', key: 'hrd', inputId: input.id ?? null, source: c.source, notes: c.notes, score };
};

const ihc = (input: Input<'ihc'>, c: Collector): IhcFinding | null => {
  const marker = input.marker.trim();
  const score = input.score.trim();
  if (marker === '')
    c.add(adapterIssue('empty_field', { at: c.at('marker'), what: 'IHC marker' }, c.ctx('marker')));
  if (score === '')
    c.add(adapterIssue('empty_field', { at: c.at('score'), what: 'IHC score' }, c.ctx('score')));
  if (c.failed) return null;
  return {
    kind: 'ihc',
    key: `ihc:${marker.toUpperCase()}`,
    inputId: input.id ?? null,
    source: c.source,
    notes: c.notes,
    marker,
    score,
  };
};

/** A source as the input wrote it, without undefined fields. */
const sourceOf = (s: NonNullable<FindingInput['source']>): SourceLocation => ({
  ...(s.file === undefined ? {} : { file: s.file }),
  ...(s.line === undefined ? {} : { line: s.line }),
  ...(s.column === undefined ? {} : { column: s.column }),
});

/** The fallback key part for a finding whose content gives no change: where it came from. */
const placeOf = (c: Collector, input: FindingInput): string => {
  if (c.source?.line !== undefined) return `${c.source.file ?? ''}:${c.source.line}`;
  if (input.id !== undefined) return `#${input.id}`;
  return describeAt(c.path, null);
};

/**
 * Normalizes one input finding: genes through HGNC, protein and cDNA changes parsed, variant class and
 * truncation decided, copy number derived from fold change and purity, a canonical `key`. Errors reject
 * the finding (the `Left`); warnings and notices ride along in `notes`.
 *
 * @example
 * import { normalizeFinding } from 'mtb-match';
 * import assert from 'node:assert';
 * const ctx = { path: ['findings', 0], source: null, purity: null };
 * const a = normalizeFinding({ kind: 'sequence-variant', gene: 'HER2', proteinChange: 'p.Ser310Phe' }, ctx);
 * const b = normalizeFinding({ kind: 'sequence-variant', gene: 'ERBB2', proteinChange: 'p.S310F' }, ctx);
 * assert.ok(a._tag === 'Right' && b._tag === 'Right');
 * assert.strictEqual(a.right.key, 'sv:ERBB2:p.S310F');
 * assert.strictEqual(b.right.key, a.right.key);
 * const cn = normalizeFinding({ kind: 'copy-number', gene: 'ERBB2', call: 'amplification', foldChange: 3 }, { ...ctx, purity: 0.5 });
 * assert.ok(cn._tag === 'Right' && cn.right.kind === 'copy-number');
 * assert.strictEqual(cn.right.copyNumber, 10); // (2 x 3 - 2 x 0.5) / 0.5
 */
export const normalizeFinding = (input: FindingInput, context: NormalizeContext): Result<Finding> => {
  const source = context.source ?? (input.source === undefined ? null : sourceOf(input.source));
  const c = new Collector(context.path, source);
  const finding: Finding | null = (() => {
    switch (input.kind) {
      case 'sequence-variant':
        return sequenceVariant(input, c, () => placeOf(c, input));
      case 'copy-number':
        return copyNumber(input, c, context.purity);
      case 'fusion':
        return fusion(input, c);
      case 'splice':
        return splice(input, c);
      case 'tmb':
        return tmb(input, c);
      case 'msi':
        return msi(input, c);
      case 'hrd':
        return hrd(input, c);
      case 'ihc':
        return ihc(input, c);
    }
  })();
  if (finding === null || c.failed) {
    const [first, ...rest] = c.issues;
    return left(
      first === undefined
        ? [adapterIssue('empty_field', { at: c.at(), what: 'finding' }, c.ctx())]
        : [first, ...rest],
    );
  }
  return right(finding);
};
