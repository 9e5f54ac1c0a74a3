// The public API of mtb-match, on one screen. Explicit named exports only.

// Coded issues and results
export { defineIssues, formatIssue, formatPath } from './model/issue.js';
export type {
  Issue,
  IssueContext,
  IssuePath,
  IssueSpec,
  Issues,
  Result,
  Severity,
  SourceLocation,
} from './model/issue.js';
export { LIBRARY_VERSION } from './version.js';

// Vocabulary: genes
export { geneById, geneBySymbol, isPanelGene, normalizeGene, resolveGene } from './vocab/genes.js';
export type { GeneMatch, GeneResolution } from './vocab/genes.js';
// Vocabulary: tumor types (OncoTree)
export {
  ancestors,
  descendants,
  isA,
  isInGroup,
  oncotreeRelease,
  pathTo,
  resolveTumorType,
  tumorTypeByCode,
} from './vocab/oncotree.js';
export type { TumorGroup, TumorType, TumorTypeResolution } from './vocab/oncotree.js';
// Vocabulary: panel coverage and gene facts
export { isAssessed, knownPanels, panelGenes } from './vocab/panel.js';
export type { AssayRef, MolecularKind, PanelGene } from './vocab/panel.js';
export { geneRole, hotspotAt, hotspotSpanCovering, spliceHotspotAt } from './vocab/gene-facts.js';
export type {
  GeneRole,
  HotspotGene,
  IndelHotspotRecord,
  ResidueHotspotRecord,
  SpliceHotspotRecord,
} from './vocab/gene-facts.js';
export { referenceVersions } from './vocab/reference-data.js';
export type { ReferenceVersion } from './vocab/reference-data.js';
// Vocabulary: HGVS
export {
  affectedCodons,
  affectedResidues,
  equalProteinChange,
  formatProteinChange,
  formatProteinChangeLong,
  isProteinAltering,
  isTruncating,
  parseProteinChange,
  proteinChangeKey,
  proteinVariantClass,
} from './vocab/hgvs.js';
export type { AffectedResidues, ParseContext } from './vocab/hgvs.js';
export { cdnaRegion, formatCdnaChange, parseCdnaChange } from './vocab/cdna.js';
export type { CdnaChange, CdnaRegion } from './vocab/cdna.js';
export { aminoAcidFromCode, threeLetterAminoAcid } from './vocab/amino-acids.js';
export type { AminoAcid, ProteinChange, ProteinVariantClass, Residue } from './model/protein-change.js';

// Model: cases, findings, tables, approvals, results
export type * from './model/case.js';

// Adapters: VCF, MAF, cBioPortal study
export { DEFAULT_AMPLIFICATION_FOLD_CHANGE, readVcf } from './adapters/vcf.js';
export type { VcfKind, VcfOptions } from './adapters/vcf.js';
export { readMaf } from './adapters/maf.js';
export type { MafOptions } from './adapters/maf.js';
export { readCbioportalStudy } from './adapters/cbioportal.js';
export type { CbioportalOptions, CbioportalStudy } from './adapters/cbioportal.js';
export { studyFilesFromMap } from './adapters/cbioportal-files.js';
export type { StudyFileRole, StudyFiles } from './adapters/cbioportal-files.js';

// Matcher
export { compile } from './match/compile.js';
export type { CompileOptions } from './match/compile.js';
export type { TableBundle } from './match/compile-table.js';
export { match } from './match/match.js';
export type { MatchOptions } from './match/match.js';
export type {
  CompiledCohort,
  CompiledCriterion,
  CompiledIndication,
  CompiledLeaf,
  CompiledTable,
} from './match/compiled.js';
export type { AssessedKind, CodonSpan, MatchVocabulary } from './match/vocabulary.js';
export { defaultVocabulary, isHotspotChange } from './match/default-vocabulary.js';
export { kleeneAll, kleeneAny, kleeneNot, outcomeOrd } from './match/outcome.js';
export { fundingOn } from './match/access.js';
export type { FundingOnDate } from './match/access.js';
export { ageOn } from './match/clinical.js';
export { isOpenState } from './match/status.js';
export { candidateOrd, evidenceLevelOrd, specificityOrd, verdictOrd } from './match/rank.js';
export type * from './model/result.js';

// Adapters: JSON case, TSO500, normalization
export { normalizeCase, parseJsonCase, readJsonCase } from './adapters/json-case.js';
export type { JsonCaseOptions } from './adapters/json-case.js';
export { readTso500, TSO500_PANEL } from './adapters/tso500.js';
export { completeCase } from './adapters/complete-case.js';
export type { CaseFacts, CompleteOptions } from './adapters/complete-case.js';
export { normalizeFinding, parseSkippedExons } from './adapters/normalize-finding.js';
export type { NormalizeContext } from './adapters/normalize-finding.js';
export { detectFormat } from './adapters/detect.js';
export type { InputFormat } from './adapters/detect.js';
export { adapterIssue } from './adapters/issues.js';
export type { AdapterIssueCode } from './adapters/issues.js';
export type * from './model/draft.js';

// Cohort tables: load, validate, versions, hash, diff, lint, schemas
export { loadApprovals } from './table/load-approvals.js';
export type { LoadedApprovals } from './table/load-approvals.js';
export { loadTable } from './table/load-table.js';
export type { LoadedTable } from './table/load-table.js';
export { defaultTable, embeddedApprovals, embeddedTables } from './table/embedded.js';
export { findTable, tableAsOf, tableRef } from './table/versions.js';
export { canonicalJson, contentHash } from './table/hash.js';
export { sha256, sha256Hex } from './table/sha256.js';
export { diffTables, formatTableDiff } from './table/diff.js';
export type {
  Change,
  CohortChange,
  CohortSummary,
  EntityChanges,
  FieldChange,
  TableDiff,
} from './table/diff.js';
export { describeCriterion } from './table/describe.js';
export type { DescribeOptions } from './table/describe.js';
export { lintTables } from './table/lint.js';
export type { LintResult, RulesFile } from './table/lint.js';
export { jsonSchemas, renderJsonSchemas } from './table/json-schemas.js';
export type { JsonSchemas } from './table/json-schemas.js';
export { tableIssue } from './table/issues.js';
export type { TableIssueCode, TableIssueParams } from './table/issues.js';
export type * from './model/table.js';
export type * from './model/approvals.js';
export type { Criterion, LeafCriterion, LeafCriterionType } from './model/criteria.js';
export type { CaseInput, FindingInput, PatientInput, SampleInput, SourceInput } from './model/case-input.js';

// Reports: JSON wire format (io-ts), Markdown, HTML, re-screening
export { renderErrorRecordLine, renderJson, renderJsonLine } from './report/json.js';
export { renderMarkdown } from './report/markdown.js';
export { renderHtml } from './report/html.js';
export { escapeHtml, escapeMarkdown } from './report/escape.js';
export {
  decodeResult,
  decodeResultRecord,
  encodeErrorRecord,
  encodeResult,
  ERROR_RECORD_SCHEMA,
  ErrorRecordCodec,
  MatchResultCodec,
  parseResultRecord,
  RESULT_SCHEMA,
} from './report/codec.js';
export type { DecodeContext, ErrorRecord, MatchResultJson, ResultRecord } from './report/codec.js';
export { renderReportSchema, reportJsonSchema } from './report/report-schema.js';
export type { JsonSchema } from './report/json-schema.js';
export { compareSnapshots, renderRescreenText, snapshotOf } from './report/rescreen.js';
export type {
  CandidateChange,
  CandidateSnapshot,
  ChangeCause,
  CompareOptions,
  PatientRescreen,
  ResultSnapshot,
} from './report/rescreen.js';
export { hgvsIssue } from './vocab/hgvs-issues.js';
export type { HgvsIssueCode } from './vocab/hgvs-issues.js';
export { matchIssue } from './match/issues.js';
export { readDrugName } from './vocab/drugs.js';
export type { DrugNameReading } from './vocab/drugs.js';
