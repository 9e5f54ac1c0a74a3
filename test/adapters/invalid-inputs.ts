/**
 * A corpus of invalid JSON case inputs: findings that fail `FindingInputSchema` in every way we could think
 * of (wrong types, out-of-range numbers, empty strings, unknown keys, unknown kinds, non-objects, bad
 * sources, several problems at once) and cases whose top level is wrong. Built deterministically from one
 * valid finding per kind, so the corpus is the same on every run.
 *
 * `invalid-inputs.expected.json` holds what `normalizeCase` said about each entry before the input path was
 * optimized; `invalid-inputs.test.ts` checks that it still says exactly that.
 */

/** One entry: a name for the report and the value under test. */
export interface CorpusEntry {
  readonly name: string;
  readonly value: unknown;
}

/** A valid finding of each kind with every optional field, to mutate one field at a time. */
export const VALID_FINDINGS: ReadonlyArray<Record<string, unknown>> = [
  {
    kind: 'sequence-variant',
    id: 'v1',
    source: { file: 'a.tsv', line: 3, column: 'P-Dot' },
    gene: 'KRAS',
    proteinChange: 'p.G12C',
    cdnaChange: 'c.34G>T',
    transcript: 'NM_004985.5',
    consequences: ['missense_variant'],
    exon: '2/6',
    vaf: 0.3,
    depth: 500,
    origin: 'somatic',
  },
  {
    kind: 'copy-number',
    id: 'c1',
    source: { file: 'a.tsv', line: 4 },
    gene: 'ERBB2',
    foldChange: 3.2,
    copyNumber: 9,
    call: 'amplification',
  },
  {
    kind: 'fusion',
    id: 'f1',
    gene5: 'EML4',
    gene3: 'ALK',
    orientationKnown: true,
    breakpoint5: 'chr2:42522656',
    breakpoint3: 'chr2:29446394',
    supportingReads: 12,
  },
  { kind: 'splice', id: 's1', gene: 'MET', skippedExons: '14', label: 'METex14', supportingReads: 40 },
  { kind: 'tmb', id: 't1', value: 12.5, eligibleVariants: 20, regionSizeMb: 1.6 },
  { kind: 'msi', id: 'm1', percentUnstable: 12, usableSites: 100, unstableSites: 12, status: 'MSI-H' },
  { kind: 'hrd', id: 'h1', score: 42 },
  { kind: 'ihc', id: 'i1', marker: 'PD-L1', score: 'TPS 50' },
];

/** Wrong values for any field, whatever its type. */
const WRONG_ANY: ReadonlyArray<readonly [string, unknown]> = [
  ['null', null],
  ['true', true],
  ['number', 7],
  ['string', 'x'],
  ['empty string', ''],
  ['array', ['x']],
  ['empty array', []],
  ['object', { a: 1 }],
  ['NaN', NaN],
  ['Infinity', Infinity],
];

/** Wrong values for number fields. */
const WRONG_NUMBER: ReadonlyArray<readonly [string, unknown]> = [
  ['negative', -1],
  ['fraction', 1.5],
  ['above 1', 1.01],
  ['above 100', 101],
  ['zero', 0],
  ['huge', 1e21],
  ['unsafe integer', 2 ** 53],
  ['numeric string', '12'],
];

const entries: CorpusEntry[] = [];
for (const base of VALID_FINDINGS) {
  const kind = String(base['kind']);
  for (const field of Object.keys(base)) {
    if (field === 'kind') continue;
    const missing: Record<string, unknown> = Object.fromEntries(
      Object.entries(base).filter(([key]) => key !== field),
    );
    entries.push({ name: `${kind} without ${field}`, value: missing });
    const wrong = typeof base[field] === 'number' ? [...WRONG_ANY, ...WRONG_NUMBER] : WRONG_ANY;
    for (const [label, value] of wrong) {
      if (Object.is(value, base[field])) continue;
      entries.push({ name: `${kind} ${field}: ${label}`, value: { ...base, [field]: value } });
    }
  }
  entries.push({ name: `${kind} with an unknown field`, value: { ...base, extra: 1 } });
  entries.push({ name: `${kind} with two unknown fields`, value: { ...base, extra: 1, other: 'x' } });
  entries.push({ name: `${kind} with only its kind`, value: { kind } });
  entries.push({
    name: `${kind} with three problems`,
    value: { ...base, id: '', extra: true, source: { line: 0 } },
  });
  entries.push({ name: `${kind} with an undefined field`, value: { ...base, id: undefined } });
}

const sv = VALID_FINDINGS[0] ?? {};
entries.push(
  { name: 'consequences with a number', value: { ...sv, consequences: ['missense_variant', 3] } },
  { name: 'consequences with null', value: { ...sv, consequences: [null] } },
  { name: 'source with an unknown field', value: { ...sv, source: { file: 'a', row: 3 } } },
  { name: 'source line zero', value: { ...sv, source: { line: 0 } } },
  { name: 'source line fraction', value: { ...sv, source: { line: 2.5 } } },
  { name: 'source column zero', value: { ...sv, source: { column: 0 } } },
  { name: 'source column null', value: { ...sv, source: { column: null } } },
  { name: 'source file empty', value: { ...sv, source: { file: '' } } },
  { name: 'source as a string', value: { ...sv, source: 'a.tsv:3' } },
  { name: 'origin misspelled', value: { ...sv, origin: 'Somatic' } },
  { name: 'copy-number call misspelled', value: { ...VALID_FINDINGS[1], call: 'amp' } },
  { name: 'msi status misspelled', value: { ...VALID_FINDINGS[5], status: 'MSI-high' } },
  { name: 'no kind', value: { gene: 'KRAS', proteinChange: 'p.G12C' } },
  { name: 'unknown kind', value: { kind: 'snv', gene: 'KRAS' } },
  { name: 'kind in upper case', value: { ...sv, kind: 'SEQUENCE-VARIANT' } },
  { name: 'kind a number', value: { kind: 1 } },
  { name: 'kind null', value: { kind: null } },
  { name: 'empty object', value: {} },
  { name: 'null', value: null },
  { name: 'number', value: 3 },
  { name: 'string', value: 'KRAS G12C' },
  { name: 'array', value: [sv] },
  { name: 'boolean', value: false },
  { name: 'object with a constructor field', value: { ...sv, constructor: 'x' } },
  { name: 'object with a __proto__ field', value: JSON.parse('{"kind":"tmb","value":3,"__proto__":1}') },
  { name: 'object with a toString field', value: { kind: 'tmb', value: 3, toString: 'x' } },
  {
    name: 'object without a prototype',
    value: Object.assign(Object.create(null), { kind: 'hrd', score: -1 }),
  },
  { name: 'a date', value: new Date(0) },
  { name: 'a map', value: new Map([['kind', 'tmb']]) },
);

/** Invalid findings, each to be put alone in an otherwise valid case. */
export const INVALID_FINDINGS: ReadonlyArray<CorpusEntry> = entries;

const patient = { id: 'P1', diagnosis: 'LUAD' };
const sample = { id: 'S1', assay: { panel: 'TSO500', dna: true, rna: true } };
const finding = { kind: 'tmb', value: 3 };

/** Cases whose top level is invalid (the whole case fails) or whose facts draw notices. */
export const INVALID_CASES: ReadonlyArray<CorpusEntry> = [
  { name: 'null', value: null },
  { name: 'array', value: [] },
  { name: 'string', value: 'case' },
  { name: 'empty object', value: {} },
  { name: 'no findings', value: { patient, sample } },
  { name: 'findings an object', value: { patient, sample, findings: {} } },
  { name: 'findings null', value: { patient, sample, findings: null } },
  { name: 'unknown top field', value: { patient, sample, findings: [], notes: 'x' } },
  { name: '$schema a number', value: { $schema: 1, patient, sample, findings: [] } },
  { name: 'patient null', value: { patient: null, sample, findings: [] } },
  { name: 'patient unknown field', value: { patient: { ...patient, name: 'x' }, sample, findings: [] } },
  { name: 'patient age fraction', value: { patient: { ...patient, age: 64.5 }, sample, findings: [] } },
  { name: 'patient age too high', value: { patient: { ...patient, age: 131 }, sample, findings: [] } },
  { name: 'patient age a string', value: { patient: { ...patient, age: '64' }, sample, findings: [] } },
  {
    name: 'patient bad birth date',
    value: { patient: { ...patient, birthDate: '1960-13-01' }, sample, findings: [] },
  },
  {
    name: 'patient birth date with time',
    value: { patient: { ...patient, birthDate: '1960-01-01T00:00:00Z' }, sample, findings: [] },
  },
  { name: 'patient sex misspelled', value: { patient: { ...patient, sex: 'F' }, sample, findings: [] } },
  { name: 'patient ecog 5', value: { patient: { ...patient, ecog: 5 }, sample, findings: [] } },
  { name: 'patient ecog a string', value: { patient: { ...patient, ecog: '1' }, sample, findings: [] } },
  {
    name: 'patient ecog unknown',
    value: { patient: { ...patient, ecog: 'unknown' }, sample, findings: [finding] },
  },
  {
    name: 'patient prior drug empty',
    value: { patient: { ...patient, priorDrugs: [''] }, sample, findings: [] },
  },
  {
    name: 'patient prior drugs a string',
    value: { patient: { ...patient, priorDrugs: 'x' }, sample, findings: [] },
  },
  { name: 'patient id empty', value: { patient: { ...patient, id: '' }, sample, findings: [] } },
  { name: 'patient without id', value: { patient: { diagnosis: 'LUAD' }, sample, findings: [finding] } },
  { name: 'no ids', value: { patient: { diagnosis: 'LUAD' }, sample: {}, findings: [finding] } },
  { name: 'no diagnosis', value: { patient: { id: 'P1' }, sample, findings: [finding] } },
  { name: 'unknown diagnosis', value: { patient: { id: 'P1', diagnosis: 'LUADX' }, sample, findings: [] } },
  { name: 'diagnosis empty', value: { patient: { id: 'P1', diagnosis: '' }, sample, findings: [] } },
  { name: 'sample null', value: { patient, sample: null, findings: [] } },
  { name: 'sample purity 2', value: { patient, sample: { ...sample, purity: 2 }, findings: [] } },
  { name: 'sample bad date', value: { patient, sample: { ...sample, date: '2024-02-30' }, findings: [] } },
  {
    name: 'sample assay unknown field',
    value: { patient, sample: { ...sample, assay: { panel: 'X', kit: 1 } }, findings: [] },
  },
  {
    name: 'sample assay panel null',
    value: { patient, sample: { ...sample, assay: { panel: null } }, findings: [finding] },
  },
  {
    name: 'sample assay panel missing',
    value: { patient, sample: { ...sample, assay: { dna: true } }, findings: [] },
  },
  { name: 'sample without assay', value: { patient, sample: { id: 'S1' }, findings: [finding] } },
  {
    name: 'sample assay dna a string',
    value: { patient, sample: { ...sample, assay: { panel: 'X', dna: 'yes' } }, findings: [] },
  },
  {
    name: 'many problems',
    value: { patient: { age: -1, sex: 1 }, sample: { purity: 'x' }, findings: 3, more: 1 },
  },
];
