/**
 * The grammar of HGVS protein notation as real files write it, as a small recursive-descent parser.
 *
 * Each production is a named function `(text, at) => Step<A>` that reads from character `at` and either
 * returns a typed value and the next position, or a failure saying what it expected there. No numbered
 * regular expressions: the shape of the notation is the shape of this file.
 *
 * ```text
 * notation        = [reference ":"] ( protein | dnaWithProtein )
 * reference       = accession ["(" symbol ")"]                   NP_004439.2, ENSP00000288602.6, NM_004333.4(BRAF)
 * dnaWithProtein  = ("c." | "n." | "g.") ... "(" protein ")"      NM_004958.3:c.2997C>T(p.(Asn999=))   (TSO500 synonymous)
 * protein         = ["p."] ( "(" body ")" | body )
 * body            = "=" | "?" | "0" ["?"] | "[" ...              ("[" = allele, unsupported)
 *                 | residue "_splice"                             p.X1445_splice                       (MAF)
 *                 | residue "_" residue rangeEdit                 p.E746_A750del
 *                 | residue singleEdit                            p.V600E
 * residue         = aminoAcid position
 * singleEdit      = "=" | "?" | "fs" fsTail | "ext" extTail | aminoAcid ["fs" fsTail | "ext" extTail]
 *                 | deletion | "dup" [residues] | "delins" inserted | ">" residues
 * rangeEdit       = deletion | "dup" [residues] | "ins" inserted | "delins" inserted | ">" residues
 * deletion        = "del" [residues] ["ins" inserted]             p.E746_A750delELREA (old), p.G776delGinsVC
 * inserted        = residues | count                              GSP | 4 | (4) | Xaa[4] | X[4]
 * fsTail          = [stop [number | "?"]] | "?"                   fs, fs*26, fsTer26, fs*?, fsX
 * extTail         = "-" (number | "?") | [stop] [number | "?"]    ext-5, ext*17, extTer?, ext*
 * stop            = "*" | "Ter" | "X"
 * ```
 *
 * The alphabet (one- or three-letter codes) is chosen from the first residue and holds for the whole
 * notation, so `insGLY` is Gly-Leu-Tyr in `p.A1_G2insGLY` and glycine in `p.Ala1_Gly2insGLY`.
 *
 * This module is internal: `parseProteinChange` in `hgvs.ts` turns its syntax tree into a `ProteinChange`
 * and its failures into coded issues.
 */
import type { AminoAcid, InsertedSequence, Residue } from '../model/protein-change.js';
import { aminoAcidFromCode } from './amino-acids.js';

/** Why a production did not match: where, what it expected, and the special cases worth their own code. */
export interface SyntaxFailure {
  readonly at: number;
  readonly expected: string;
  /** Set when the text at `at` looks like an amino acid code but is not one. */
  readonly unknownAminoAcid: string | null;
  /** Set when the notation is valid HGVS this library does not read (alleles, uncertain alternatives). */
  readonly unsupported: string | null;
}

/** The outcome of one production: a value and where reading continues, or a failure. */
export type Step<A> =
  | { readonly ok: true; readonly value: A; readonly next: number }
  | { readonly ok: false; readonly failure: SyntaxFailure };

/** A named piece of grammar. */
export type Production<A> = (text: string, at: number) => Step<A>;

/** @internal */
export const succeed = <A>(value: A, next: number): Step<A> => ({ ok: true, value, next });

/** @internal */
export const fail = <A>(at: number, expected: string, extra: Partial<SyntaxFailure> = {}): Step<A> => ({
  ok: false,
  failure: {
    at,
    expected,
    unknownAminoAcid: extra.unknownAminoAcid ?? null,
    unsupported: extra.unsupported ?? null,
  },
});

/** Of two failures, the one that read further (the more specific one on a tie). @internal */
export const furthest = (a: SyntaxFailure, b: SyntaxFailure): SyntaxFailure => {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  const weight = (f: SyntaxFailure): number =>
    (f.unsupported === null ? 0 : 2) + (f.unknownAminoAcid === null ? 0 : 1);
  return weight(b) > weight(a) ? b : a;
};

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isUpper = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';
const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isLetter = (c: string | undefined): boolean => isUpper(c) || isLower(c);

// Scanning loops read character codes (`charCodeAt` is NaN past the end, which no test accepts).
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isAccessionCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigitCode(c) || c === 95 || c === 46 || c === 45; // _ . -

/** Largest number of digits read as a position; longer runs are not positions in any protein. */
const MAX_DIGITS = 9;

/** An unsigned decimal number: `600`. @internal */
export const unsignedNumber: Production<number> = (text, at) => {
  let end = at;
  let value = 0; // exact: at most MAX_DIGITS digits are kept
  for (let c = text.charCodeAt(end); isDigitCode(c); c = text.charCodeAt(end)) {
    value = value * 10 + (c - 48);
    end += 1;
  }
  if (end === at) return fail(at, 'a number');
  if (end - at > MAX_DIGITS) return fail(at, `a number of at most ${MAX_DIGITS} digits`);
  return succeed(value, end);
};

/** The literal `word` at `at`. @internal */
export const keyword = (text: string, at: number, word: string): boolean =>
  word === '' || (text.charCodeAt(at) === word.charCodeAt(0) && text.startsWith(word, at));

/**
 * A reference sequence prefix and its colon: `NP_004439.2:`, `ENSP00000288602.6:`, `NM_004333.4(BRAF):`.
 * Succeeds with null (reading nothing) when the text has no such prefix. @internal
 */
export const referencePrefix: Production<string | null> = (text, at) => {
  if (text.indexOf(':', at) < 0) return succeed(null, at); // no colon, no prefix
  let end = at;
  while (isAccessionCode(text.charCodeAt(end))) end += 1;
  if (end > at && text[end] === '(') {
    let close = end + 1;
    while (isAccessionCode(text.charCodeAt(close))) close += 1;
    if (close > end + 1 && text[close] === ')') end = close + 1;
  }
  return end > at && text[end] === ':' ? succeed(text.slice(at, end), end + 1) : succeed(null, at);
};

/** One- or three-letter amino acid codes. */
export type Alphabet = 'one-letter' | 'three-letter';

/** A production for each alphabet, built on first use and kept: reading a notation builds no productions. */
const perAlphabet = <P>(make: (alphabet: Alphabet) => P): ((alphabet: Alphabet) => P) => {
  let one: P | undefined;
  let three: P | undefined;
  return (alphabet) =>
    alphabet === 'one-letter' ? (one ??= make('one-letter')) : (three ??= make('three-letter'));
};

const KEYWORDS: ReadonlyArray<string> = ['del', 'dup', 'ins', 'ext', 'fs', 'splice'];

const startsKeyword = (text: string, at: number): boolean => KEYWORDS.some((word) => keyword(text, at, word));

/** A stop codon in any spelling: `*`, `X`, `Ter` (any case). Tails after `fs` / `ext` accept all of them. */
const stopCodon: Production<AminoAcid> = (text, at) => {
  if (text[at] === '*' || (text[at] === 'X' && !isLower(text[at + 1]))) return succeed('*', at + 1);
  if (text.slice(at, at + 3).toUpperCase() === 'TER') return succeed('*', at + 3);
  return fail(at, 'a stop ("*", "Ter" or "X")');
};

/** One amino acid code in the notation's alphabet; `*` and `X` are the stop in both. */
const aminoAcid = perAlphabet((alphabet): Production<AminoAcid> => (text, at) => {
  const c = text[at];
  if (c === '*') return succeed('*', at + 1);
  if (alphabet === 'one-letter') {
    const aa = c === undefined ? null : aminoAcidFromCode(c);
    if (aa !== null) return succeed(aa, at + 1);
    return isLetter(c)
      ? fail(at, 'a one-letter amino acid code', { unknownAminoAcid: c ?? '' })
      : fail(at, 'a one-letter amino acid code');
  }
  if (c === 'X' && !isLetter(text[at + 1])) return succeed('*', at + 1);
  const code = text.slice(at, at + 3);
  const aa = code.length === 3 ? aminoAcidFromCode(code) : null;
  if (aa !== null) return succeed(aa, at + 3);
  const letters = lettersAt(text, at);
  return isUpper(c) && letters.length === 3 && !startsKeyword(text, at)
    ? fail(at, 'a three-letter amino acid code', { unknownAminoAcid: letters })
    : fail(at, 'a three-letter amino acid code (the notation started with three-letter codes)');
});

const lettersAt = (text: string, at: number): string => {
  let end = at;
  while (isLetter(text[end]) && end - at < 3) end += 1;
  return text.slice(at, end);
};

/**
 * One or more amino acids (`GSP`, `GlySerPro`). Reading stops before a keyword; an upper-case letter that is
 * no amino acid is an unknown amino acid, not the end of the run.
 */
const aminoAcidRun = perAlphabet((alphabet): Production<ReadonlyArray<AminoAcid>> => (text, at) => {
  const first = aminoAcid(alphabet)(text, at);
  if (!first.ok) return first;
  const residues: AminoAcid[] = [first.value];
  let next = first.next;
  for (;;) {
    const step = aminoAcid(alphabet)(text, next);
    if (!step.ok) {
      if (step.failure.unknownAminoAcid !== null && isUpper(text[next])) return step;
      return succeed(residues, next);
    }
    residues.push(step.value);
    next = step.next;
  }
});

/** A residue: amino acid and 1-based position, `V600`, `Val600`, `*1000`, `X1445`. */
const residue = perAlphabet((alphabet): Production<Residue> => (text, at) => {
  const aa = aminoAcid(alphabet)(text, at);
  if (!aa.ok) return aa;
  const position = unsignedNumber(text, aa.next);
  if (!position.ok) return fail(aa.next, 'a position (digits) after the amino acid');
  return succeed({ aa: aa.value, position: position.value }, position.next);
});

/** A count of unnamed inserted residues: `4`, `(4)`, `Xaa[4]`, `X[4]`. */
const insertedCount: Production<number> = (text, at) => {
  const bracketed = (open: string, close: string): Step<number> | null => {
    if (!keyword(text, at, open)) return null;
    const n = unsignedNumber(text, at + open.length);
    if (!n.ok) return n;
    return keyword(text, n.next, close)
      ? succeed(n.value, n.next + close.length)
      : fail(n.next, `"${close}"`);
  };
  return (
    bracketed('(', ')') ??
    bracketed('Xaa[', ']') ??
    bracketed('X[', ']') ??
    (isDigit(text[at]) ? unsignedNumber(text, at) : fail(at, 'the inserted amino acids or their number'))
  );
};

/** What an insertion or delins puts in: residues, or a count. */
const insertedSequence = perAlphabet((alphabet): Production<InsertedSequence> => (text, at) => {
  const count = insertedCount(text, at);
  if (count.ok) return succeed({ kind: 'count', count: count.value }, count.next);
  const run = aminoAcidRun(alphabet)(text, at);
  if (!run.ok) {
    return run.failure.unknownAminoAcid === null ? fail(at, 'the inserted amino acids or their number') : run;
  }
  const [first, ...rest] = run.value;
  return first === undefined
    ? fail(at, 'the inserted amino acids')
    : succeed({ kind: 'residues', residues: [first, ...rest] }, run.next);
});

/** Deleted or duplicated residues spelled out after `del` / `dup` in old notation (`delELREA`): optional. */
const listedResidues = perAlphabet((alphabet): Production<ReadonlyArray<AminoAcid> | null> => (text, at) => {
  if (!(isUpper(text[at]) || text[at] === '*')) return succeed(null, at);
  return aminoAcidRun(alphabet)(text, at);
});

/** A position that may be unknown: `26` or `?`. */
const positionOrUnknown: Production<number | 'unknown'> = (text, at) =>
  text[at] === '?' ? succeed('unknown', at + 1) : unsignedNumber(text, at);

/** After `fs`: `*26`, `Ter26`, `*?`, `X` (stop only: unknown), or nothing (not stated). */
const frameshiftTail: Production<number | 'unknown' | null> = (text, at) => {
  if (text[at] === '?') return succeed('unknown', at + 1);
  const stop = stopCodon(text, at);
  if (!stop.ok) return succeed(null, at);
  const n = positionOrUnknown(text, stop.next);
  return n.ok ? n : succeed('unknown', stop.next);
};

/** After `ext`: `-5` (N-terminal, new start upstream) or `*17`, `Ter?`, `*` (C-terminal, new stop). */
export type ExtensionTail =
  | { readonly terminus: 'N'; readonly newStart: number | 'unknown' }
  | { readonly terminus: 'C'; readonly newStop: number | 'unknown' };

const extensionTail: Production<ExtensionTail> = (text, at) => {
  if (text[at] === '-') {
    const n = positionOrUnknown(text, at + 1);
    if (!n.ok) return fail(at + 1, 'the position of the new start after "ext-"');
    return succeed({ terminus: 'N', newStart: n.value === 'unknown' ? 'unknown' : -n.value }, n.next);
  }
  const stop = stopCodon(text, at);
  const from = stop.ok ? stop.next : at;
  const n = positionOrUnknown(text, from);
  return succeed({ terminus: 'C', newStop: n.ok ? n.value : 'unknown' }, n.ok ? n.next : from);
};

/** The edits that change length, after a range or (all but insertion) a single residue. */
export type LengthEditSyntax =
  | { readonly edit: 'deletion'; readonly listed: ReadonlyArray<AminoAcid> | null }
  | { readonly edit: 'duplication'; readonly listed: ReadonlyArray<AminoAcid> | null }
  | { readonly edit: 'insertion'; readonly inserted: InsertedSequence }
  | {
      readonly edit: 'delins';
      readonly listed: ReadonlyArray<AminoAcid> | null;
      readonly inserted: InsertedSequence;
    };

/** The edits after one residue, as written (normalized later in `hgvs.ts`). */
export type EditSyntax =
  | { readonly edit: 'substitution'; readonly alt: AminoAcid }
  | { readonly edit: 'synonymous' }
  | { readonly edit: 'unknown' }
  | {
      readonly edit: 'frameshift';
      readonly alt: AminoAcid | null;
      readonly newStop: number | 'unknown' | null;
    }
  | { readonly edit: 'extension'; readonly alt: AminoAcid | null; readonly tail: ExtensionTail }
  | LengthEditSyntax;

/** `del`, `delins`, `dup`, `ins`, `>`: the edits a range and a single residue share (insertion: range only). */
const lengthEditOf =
  (alphabet: Alphabet, allowInsertion: boolean): Production<LengthEditSyntax> =>
  (text, at) => {
    if (keyword(text, at, 'delins')) {
      const inserted = insertedSequence(alphabet)(text, at + 6);
      return inserted.ok
        ? succeed({ edit: 'delins', listed: null, inserted: inserted.value }, inserted.next)
        : inserted;
    }
    if (keyword(text, at, 'del')) {
      const listed = listedResidues(alphabet)(text, at + 3);
      if (!listed.ok) return listed;
      if (!keyword(text, listed.next, 'ins'))
        return succeed({ edit: 'deletion', listed: listed.value }, listed.next);
      const inserted = insertedSequence(alphabet)(text, listed.next + 3);
      return inserted.ok
        ? succeed({ edit: 'delins', listed: listed.value, inserted: inserted.value }, inserted.next)
        : inserted;
    }
    if (keyword(text, at, 'dup')) {
      const listed = listedResidues(alphabet)(text, at + 3);
      return listed.ok ? succeed({ edit: 'duplication', listed: listed.value }, listed.next) : listed;
    }
    if (allowInsertion && keyword(text, at, 'ins')) {
      const inserted = insertedSequence(alphabet)(text, at + 3);
      return inserted.ok ? succeed({ edit: 'insertion', inserted: inserted.value }, inserted.next) : inserted;
    }
    if (text[at] === '>') {
      // Old COSMIC-style delins: p.L747_P753>S, p.G776>VC.
      const run = aminoAcidRun(alphabet)(text, at + 1);
      if (!run.ok) return run;
      const [first, ...rest] = run.value;
      return first === undefined
        ? fail(at + 1, 'the replacing amino acids')
        : succeed(
            { edit: 'delins', listed: null, inserted: { kind: 'residues', residues: [first, ...rest] } },
            run.next,
          );
    }
    return fail(
      at,
      allowInsertion ? '"del", "dup", "ins", "delins" or ">"' : '"del", "dup", "delins" or ">"',
    );
  };
const lengthEditWithInsertion = perAlphabet((alphabet) => lengthEditOf(alphabet, true));
const lengthEditWithoutInsertion = perAlphabet((alphabet) => lengthEditOf(alphabet, false));
/** `del`, `delins`, `dup`, `>` and, after a range, `ins`. */
const lengthEdit = (alphabet: Alphabet, allowInsertion: boolean): Production<LengthEditSyntax> =>
  allowInsertion ? lengthEditWithInsertion(alphabet) : lengthEditWithoutInsertion(alphabet);

const SINGLE_EDIT_EXPECTED =
  'a change after the residue: an amino acid, "=", "?", "fs", "ext", "del", "dup", "delins" or "_"';

/** The edit after a single residue. */
const singleEdit = perAlphabet((alphabet): Production<EditSyntax> => (text, at) => {
  if (text[at] === '=') return succeed({ edit: 'synonymous' }, at + 1);
  if (text[at] === '?') return succeed({ edit: 'unknown' }, at + 1);
  if (keyword(text, at, 'fs')) {
    const tail = frameshiftTail(text, at + 2);
    return tail.ok ? succeed({ edit: 'frameshift', alt: null, newStop: tail.value }, tail.next) : tail;
  }
  if (keyword(text, at, 'ext')) {
    const tail = extensionTail(text, at + 3);
    return tail.ok ? succeed({ edit: 'extension', alt: null, tail: tail.value }, tail.next) : tail;
  }
  if (keyword(text, at, 'del') || keyword(text, at, 'dup') || text[at] === '>') {
    return lengthEdit(alphabet, false)(text, at);
  }
  const alt = aminoAcid(alphabet)(text, at);
  if (!alt.ok) {
    if (keyword(text, at, 'ins'))
      return fail(at, 'a range before "ins" (an insertion lies between two residues)');
    return alt.failure.unknownAminoAcid === null && !isUpper(text[at]) ? fail(at, SINGLE_EDIT_EXPECTED) : alt;
  }
  if (keyword(text, alt.next, 'fs')) {
    const tail = frameshiftTail(text, alt.next + 2);
    return tail.ok ? succeed({ edit: 'frameshift', alt: alt.value, newStop: tail.value }, tail.next) : tail;
  }
  if (keyword(text, alt.next, 'ext')) {
    const tail = extensionTail(text, alt.next + 3);
    return tail.ok ? succeed({ edit: 'extension', alt: alt.value, tail: tail.value }, tail.next) : tail;
  }
  if (text[alt.next] === '^') {
    return fail(alt.next, 'the end of the notation', {
      unsupported: 'uncertain alternatives ("^") are not read',
    });
  }
  return succeed({ edit: 'substitution', alt: alt.value }, alt.next);
});

/** The body of a protein description, inside the optional parentheses. */
export type BodySyntax =
  | { readonly form: 'synonymous' }
  | { readonly form: 'unknown' }
  | { readonly form: 'no-protein'; readonly predicted: boolean }
  | { readonly form: 'splice'; readonly at: Residue }
  | { readonly form: 'residue'; readonly at: Residue; readonly edit: EditSyntax }
  | {
      readonly form: 'range';
      readonly start: Residue;
      readonly end: Residue;
      readonly edit: LengthEditSyntax;
    };

/** A change in one alphabet: a residue, then `_splice`, `_` residue and a range edit, or a single edit. */
const change = perAlphabet((alphabet): Production<BodySyntax> => (text, at) => {
  const start = residue(alphabet)(text, at);
  if (!start.ok) return start;
  if (text[start.next] !== '_') {
    const edit = singleEdit(alphabet)(text, start.next);
    return edit.ok ? succeed({ form: 'residue', at: start.value, edit: edit.value }, edit.next) : edit;
  }
  if (keyword(text, start.next + 1, 'splice'))
    return succeed({ form: 'splice', at: start.value }, start.next + 7);
  const end = residue(alphabet)(text, start.next + 1);
  if (!end.ok) {
    return end.failure.unknownAminoAcid === null
      ? fail(start.next + 1, 'the last residue of the range, or "splice"')
      : end;
  }
  const edit = lengthEdit(alphabet, true)(text, end.next);
  return edit.ok
    ? succeed({ form: 'range', start: start.value, end: end.value, edit: edit.value }, edit.next)
    : edit;
});

/** Counts the letters at `at`: 1 means one-letter codes (`V600E`), 3 or more three-letter (`Val600Glu`). */
const letterRunLength = (text: string, at: number): number => {
  let end = at;
  while (isLetter(text[end])) end += 1;
  return end - at;
};

const PROTEIN_EXPECTED = 'a protein change such as "p.V600E", "p.Val600Glu", "p.=" or "p.?"';

/** The body: `=`, `?`, `0`, `0?`, or a change in the alphabet its first residue uses. */
const body: Production<BodySyntax> = (text, at) => {
  const c = text[at];
  if (c === '=') return succeed({ form: 'synonymous' }, at + 1);
  if (c === '?') return succeed({ form: 'unknown' }, at + 1);
  if (c === '0' && !isDigit(text[at + 1])) {
    return text[at + 1] === '?'
      ? succeed({ form: 'no-protein', predicted: true }, at + 2)
      : succeed({ form: 'no-protein', predicted: false }, at + 1);
  }
  if (c === '[') {
    return fail(at, 'a single change', {
      unsupported: 'alleles ("p.[...;...]") list several changes; split them first',
    });
  }
  if (c === '*') {
    // `*` is a stop in both alphabets, so the first residue does not choose: the one-letter reading wins if it
    // reads to the end (`p.*100delinsTER` is T-E-R, as the short form prints it), else the three-letter one.
    const one = change('one-letter')(text, at);
    const atEnd = one.ok && (one.next === text.length || text[one.next] === ')');
    if (atEnd) return one;
    const three = change('three-letter')(text, at);
    if (three.ok) return three;
    const oneFailure: SyntaxFailure = one.ok
      ? { at: one.next, expected: 'the end of the notation', unknownAminoAcid: null, unsupported: null }
      : one.failure;
    return { ok: false, failure: furthest(oneFailure, three.failure) };
  }
  const letters = letterRunLength(text, at);
  if (letters === 0) return fail(at, PROTEIN_EXPECTED);
  if (letters === 2) {
    return fail(at, 'an amino acid code (one or three letters)', {
      unknownAminoAcid: text.slice(at, at + 2),
    });
  }
  const parsed = change(letters === 1 ? 'one-letter' : 'three-letter')(text, at);
  if (parsed.ok || parsed.failure.at !== at || parsed.failure.unknownAminoAcid !== null) return parsed;
  return fail(at, PROTEIN_EXPECTED);
};

/** A protein description as written: whether it was predicted (parenthesised), and its body. */
export interface DescriptionSyntax {
  readonly predicted: boolean;
  readonly body: BodySyntax;
}

/** `p.` (optional), then `(` body `)` or a body. */
const proteinDescription: Production<DescriptionSyntax> = (text, at) => {
  const from = keyword(text, at, 'p.') ? at + 2 : at;
  if (text[from] !== '(') {
    const plain = body(text, from);
    if (!plain.ok) return plain;
    const predicted = plain.value.form === 'no-protein' && plain.value.predicted;
    return succeed({ predicted, body: plain.value }, plain.next);
  }
  const inner = body(text, from + 1);
  if (!inner.ok) return inner;
  return text[inner.next] === ')'
    ? succeed({ predicted: true, body: inner.value }, inner.next + 1)
    : fail(inner.next, '")" to close "p.("');
};

/**
 * A DNA change followed by its protein consequence in parentheses, as TSO500 writes synonymous variants
 * (`c.2997C>T(p.(Asn999=))`) and ClinVar names variants (`c.1799T>A (p.Val600Glu)`): the protein part is read.
 */
const dnaWithProtein: Production<DescriptionSyntax> = (text, at) => {
  const open = text.indexOf('(p.', at);
  if (open < 0) {
    return fail(text.length, 'a protein consequence "(p. ...)" after the DNA change');
  }
  const inner = proteinDescription(text, open + 1);
  if (!inner.ok) return inner;
  return text[inner.next] === ')'
    ? succeed(inner.value, inner.next + 1)
    : fail(inner.next, '")" after the protein change');
};

/** A whole protein notation, as read from a file cell. */
export interface ProteinSyntax extends DescriptionSyntax {
  readonly reference: string | null;
}

const DNA_PREFIXES: ReadonlyArray<string> = ['c.', 'n.', 'g.', 'm.', 'r.'];

/**
 * Reads a whole protein notation (already trimmed) to its end.
 * @internal
 */
export const proteinNotation = (text: string): Step<ProteinSyntax> => {
  const reference = referencePrefix(text, 0);
  if (!reference.ok) return reference;
  const at = reference.next;
  const dna = DNA_PREFIXES.some((prefix) => keyword(text, at, prefix));
  const description = dna ? dnaWithProtein(text, at) : proteinDescription(text, at);
  if (!description.ok) return description;
  if (description.next !== text.length) return fail(description.next, 'the end of the notation');
  return succeed({ reference: reference.value, ...description.value }, description.next);
};
