/**
 * `CaseDraft` (what an adapter read) + facts given by the caller (CLI flags) -> the normalized `Case`.
 *
 * Decisions:
 * - Facts given by the caller override the file's; when both say something different, a warning names
 *   the field and both values.
 * - A diagnosis is required (`missing_diagnosis`: pass `--diagnosis <OncoTree code>`); it is resolved in
 *   OncoTree (unknown: error with suggestions; retired: mapped forward with the vocabulary's notice).
 * - Unknown facts stay `null` / `'unknown'`, never defaulted. A missing patient id takes the sample id and a
 *   missing sample id the patient id (notice); with neither, the case fails.
 * - Assay `{ panel, version, dna, rna }`: no assay -> panel null (nothing counts as tested), notice. An arm
 *   not stated reads as tested only when the case holds findings only that arm produces (DNA: sequence
 *   variants, copy number, TMB, MSI, HRD; RNA: fusions, splice variants), else as not tested; notice.
 * - Every finding is normalized; one that fails goes to `rejected` with its issues and a summary.
 * - Duplicates (same key): the first in input order is kept; each later one is listed in `rejected` with a
 *   notice (same content) or warning (different content) naming both sources, so
 *   `findings.length + rejected.length === inputCount` always holds.
 * - Findings are sorted by key, rejected ones by summary then source: the output does not depend on the
 *   input order.
 */
import { left, right } from 'fp-ts/Either';
import type { Ord } from 'fp-ts/Ord';
import { fromCompare } from 'fp-ts/Ord';
import { sort } from 'fp-ts/ReadonlyArray';
import { Ord as stringOrd } from 'fp-ts/string';
import { Ord as numberOrd } from 'fp-ts/number';
import type { Issue, IssuePath, Result, SourceLocation } from '../model/issue.js';
import { formatPath } from '../model/issue.js';
import type { Assay, Case, DiagnosisRef, Finding, Patient, RejectedFinding, Sample } from '../model/case.js';
import type { FindingInput, PatientInput, SampleInput } from '../model/case-input.js';
import { PatientInputSchema, SampleInputSchema } from '../model/case-input.js';
import type { CaseDraft } from '../model/draft.js';
import { readDrugName } from '../vocab/drugs.js';
import { resolveTumorType } from '../vocab/oncotree.js';
import { adapterIssue, describeAt } from './issues.js';
import { normalizeFinding } from './normalize-finding.js';
import { fastSafeParse } from './zod-fast-path.js';
import { zodIssues } from './zod-issues.js';

/** Options of `completeCase` for adapters. */
export interface CompleteOptions {
  /** The input path of draft finding `i`, when it is not `findings[i]` (JSON cases with rejected findings). */
  readonly findingPath?: (index: number) => IssuePath;
}

/** Facts given besides the file (CLI flags): patient fields, and sample fields under `sample`. */
export type CaseFacts = Partial<PatientInput> & { readonly sample?: Partial<SampleInput> };

/** The file's facts as the JSON case schema checks them, all optional (zod with its fast path). */
const FILE_SCHEMAS = {
  patient: { safeParse: fastSafeParse(PatientInputSchema.partial()) },
  sample: { safeParse: fastSafeParse(SampleInputSchema.partial()) },
};

const show = (v: unknown): string => JSON.stringify(v);

/** Merges file facts and given facts field by field; a disagreement is a warning. */
const merge = <T extends object>(
  fromFile: Partial<T>,
  given: Partial<T>,
  prefix: string,
  issues: Issue[],
): Partial<T> => {
  const out: Record<string, unknown> = { ...fromFile };
  for (const [k, v] of Object.entries(given)) {
    if (v === undefined) continue;
    const old = (fromFile as Record<string, unknown>)[k];
    if (old !== undefined && show(old) !== show(v)) {
      const path = [prefix, k];
      issues.push(
        adapterIssue(
          'fact_conflict',
          { at: formatPath(path), file: show(old), given: show(v) },
          { path, input: show(v) },
        ),
      );
    }
    out[k] = v;
  }
  return out as Partial<T>;
};

const DNA_KINDS: ReadonlySet<FindingInput['kind']> = new Set([
  'sequence-variant',
  'copy-number',
  'tmb',
  'msi',
  'hrd',
]);
const RNA_KINDS: ReadonlySet<FindingInput['kind']> = new Set(['fusion', 'splice']);

/**
 * A short rendering of what an input finding said, e.g. `HER-2x p.V600E`, for rejected findings.
 *
 * @internal
 */
export const summarizeFinding = (input: FindingInput): string => {
  switch (input.kind) {
    case 'sequence-variant':
      return [input.gene || '(no gene)', input.proteinChange ?? input.cdnaChange ?? 'variant'].join(' ');
    case 'copy-number':
      return [
        input.gene || '(no gene)',
        input.call ?? 'copy number',
        ...(input.foldChange === undefined ? [] : [`FC ${input.foldChange}`]),
        ...(input.copyNumber === undefined ? [] : [`CN ${input.copyNumber}`]),
      ].join(' ');
    case 'fusion':
      return `${input.gene5 || '?'}::${input.gene3 || '?'} fusion`;
    case 'splice':
      return `${input.gene || '(no gene)'} splice ${input.skippedExons ?? input.label ?? ''}`.trim();
    case 'tmb':
      return `TMB ${input.value}`;
    case 'msi':
      return `MSI ${input.percentUnstable ?? input.status ?? ''}`.trim();
    case 'hrd':
      return `HRD ${input.score}`;
    case 'ihc':
      return `${input.marker} IHC ${input.score}`;
  }
};

/** Whether an object has no own enumerable field (as `Object.keys(o).length === 0`, without the array). */
const isEmpty = (o: object): boolean => {
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) return false;
  return true;
};

const placeOf = (source: SourceLocation | null, path: IssuePath): string =>
  source?.line !== undefined ? describeAt([], source) : describeAt(path, source);

/** Fields that may differ between two copies of one finding without a conflict: identity and notation. */
const NOTATION_FIELDS: ReadonlySet<string> = new Set([
  'key',
  'inputId',
  'source',
  'notes',
  'inputGene',
  'protein',
  'proteinText',
  'cdnaText',
  'transcript',
  'consequences',
]);

/** The fields that make two findings with one key differ (everything but key, id, source, notes). */
const differingFields = (a: Finding, b: Finding): ReadonlyArray<string> => {
  // Notation (spelling, transcript, SO terms) may differ between two spellings of one change; the
  // substance (class, numbers, partners, breakpoints) may not.
  const ignore = NOTATION_FIELDS;
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(ra), ...Object.keys(rb)])]
    .filter((k) => !ignore.has(k) && show(ra[k]) !== show(rb[k]))
    .sort();
};

/** The substance of a finding (what `differingFields` compares), as one comparable string. */
const substanceOf = (f: Finding): string => {
  const r = f as unknown as Record<string, unknown>;
  return Object.keys(r)
    .filter((k) => !NOTATION_FIELDS.has(k))
    .sort()
    .map((k) => `${k}=${show(r[k])}`)
    .join(';');
};

/** Copies of one finding in content order, then by where they came from: never by input order. */
const byContentThenPlace = (a: Copy, b: Copy): number => {
  const sa = substanceOf(a.finding);
  const sb = substanceOf(b.finding);
  if (sa !== sb) return sa < sb ? -1 : 1;
  const pa = placeOf(a.finding.source, a.path);
  const pb = placeOf(b.finding.source, b.path);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
};

/**
 * Prior drugs as lowercase INNs: brand names are read as their INNs (with a notice), names that are
 * neither are kept as written (lowercase) with a warning, so the board checks them against the regimen.
 */
const priorDrugsOf = (names: ReadonlyArray<string>, issues: Issue[]): ReadonlyArray<string> => {
  const inns = new Set<string>();
  names.forEach((name, i) => {
    const path: IssuePath = ['patient', 'priorDrugs', i];
    const reading = readDrugName(name);
    if (reading === null) {
      inns.add(name.trim().toLowerCase());
      issues.push(adapterIssue('unknown_drug_name', { name, at: formatPath(path) }, { path, input: name }));
      return;
    }
    if (reading.matchedBy === 'brand') {
      issues.push(
        adapterIssue(
          'brand_drug_name',
          { name, inns: reading.inns.join(' + '), at: formatPath(path) },
          { path, input: name },
        ),
      );
    }
    reading.inns.forEach((inn) => inns.add(inn));
  });
  return [...inns].sort();
};

/** One normalized copy of a finding, with where it was and what the input said. */
interface Copy {
  readonly finding: Finding;
  readonly path: IssuePath;
  readonly input: FindingInput;
}

// The hot sort: keys compared directly (not through `contramap`), and once, as kept findings have distinct
// keys (`fromCompare` answers 0 for a finding compared with itself).
const byKey: Ord<Finding> = fromCompare((a, b) => (a.key < b.key ? -1 : 1));
const bySummaryThenSource: Ord<RejectedFinding> = fromCompare((a, b) => {
  const s = stringOrd.compare(a.summary, b.summary);
  if (s !== 0) return s;
  const f = stringOrd.compare(a.source?.file ?? '', b.source?.file ?? '');
  return f !== 0 ? f : numberOrd.compare(a.source?.line ?? 0, b.source?.line ?? 0);
});

const ECOG = [0, 1, 2, 3, 4] as const;
const ecogOf = (v: PatientInput['ecog'] | undefined): Patient['ecog'] =>
  v === undefined || v === 'unknown' ? null : (ECOG.find((e) => e === v) ?? null);

/**
 * Completes a draft into a normalized case: merges the caller's facts over the file's, requires and
 * resolves the diagnosis, normalizes every finding (failures go to `rejected`), keeps one finding per key,
 * sorts by key. Fails (`Left`) only on case-level errors: no or unknown diagnosis, no id, invalid facts.
 *
 * @example
 * import { completeCase } from 'mtb-match';
 * import assert from 'node:assert';
 * const draft = {
 *   patient: {},
 *   sample: { id: 'S1', assay: { panel: 'TSO500', dna: true, rna: false } },
 *   findings: [
 *     { input: { kind: 'sequence-variant', gene: 'KRAS', proteinChange: 'p.Gly12Cys' }, source: { line: 9 } },
 *     { input: { kind: 'tmb', value: 7.1 }, source: { line: 3 } },
 *   ],
 *   rejected: [],
 *   notices: [],
 *   source: { format: 'tso500', file: null },
 * } as const;
 * const c = completeCase(draft, { diagnosis: 'LUAD' });
 * assert.ok(c._tag === 'Right');
 * assert.deepStrictEqual(c.right.findings.map((f) => f.key), ['sv:KRAS:p.G12C', 'tmb']);
 * assert.strictEqual(c.right.patient.diagnosis.name, 'Lung Adenocarcinoma');
 * assert.strictEqual(c.right.patient.ecog, null);
 * const none = completeCase(draft, {});
 * assert.ok(none._tag === 'Left' && none.left[0].code === 'missing_diagnosis');
 */
export const completeCase = (
  draft: CaseDraft,
  facts: CaseFacts = {},
  options: CompleteOptions = {},
): Result<Case> => {
  const issues: Issue[] = [];
  const { sample: givenSample = {}, ...givenPatient } = facts;
  const patientIn = merge<PatientInput>(draft.patient, givenPatient, 'patient', issues);
  const sampleIn = merge<SampleInput>(draft.sample, givenSample, 'sample', issues);

  // Structural checks of the merged facts (CLI flags are not checked anywhere else).
  const patientCheck = FILE_SCHEMAS.patient.safeParse(patientIn);
  if (!patientCheck.success)
    issues.push(...zodIssues(patientCheck.error.issues, ['patient'], null, patientIn));
  const sampleCheck = FILE_SCHEMAS.sample.safeParse(sampleIn);
  if (!sampleCheck.success) issues.push(...zodIssues(sampleCheck.error.issues, ['sample'], null, sampleIn));

  // Ids.
  let patientId = patientIn.id ?? null;
  let sampleId = sampleIn.id ?? null;
  if (patientId === null && sampleId !== null) {
    patientId = sampleId;
    issues.push(
      adapterIssue('patient_id_from_sample', { at: 'patient.id', id: sampleId }, { path: ['patient', 'id'] }),
    );
  } else if (sampleId === null && patientId !== null) {
    sampleId = patientId;
    issues.push(
      adapterIssue('sample_id_from_patient', { at: 'sample.id', id: patientId }, { path: ['sample', 'id'] }),
    );
  } else if (patientId === null || sampleId === null) {
    issues.push(adapterIssue('missing_case_id', { at: 'patient.id' }, { path: ['patient', 'id'] }));
  }

  // Diagnosis.
  let diagnosis: DiagnosisRef | null = null;
  const code = patientIn.diagnosis?.trim() ?? '';
  if (code === '') {
    issues.push(
      adapterIssue('missing_diagnosis', { at: 'patient.diagnosis' }, { path: ['patient', 'diagnosis'] }),
    );
  } else {
    const resolved = resolveTumorType(code, ['patient', 'diagnosis']);
    if (resolved._tag === 'Left') issues.push(...resolved.left);
    else {
      const { tumorType, resolvedFrom, notices } = resolved.right;
      diagnosis = { code: tumorType.code, name: tumorType.name, resolvedFrom: resolvedFrom ?? null };
      issues.push(...notices);
    }
  }

  // Case-level issues name the file the case came from.
  const file = draft.source.file;
  const located = (i: Issue): Issue =>
    i.location !== undefined || file === null ? i : { ...i, location: { file } };
  issues.splice(0, issues.length, ...issues.map(located));
  const errors = issues.filter((i) => i.severity === 'error');
  const [firstError, ...moreErrors] = errors;
  if (firstError !== undefined || diagnosis === null || patientId === null || sampleId === null) {
    const rest = issues.filter((i) => i.severity !== 'error');
    const first =
      firstError ?? adapterIssue('missing_case_id', { at: 'patient.id' }, { path: ['patient', 'id'] });
    return left([first, ...moreErrors, ...rest]);
  }

  // Assay.
  const assayIn = sampleIn.assay;
  if (assayIn === undefined) {
    issues.push(adapterIssue('assay_missing', { at: 'sample.assay' }, { path: ['sample', 'assay'] }));
  }
  const arm = (name: 'dna' | 'rna', stated: boolean | undefined): boolean => {
    if (stated !== undefined) return stated;
    const armKinds = name === 'dna' ? DNA_KINDS : RNA_KINDS;
    const value = draft.findings.some((f) => armKinds.has(f.input.kind));
    if (assayIn !== undefined) {
      const reason = value
        ? `the case has ${name.toUpperCase()} findings`
        : `no ${name.toUpperCase()} finding shows it`;
      issues.push(
        adapterIssue(
          'assay_arm_inferred',
          { at: `sample.assay.${name}`, arm: name.toUpperCase(), value, reason },
          { path: ['sample', 'assay', name] },
        ),
      );
    }
    return value;
  };
  const assay: Assay =
    assayIn === undefined
      ? { panel: null, version: null, dna: false, rna: false }
      : {
          panel: assayIn.panel,
          version: assayIn.version ?? null,
          dna: arm('dna', assayIn.dna),
          rna: arm('rna', assayIn.rna),
        };
  const purity = sampleIn.purity ?? null;
  const sample: Sample = { id: sampleId, date: sampleIn.date ?? null, assay, purity };
  const patient: Patient = {
    id: patientId,
    age: patientIn.age ?? null,
    birthDate: patientIn.birthDate ?? null,
    sex: patientIn.sex ?? 'unknown',
    ecog: ecogOf(patientIn.ecog),
    standardTherapyExhausted: patientIn.standardTherapyExhausted ?? 'unknown',
    priorDrugs: priorDrugsOf(patientIn.priorDrugs ?? [], issues),
    diagnosis,
  };

  // Findings: normalize, reject failures, group by key, keep one per key. Which one is kept is decided by
  // content (not input order), so a reordered input gives the same case; a conflict is flagged on the kept
  // finding (the matcher asks for review of every cohort it meets) and each dropped copy is rejected.
  const groups = new Map<string, Array<Copy>>();
  const rejected: RejectedFinding[] = [...draft.rejected];
  draft.findings.forEach((draftFinding, i) => {
    const path: IssuePath = options.findingPath?.(i) ?? ['findings', i];
    const source = isEmpty(draftFinding.source) ? null : draftFinding.source;
    const normalized = normalizeFinding(draftFinding.input, { path, source, purity });
    if (normalized._tag === 'Left') {
      rejected.push({
        summary: summarizeFinding(draftFinding.input),
        source,
        issues: normalized.left,
      });
      return;
    }
    const finding = normalized.right;
    const group = groups.get(finding.key);
    if (group === undefined) groups.set(finding.key, [{ finding, path, input: draftFinding.input }]);
    else group.push({ finding, path, input: draftFinding.input });
  });
  const kept: Finding[] = [];
  for (const group of groups.values()) {
    const only = group.length === 1 ? group[0] : undefined;
    if (only !== undefined) {
      kept.push(only.finding);
      continue;
    }
    const [first, ...others] = [...group].sort(byContentThenPlace);
    if (first === undefined) continue;
    const keptAt = placeOf(first.finding.source, first.path);
    const conflicts: Issue[] = [];
    for (const other of others) {
      const fields = differingFields(first.finding, other.finding);
      const droppedAt = placeOf(other.finding.source, other.path);
      const context = {
        path: other.path,
        ...(other.finding.source === null ? {} : { location: other.finding.source }),
      };
      const issue =
        fields.length === 0
          ? adapterIssue(
              'duplicate_finding',
              { key: other.finding.key, kept: keptAt, dropped: droppedAt },
              context,
            )
          : adapterIssue(
              'conflicting_duplicate_finding',
              { key: other.finding.key, kept: keptAt, dropped: droppedAt, fields: fields.join(', ') },
              context,
            );
      if (fields.length > 0) conflicts.push(issue);
      rejected.push({
        summary: `${summarizeFinding(other.input)} (duplicate)`,
        source: other.finding.source,
        issues: [issue],
      });
    }
    kept.push(
      conflicts.length === 0
        ? first.finding
        : { ...first.finding, notes: [...first.finding.notes, ...conflicts] },
    );
  }

  return right({
    patient,
    sample,
    findings: kept.sort(byKey.compare),
    rejected: sort(bySummaryThenSource)(rejected),
    notices: [...draft.notices, ...issues.map(located)],
    source: draft.source,
    inputCount: draft.findings.length + draft.rejected.length,
  });
};
