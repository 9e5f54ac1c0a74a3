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
import type { MatchVocabulary, TumorGroup } from './vocabulary.js';

const isGroup = (entry: string): entry is TumorGroup => entry === 'SOLID' || entry === 'HEME';

/**
 * Whether a tumor-type entry (OncoTree code or SOLID / HEME) covers a diagnosis code. @internal
 */
export const coversTumorType = (vocabulary: MatchVocabulary, entry: string, code: string): boolean =>
  isGroup(entry) ? vocabulary.isInGroup(code, entry) : vocabulary.isA(code, entry);

const deepestFirst =
  (vocabulary: MatchVocabulary) =>
  (a: string, b: string): number => {
    const da = isGroup(a) ? 0 : vocabulary.pathTo(a).length;
    const db = isGroup(b) ? 0 : vocabulary.pathTo(b).length;
    return db - da || (a < b ? -1 : a > b ? 1 : 0);
  };

/** The tumor-type scope of a cohort. */
export interface TumorScope {
  readonly include: ReadonlyArray<string>;
  readonly exclude: ReadonlyArray<string>;
}

/**
 * Evaluates a tumor-type scope for a diagnosis.
 * @internal
 */
export const evaluateTumorType = (
  scope: TumorScope,
  diagnosis: DiagnosisRef,
  vocabulary: MatchVocabulary,
): TumorTypeOutcome => {
  const code = diagnosis.code;
  const path = vocabulary.pathTo(code);
  const order = deepestFirst(vocabulary);
  const sorted = (entries: ReadonlyArray<string>): ReadonlyArray<string> =>
    entries.length < 2 ? entries : [...entries].sort(order);
  const covering = (entries: ReadonlyArray<string>): ReadonlyArray<string> =>
    sorted(entries.filter((e) => coversTumorType(vocabulary, e, code)));
  const narrower = (entries: ReadonlyArray<string>): ReadonlyArray<string> =>
    sorted(entries.filter((e) => !isGroup(e) && e !== code && vocabulary.isA(e, code)));
  const base = { diagnosis: code, path };
  const named = `${diagnosis.name} (${code})`;

  const excludedBy = covering(scope.exclude)[0];
  if (excludedBy !== undefined) {
    return {
      ...base,
      outcome: 'not-met',
      decidedBy: { rule: 'exclude', code: excludedBy },
      reason: `${named} is excluded (${excludedBy === code ? 'listed' : `under ${excludedBy}`})`,
    };
  }
  const includedBy = covering(scope.include)[0];
  const maybeExcluded = narrower(scope.exclude);
  if (includedBy !== undefined) {
    if (maybeExcluded.length > 0) {
      return {
        ...base,
        outcome: 'unknown',
        decidedBy: { rule: 'exclude', code: maybeExcluded[0] ?? '' },
        reason: `${named} is included (under ${includedBy}) but may be one of the excluded ${maybeExcluded.join(', ')}: give a more specific diagnosis`,
      };
    }
    return {
      ...base,
      outcome: 'met',
      decidedBy: { rule: 'include', code: includedBy },
      reason: `${named} is included (${includedBy === code ? 'listed' : `under ${includedBy}`})`,
    };
  }
  const maybeIncluded = narrower(scope.include);
  if (maybeIncluded.length > 0) {
    return {
      ...base,
      outcome: 'unknown',
      decidedBy: { rule: 'include', code: maybeIncluded[0] ?? '' },
      reason: `${named} may be one of the included ${maybeIncluded.join(', ')}: give a more specific diagnosis`,
    };
  }
  return {
    ...base,
    outcome: 'not-met',
    decidedBy: null,
    reason: `${named} is not among the included tumor types (${scope.include.join(', ')})`,
  };
};
