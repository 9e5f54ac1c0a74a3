/**
 * The obvious alternative: the same cohort table written as json-rules-engine rules, the way a team
 * would write it with that library. One rule per cohort; its conditions are the cohort's criteria tree
 * (`all` / `any` / `not` map one to one), the tumor-type scope, the clinical defaults with the cohort's
 * overrides, and a `not` over the EU indications that would put the use on-label on the date. Leaves are
 * custom operators over the case's findings; gene symbols, protein changes and tumor codes are resolved
 * once, when the rules are built, as a team would. Cohort status on the date is decided when the rules are
 * built too (a closed cohort gets no rule), again as a team would.
 *
 * It is two-valued, like every json-rules-engine rule set: a fact the panel did not assess reads as
 * "absent". That is where it disagrees with mtb-match, which says `unknown` (needs review) instead.
 *
 * Facts are flat (`findings`, `age`, `ecog`, ...), not JSONPath into one case object: the faster choice
 * for json-rules-engine, so the ratio is not flattered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { differenceInYears, parseISO } from 'date-fns';
import { Engine } from 'json-rules-engine';
import type { NestedCondition, RuleProperties, TopLevelCondition } from 'json-rules-engine';
import type { Approvals, Indication } from '../src/model/approvals.js';
import type { Case, Finding } from '../src/model/case.js';
import type { Criterion, LeafCriterion } from '../src/model/criteria.js';
import type { ProteinChange } from '../src/model/protein-change.js';
import type { Cohort, Table } from '../src/model/table.js';
import type { Api } from './lib.js';

/** The library functions the translation borrows to read protein changes (as a team would). */
export type ProteinTools = Pick<Api, 'parseProteinChange' | 'proteinChangeKey' | 'affectedCodons'>;

/** Reference data read once. */
interface Reference {
  readonly parent: ReadonlyMap<string, string | null>;
  readonly groups: Readonly<
    Record<string, { readonly include: ReadonlyArray<string>; readonly exclude: ReadonlyArray<string> }>
  >;
  /** Approved symbol (upper case key) for any approved, previous or alias symbol. */
  readonly symbol: ReadonlyMap<string, string>;
  /** symbol -> residue positions; symbol -> indel spans; symbol -> splice positions. */
  readonly residues: ReadonlyMap<string, ReadonlySet<number>>;
  readonly splice: ReadonlyMap<string, ReadonlySet<number>>;
  readonly spans: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
}

const readReference = (root: string): Reference => {
  const dir = join(root, 'rules', 'reference');
  const json = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
  const oncotree = json<{ nodes: Array<{ code: string; parent: string | null }> }>('oncotree.json');
  const groups = existsSync(join(dir, 'tumor-groups.json'))
    ? json<{ groups: Reference['groups'] }>('tumor-groups.json').groups
    : {};
  const hgnc = json<{ genes: Array<[number, string, string?]>; legacy: Array<[string, number]> }>(
    'hgnc.json',
  );
  const bySymbol = new Map<string, string>();
  const byNumber = new Map(hgnc.genes.map((g) => [g[0], g[1]] as const));
  for (const [, s] of hgnc.genes) bySymbol.set(s.toUpperCase(), s);
  for (const [s, n] of hgnc.legacy)
    if (!bySymbol.has(s.toUpperCase())) bySymbol.set(s.toUpperCase(), byNumber.get(n) ?? s);
  for (const [, s, synonyms] of hgnc.genes)
    for (const syn of (synonyms ?? '').split('|'))
      if (syn !== '' && !bySymbol.has(syn.toUpperCase())) bySymbol.set(syn.toUpperCase(), s);
  const hotspots = json<{
    genes: Array<{
      symbol: string;
      residues: Array<{ position: number }>;
      splice: Array<{ position: number }>;
      indels: Array<{ start: number; end: number }>;
    }>;
  }>('hotspots.json');
  return {
    parent: new Map(oncotree.nodes.map((n) => [n.code, n.parent] as const)),
    groups,
    symbol: bySymbol,
    residues: new Map(
      hotspots.genes.map((g) => [g.symbol, new Set(g.residues.map((r) => r.position))] as const),
    ),
    splice: new Map(hotspots.genes.map((g) => [g.symbol, new Set(g.splice.map((r) => r.position))] as const)),
    spans: new Map(
      hotspots.genes.map((g) => [g.symbol, g.indels.map((s) => [s.start, s.end] as const)] as const),
    ),
  };
};

/** The flat facts one case gives the engine. */
export interface JreFacts {
  readonly findings: ReadonlyArray<Finding>;
  readonly lineage: ReadonlyArray<string>;
  readonly age?: number;
  readonly ecog?: number;
  readonly standardTherapyExhausted: string;
  readonly priorDrugs: ReadonlyArray<string>;
  readonly tmb?: number;
  readonly msiPercent?: number;
  readonly msiUsableSites?: number;
  readonly msiStatus?: string;
  readonly hrd?: number;
}

/** A built engine and how to ask it for the eligible cohorts of a case. */
export interface JreMatcher {
  readonly engine: Engine;
  readonly rules: number;
  /** Leaf conditions over all rules, and how many of them test EU labels (access). */
  readonly conditions: { readonly total: number; readonly access: number };
  /** Cohorts left out because they are not open on the date. */
  readonly closed: ReadonlyArray<string>;
  readonly facts: (c: Case) => JreFacts;
  /** The ids of the cohorts whose rule fires, sorted. */
  readonly eligible: (c: Case) => Promise<ReadonlyArray<string>>;
}

const openStates = new Set(['stage1-open', 'stage2-open', 'expansion-open']);

const onDate = <T extends { readonly date: string }>(events: ReadonlyArray<T>, asOf: string): T | undefined =>
  [...events]
    .filter((e) => e.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .at(-1);

/** Access of an indication on a date, from its funding history: on-label, on-label-unfunded, or none yet. */
const accessOn = (indication: Indication, asOf: string): 'on-label' | 'on-label-unfunded' | null => {
  if (indication.eu.date > asOf) return null;
  const decision = onDate(indication.funding.decisions, asOf);
  if (decision !== undefined) return decision.decision === 'refused' ? 'on-label-unfunded' : 'on-label';
  return indication.funding.basis === 'predates-system' ? 'on-label' : 'on-label-unfunded';
};

/** Builds the rules and the engine for a table and approvals set, on a date. */
export const buildJreMatcher = (
  root: string,
  table: Table,
  approvals: Approvals,
  asOf: string,
  tools: ProteinTools,
): JreMatcher => {
  const ref = readReference(root);
  const gene = (s: string): string => ref.symbol.get(s.toUpperCase()) ?? s;
  const changeKey = (text: string): string | null => {
    const parsed = tools.parseProteinChange(text);
    return parsed._tag === 'Right' ? tools.proteinChangeKey(parsed.right) : null;
  };

  const tumorScope = (codes: ReadonlyArray<string>): NestedCondition => ({
    any: codes.map((code): NestedCondition => {
      const group = ref.groups[code];
      if (group === undefined) return { fact: 'lineage', operator: 'contains', value: code };
      const under: NestedCondition = { fact: 'lineage', operator: 'containsAny', value: [...group.include] };
      return group.exclude.length === 0
        ? under
        : { all: [under, { not: { fact: 'lineage', operator: 'containsAny', value: [...group.exclude] } }] };
    }),
  });

  const leaf = (c: LeafCriterion): NestedCondition => {
    switch (c.type) {
      case 'variant': {
        const select =
          c.select.by === 'change'
            ? { by: 'change', keys: c.select.changes.map(changeKey).filter((k): k is string => k !== null) }
            : c.select;
        return {
          fact: 'findings',
          operator: 'hasVariant',
          value: { gene: gene(c.gene), select, minVaf: c.minVaf ?? null, origin: c.origin ?? 'any' },
        };
      }
      case 'copy-number':
        return {
          fact: 'findings',
          operator: 'hasCopyNumber',
          value: {
            gene: gene(c.gene),
            call: c.call,
            minCopyNumber: c.minCopyNumber ?? null,
            minFoldChange: c.minFoldChange ?? null,
          },
        };
      case 'biallelic':
        return { fact: 'findings', operator: 'isBiallelic', value: gene(c.gene) };
      case 'fusion':
        return {
          fact: 'findings',
          operator: 'hasFusion',
          value: {
            gene: gene(c.gene),
            partner: c.partner === undefined ? null : gene(c.partner),
            role: c.role ?? null,
          },
        };
      case 'splice': {
        const [from, to] = c.exons.split('-').map(Number);
        return {
          fact: 'findings',
          operator: 'hasSplice',
          value: { gene: gene(c.gene), from, to: to ?? from },
        };
      }
      case 'tmb':
        return { fact: 'tmb', operator: 'greaterThanInclusive', value: c.min };
      case 'msi':
        return {
          any: [
            {
              all: [
                { fact: 'msiPercent', operator: 'greaterThanInclusive', value: c.minPercentUnstable },
                ...(c.minUsableSites === undefined
                  ? []
                  : [{ fact: 'msiUsableSites', operator: 'greaterThanInclusive', value: c.minUsableSites }]),
              ],
            },
            { fact: 'msiStatus', operator: 'equal', value: 'MSI-H' },
          ],
        };
      case 'hrd':
        return { fact: 'hrd', operator: 'greaterThanInclusive', value: c.min };
      case 'ihc':
        return { fact: 'findings', operator: 'hasIhc', value: { marker: c.marker, scores: c.scores } };
    }
  };

  const criteria = (c: Criterion): NestedCondition =>
    c.type === 'all'
      ? { all: c.of.map(criteria) }
      : c.type === 'any'
        ? { any: c.of.map(criteria) }
        : c.type === 'not'
          ? { not: criteria(c.of) }
          : leaf(c);

  const regimens = new Map(table.regimens.map((r) => [r.id, r] as const));
  const excluded = new Set<string>(table.settings.excludedAccess);
  const closed: string[] = [];
  const rules: RuleProperties[] = [];
  let accessLeaves = 0;
  const leafCount = (c: NestedCondition): number =>
    'all' in c
      ? c.all.reduce((n, x) => n + leafCount(x), 0)
      : 'any' in c
        ? c.any.reduce((n, x) => n + leafCount(x), 0)
        : 'not' in c
          ? leafCount(c.not)
          : 1;
  for (const cohort of table.cohorts as ReadonlyArray<Cohort>) {
    const state = onDate(cohort.status, asOf);
    if (state === undefined || !openStates.has(state.state)) {
      closed.push(cohort.id);
      continue;
    }
    const regimen = regimens.get(cohort.regimen);
    const drugs = regimen?.drugs.map((d) => d.inn) ?? [];
    const rules_ = { ...table.settings.eligibility, ...cohort.clinical };
    const clinical: NestedCondition[] = [
      { fact: 'age', operator: 'greaterThanInclusive', value: rules_.minAge },
      { fact: 'ecog', operator: 'lessThanInclusive', value: rules_.maxEcog },
      ...(rules_.requireStandardTherapyExhausted
        ? [{ fact: 'standardTherapyExhausted', operator: 'equal', value: 'yes' }]
        : []),
      ...(rules_.excludePriorUseOfRegimenDrugs
        ? drugs.map((d): NestedCondition => ({ fact: 'priorDrugs', operator: 'doesNotContain', value: d }))
        : []),
    ];
    const onLabel = approvals.indications
      .filter((i) => i.drugs.some((d) => drugs.includes(d)))
      .filter((i) => {
        const access = accessOn(i, asOf);
        return access !== null && excluded.has(access);
      })
      .map((i): NestedCondition => ({
        all: [
          tumorScope(i.tumorTypes),
          ...(i.biomarker === null ? [] : [criteria(i.biomarker as Criterion)]),
          ...(i.minAge === undefined
            ? []
            : [{ fact: 'age', operator: 'greaterThanInclusive', value: i.minAge }]),
        ],
      }));
    accessLeaves += onLabel.reduce((n, c) => n + leafCount(c), 0);
    const conditions: TopLevelCondition = {
      all: [
        criteria(cohort.criteria as Criterion),
        tumorScope(cohort.tumorTypes.include),
        ...(cohort.tumorTypes.exclude.length > 0 ? [{ not: tumorScope(cohort.tumorTypes.exclude) }] : []),
        ...clinical,
        ...(onLabel.length > 0 ? [{ not: { any: onLabel } }] : []),
      ],
    };
    rules.push({ name: cohort.id, conditions, event: { type: 'eligible', params: { cohortId: cohort.id } } });
  }

  const conditions = {
    total: rules.reduce((n, r) => n + leafCount(r.conditions), 0),
    access: accessLeaves,
  };
  const engine = new Engine(rules, { allowUndefinedFacts: true });
  addOperators(engine, ref, tools);

  const facts = (c: Case): JreFacts => {
    const lineage: string[] = [];
    for (
      let code: string | null | undefined = c.patient.diagnosis.code;
      code != null;
      code = ref.parent.get(code)
    )
      lineage.push(code);
    const age =
      c.patient.age ??
      (c.patient.birthDate === null
        ? undefined
        : differenceInYears(parseISO(asOf), parseISO(c.patient.birthDate)));
    const max = (xs: ReadonlyArray<number>): number | undefined =>
      xs.length === 0 ? undefined : Math.max(...xs);
    const of = <K extends Finding['kind']>(kind: K): Array<Extract<Finding, { kind: K }>> =>
      c.findings.filter((f): f is Extract<Finding, { kind: K }> => f.kind === kind);
    const msi = of('msi');
    return {
      findings: c.findings,
      lineage,
      ...(age === undefined ? {} : { age }),
      ...(c.patient.ecog === null ? {} : { ecog: c.patient.ecog }),
      standardTherapyExhausted: c.patient.standardTherapyExhausted,
      priorDrugs: c.patient.priorDrugs,
      ...optional('tmb', max(of('tmb').map((f) => f.value))),
      ...optional(
        'msiPercent',
        max(msi.flatMap((f) => (f.percentUnstable === null ? [] : [f.percentUnstable]))),
      ),
      ...optional('msiUsableSites', max(msi.flatMap((f) => (f.usableSites === null ? [] : [f.usableSites])))),
      ...optional('msiStatus', msi.find((f) => f.status !== null)?.status ?? undefined),
      ...optional('hrd', max(of('hrd').map((f) => f.score))),
    };
  };

  const eligible = async (c: Case): Promise<ReadonlyArray<string>> => {
    const result = await engine.run(facts(c) as unknown as Record<string, unknown>);
    return result.events.map((e) => String(e.params?.['cohortId'])).sort();
  };

  return { engine, rules: rules.length, conditions, closed, facts, eligible };
};

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** The custom operators: one per leaf kind, each a loop over the findings. */
const addOperators = (engine: Engine, ref: Reference, tools: ProteinTools): void => {
  type Variant = Extract<Finding, { kind: 'sequence-variant' }>;
  const span = (pc: ProteinChange): readonly [number, number] | null => {
    const s = tools.affectedCodons(pc) as {
      first?: number;
      last?: number;
      start?: number;
      end?: number;
    } | null;
    if (s === null) return null;
    return [s.first ?? s.start ?? 0, s.last ?? s.end ?? 0];
  };
  // A substitution at a hotspot residue, an in-frame indel inside a hotspot span (or at a hotspot residue),
  // a splice change at a splice hotspot; frameshifts and the like are not hotspot changes.
  const isHotspot = (symbol: string, pc: ProteinChange): boolean => {
    const residues = ref.residues.get(symbol);
    switch (pc.kind) {
      case 'substitution':
        return residues?.has(pc.at.position) === true;
      case 'deletion':
      case 'duplication':
      case 'insertion':
      case 'delins': {
        const [first, last] = [pc.start.position, pc.end.position];
        if (first === last && residues?.has(first) === true) return true;
        return (ref.spans.get(symbol) ?? []).some(([s, e]) => s <= first && last <= e);
      }
      case 'splice':
        return ref.splice.get(symbol)?.has(pc.position) === true;
      default:
        return false;
    }
  };
  interface VariantValue {
    gene: string;
    select:
      | { by: 'change'; keys: string[] }
      | { by: 'codon'; codons: number[] }
      | { by: 'exon'; exons: number[]; classes: string[] }
      | { by: 'class'; class: string };
    minVaf: number | null;
    origin: string;
  }
  const selects = (f: Variant, v: VariantValue): boolean => {
    const s = v.select;
    switch (s.by) {
      case 'change':
        return f.protein !== null && s.keys.includes(tools.proteinChangeKey(f.protein));
      case 'codon': {
        if (!f.proteinAltering || f.protein === null) return false;
        const at = span(f.protein);
        return at !== null && s.codons.some((c) => c >= at[0] && c <= at[1]);
      }
      case 'exon':
        return f.exon !== null && s.exons.includes(f.exon.number) && s.classes.includes(f.variantClass);
      case 'class':
        switch (s.class) {
          case 'truncating':
            return f.truncating;
          case 'loss-of-function':
            return f.truncating || f.variantClass === 'start-loss';
          case 'protein-altering':
            return f.proteinAltering;
          default:
            return f.proteinAltering && f.protein !== null && isHotspot(f.gene.symbol, f.protein);
        }
    }
  };
  engine.addOperator('hasVariant', (findings: ReadonlyArray<Finding>, v: VariantValue) =>
    findings.some(
      (f) =>
        f.kind === 'sequence-variant' &&
        f.gene.symbol === v.gene &&
        selects(f, v) &&
        (v.origin === 'any' || f.origin === v.origin) &&
        (v.minVaf === null || (f.vaf !== null && f.vaf >= v.minVaf)),
    ),
  );
  engine.addOperator(
    'hasCopyNumber',
    (
      findings: ReadonlyArray<Finding>,
      v: { gene: string; call: string; minCopyNumber: number | null; minFoldChange: number | null },
    ) =>
      findings.some((f) => {
        if (f.kind !== 'copy-number' || f.gene.symbol !== v.gene) return false;
        if (v.call === 'amplification') {
          // A threshold reads the copy number (else the fold change); without one, the lab's call decides.
          if (f.call !== 'amplification' && f.call !== 'gain') return false;
          if (v.minCopyNumber !== null && f.copyNumber !== null) return f.copyNumber >= v.minCopyNumber;
          if (v.minFoldChange !== null && f.foldChange !== null) return f.foldChange >= v.minFoldChange;
          if (v.minCopyNumber !== null || v.minFoldChange !== null) return false;
          return f.call === 'amplification';
        }
        if (v.call === 'homozygous-deletion') return f.call === 'homozygous-deletion';
        return f.call === 'loss' || f.call === 'deletion' || f.call === 'homozygous-deletion';
      }),
  );
  engine.addOperator('isBiallelic', (findings: ReadonlyArray<Finding>, gene: string) => {
    let truncating = 0;
    let loss = false;
    for (const f of findings) {
      if (f.kind === 'sequence-variant' && f.gene.symbol === gene && f.truncating) truncating += 1;
      if (f.kind === 'copy-number' && f.gene.symbol === gene) {
        if (f.call === 'homozygous-deletion') return true;
        if (f.call === 'loss' || f.call === 'deletion') loss = true;
      }
    }
    return truncating >= 2 || (truncating >= 1 && loss);
  });
  engine.addOperator(
    'hasFusion',
    (findings: ReadonlyArray<Finding>, v: { gene: string; partner: string | null; role: string | null }) =>
      findings.some((f) => {
        if (f.kind !== 'fusion') return false;
        const five = f.gene5.symbol;
        const three = f.gene3.symbol;
        const as5 = five === v.gene && (v.partner === null || three === v.partner);
        const as3 = three === v.gene && (v.partner === null || five === v.partner);
        if (v.role === null || !f.orientationKnown) return as5 || as3;
        return v.role === 'five-prime' ? as5 : as3;
      }),
  );
  engine.addOperator(
    'hasSplice',
    (findings: ReadonlyArray<Finding>, v: { gene: string; from: number; to: number }) =>
      findings.some(
        (f) =>
          f.kind === 'splice' &&
          f.gene.symbol === v.gene &&
          f.skippedExons !== null &&
          f.skippedExons.from === v.from &&
          f.skippedExons.to === v.to,
      ),
  );
  const marker = (m: string): string => m.toUpperCase().replace(/[\s_-]/g, '');
  engine.addOperator('hasIhc', (findings: ReadonlyArray<Finding>, v: { marker: string; scores: string[] }) =>
    findings.some(
      (f) => f.kind === 'ihc' && marker(f.marker) === marker(v.marker) && v.scores.includes(f.score),
    ),
  );
  engine.addOperator('containsAny', (lineage: ReadonlyArray<string>, codes: ReadonlyArray<string>) =>
    Array.isArray(lineage) ? codes.some((c) => lineage.includes(c)) : false,
  );
};
