/**
 * The normalized case the matcher reads: genes resolved to HGNC, protein changes parsed, tumor type
 * resolved in OncoTree, unknown facts modelled as `null` / `'unknown'`, and every input finding either
 * here as a finding or in `rejected` with its reasons.
 */
import type { Issue, SourceLocation } from './issue.js';
import type { ProteinChange } from './protein-change.js';

/** A gene resolved to its HGNC id and current approved symbol. */
export interface GeneRef {
  readonly hgncId: string;
  readonly symbol: string;
}

/** Germline, somatic, or (tumor-only assays) unknown. */
export type Origin = 'somatic' | 'germline' | 'unknown';

/** How a sequence variant changes the transcript, derived from protein change, cDNA and SO terms. */
export type VariantClass =
  | 'missense'
  | 'nonsense'
  | 'frameshift'
  | 'inframe-deletion'
  | 'inframe-insertion'
  | 'inframe-duplication'
  | 'inframe-delins'
  | 'start-loss'
  | 'stop-loss'
  | 'splice-site'
  | 'splice-region'
  | 'synonymous'
  | 'intronic'
  | 'utr'
  | 'non-coding'
  | 'intergenic'
  | 'unknown';

/** Fields every normalized finding has. */
interface FindingBase {
  /** Canonical key from the finding's content (not its position), e.g. `sv:ERBB2:p.S310F`. */
  readonly key: string;
  /** The id the input gave, if any. */
  readonly inputId: string | null;
  readonly source: SourceLocation | null;
  /** Warnings and notices raised while normalizing this finding. */
  readonly notes: ReadonlyArray<Issue>;
}

/** A small variant after normalization. */
export interface SequenceVariantFinding extends FindingBase {
  readonly kind: 'sequence-variant';
  readonly gene: GeneRef;
  /** The symbol as written in the input, when it differed from the approved symbol. */
  readonly inputGene: string;
  readonly protein: ProteinChange | null;
  readonly proteinText: string | null;
  readonly cdnaText: string | null;
  readonly transcript: string | null;
  readonly consequences: ReadonlyArray<string>;
  readonly variantClass: VariantClass;
  readonly proteinAltering: boolean;
  readonly truncating: boolean;
  readonly exon: { readonly number: number; readonly total: number | null } | null;
  readonly vaf: number | null;
  readonly depth: number | null;
  readonly origin: Origin;
}

/** Copy-number call after normalization. */
export interface CopyNumberFinding extends FindingBase {
  readonly kind: 'copy-number';
  readonly gene: GeneRef;
  readonly inputGene: string;
  readonly call: 'amplification' | 'gain' | 'neutral' | 'loss' | 'deletion' | 'homozygous-deletion';
  readonly foldChange: number | null;
  /** Absolute copy number: given, or derived from fold change and purity (`copyNumberDerived`). */
  readonly copyNumber: number | null;
  readonly copyNumberDerived: boolean;
}

/** Fusion after normalization; partners in 5' -> 3' order when `orientationKnown`. */
export interface FusionFinding extends FindingBase {
  readonly kind: 'fusion';
  readonly gene5: GeneRef;
  readonly gene3: GeneRef;
  readonly orientationKnown: boolean;
  readonly breakpoint5: string | null;
  readonly breakpoint3: string | null;
  readonly supportingReads: number | null;
}

/** RNA splice variant / exon skipping after normalization. */
export interface SpliceFinding extends FindingBase {
  readonly kind: 'splice';
  readonly gene: GeneRef;
  readonly skippedExons: { readonly from: number; readonly to: number } | null;
  readonly label: string | null;
  readonly supportingReads: number | null;
}

/** Tumor mutational burden. */
export interface TmbFinding extends FindingBase {
  readonly kind: 'tmb';
  readonly value: number;
  readonly eligibleVariants: number | null;
  readonly regionSizeMb: number | null;
}

/** Microsatellite instability. */
export interface MsiFinding extends FindingBase {
  readonly kind: 'msi';
  readonly percentUnstable: number | null;
  readonly usableSites: number | null;
  readonly status: 'MSI-H' | 'MSI-L' | 'MSS' | 'inconclusive' | null;
}

/** Genomic instability score. */
export interface HrdFinding extends FindingBase {
  readonly kind: 'hrd';
  readonly score: number;
}

/** Immunohistochemistry result. */
export interface IhcFinding extends FindingBase {
  readonly kind: 'ihc';
  readonly marker: string;
  readonly score: string;
}

/** Any normalized finding, discriminated on `kind`. */
export type Finding =
  | SequenceVariantFinding
  | CopyNumberFinding
  | FusionFinding
  | SpliceFinding
  | TmbFinding
  | MsiFinding
  | HrdFinding
  | IhcFinding;

/** The kinds of finding. */
export type FindingKind = Finding['kind'];

/** An input finding that could not be normalized, kept with its reasons. */
export interface RejectedFinding {
  /** A short rendering of what the input said, e.g. `HER-2x p.V600E`. */
  readonly summary: string;
  readonly source: SourceLocation | null;
  readonly issues: ReadonlyArray<Issue>;
}

/** The tumor type, resolved in OncoTree. */
export interface DiagnosisRef {
  readonly code: string;
  readonly name: string;
  /** The code as given, when it was a retired code mapped forward. */
  readonly resolvedFrom: string | null;
}

/** Patient facts; `null` or `'unknown'` is "not known", never a default. */
export interface Patient {
  readonly id: string;
  readonly age: number | null;
  readonly birthDate: string | null;
  readonly sex: 'female' | 'male' | 'other' | 'unknown';
  readonly ecog: 0 | 1 | 2 | 3 | 4 | null;
  readonly standardTherapyExhausted: 'yes' | 'no' | 'unknown';
  /** Lowercase INNs. */
  readonly priorDrugs: ReadonlyArray<string>;
  readonly diagnosis: DiagnosisRef;
}

/** The assay: the panel decides what was assessed; either arm may be absent. */
export interface Assay {
  /** Panel id known to the reference data (e.g. `TSO500`), or null when unknown: then nothing counts as tested. */
  readonly panel: string | null;
  readonly version: string | null;
  readonly dna: boolean;
  readonly rna: boolean;
}

/** The tested sample. */
export interface Sample {
  readonly id: string;
  readonly date: string | null;
  readonly assay: Assay;
  readonly purity: number | null;
}

/** Where the case came from. */
export interface CaseSource {
  readonly format: 'json' | 'tso500' | 'vcf' | 'maf' | 'cbioportal';
  readonly file: string | null;
}

/** A normalized case: the matcher's only input besides the table and the date. */
export interface Case {
  readonly patient: Patient;
  readonly sample: Sample;
  readonly findings: ReadonlyArray<Finding>;
  readonly rejected: ReadonlyArray<RejectedFinding>;
  /** Case-level warnings and notices (unknown sections, mapped retired codes, ...). */
  readonly notices: ReadonlyArray<Issue>;
  readonly source: CaseSource;
  /** How many input rows/findings were read; findings + rejected account for all of them. */
  readonly inputCount: number;
}
