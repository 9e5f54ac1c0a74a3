/**
 * A minimal reading of HGVS coding DNA changes (`c.`): enough to tell exonic coding changes from intronic,
 * canonical splice site, splice region and UTR changes, which is what a protein-level matcher needs when
 * the protein column is empty (TSO500 leaves P-Dot empty for intronic and UTR rows).
 *
 * ```text
 * cdna      = [reference ":"] "c." ( "?" | "(?)" | location edit ) [protein]
 * location  = position ["_" position]                          c.1670_1684
 * position  = ( digits | "-" digits | "*" digits ) [("+" | "-") digits]   c.2997, c.-45, c.*120, c.7165-1, c.-45+3
 * edit      = bases ">" bases | "delins" bases | "del" [bases] ["ins" bases] | "dup" [bases]
 *           | "ins" (bases | digits | "(" digits ")") | "inv" | "="
 * protein   = [" "] "(" "p." ... ")"                           ignored: NM_004958.3:c.2997C>T(p.(Asn999=))
 * ```
 *
 * Region decisions (`cdnaRegion`):
 * - `splice-site`: the change touches intron positions +1, +2, -1 or -2 (`c.7165-1G>T`, `c.3082+1_3082+5del`,
 *   `c.1713_1729+5del`), VEP's splice_donor / splice_acceptor_variant.
 * - `splice-region`: otherwise an end lies 3 to 8 bases into the intron (`c.2284+5G>A`, `c.37+8_38-30del`), as
 *   VEP's splice_region_variant counts the intron side. The exon side (last 3 exonic bases) needs exon
 *   coordinates the notation does not carry, so such changes read as `coding`.
 * - `intronic`: any other position with an intron offset (`c.1899-15C>T`).
 * - `utr5` / `utr3`: both ends before `c.1` (`c.-45G>A`) / after the stop (`c.*120A>G`).
 * - `coding`: the rest, including a range from the 5' UTR into the coding sequence.
 * - `unknown`: `c.?`.
 */
import { left, right } from 'fp-ts/Either';
import type { Result } from '../model/issue.js';
import type { Production, Step } from './hgvs-grammar.js';
import { fail, keyword, referencePrefix, succeed, unsignedNumber } from './hgvs-grammar.js';
import type { ParseContext } from './hgvs.js';
import { hgvsIssue } from './hgvs-issues.js';

/** Which stretch of the transcript a c. position counts in. */
export type CdnaSegment = 'utr5' | 'coding' | 'utr3';

/**
 * A c. position: `c.123` (coding, 123), `c.-45` (utr5, -45), `c.*120` (utr3, 120), plus an intron offset
 * `c.7165-1` (offset -1), `c.3082+5` (offset 5); the offset is 0 for an exonic position.
 */
export interface CdnaPosition {
  readonly segment: CdnaSegment;
  /** As written: negative in the 5' UTR, counted from the stop codon in the 3' UTR. */
  readonly position: number;
  readonly offset: number;
}

/** The edit of a c. change. Bases are upper case `A C G T N`. */
export type CdnaEdit =
  | { readonly type: 'substitution'; readonly ref: string; readonly alt: string }
  | { readonly type: 'deletion'; readonly deleted: string | null }
  | { readonly type: 'duplication'; readonly duplicated: string | null }
  | { readonly type: 'insertion'; readonly inserted: string | number }
  | { readonly type: 'delins'; readonly deleted: string | null; readonly inserted: string }
  | { readonly type: 'inversion' }
  | { readonly type: 'identity' };

/** A located cDNA change: `start` = `end` for one position. */
export interface CdnaVariant {
  readonly kind: 'variant';
  /** The reference sequence prefix as written, without the colon: `NM_004958.3`. */
  readonly reference: string | null;
  readonly start: CdnaPosition;
  readonly end: CdnaPosition;
  readonly edit: CdnaEdit;
}

/** `c.?`: a change whose position is unknown. */
export interface UnknownCdnaChange {
  readonly kind: 'unknown';
  readonly reference: string | null;
}

/** A parsed cDNA change. */
export type CdnaChange = CdnaVariant | UnknownCdnaChange;

/** Where in the transcript a cDNA change lies; see the module comment for the rules. */
export type CdnaRegion =
  'coding' | 'intronic' | 'splice-site' | 'splice-region' | 'utr5' | 'utr3' | 'unknown';

const isBase = (c: string | undefined): boolean => c !== undefined && 'ACGTNacgtn'.includes(c);

/** One or more bases, upper-cased: `C`, `AGT`. */
const bases: Production<string> = (text, at) => {
  let end = at;
  while (isBase(text[end])) end += 1;
  return end === at ? fail(at, 'bases (A, C, G, T, N)') : succeed(text.slice(at, end).toUpperCase(), end);
};

const optionalBases: Production<string | null> = (text, at) => {
  const b = bases(text, at);
  return b.ok ? b : succeed(null, at);
};

/** `123`, `-45`, `*120`, each with an optional intron offset `+5` / `-1`. */
const position: Production<CdnaPosition> = (text, at) => {
  const segment: CdnaSegment = text[at] === '-' ? 'utr5' : text[at] === '*' ? 'utr3' : 'coding';
  const from = segment === 'coding' ? at : at + 1;
  const base = unsignedNumber(text, from);
  if (!base.ok) return fail(from, 'a position (digits, "-digits" or "*digits")');
  const signed = segment === 'utr5' ? -base.value : base.value;
  const sign = text[base.next];
  if (sign !== '+' && sign !== '-') return succeed({ segment, position: signed, offset: 0 }, base.next);
  const offset = unsignedNumber(text, base.next + 1);
  if (!offset.ok) return fail(base.next + 1, `the intron offset after "${sign}"`);
  return succeed(
    { segment, position: signed, offset: sign === '+' ? offset.value : -offset.value },
    offset.next,
  );
};

const edit: Production<CdnaEdit> = (text, at) => {
  if (keyword(text, at, 'delins')) {
    const inserted = bases(text, at + 6);
    return inserted.ok
      ? succeed({ type: 'delins', deleted: null, inserted: inserted.value }, inserted.next)
      : inserted;
  }
  if (keyword(text, at, 'del')) {
    const deleted = optionalBases(text, at + 3);
    if (!deleted.ok) return deleted;
    if (!keyword(text, deleted.next, 'ins'))
      return succeed({ type: 'deletion', deleted: deleted.value }, deleted.next);
    const inserted = bases(text, deleted.next + 3);
    return inserted.ok
      ? succeed({ type: 'delins', deleted: deleted.value, inserted: inserted.value }, inserted.next)
      : inserted;
  }
  if (keyword(text, at, 'dup')) {
    const duplicated = optionalBases(text, at + 3);
    return duplicated.ok
      ? succeed({ type: 'duplication', duplicated: duplicated.value }, duplicated.next)
      : duplicated;
  }
  if (keyword(text, at, 'ins')) {
    const from = at + 3;
    if (text[from] === '(') {
      const n = unsignedNumber(text, from + 1);
      if (!n.ok) return n;
      return text[n.next] === ')'
        ? succeed({ type: 'insertion', inserted: n.value }, n.next + 1)
        : fail(n.next, '")"');
    }
    const n = unsignedNumber(text, from);
    if (n.ok) return succeed({ type: 'insertion', inserted: n.value }, n.next);
    const inserted = bases(text, from);
    return inserted.ok ? succeed({ type: 'insertion', inserted: inserted.value }, inserted.next) : inserted;
  }
  if (keyword(text, at, 'inv')) return succeed({ type: 'inversion' }, at + 3);
  if (text[at] === '=') return succeed({ type: 'identity' }, at + 1);
  const ref = bases(text, at);
  if (!ref.ok) return fail(at, 'an edit: "A>G", "del", "dup", "ins", "delins", "inv" or "="');
  if (text[ref.next] !== '>') return fail(ref.next, '">" after the reference base');
  const alt = bases(text, ref.next + 1);
  return alt.ok ? succeed({ type: 'substitution', ref: ref.value, alt: alt.value }, alt.next) : alt;
};

/** A protein consequence after the change, `(p.(Asn999=))` or ` (p.Val600Glu)`: skipped to the end. */
const proteinTail = (text: string, at: number): Step<null> => {
  let from = at;
  while (text[from] === ' ') from += 1;
  return keyword(text, from, '(p.') && text.endsWith(')')
    ? succeed(null, text.length)
    : fail(at, 'the end of the change (or a protein consequence "(p. ...)")');
};

type CdnaSyntax =
  | { readonly kind: 'unknown' }
  | {
      readonly kind: 'variant';
      readonly start: CdnaPosition;
      readonly end: CdnaPosition;
      readonly edit: CdnaEdit;
    };

const located: Production<CdnaSyntax> = (text, at) => {
  if (keyword(text, at, '(?)')) return succeed({ kind: 'unknown' }, at + 3);
  if (text[at] === '?') return succeed({ kind: 'unknown' }, at + 1);
  const start = position(text, at);
  if (!start.ok) return start;
  const end = text[start.next] === '_' ? position(text, start.next + 1) : start;
  if (!end.ok) return end;
  const e = edit(text, end.next);
  return e.ok ? succeed({ kind: 'variant', start: start.value, end: end.value, edit: e.value }, e.next) : e;
};

const SEGMENT_ORDER: Readonly<Record<CdnaSegment, number>> = { utr5: 0, coding: 1, utr3: 2 };

/** Transcript order of two positions (negative: `a` comes first). */
const comparePositions = (a: CdnaPosition, b: CdnaPosition): number =>
  SEGMENT_ORDER[a.segment] - SEGMENT_ORDER[b.segment] || a.position - b.position || a.offset - b.offset;

type CdnaProblem = {
  readonly code: 'invalid_cdna_range' | 'inconsistent_cdna_change';
  readonly reason: string;
};

const cdnaProblem = (start: CdnaPosition, end: CdnaPosition, e: CdnaEdit): CdnaProblem | null => {
  const range = (reason: string): CdnaProblem => ({ code: 'invalid_cdna_range', reason });
  const inconsistent = (reason: string): CdnaProblem => ({ code: 'inconsistent_cdna_change', reason });
  if (start.position === 0 || end.position === 0) {
    return range('there is no position 0 (c.-1 is followed by c.1, and c.*1 follows the stop codon)');
  }
  if (comparePositions(end, start) < 0) return range('the range ends before it starts');
  const single = comparePositions(start, end) === 0;
  if (e.type === 'insertion' && single)
    return range('an insertion lies between two positions, e.g. c.123_124insA');
  if (e.type === 'substitution' && (!single || e.ref.length !== 1 || e.alt.length !== 1)) {
    return inconsistent('a substitution changes one base at one position (use delins for more)');
  }
  if (e.type === 'substitution' && e.ref === e.alt)
    return inconsistent('a substitution needs two different bases');
  return null;
};

/** Coordinate systems other than c. (`g.`, `n.`, `m.`, `r.`, `p.`). */
const NOT_CODING: ReadonlySet<string> = new Set(['g', 'n', 'm', 'r', 'p']);

const cdnaContext = (input: string, context: ParseContext) => ({
  input,
  ...(context.path === undefined ? {} : { path: context.path }),
  ...(context.location === undefined ? {} : { location: context.location }),
});

/**
 * Parses an HGVS coding DNA change, with or without a transcript prefix. A trailing protein consequence
 * (`NM_004958.3:c.2997C>T(p.(Asn999=))`) is accepted and ignored. Other coordinate systems (`g.`, `n.`,
 * `m.`, `r.`) give `unsupported_cdna_change`. Never throws.
 *
 * @example
 * import { parseCdnaChange } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const parsed = parseCdnaChange('NM_004958.3:c.7165-1G>T');
 * assert.ok(isRight(parsed));
 * assert.deepStrictEqual(parsed.right, {
 *   kind: 'variant',
 *   reference: 'NM_004958.3',
 *   start: { segment: 'coding', position: 7165, offset: -1 },
 *   end: { segment: 'coding', position: 7165, offset: -1 },
 *   edit: { type: 'substitution', ref: 'G', alt: 'T' },
 * });
 */
export const parseCdnaChange = (text: string, context: ParseContext = {}): Result<CdnaChange> => {
  const input = typeof text === 'string' ? text : String(text);
  const cleaned = input.trim();
  const path = context.path ?? [];
  if (cleaned === '')
    return left([hgvsIssue('empty_cdna_change', { input, path }, cdnaContext(input, context))]);
  const reference = referencePrefix(cleaned, 0);
  const at = reference.ok ? reference.next : 0;
  const system = cleaned.charCodeAt(at + 1) === 46 /* . */ ? cleaned[at] : undefined;
  if (system !== undefined && NOT_CODING.has(system)) {
    const prefix = cleaned.slice(at, at + 2);
    const reason = `only c. (coding DNA) positions are read, this is "${prefix}"`;
    return left([hgvsIssue('unsupported_cdna_change', { input, path, reason }, cdnaContext(input, context))]);
  }
  const invalid = (step: { readonly at: number; readonly expected: string }) =>
    left([
      hgvsIssue(
        'invalid_cdna_change',
        { input, path, text: cleaned, at: step.at, expected: step.expected },
        cdnaContext(input, context),
      ),
    ] as const);
  if (system !== 'c') return invalid({ at, expected: '"c."' });
  const syntax = located(cleaned, at + 2);
  if (!syntax.ok) return invalid(syntax.failure);
  if (syntax.next !== cleaned.length) {
    const tail = proteinTail(cleaned, syntax.next);
    if (!tail.ok) return invalid(tail.failure);
  }
  const ref = reference.ok ? reference.value : null;
  if (syntax.value.kind === 'unknown') return right({ kind: 'unknown', reference: ref });
  const { start, end, edit: e } = syntax.value;
  const problem = cdnaProblem(start, end, e);
  if (problem !== null)
    return left([
      hgvsIssue(problem.code, { input, path, reason: problem.reason }, cdnaContext(input, context)),
    ]);
  return right({ kind: 'variant', reference: ref, start, end, edit: e });
};

const formatPosition = (p: CdnaPosition): string => {
  const base = p.segment === 'utr3' ? `*${p.position}` : `${p.position}`;
  return p.offset === 0 ? base : `${base}${p.offset > 0 ? '+' : '-'}${Math.abs(p.offset)}`;
};

const formatEdit = (e: CdnaEdit): string => {
  switch (e.type) {
    case 'substitution':
      return `${e.ref}>${e.alt}`;
    case 'deletion':
      return `del${e.deleted ?? ''}`;
    case 'duplication':
      return `dup${e.duplicated ?? ''}`;
    case 'insertion':
      return `ins${typeof e.inserted === 'number' ? `(${e.inserted})` : e.inserted}`;
    case 'delins':
      return e.deleted === null ? `delins${e.inserted}` : `del${e.deleted}ins${e.inserted}`;
    case 'inversion':
      return 'inv';
    case 'identity':
      return '=';
  }
};

/**
 * Prints a cDNA change in HGVS form, without its reference prefix.
 *
 * @example
 * import { parseCdnaChange, formatCdnaChange } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const parsed = parseCdnaChange('NM_000222.2:c.1670_1684del');
 * assert.ok(isRight(parsed));
 * assert.strictEqual(formatCdnaChange(parsed.right), 'c.1670_1684del');
 */
export const formatCdnaChange = (c: CdnaChange): string => {
  if (c.kind === 'unknown') return 'c.?';
  const location =
    comparePositions(c.start, c.end) === 0
      ? formatPosition(c.start)
      : `${formatPosition(c.start)}_${formatPosition(c.end)}`;
  return `c.${location}${formatEdit(c.edit)}`;
};

/** Transcript order of a position and the one given by its parts (negative: `a` comes first). */
const compareTo = (a: CdnaPosition, segment: CdnaSegment, position: number, offset: number): number =>
  SEGMENT_ORDER[a.segment] - SEGMENT_ORDER[segment] || a.position - position || a.offset - offset;

/**
 * Whether `start`..`end` covers a canonical splice site next to `p` (intron offset +1/+2 or -1/-2 on the
 * side of p's offset); a position without an intron offset has none.
 */
const coversSpliceSiteNear = (p: CdnaPosition, start: CdnaPosition, end: CdnaPosition): boolean => {
  if (p.offset === 0) return false;
  for (let d = 1; d <= 2; d += 1) {
    const offset = p.offset > 0 ? d : -d;
    if (
      compareTo(start, p.segment, p.position, offset) <= 0 &&
      compareTo(end, p.segment, p.position, offset) >= 0
    )
      return true;
  }
  return false;
};

const SPLICE_REGION_MAX_OFFSET = 8;

/**
 * Where a cDNA change lies: `coding`, `intronic`, `splice-site` (intron +1/+2/-1/-2), `splice-region`
 * (intron 3 to 8), `utr5`, `utr3`, or `unknown` (`c.?`). See the module comment for the rules.
 *
 * @example
 * import { parseCdnaChange, cdnaRegion } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const region = (text: string) => {
 *   const parsed = parseCdnaChange(text);
 *   assert.ok(isRight(parsed));
 *   return cdnaRegion(parsed.right);
 * };
 * assert.strictEqual(region('c.3082+1G>T'), 'splice-site');
 * assert.strictEqual(region('c.2284+5A>G'), 'splice-region');
 * assert.strictEqual(region('c.1899-15C>T'), 'intronic');
 * assert.strictEqual(region('c.-45G>A'), 'utr5');
 * assert.strictEqual(region('c.2997C>T'), 'coding');
 */
export const cdnaRegion = (c: CdnaChange): CdnaRegion => {
  if (c.kind === 'unknown') return 'unknown';
  const { start, end } = c;
  if (coversSpliceSiteNear(start, start, end) || coversSpliceSiteNear(end, start, end)) return 'splice-site';
  const nearSplice = (p: CdnaPosition): boolean =>
    p.offset !== 0 && Math.abs(p.offset) <= SPLICE_REGION_MAX_OFFSET;
  if (nearSplice(start) || nearSplice(end)) return 'splice-region';
  if (start.offset !== 0 || end.offset !== 0) return 'intronic';
  if (start.segment === 'utr5' && end.segment === 'utr5') return 'utr5';
  if (start.segment === 'utr3' && end.segment === 'utr3') return 'utr3';
  return 'coding';
};
