/**
 * One VCF record to draft rows: a small variant (SNV/MNV/indel) or a copy-number segment, split per ALT
 * allele. Every ALT becomes exactly one finding input or one rejected row; a record without ALT (`.`) is one
 * row too (a neutral copy-number segment, or a rejected reference call in a small-variant file).
 */
import type { Variant } from '@gmod/vcf';
import type { RejectedFinding } from '../model/case.js';
import type { FindingInput } from '../model/case-input.js';
import type { DraftFinding } from '../model/draft.js';
import type { Issue, SourceLocation } from '../model/issue.js';
import { tabularIssue } from './issues-tabular.js';
import { chooseAnnotation, type AnnotationLayout, type ChosenAnnotation } from './vcf-annotation.js';

/**
 * What a record became: findings, rejected rows and notices, in ALT order.
 *
 * @internal
 */
export interface RecordRows {
  readonly findings: ReadonlyArray<DraftFinding>;
  readonly rejected: ReadonlyArray<RejectedFinding>;
  readonly notices: ReadonlyArray<Issue>;
}

/**
 * What the record readers need to know about the file.
 *
 * @internal
 */
export interface RecordContext {
  readonly location: SourceLocation;
  /** The chosen sample's column name, or null for a sites-only VCF. */
  readonly sample: string | null;
  readonly layout: AnnotationLayout | null;
  /** The header's Description of a FILTER id, if declared. */
  readonly filterDescription: (id: string) => string | undefined;
  readonly amplificationFoldChange: number | null;
}

type Values = ReadonlyArray<string | number | undefined> | undefined;

const numberAt = (values: Values, index: number): number | undefined => {
  const v = values?.[index];
  if (v === undefined || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : undefined;
};

const infoValues = (variant: Variant, key: string): Values => {
  const v = variant.INFO[key];
  return v === undefined || v === true ? undefined : v;
};

const infoText = (variant: Variant, ...keys: ReadonlyArray<string>): string | undefined => {
  for (const key of keys) {
    const v = infoValues(variant, key)?.[0];
    if (v !== undefined && String(v).trim() !== '') return String(v).trim();
  }
  return undefined;
};

/** The FORMAT values of the chosen sample. */
const sampleValues = (variant: Variant, sample: string | null): Readonly<Record<string, Values>> =>
  sample === null || variant.FORMAT === undefined ? {} : (variant.SAMPLES()[sample] ?? {});

/** The filters a record failed, or an empty list when it passed (`PASS`) or was not filtered (`.`). */
const failedFilters = (variant: Variant): ReadonlyArray<string> =>
  variant.FILTER === undefined || variant.FILTER === 'PASS'
    ? []
    : (Array.isArray(variant.FILTER) ? variant.FILTER : [variant.FILTER]).filter(
        (f) => f !== 'PASS' && f !== '',
      );

const filterIssue = (variant: Variant, ctx: RecordContext): Issue | null => {
  const failed = failedFilters(variant);
  if (failed.length === 0) return null;
  const filters = failed.map((id) => {
    const description = ctx.filterDescription(id);
    return description === undefined || description === '' ? { id } : { id, description };
  });
  return tabularIssue('vcf_filtered', { filters }, { location: ctx.location });
};

const where = (variant: Variant, alt: string): string =>
  `${variant.CHROM ?? '?'}:${variant.POS} ${variant.REF ?? '?'}>${alt}`;

const rejectedRow = (summary: string, ctx: RecordContext, issues: ReadonlyArray<Issue>): RejectedFinding => ({
  summary,
  source: ctx.location,
  issues,
});

// ---- small variants -------------------------------------------------------------------------------------

interface AlleleMeasures {
  readonly vaf?: number;
  readonly depth?: number;
  readonly notices: ReadonlyArray<Issue>;
}

/**
 * Allele fraction and depth of ALT `i` for the chosen sample. VAF: FORMAT `AF` (DRAGEN, Number=A), else
 * FORMAT `VF` (Pisces, TSO500 Local App), else `AD` alt / sum of `AD`. Depth: FORMAT `DP`, else INFO `DP`,
 * else the sum of `AD`.
 */
const measures = (
  variant: Variant,
  s: Readonly<Record<string, Values>>,
  ctx: RecordContext,
  i: number,
  alts: number,
  what: string,
): AlleleMeasures => {
  const ad = s['AD'];
  const adNumbers = ad?.length === alts + 1 ? ad.map((_, k) => numberAt(ad, k)) : undefined;
  const adSum =
    adNumbers !== undefined && adNumbers.every((n) => n !== undefined)
      ? adNumbers.reduce<number>((sum, n) => sum + (n ?? 0), 0)
      : undefined;
  const altDepth = adNumbers?.[i + 1];
  const vf = s['VF'];
  const candidates: ReadonlyArray<readonly [string, number | undefined]> = [
    ['FORMAT AF', s['AF']?.length === alts ? numberAt(s['AF'], i) : undefined],
    ['FORMAT VF', vf?.length === alts ? numberAt(vf, i) : undefined],
    ['FORMAT AD', adSum !== undefined && adSum > 0 && altDepth !== undefined ? altDepth / adSum : undefined],
  ];
  const found = candidates.find(([, v]) => v !== undefined);
  const notices: Issue[] = [];
  let vaf: number | undefined;
  if (found !== undefined && found[1] !== undefined) {
    if (found[1] >= 0 && found[1] <= 1) vaf = found[1];
    else {
      notices.push(
        tabularIssue(
          'vcf_allele_fraction_out_of_range',
          { what, value: found[1], field: found[0] },
          { location: ctx.location },
        ),
      );
    }
  }
  const depthCandidates = [numberAt(s['DP'], 0), numberAt(infoValues(variant, 'DP'), 0), adSum];
  const depth = depthCandidates.find((d) => d !== undefined && Number.isInteger(d) && d >= 0);
  return {
    ...(vaf === undefined ? {} : { vaf }),
    ...(depth === undefined ? {} : { depth }),
    notices,
  };
};

const noGene = (ctx: RecordContext, what: string, detail: string): Issue =>
  tabularIssue('vcf_no_gene_annotation', { what, detail }, { location: ctx.location });

/**
 * A small-variant record to rows, one per ALT allele.
 *
 * @internal
 */
export const smallVariantRows = (variant: Variant, ctx: RecordContext): RecordRows => {
  const alts = variant.ALT ?? [];
  const filtered = filterIssue(variant, ctx);
  if (alts.length === 0) {
    const what = where(variant, '.');
    const issues = [tabularIssue('vcf_reference_call', { what }, { location: ctx.location })];
    return {
      findings: [],
      rejected: [rejectedRow(what, ctx, filtered === null ? issues : [filtered, ...issues])],
      notices: [],
    };
  }
  const ref = variant.REF ?? '';
  const entries = ctx.layout === null ? undefined : infoValues(variant, ctx.layout.key);
  const findings: DraftFinding[] = [];
  const rejected: RejectedFinding[] = [];
  const notices: Issue[] = [];
  // Parsed once per record, and only when an allele becomes a finding (SAMPLES() re-parses on every call).
  let samples: Readonly<Record<string, Values>> | undefined;
  alts.forEach((alt, i) => {
    const what = where(variant, alt);
    const issues: Issue[] = filtered === null ? [] : [filtered];
    if (
      alt === '*' ||
      alt.startsWith('<') ||
      alt.includes('[') ||
      alt.includes(']') ||
      !/^[ACGTNacgtn]+$/.test(alt)
    ) {
      issues.push(
        tabularIssue(
          'vcf_unsupported_allele',
          { allele: alt, kind: 'small-variant' },
          { location: ctx.location },
        ),
      );
      rejected.push(rejectedRow(what, ctx, issues));
      return;
    }
    let annotation: ChosenAnnotation | undefined;
    if (ctx.layout === null) {
      issues.push(noGene(ctx, what, 'the file has no VEP CSQ or SnpEff ANN annotation'));
    } else if (entries === undefined || entries.length === 0) {
      issues.push(noGene(ctx, what, `no INFO ${ctx.layout.key} entry`));
    } else {
      const chosen = chooseAnnotation(
        ctx.layout,
        entries.map((e) => (e === undefined ? '' : String(e))),
        ref,
        alts,
        i,
      );
      if (chosen === 'no-entries') {
        issues.push(noGene(ctx, what, `no ${ctx.layout.key} entry for allele ${alt}`));
      } else if (chosen === 'no-gene') {
        issues.push(noGene(ctx, what, `its ${ctx.layout.key} entries name no gene, e.g. intergenic`));
      } else {
        annotation = chosen;
      }
    }
    const change = annotation?.proteinChange ?? annotation?.cdnaChange;
    const label =
      annotation === undefined
        ? what
        : `${[annotation.gene, change].filter((x) => x !== undefined).join(' ')} (${what})`;
    if (annotation === undefined || issues.length > 0) {
      rejected.push(rejectedRow(label, ctx, issues));
      return;
    }
    samples ??= sampleValues(variant, ctx.sample);
    const m = measures(variant, samples, ctx, i, alts.length, what);
    notices.push(...m.notices);
    const somatic = variant.INFO['SOMATIC'] === true;
    const input: FindingInput = {
      kind: 'sequence-variant',
      gene: annotation.gene,
      ...(annotation.proteinChange === undefined ? {} : { proteinChange: annotation.proteinChange }),
      ...(annotation.cdnaChange === undefined ? {} : { cdnaChange: annotation.cdnaChange }),
      ...(annotation.transcript === undefined ? {} : { transcript: annotation.transcript }),
      consequences: annotation.consequences,
      ...(annotation.exon === undefined ? {} : { exon: annotation.exon }),
      ...(m.vaf === undefined ? {} : { vaf: m.vaf }),
      ...(m.depth === undefined ? {} : { depth: m.depth }),
      ...(somatic ? { origin: 'somatic' as const } : {}),
    };
    findings.push({ input, source: ctx.location });
  });
  return { findings, rejected, notices };
};

// ---- copy number ----------------------------------------------------------------------------------------

/** INFO keys that name the gene of a copy-number segment: DRAGEN `SEGID`, TSO500 Local App (CRAFT) `ANT`. */
const CNV_GENE_KEYS: ReadonlyArray<string> = ['SEGID', 'ANT', 'GENE'];
/** FORMAT keys holding the linear fold change: Local App `FC`, DRAGEN `SM` (linear copy ratio of the segment). */
const FOLD_CHANGE_KEYS: ReadonlyArray<string> = ['FC', 'SM'];

type CnvCall = 'amplification' | 'gain' | 'neutral' | 'loss';

/**
 * The call of one ALT: `<DEL>` is a loss; `<DUP>` a gain, or an amplification when the fold change reaches
 * `amplificationFoldChange`; `.` (DRAGEN's copy-neutral segments) is neutral; `<CNV>` follows the fold change
 * (above 1 like `<DUP>`, below 1 a loss, 1 neutral). Anything else is not understood.
 */
const cnvCall = (
  alt: string | null,
  fc: number | undefined,
  threshold: number | null,
): CnvCall | 'unknown' => {
  const up = (): CnvCall =>
    fc !== undefined && threshold !== null && fc >= threshold ? 'amplification' : 'gain';
  if (alt === null) return 'neutral';
  const symbol = alt.toUpperCase();
  if (symbol === '<DEL>' || symbol.startsWith('<DEL:')) return 'loss';
  if (symbol === '<DUP>' || symbol.startsWith('<DUP:')) return up();
  if (symbol === '<CNV>' && fc !== undefined) return fc > 1 ? up() : fc < 1 ? 'loss' : 'neutral';
  return 'unknown';
};

/**
 * A copy-number record to rows, one per ALT (one for a copy-neutral record).
 *
 * @internal
 */
export const copyNumberRows = (variant: Variant, ctx: RecordContext): RecordRows => {
  const alts: ReadonlyArray<string | null> = variant.ALT === undefined ? [null] : variant.ALT;
  const gene = infoText(variant, ...CNV_GENE_KEYS);
  const s = sampleValues(variant, ctx.sample);
  const fcKey = FOLD_CHANGE_KEYS.find((k) => numberAt(s[k], 0) !== undefined);
  const fc = fcKey === undefined ? undefined : numberAt(s[fcKey], 0);
  const filtered = filterIssue(variant, ctx);
  const findings: DraftFinding[] = [];
  const rejected: RejectedFinding[] = [];
  const end = infoValues(variant, 'END')?.[0];
  const span = `${variant.CHROM ?? '?'}:${variant.POS}${end === undefined ? '' : `-${end}`}`;
  for (const alt of alts) {
    const what = `${span} ${alt ?? '.'}`;
    const call = cnvCall(alt, fc, ctx.amplificationFoldChange);
    const label = `${gene ?? '?'} ${call === 'unknown' ? (alt ?? '.') : call}${fc === undefined ? '' : ` FC ${fc}`} (${what})`;
    const issues: Issue[] = filtered === null ? [] : [filtered];
    if (gene === undefined) {
      issues.push(noGene(ctx, what, `no INFO ${CNV_GENE_KEYS.join(' or ')}`));
    }
    if (call === 'unknown') {
      issues.push(
        alt?.toUpperCase() === '<CNV>'
          ? tabularIssue('vcf_no_fold_change', { what, keys: FOLD_CHANGE_KEYS }, { location: ctx.location })
          : tabularIssue(
              'vcf_unsupported_allele',
              { allele: alt ?? '.', kind: 'copy-number' },
              { location: ctx.location },
            ),
      );
    }
    if (fc !== undefined && fc < 0) {
      issues.push(
        tabularIssue('vcf_no_fold_change', { what, keys: FOLD_CHANGE_KEYS }, { location: ctx.location }),
      );
    }
    if (issues.length > 0 || gene === undefined || call === 'unknown') {
      rejected.push(rejectedRow(label, ctx, issues));
      continue;
    }
    const input: FindingInput = {
      kind: 'copy-number',
      gene,
      call,
      ...(fc === undefined ? {} : { foldChange: fc }),
    };
    findings.push({ input, source: ctx.location });
  }
  return { findings, rejected, notices: [] };
};
