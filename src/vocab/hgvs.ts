/**
 * HGVS protein changes: parse any spelling real files use into one `ProteinChange`, print it back in
 * one canonical short form (MAF `HGVSp_Short` style) or the long three-letter form, compare, classify.
 *
 * Decisions (see also `src/model/protein-change.ts`):
 * - Alphabet: one-letter codes upper case; three-letter codes in any case (`Val`, `VAL`, `val`). One
 *   notation uses one alphabet, chosen by its first residue (`p.Val600E` is an error).
 * - Stop: `*`, `Ter` and `X` are the same. `X` before `_splice` (`p.X1445_splice`) is vcf2maf's
 *   placeholder and is not kept.
 * - Wrappers: `p.` is optional; `p.(...)` marks a prediction; a reference prefix (`NP_004439.2:`,
 *   `ENSP...:`, `NM_004333.4(BRAF):`) is kept in `reference`; TSO500's synonymous cell
 *   `NM_004958.3:c.2997C>T(p.(Asn999=))` and ClinVar names `...:c.1799T>A (p.Val600Glu)` are read for their
 *   protein part; VEP's URL-encoded `=` (`p.Asn999%3D`) is decoded.
 * - Normalization: `p.V600V` -> `p.V600=`, `p.V600_V600del` -> `p.V600del`, `p.G776delinsV` -> `p.G776V`,
 *   old `p.E746_A750delELREA` (checked) -> `p.E746_A750del`, old `p.L747_P753>S` -> `p.L747_P753delinsS`.
 *   `p.*110Q` stays a substitution (class stop-loss): it does not say where the new stop is, so it is not
 *   equal to `p.*110Qext*?`. Likewise `p.M1470Cfs` (no stop given) is not equal to `p.M1470Cfs*26`.
 * - Canonical short form keeps the frameshift stop when given: `p.M1470Cfs*26`, `p.M1470Cfs*?`, `p.M1470Cfs`.
 *   An insertion given as a count prints `p.R78_G79ins23` (long: `insXaa[23]`).
 */
import { left, right } from 'fp-ts/Either';
import type { Either } from 'fp-ts/Either';
import type { IssuePath, Result, SourceLocation } from '../model/issue.js';
import type {
  AminoAcid,
  InsertedSequence,
  ProteinChange,
  ProteinChangeNotation,
  ProteinVariantClass,
  Residue,
} from '../model/protein-change.js';
import { aminoAcidFromCode, threeLetterAminoAcid } from './amino-acids.js';
import type { EditSyntax, LengthEditSyntax, ProteinSyntax, SyntaxFailure } from './hgvs-grammar.js';
import { proteinNotation } from './hgvs-grammar.js';
import { hgvsIssue } from './hgvs-issues.js';

/** Where the text being parsed came from, copied into every issue. */
export interface ParseContext {
  readonly path?: IssuePath;
  readonly location?: SourceLocation;
}

const contextOf = (input: string, context: ParseContext) => ({
  input,
  ...(context.path === undefined ? {} : { path: context.path }),
  ...(context.location === undefined ? {} : { location: context.location }),
});

/** A reason the syntax tree is not a valid change; becomes an issue naming the input. */
type Problem =
  | { readonly code: 'invalid_protein_range'; readonly reason: string }
  | { readonly code: 'inconsistent_protein_change'; readonly reason: string }
  | { readonly code: 'unsupported_protein_change'; readonly reason: string };

const problem = (code: Problem['code'], reason: string): Either<Problem, never> => left({ code, reason });

const MAX_POSITION = 100_000;

const checkPosition = (r: Residue): Problem | null =>
  r.position < 1
    ? {
        code: 'invalid_protein_range',
        reason: `position ${r.position} is not a residue (positions start at 1)`,
      }
    : r.position > MAX_POSITION
      ? { code: 'invalid_protein_range', reason: `position ${r.position} is beyond any known protein` }
      : null;

const residuesOf = (inserted: InsertedSequence): ReadonlyArray<AminoAcid> =>
  inserted.kind === 'residues' ? inserted.residues : [];

/** Checks residues spelled out after `del` / `dup` (`p.E746_A750delELREA`) against the range. */
const checkListed = (
  listed: ReadonlyArray<AminoAcid> | null,
  start: Residue,
  end: Residue,
): Problem | null => {
  if (listed === null) return null;
  const span = end.position - start.position + 1;
  if (listed.length !== span) {
    return {
      code: 'inconsistent_protein_change',
      reason: `${listed.length} residues are listed for a range of ${span}`,
    };
  }
  if (listed[0] !== start.aa || listed[listed.length - 1] !== end.aa) {
    return {
      code: 'inconsistent_protein_change',
      reason: `the listed residues ${listed.join('')} do not start with ${start.aa} and end with ${end.aa}`,
    };
  }
  return null;
};

/** A one-residue change of one residue is a substitution, and a substitution by itself is synonymous. */
const substitution = (common: ProteinChangeNotation, at: Residue, alt: AminoAcid): ProteinChange =>
  alt === at.aa ? { kind: 'synonymous', at, ...common } : { kind: 'substitution', at, alt, ...common };

const positiveOrUnknown = (n: number | 'unknown', what: string): Problem | null =>
  n !== 'unknown' && n < 1 ? { code: 'invalid_protein_range', reason: `${what} must be at least 1` } : null;

/** The edit after a single residue. */
const singleChange = (
  common: ProteinChangeNotation,
  at: Residue,
  edit: EditSyntax,
): Either<Problem, ProteinChange> => {
  switch (edit.edit) {
    case 'substitution':
      return right(substitution(common, at, edit.alt));
    case 'synonymous':
      return right({ kind: 'synonymous', at, ...common });
    case 'unknown':
      return at.position === 1
        ? right({ kind: 'start-loss', at, ...common })
        : problem(
            'unsupported_protein_change',
            '"?" after a residue is only defined for the start codon (p.Met1?)',
          );
    case 'frameshift': {
      if (edit.alt === '*') {
        return problem(
          'inconsistent_protein_change',
          'a frameshift cannot start with a stop; that is a nonsense change',
        );
      }
      const bad = edit.newStop === null ? null : positiveOrUnknown(edit.newStop, 'the new stop position');
      return bad
        ? left(bad)
        : right({ kind: 'frameshift', at, alt: edit.alt, newStop: edit.newStop, ...common });
    }
    case 'extension': {
      if (edit.alt === '*') {
        return problem(
          'inconsistent_protein_change',
          'an extension cannot put a stop in place of the residue',
        );
      }
      const alt = edit.alt === at.aa ? null : edit.alt;
      if (edit.tail.terminus === 'N') {
        if (at.position !== 1) {
          return problem('invalid_protein_range', 'an N-terminal extension ("ext-") starts at position 1');
        }
        const { newStart } = edit.tail;
        if (newStart !== 'unknown' && newStart >= 0) {
          return problem(
            'invalid_protein_range',
            'the new start of an N-terminal extension lies upstream (negative)',
          );
        }
        return right({ kind: 'extension', terminus: 'N', at, alt, newStart, ...common });
      }
      if (at.aa !== '*') {
        return problem(
          'inconsistent_protein_change',
          `a C-terminal extension starts at the stop codon, not at ${at.aa}`,
        );
      }
      const bad = positiveOrUnknown(edit.tail.newStop, 'the new stop position');
      return bad
        ? left(bad)
        : right({ kind: 'extension', terminus: 'C', at, alt, newStop: edit.tail.newStop, ...common });
    }
    case 'deletion':
    case 'duplication':
    case 'insertion':
    case 'delins':
      return rangeChange(common, at, at, edit);
  }
};

/** The edit after a range (or a single residue's length edit, with start = end). */
const rangeChange = (
  common: ProteinChangeNotation,
  start: Residue,
  end: Residue,
  edit: LengthEditSyntax,
): Either<Problem, ProteinChange> => {
  if (end.position < start.position) {
    return problem(
      'invalid_protein_range',
      `the range ends (${end.position}) before it starts (${start.position})`,
    );
  }
  if (end.position === start.position && end.aa !== start.aa) {
    return problem(
      'inconsistent_protein_change',
      `position ${start.position} is given as both ${start.aa} and ${end.aa}`,
    );
  }
  switch (edit.edit) {
    case 'deletion':
    case 'duplication': {
      const bad = checkListed(edit.listed, start, end);
      return bad ? left(bad) : right({ kind: edit.edit, start, end, ...common });
    }
    case 'insertion':
      if (end.position !== start.position + 1) {
        return problem(
          'invalid_protein_range',
          'an insertion lies between two adjacent residues, e.g. p.P780_Y781insGSP',
        );
      }
      return right({ kind: 'insertion', start, end, inserted: edit.inserted, ...common });
    case 'delins': {
      const bad = checkListed(edit.listed, start, end);
      if (bad) return left(bad);
      const only = residuesOf(edit.inserted);
      if (start.position === end.position && only.length === 1 && only[0] !== undefined) {
        return right(substitution(common, start, only[0]));
      }
      return right({ kind: 'delins', start, end, inserted: edit.inserted, ...common });
    }
  }
};

/** Turns the syntax tree into a normalized `ProteinChange`, or says why it is not a valid change. */
const fromSyntax = (syntax: ProteinSyntax): Either<Problem, ProteinChange> => {
  const common: ProteinChangeNotation = { predicted: syntax.predicted, reference: syntax.reference };
  const { body } = syntax;
  switch (body.form) {
    case 'synonymous':
      return right({ kind: 'synonymous', at: null, ...common });
    case 'unknown':
      return right({ kind: 'unknown', ...common });
    case 'no-protein':
      return right({ kind: 'no-protein', ...common });
    case 'splice': {
      const bad = checkPosition(body.at);
      return bad ? left(bad) : right({ kind: 'splice', position: body.at.position, ...common });
    }
    case 'residue': {
      const bad = checkPosition(body.at);
      return bad ? left(bad) : singleChange(common, body.at, body.edit);
    }
    case 'range': {
      const bad = checkPosition(body.start) ?? checkPosition(body.end);
      return bad ? left(bad) : rangeChange(common, body.start, body.end, body.edit);
    }
  }
};

/** Trims, and decodes VEP's URL-encoded `=` (`p.Asn999%3D`). */
const clean = (text: string): string => {
  const trimmed = text.trim();
  return trimmed.includes('%') ? trimmed.replace(/%3D/gi, '=') : trimmed;
};

const syntaxIssue = (input: string, text: string, failure: SyntaxFailure, context: ParseContext) => {
  const where = contextOf(input, context);
  const path = context.path ?? [];
  if (failure.unsupported !== null) {
    return hgvsIssue('unsupported_protein_change', { input, path, reason: failure.unsupported }, where);
  }
  if (failure.unknownAminoAcid !== null) {
    const upper = failure.unknownAminoAcid.toUpperCase();
    const suggestion =
      upper !== failure.unknownAminoAcid && aminoAcidFromCode(upper) !== null ? [upper] : undefined;
    return hgvsIssue(
      'unknown_amino_acid',
      { input, path, code: failure.unknownAminoAcid },
      suggestion ? { ...where, suggestions: suggestion } : where,
    );
  }
  return hgvsIssue(
    'invalid_protein_change',
    { input, path, text, expected: failure.expected, at: failure.at },
    where,
  );
};

/**
 * Parses an HGVS protein change in any spelling real files use, into one normalized `ProteinChange`.
 * Never throws: bad input gives coded issues (`empty_protein_change`, `invalid_protein_change`,
 * `unknown_amino_acid`, `invalid_protein_range`, `inconsistent_protein_change`, `unsupported_protein_change`).
 *
 * @example
 * import { parseProteinChange, formatProteinChange } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const parsed = parseProteinChange('NP_004324.2:p.(Val600Glu)');
 * assert.ok(isRight(parsed));
 * assert.deepStrictEqual(parsed.right, {
 *   kind: 'substitution', at: { aa: 'V', position: 600 }, alt: 'E', predicted: true, reference: 'NP_004324.2',
 * });
 * assert.strictEqual(formatProteinChange(parsed.right), 'p.V600E');
 */
export const parseProteinChange = (text: string, context: ParseContext = {}): Result<ProteinChange> => {
  const input = typeof text === 'string' ? text : String(text);
  const cleaned = clean(input);
  const path = context.path ?? [];
  if (cleaned === '')
    return left([hgvsIssue('empty_protein_change', { input, path }, contextOf(input, context))]);
  const syntax = proteinNotation(cleaned);
  if (!syntax.ok) return left([syntaxIssue(input, cleaned, syntax.failure, context)]);
  const change = fromSyntax(syntax.value);
  if (change._tag === 'Right') return change;
  const { code, reason } = change.left;
  return left([hgvsIssue(code, { input, path, reason }, contextOf(input, context))]);
};

const residueShort = (r: Residue): string => `${r.aa}${r.position}`;
const residueLong = (r: Residue): string => `${threeLetterAminoAcid(r.aa)}${r.position}`;

interface Spelling {
  readonly aa: (aa: AminoAcid) => string;
  readonly residue: (r: Residue) => string;
  readonly count: (n: number) => string;
}

const SHORT: Spelling = { aa: (aa) => aa, residue: residueShort, count: (n) => `${n}` };
const LONG: Spelling = { aa: threeLetterAminoAcid, residue: residueLong, count: (n) => `Xaa[${n}]` };

const spellRange = (s: Spelling, start: Residue, end: Residue): string =>
  start.position === end.position ? s.residue(start) : `${s.residue(start)}_${s.residue(end)}`;
const spellInserted = (s: Spelling, ins: InsertedSequence): string =>
  ins.kind === 'count' ? s.count(ins.count) : ins.residues.map(s.aa).join('');
const spellAlt = (s: Spelling, aa: AminoAcid | null): string => (aa === null ? '' : s.aa(aa));
const spellStop = (s: Spelling, n: number | 'unknown'): string => `${s.aa('*')}${n === 'unknown' ? '?' : n}`;

const spell = (pc: ProteinChange, s: Spelling): string => {
  switch (pc.kind) {
    case 'substitution':
      return `${s.residue(pc.at)}${s.aa(pc.alt)}`;
    case 'synonymous':
      return pc.at === null ? '=' : `${s.residue(pc.at)}=`;
    case 'deletion':
      return `${spellRange(s, pc.start, pc.end)}del`;
    case 'duplication':
      return `${spellRange(s, pc.start, pc.end)}dup`;
    case 'insertion':
      return `${s.residue(pc.start)}_${s.residue(pc.end)}ins${spellInserted(s, pc.inserted)}`;
    case 'delins':
      return `${spellRange(s, pc.start, pc.end)}delins${spellInserted(s, pc.inserted)}`;
    case 'frameshift':
      return `${s.residue(pc.at)}${spellAlt(s, pc.alt)}fs${pc.newStop === null ? '' : spellStop(s, pc.newStop)}`;
    case 'extension':
      return pc.terminus === 'C'
        ? `${s.residue(pc.at)}${spellAlt(s, pc.alt)}ext${spellStop(s, pc.newStop)}`
        : `${s.residue(pc.at)}${spellAlt(s, pc.alt)}ext-${pc.newStart === 'unknown' ? '?' : -pc.newStart}`;
    case 'start-loss':
      return `${s.residue(pc.at)}?`;
    case 'splice':
      return `X${pc.position}_splice`;
    case 'unknown':
      return '?';
    case 'no-protein':
      return '0';
  }
};

/**
 * The canonical short form, MAF `HGVSp_Short` style: one-letter codes, `*` for the stop, no reference, no
 * parentheses. Equal changes print the same string, so it is also the key (`proteinChangeKey`).
 *
 * @example
 * import { parseProteinChange, formatProteinChange } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const parsed = parseProteinChange('NP_001420.2:p.(Met1470CysfsTer26)');
 * assert.ok(isRight(parsed));
 * assert.strictEqual(formatProteinChange(parsed.right), 'p.M1470Cfs*26');
 */
export const formatProteinChange = (pc: ProteinChange): string => `p.${spell(pc, SHORT)}`;

/**
 * The long form for reports: three-letter codes, `Ter` for the stop, and parentheses when predicted
 * (`p.(Val600Glu)`; a predicted `p.0` prints `p.0?`). Parsing it gives back the same value.
 *
 * @example
 * import { parseProteinChange, formatProteinChangeLong } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const parsed = parseProteinChange('p.W557*');
 * assert.ok(isRight(parsed));
 * assert.strictEqual(formatProteinChangeLong(parsed.right), 'p.Trp557Ter');
 */
export const formatProteinChangeLong = (pc: ProteinChange): string => {
  const body = spell(pc, LONG);
  if (!pc.predicted) return `p.${body}`;
  return pc.kind === 'no-protein' ? 'p.0?' : `p.(${body})`;
};

/**
 * A string key for maps and sets: the canonical short form. Equal changes have equal keys.
 *
 * @example
 * import { parseProteinChange, proteinChangeKey } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const parsed = parseProteinChange('p.(Ser447_Arg448dup)');
 * assert.ok(isRight(parsed));
 * assert.strictEqual(proteinChangeKey(parsed.right), 'p.S447_R448dup');
 */
export const proteinChangeKey = (pc: ProteinChange): string => formatProteinChange(pc);

/**
 * Whether two protein changes are the same change, whatever their spelling (one- or three-letter, `*` /
 * `Ter` / `X`, predicted or not, with or without a reference prefix). It compares changes, not transcripts:
 * the caller knows whether both use the same reference sequence.
 *
 * @example
 * import { parseProteinChange, equalProteinChange } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const a = parseProteinChange('p.W557X');
 * const b = parseProteinChange('NP_000213.1:p.(Trp557Ter)');
 * assert.ok(isRight(a) && isRight(b));
 * assert.strictEqual(equalProteinChange(a.right, b.right), true);
 */
export const equalProteinChange = (a: ProteinChange, b: ProteinChange): boolean =>
  proteinChangeKey(a) === proteinChangeKey(b);

const hasStop = (inserted: InsertedSequence): boolean => residuesOf(inserted).includes('*');

/** Met1 is gone: the change starts at the initiator methionine and does not put a methionine back first. */
const replacesStart = (start: Residue, firstNew: AminoAcid | null): boolean =>
  start.position === 1 && start.aa === 'M' && firstNew !== 'M';

/**
 * What the change does, for matching; see `ProteinVariantClass` for each class.
 *
 * @example
 * import { parseProteinChange, proteinVariantClass } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const parsed = parseProteinChange('p.E746_A750del');
 * assert.ok(isRight(parsed));
 * assert.strictEqual(proteinVariantClass(parsed.right), 'inframe-deletion');
 */
export const proteinVariantClass = (pc: ProteinChange): ProteinVariantClass => {
  switch (pc.kind) {
    case 'substitution':
      if (replacesStart(pc.at, pc.alt)) return 'start-loss';
      if (pc.at.aa === '*') return 'stop-loss';
      return pc.alt === '*' ? 'nonsense' : 'missense';
    case 'synonymous':
      return 'synonymous';
    case 'deletion':
      if (replacesStart(pc.start, null)) return 'start-loss';
      return pc.end.aa === '*' ? 'stop-loss' : 'inframe-deletion';
    case 'duplication':
      return 'inframe-duplication';
    case 'insertion':
      return hasStop(pc.inserted) ? 'nonsense' : 'inframe-insertion';
    case 'delins':
      if (replacesStart(pc.start, residuesOf(pc.inserted)[0] ?? null)) return 'start-loss';
      if (hasStop(pc.inserted)) return 'nonsense';
      return pc.end.aa === '*' ? 'stop-loss' : 'inframe-delins';
    case 'frameshift':
      return replacesStart(pc.at, pc.alt) ? 'start-loss' : 'frameshift';
    case 'extension':
      return pc.terminus === 'C' ? 'stop-loss' : 'start-loss';
    case 'start-loss':
      return 'start-loss';
    case 'splice':
      return 'splice-site';
    case 'unknown':
      return 'unknown';
    case 'no-protein':
      return 'no-protein';
  }
};

/**
 * Truncating: nonsense, frameshift or canonical splice site (`p.X1445_splice`). Start loss and `p.0` are
 * not counted here (ask `proteinVariantClass` for `'start-loss'` / `'no-protein'`), so a criterion can
 * choose whether loss-of-function includes them.
 *
 * @example
 * import { parseProteinChange, isTruncating } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const fs = parseProteinChange('p.S485Pfs*84');
 * const start = parseProteinChange('p.M1?');
 * assert.ok(isRight(fs) && isRight(start));
 * assert.strictEqual(isTruncating(fs.right), true);
 * assert.strictEqual(isTruncating(start.right), false);
 */
export const isTruncating = (pc: ProteinChange): boolean => {
  const c = proteinVariantClass(pc);
  return c === 'nonsense' || c === 'frameshift' || c === 'splice-site';
};

/**
 * Protein-altering: everything but synonymous and unknown (`p.?`).
 *
 * @example
 * import { parseProteinChange, isProteinAltering } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const syn = parseProteinChange('NM_004958.3:c.2997C>T(p.(Asn999=))');
 * assert.ok(isRight(syn));
 * assert.strictEqual(isProteinAltering(syn.right), false);
 */
export const isProteinAltering = (pc: ProteinChange): boolean => {
  const c = proteinVariantClass(pc);
  return c !== 'synonymous' && c !== 'unknown';
};

/** The first and last residue a change touches, when the notation names them. */
export interface AffectedResidues {
  readonly first: Residue;
  readonly last: Residue;
}

/**
 * The first and last reference residue the change touches: the residue itself for a substitution,
 * frameshift, extension or start loss; the range for deletions, duplications and delins; the two flanking
 * residues of an insertion. Null for `p.=`, `p.?`, `p.0` and splice changes (whose residue is not known).
 *
 * @example
 * import { parseProteinChange, affectedResidues } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const parsed = parseProteinChange('p.Tyr772_Ala775dup');
 * assert.ok(isRight(parsed));
 * assert.deepStrictEqual(affectedResidues(parsed.right), {
 *   first: { aa: 'Y', position: 772 },
 *   last: { aa: 'A', position: 775 },
 * });
 */
export const affectedResidues = (pc: ProteinChange): AffectedResidues | null => {
  switch (pc.kind) {
    case 'substitution':
    case 'frameshift':
    case 'extension':
    case 'start-loss':
      return { first: pc.at, last: pc.at };
    case 'synonymous':
      return pc.at === null ? null : { first: pc.at, last: pc.at };
    case 'deletion':
    case 'duplication':
    case 'insertion':
    case 'delins':
      return { first: pc.start, last: pc.end };
    case 'splice':
    case 'unknown':
    case 'no-protein':
      return null;
  }
};

/**
 * The first and last codon (protein position) the change touches, as `affectedResidues`, plus the codon of
 * a splice change (vcf2maf's estimate from the cDNA position). A frameshift touches its first codon here:
 * what follows is the truncation, which `isTruncating` answers. Null for `p.=`, `p.?` and `p.0`.
 *
 * @example
 * import { parseProteinChange, affectedCodons } from 'mtb-match';
 * import { isRight } from 'fp-ts/Either';
 * import assert from 'node:assert';
 * const parsed = parseProteinChange('p.V769_D770insASV');
 * assert.ok(isRight(parsed));
 * assert.deepStrictEqual(affectedCodons(parsed.right), { first: 769, last: 770 });
 */
export const affectedCodons = (
  pc: ProteinChange,
): { readonly first: number; readonly last: number } | null => {
  if (pc.kind === 'splice') return { first: pc.position, last: pc.position };
  const residues = affectedResidues(pc);
  return residues === null ? null : { first: residues.first.position, last: residues.last.position };
};
