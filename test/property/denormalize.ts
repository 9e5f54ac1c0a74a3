/**
 * Writes a normalized case back as a JSON case, the way a careful user would write it: approved gene
 * symbols, the protein change in the library's long form (with its reference and parentheses when
 * predicted, which the short form drops), explicit assay arms. Normalizing that JSON again must give the
 * same case: normalization is idempotent.
 */
import type { Case, Finding } from '../../src/model/case.js';
import { formatProteinChangeLong } from '../../src/vocab/hgvs.js';

const compact = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

const findingInput = (f: Finding): Record<string, unknown> => {
  switch (f.kind) {
    case 'sequence-variant':
      return compact({
        kind: f.kind,
        gene: f.gene.symbol,
        proteinChange:
          f.protein === null
            ? f.proteinText
            : `${f.protein.reference === null ? '' : `${f.protein.reference}:`}${formatProteinChangeLong(f.protein)}`,
        cdnaChange: f.cdnaText,
        transcript: f.transcript,
        consequences: f.consequences.length === 0 ? null : f.consequences,
        exon: f.exon === null ? null : `${f.exon.number}${f.exon.total === null ? '' : `/${f.exon.total}`}`,
        vaf: f.vaf,
        depth: f.depth,
        origin: f.origin,
      });
    case 'copy-number':
      return compact({
        kind: f.kind,
        gene: f.gene.symbol,
        call: f.call,
        foldChange: f.foldChange,
        copyNumber: f.copyNumberDerived ? null : f.copyNumber,
      });
    case 'fusion':
      return compact({
        kind: f.kind,
        gene5: f.gene5.symbol,
        gene3: f.gene3.symbol,
        orientationKnown: f.orientationKnown,
        breakpoint5: f.breakpoint5,
        breakpoint3: f.breakpoint3,
        supportingReads: f.supportingReads,
      });
    case 'splice':
      return compact({
        kind: f.kind,
        gene: f.gene.symbol,
        skippedExons:
          f.skippedExons === null
            ? null
            : f.skippedExons.from === f.skippedExons.to
              ? `${f.skippedExons.from}`
              : `${f.skippedExons.from}-${f.skippedExons.to}`,
        label: f.label,
        supportingReads: f.supportingReads,
      });
    case 'tmb':
      return compact({
        kind: f.kind,
        value: f.value,
        eligibleVariants: f.eligibleVariants,
        regionSizeMb: f.regionSizeMb,
      });
    case 'msi':
      return compact({
        kind: f.kind,
        percentUnstable: f.percentUnstable,
        usableSites: f.usableSites,
        status: f.status,
      });
    case 'hrd':
      return { kind: f.kind, score: f.score };
    case 'ihc':
      return { kind: f.kind, marker: f.marker, score: f.score };
  }
};

/** The normalized case as a JSON case (rejected findings are left out: they were not findings). */
export const denormalize = (c: Case): Record<string, unknown> => ({
  patient: compact({
    id: c.patient.id,
    age: c.patient.age,
    birthDate: c.patient.birthDate,
    sex: c.patient.sex,
    ecog: c.patient.ecog ?? 'unknown',
    standardTherapyExhausted: c.patient.standardTherapyExhausted,
    priorDrugs: c.patient.priorDrugs,
    diagnosis: c.patient.diagnosis.code,
  }),
  sample: compact({
    id: c.sample.id,
    date: c.sample.date,
    assay: { ...compact({ ...c.sample.assay }), panel: c.sample.assay.panel },
    purity: c.sample.purity,
  }),
  findings: c.findings.map(findingInput),
});

const ECHO: ReadonlySet<string> = new Set(['source', 'inputId', 'notes', 'inputGene', 'proteinText']);

/**
 * A finding without what only echoes the input: its spelling (gene and protein change as written), where
 * it came from (also the input index in the key of a variant without a change to key it by), and the
 * notes on the spelling.
 */
export const withoutEcho = (f: Finding): Record<string, unknown> => ({
  ...Object.fromEntries(Object.entries(f).filter(([k]) => !ECHO.has(k))),
  key: f.key.replace(/@findings\[\d+\]/g, '@findings[#]'),
});
