/**
 * Whether a diagnosis lies in a cohort's (or a label's) tumor types, with the OncoTree path that decided.
 *
 * Entries are OncoTree codes (descendants included) or the `SOLID` / `HEME` shorthands. An `exclude` entry
 * that covers the diagnosis wins (`not-met`). Otherwise an `include` entry that covers it gives `met`. When
 * the diagnosis is less specific than an entry (the case says `NSCLC`, the cohort includes only `LUAD`, or
 * excludes `LUAD`), the answer is `unknown`: the board must say which it is. Otherwise `not-met`. When
 * several entries cover the diagnosis, the most specific (deepest) one is named, ties by code.
 */
import type { DiagnosisRef } from '../model/case.js';
import type { TumorTypeOutcome } from '../model/result.js';
import { deepestFirst } from './plan.js';
import type { MatchVocabulary, TumorGroup } from './vocabulary.js';

const isGroup = (entry: string): entry is TumorGroup => entry === 'SOLID' || entry === 'HEME';

/**
 * Whether a tumor-type entry (OncoTree code or SOLID / HEME) covers a diagnosis code. @internal
 */
export const coversTumorType = (vocabulary: MatchVocabulary, entry: string, code: string): boolean =>
  isGroup(entry) ? vocabulary.isInGroup(code, entry) : vocabulary.isA(code, entry);

/** The tumor-type scope of a cohort. */
export interface TumorScope {
  readonly include: ReadonlyArray<string>;
  readonly exclude: ReadonlyArray<string>;
}

/**
 * Evaluates a tumor-type scope (`scope` as the table writes it, `sorted` with its entries sorted deepest
 * first by `deepestFirst`), with the diagnosis's OncoTree path.
 * @internal
 */
export const tumorTypeOutcome = (
  scope: TumorScope,
  sorted: TumorScope,
  diagnosis: DiagnosisRef,
  path: ReadonlyArray<string>,
  vocabulary: MatchVocabulary,
): TumorTypeOutcome => {
  const code = diagnosis.code;
  const covering = (entries: ReadonlyArray<string>): ReadonlyArray<string> =>
    entries.filter((e) => coversTumorType(vocabulary, e, code));
  const narrower = (entries: ReadonlyArray<string>): ReadonlyArray<string> =>
    entries.filter((e) => !isGroup(e) && e !== code && vocabulary.isA(e, code));
  const named = `${diagnosis.name} (${code})`;

  const excludedBy = covering(sorted.exclude)[0];
  if (excludedBy !== undefined) {
    return {
      diagnosis: code,
      path,
      outcome: 'not-met',
      decidedBy: { rule: 'exclude', code: excludedBy },
      reason: `${named} is excluded (${excludedBy === code ? 'listed' : `under ${excludedBy}`})`,
    };
  }
  const includedBy = covering(sorted.include)[0];
  const maybeExcluded = narrower(sorted.exclude);
  if (includedBy !== undefined) {
    if (maybeExcluded.length > 0) {
      return {
        diagnosis: code,
        path,
        outcome: 'unknown',
        decidedBy: { rule: 'exclude', code: maybeExcluded[0] ?? '' },
        reason: `${named} is included (under ${includedBy}) but may be one of the excluded ${maybeExcluded.join(', ')}: give a more specific diagnosis`,
      };
    }
    return {
      diagnosis: code,
      path,
      outcome: 'met',
      decidedBy: { rule: 'include', code: includedBy },
      reason: `${named} is included (${includedBy === code ? 'listed' : `under ${includedBy}`})`,
    };
  }
  const maybeIncluded = narrower(sorted.include);
  if (maybeIncluded.length > 0) {
    return {
      diagnosis: code,
      path,
      outcome: 'unknown',
      decidedBy: { rule: 'include', code: maybeIncluded[0] ?? '' },
      reason: `${named} may be one of the included ${maybeIncluded.join(', ')}: give a more specific diagnosis`,
    };
  }
  return {
    diagnosis: code,
    path,
    outcome: 'not-met',
    decidedBy: null,
    reason: `${named} is not among the included tumor types (${scope.include.join(', ')})`,
  };
};

/**
 * Evaluates a tumor-type scope for a diagnosis.
 * @internal
 */
export const evaluateTumorType = (
  scope: TumorScope,
  diagnosis: DiagnosisRef,
  vocabulary: MatchVocabulary,
): TumorTypeOutcome =>
  tumorTypeOutcome(
    scope,
    { include: deepestFirst(vocabulary, scope.include), exclude: deepestFirst(vocabulary, scope.exclude) },
    diagnosis,
    vocabulary.pathTo(diagnosis.code),
    vocabulary,
  );
