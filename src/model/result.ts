/**
 * The match result: what other tools read. Names in this file are a contract (see the Matcher issue):
 * `candidates[]` with `cohortId`, `drugs`, `verdict`, `access`, `reasons[]` and the evaluated criteria tree;
 * `findings[]` with gene, change and `status`; `table` (`id`, `version`, `hash`); `asOf`.
 */
import type { Issue, SourceLocation } from './issue.js';
import type { CohortState, EvidenceLevel } from './table.js';

/** Three-valued (Kleene) outcome of a criterion. */
export type Outcome = 'met' | 'not-met' | 'unknown';

/** The verdict on one cohort for one patient on one date. */
export type Verdict = 'eligible' | 'needs-review' | 'ineligible' | 'not-evaluable';

/** Access on the as-of date: the trial's territory, standard care, or the gap between the two. */
export type AccessStatus = 'off-label' | 'on-label-unfunded' | 'on-label';

/** How precisely a cohort's criteria matched, most specific first. */
export type Specificity = 'change' | 'codon' | 'exon' | 'class' | 'gene' | 'biomarker';

/** One node of a cohort's criteria tree, evaluated. */
export interface EvaluatedCriterion {
  readonly type: string;
  /** The criterion in words, e.g. "ERBB2 amplification (copy number >= 6)". */
  readonly description: string;
  readonly outcome: Outcome;
  /** Why, in words, e.g. "KRAS not assessed by TSO500 (no DNA arm)". */
  readonly reason: string;
  /** Keys of the findings used as evidence (met or vetoing). */
  readonly evidence: ReadonlyArray<string>;
  /** Set on met leaves: how specific the match was. */
  readonly specificity: Specificity | null;
  readonly children: ReadonlyArray<EvaluatedCriterion>;
}

/** Tumor-type outcome with the OncoTree path that decided it. */
export interface TumorTypeOutcome {
  readonly outcome: Outcome;
  readonly diagnosis: string;
  /** OncoTree path from the root to the diagnosis, e.g. ["TISSUE","LUNG","NSCLC","LUAD"]. */
  readonly path: ReadonlyArray<string>;
  /** The include/exclude entry that decided, if any. */
  readonly decidedBy: { readonly rule: 'include' | 'exclude'; readonly code: string } | null;
  readonly reason: string;
}

/** The Norwegian funding status of an indication on the as-of date. */
export type FundingStatus =
  'funded' | 'temporarily-funded' | 'predates-system' | 'refused' | 'pending' | 'unknown';

/** An EU indication used to decide access, with its funding on the as-of date. */
export interface IndicationUsed {
  readonly id: string;
  readonly drugs: ReadonlyArray<string>;
  readonly summary: string;
  readonly tumorAgnostic: boolean;
  readonly euDate: string;
  readonly funding: FundingStatus;
  /** The decision that gave `funding`, if any. */
  readonly decision: {
    readonly date: string;
    readonly decision: string;
    readonly methodId: string | null;
    readonly usableFrom: string | null;
  } | null;
  /** The biomarker outcome of the label for this patient (unknown = label may apply, review). */
  readonly biomarker: Outcome;
}

/** Access on the as-of date, naming the indication and decision used. */
export interface AccessOutcome {
  readonly status: AccessStatus;
  readonly reason: string;
  /** The indication that made it on-label (or on-label-unfunded); null when off-label. */
  readonly indication: IndicationUsed | null;
  /** Labels whose biomarker could not be confirmed either way: the board must check. */
  readonly possible: ReadonlyArray<IndicationUsed>;
  /** Indications approved after the as-of date (for historical dates), as context. */
  readonly later: ReadonlyArray<IndicationUsed>;
}

/** Cohort status on the as-of date. */
export interface CohortStatusOutcome {
  readonly state: CohortState;
  readonly since: string;
  readonly open: boolean;
  readonly enrolled: number | null;
  readonly slotsLeft: number | null;
  readonly partner: { readonly id: string; readonly name: string; readonly slots: number | null };
  readonly reason: string;
}

/** One clinical criterion, evaluated. */
export interface ClinicalOutcome {
  readonly criterion: 'age' | 'ecog' | 'standard-therapy-exhausted' | 'prior-drug';
  readonly outcome: Outcome;
  readonly reason: string;
}

/** A reason for a verdict, in words, with a stable code. */
export interface Reason {
  readonly code: string;
  /** blocks: makes it ineligible; review: needs the board's check; supports: why it is a candidate. */
  readonly effect: 'blocks' | 'review' | 'supports';
  readonly message: string;
}

/** One cohort considered for the patient. */
export interface Candidate {
  readonly cohortId: string;
  readonly title: string;
  readonly regimenId: string;
  readonly drugs: ReadonlyArray<string>;
  readonly verdict: Verdict;
  readonly access: AccessOutcome;
  readonly reasons: ReadonlyArray<Reason>;
  readonly criteria: EvaluatedCriterion;
  readonly molecular: Outcome;
  readonly tumorType: TumorTypeOutcome;
  readonly status: CohortStatusOutcome;
  readonly clinical: ReadonlyArray<ClinicalOutcome>;
  readonly evidenceLevel: EvidenceLevel;
  readonly specificity: Specificity | null;
  readonly matchedFindings: ReadonlyArray<string>;
  readonly inferred: boolean;
  readonly sources: ReadonlyArray<string>;
  /** 1-based rank in the documented order. */
  readonly rank: number;
}

/** A cohort the patient nearly matched, and why not. */
export interface NearMiss {
  readonly cohortId: string;
  readonly drugs: ReadonlyArray<string>;
  readonly kind: 'tumor-type' | 'access' | 'status' | 'clinical' | 'variant' | 'threshold' | 'wild-type';
  readonly message: string;
}

/** What became of one input finding. */
export type FindingStatus = 'matched' | 'not-actionable' | 'off-panel' | 'rejected';

/** One input finding and what became of it. */
export interface FindingAccount {
  readonly key: string;
  readonly kind: string;
  readonly gene: string | null;
  /** Display form: `p.V600E`, `amplification (CN 8.2)`, `EML4::ALK`, `TMB 24 mut/Mb`. */
  readonly change: string;
  readonly status: FindingStatus;
  /** Cohorts whose criteria this finding met (or vetoed). */
  readonly cohorts: ReadonlyArray<string>;
  readonly reason: string;
  readonly source: SourceLocation | null;
}

/** The same drug across cohorts, once, with all its routes to the patient. */
export interface DrugView {
  readonly drug: string;
  readonly bestVerdict: Verdict;
  readonly cohorts: ReadonlyArray<{
    readonly cohortId: string;
    readonly verdict: Verdict;
    readonly access: AccessStatus;
  }>;
}

/** Something the panel did not assess that a cohort of the table needs: "not tested" is not "negative". */
export interface UntestedNote {
  readonly gene: string | null;
  readonly what: string;
  readonly cohorts: ReadonlyArray<string>;
  readonly message: string;
}

/** The whole answer for one case, one table version, one date. */
export interface MatchResult {
  readonly schema: 'mtb-match/result@1';
  readonly library: { readonly name: 'mtb-match'; readonly version: string };
  readonly table: { readonly id: string; readonly version: string; readonly hash: string };
  readonly asOf: string;
  readonly patient: {
    readonly id: string;
    readonly diagnosis: {
      readonly code: string;
      readonly name: string;
      readonly path: ReadonlyArray<string>;
    };
  };
  readonly sample: {
    readonly id: string;
    readonly panel: string | null;
    readonly dna: boolean;
    readonly rna: boolean;
  };
  readonly candidates: ReadonlyArray<Candidate>;
  readonly drugs: ReadonlyArray<DrugView>;
  readonly nearMisses: ReadonlyArray<NearMiss>;
  readonly findings: ReadonlyArray<FindingAccount>;
  readonly untested: ReadonlyArray<UntestedNote>;
  readonly issues: ReadonlyArray<Issue>;
  readonly summary: {
    readonly eligible: number;
    readonly needsReview: number;
    readonly ineligible: number;
    readonly notEvaluable: number;
    readonly findings: Readonly<Record<FindingStatus, number>>;
  };
}
