/**
 * The compiled form of a cohort table: genes resolved to HGNC ids, protein changes parsed, words for every
 * criterion prepared, status events and funding decisions sorted, and an index from gene / biomarker keys
 * to the cohorts whose criteria can be met by a finding with that key.
 */
import type { GeneRef } from '../model/case.js';
import type { LeafCriterion } from '../model/criteria.js';
import type { Issue } from '../model/issue.js';
import type { FundingDecision, Indication } from '../model/approvals.js';
import type { ProteinChange } from '../model/protein-change.js';
import type { DeepReadonly } from '../model/readonly.js';
import type { Cohort, Eligibility, Partner, Regimen, Settings, StatusEvent } from '../model/table.js';
import type { MatchCache } from './table-cache.js';
import type { MatchVocabulary } from './vocabulary.js';

/** A leaf criterion with its gene (and fusion partner) resolved and its protein changes parsed. */
export interface CompiledLeaf {
  readonly node: 'leaf';
  readonly criterion: DeepReadonly<LeafCriterion>;
  readonly description: string;
  /** The criterion's gene, resolved; null for biomarker leaves or when it could not be resolved. */
  readonly gene: GeneRef | null;
  /** A fusion criterion's partner, resolved. */
  readonly partner: GeneRef | null;
  /** Parsed protein changes of a `by: change` selector (unparsable ones are left out, with an issue). */
  readonly changes: ReadonlyArray<ProteinChange>;
  /** Why this leaf can only be unknown (its gene could not be resolved), or null. */
  readonly problem: string | null;
}

/** An `all` / `any` node. */
export interface CompiledBranch {
  readonly node: 'all' | 'any';
  readonly description: string;
  readonly of: ReadonlyArray<CompiledCriterion>;
}

/** A `not` node: a required wild type or a resistance veto. */
export interface CompiledNot {
  readonly node: 'not';
  readonly description: string;
  readonly of: CompiledCriterion;
}

/** A compiled criteria tree. */
export type CompiledCriterion = CompiledLeaf | CompiledBranch | CompiledNot;

/** A cohort ready to be matched. */
export interface CompiledCohort {
  readonly cohort: Cohort;
  readonly regimen: Regimen | null;
  readonly partner: { readonly id: string; readonly name: string; readonly slots: number | null };
  /** Lowercase INNs of the regimen, sorted. */
  readonly drugs: ReadonlyArray<string>;
  readonly criteria: CompiledCriterion;
  /** The index keys that reach this cohort (from leaves that count for it, not from wild-type requirements). */
  readonly keys: ReadonlyArray<string>;
  /** Trial-wide eligibility with the cohort's overrides applied. */
  readonly eligibility: Eligibility;
  /** Status events sorted by date (table order kept within a date). */
  readonly status: ReadonlyArray<StatusEvent>;
  /** EU indications of any drug of the regimen, sorted by id. */
  readonly indications: ReadonlyArray<CompiledIndication>;
}

/** An EU indication with its biomarker compiled and its decisions sorted by date. */
export interface CompiledIndication {
  readonly indication: Indication;
  readonly biomarker: CompiledCriterion | null;
  readonly decisions: ReadonlyArray<FundingDecision>;
}

/** A whole table, compiled for matching. */
export interface CompiledTable {
  readonly id: string;
  readonly version: string;
  readonly hash: string;
  readonly title: string;
  readonly effectiveFrom: string;
  readonly settings: Settings;
  readonly partners: ReadonlyArray<Partner>;
  /** Cohorts sorted by id. */
  readonly cohorts: ReadonlyArray<CompiledCohort>;
  /** Index key (`gene:HGNC:1097`, `tmb`, `msi`, `hrd`, `ihc:HER2`) -> positions in `cohorts`, ascending. */
  readonly index: ReadonlyMap<string, ReadonlyArray<number>>;
  /** HGNC ids any cohort criterion names (wild-type requirements included). */
  readonly genesNamed: ReadonlySet<string>;
  /** Biomarker kinds (`tmb`, `msi`, `hrd`, `ihc`) any cohort criterion uses. */
  readonly biomarkersNamed: ReadonlySet<string>;
  /** Problems met while compiling; every result carries them. */
  readonly issues: ReadonlyArray<Issue>;
  readonly vocabulary: MatchVocabulary;
  /**
   * The match plan (what compile works out once per cohort) and the bounded caches `match` fills as it
   * goes (see table-cache.ts). Internal: not part of the table's meaning; two tables share nothing.
   */
  readonly memo: MatchCache;
}
