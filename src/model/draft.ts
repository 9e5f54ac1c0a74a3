/**
 * What an adapter reads out of a lab file before the vocabulary is applied: raw findings with the line they
 * came from, rows it had to reject, and whatever patient and sample facts the file holds. `completeCase`
 * (adapters) merges patient facts given elsewhere (CLI flags) and normalizes a draft into a `Case`.
 */
import type { Issue, SourceLocation } from './issue.js';
import type { CaseSource, RejectedFinding } from './case.js';
import type { FindingInput, PatientInput, SampleInput } from './case-input.js';

/** One finding as read from a file, not yet normalized. */
export interface DraftFinding {
  readonly input: FindingInput;
  readonly source: SourceLocation;
}

/** A case as read from a file: facts it holds, raw findings, rejected rows, notices. */
export interface CaseDraft {
  readonly patient: Partial<PatientInput>;
  readonly sample: Partial<SampleInput>;
  readonly findings: ReadonlyArray<DraftFinding>;
  readonly rejected: ReadonlyArray<RejectedFinding>;
  readonly notices: ReadonlyArray<Issue>;
  readonly source: CaseSource;
}
