/**
 * Compiles a loaded table with a given vocabulary: the core of `compile`, which only adds the default
 * vocabulary. Compiling never fails: what cannot be resolved becomes an issue and a leaf that can only be
 * unknown, so a table problem is visible in every result instead of silently dropping a cohort.
 */
import { isLeft } from 'fp-ts/Either';
import type { Approvals } from '../model/approvals.js';
import type { Criterion } from '../model/criteria.js';
import type { GeneRef } from '../model/case.js';
import type { Issue, IssuePath } from '../model/issue.js';
import type { DeepReadonly } from '../model/readonly.js';
import type { ProteinChange } from '../model/protein-change.js';
import type { Cohort, Eligibility, Table } from '../model/table.js';
import type { CompiledCohort, CompiledCriterion, CompiledIndication, CompiledTable } from './compiled.js';
import { describeLeaf } from './describe.js';
import { criterionBiomarkers, criterionGenes, criterionKeys } from './index-keys.js';
import { matchIssue } from './issues.js';
import { changeKeyOf, memoizeVocabulary } from './memo.js';
import { planTable } from './plan.js';
import { emptyCache } from './table-cache.js';
import type { MatchVocabulary } from './vocabulary.js';

/** What compiling needs from a loaded table (a `LoadedTable` from the table loader fits). */
export interface TableBundle {
  readonly table: Table;
  readonly approvals: Approvals;
  /** The table's content hash, carried by every result. */
  readonly hash: string;
}

interface Compiler {
  readonly vocabulary: MatchVocabulary;
  readonly issues: Issue[];
  readonly where: string;
}

const resolveGene = (compiler: Compiler, symbol: string, path: IssuePath): GeneRef | null => {
  const result = compiler.vocabulary.normalizeGene(symbol);
  if (!isLeft(result)) return result.right;
  compiler.issues.push(
    matchIssue(
      'unresolved_criterion_gene',
      { symbol, cohort: compiler.where, detail: result.left.map((i) => i.message).join(' ') },
      { path, input: symbol },
    ),
  );
  return null;
};

const compileCriterion = (
  compiler: Compiler,
  c: DeepReadonly<Criterion>,
  path: IssuePath,
): CompiledCriterion => {
  if (c.type === 'all' || c.type === 'any') {
    const of = c.of.map((child, i) => compileCriterion(compiler, child, [...path, 'of', i]));
    const joined = of.map((child) => child.description).join('; ');
    return {
      node: c.type,
      of,
      description: c.label ?? `${c.type === 'all' ? 'all of' : 'any of'}: ${joined}`,
    };
  }
  if (c.type === 'not') {
    const of = compileCriterion(compiler, c.of, [...path, 'of']);
    return { node: 'not', of, description: c.label ?? `not: ${of.description}` };
  }
  const gene = 'gene' in c ? resolveGene(compiler, c.gene, [...path, 'gene']) : null;
  const partner =
    c.type === 'fusion' && c.partner !== undefined
      ? resolveGene(compiler, c.partner, [...path, 'partner'])
      : null;
  const changes: ProteinChange[] = [];
  if (c.type === 'variant' && c.select.by === 'change') {
    c.select.changes.forEach((text, i) => {
      const parsed = compiler.vocabulary.parseProteinChange(text);
      if (isLeft(parsed)) {
        compiler.issues.push(
          matchIssue(
            'unparsed_criterion_change',
            {
              change: text,
              cohort: compiler.where,
              detail: parsed.left.map((issue) => issue.message).join(' '),
            },
            { path: [...path, 'select', 'changes', i], input: text },
          ),
        );
      } else changes.push(parsed.right);
    });
  }
  const unresolved =
    'gene' in c && gene === null
      ? `gene symbol "${c.gene}" could not be resolved`
      : c.type === 'fusion' && c.partner !== undefined && partner === null
        ? `partner symbol "${c.partner}" could not be resolved`
        : null;
  const description = describeLeaf(c, {
    gene: gene?.symbol ?? ('gene' in c ? c.gene : ''),
    partner: partner?.symbol ?? (c.type === 'fusion' ? (c.partner ?? null) : null),
    changes: changes.map(compiler.vocabulary.formatProteinChange),
  });
  return { node: 'leaf', criterion: c, description, gene, partner, changes, problem: unresolved };
};

const mergeEligibility = (base: Eligibility, override: Cohort['clinical']): Eligibility => ({
  minAge: override.minAge ?? base.minAge,
  maxEcog: override.maxEcog ?? base.maxEcog,
  requireStandardTherapyExhausted:
    override.requireStandardTherapyExhausted ?? base.requireStandardTherapyExhausted,
  excludePriorUseOfRegimenDrugs: override.excludePriorUseOfRegimenDrugs ?? base.excludePriorUseOfRegimenDrugs,
});

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Compiles a table and its approvals with the given vocabulary. Cohorts are kept sorted by id and every
 * index list is ascending, so nothing downstream depends on the order of the table file.
 * @internal
 */
export const compileTable = (bundle: TableBundle, given: MatchVocabulary): CompiledTable => {
  const { table, approvals } = bundle;
  const vocabulary = memoizeVocabulary(given);
  const issues: Issue[] = [];

  const indications: CompiledIndication[] = approvals.indications
    .map((indication, i) => ({
      indication,
      biomarker:
        indication.biomarker === null
          ? null
          : compileCriterion(
              { vocabulary, issues, where: `indication ${indication.id}` },
              indication.biomarker,
              ['approvals', 'indications', i, 'biomarker'],
            ),
      decisions: indication.funding.decisions
        .map((d, n) => ({ d, n }))
        .sort((a, b) => byString(a.d.date, b.d.date) || a.n - b.n)
        .map(({ d }) => d),
    }))
    .sort((a, b) => byString(a.indication.id, b.indication.id));

  table.regimens.forEach((regimen, i) => {
    if (!table.partners.some((p) => p.id === regimen.partner)) {
      issues.push(
        matchIssue(
          'missing_partner',
          { partner: regimen.partner, regimen: regimen.id },
          { path: ['regimens', i, 'partner'] },
        ),
      );
    }
  });

  const positions = table.cohorts
    .map((cohort, i) => ({ cohort, i }))
    .sort((a, b) => byString(a.cohort.id, b.cohort.id));
  const cohorts: CompiledCohort[] = positions.map(({ cohort, i }) => {
    const where = `cohort ${cohort.id}`;
    const criteria = compileCriterion({ vocabulary, issues, where }, cohort.criteria, [
      'cohorts',
      i,
      'criteria',
    ]);
    const regimen = table.regimens.find((r) => r.id === cohort.regimen) ?? null;
    if (regimen === null) {
      issues.push(
        matchIssue(
          'missing_regimen',
          { regimen: cohort.regimen, cohort: cohort.id },
          { path: ['cohorts', i, 'regimen'] },
        ),
      );
    }
    const partnerDef = regimen === null ? undefined : table.partners.find((p) => p.id === regimen.partner);
    const drugs = [...new Set(regimen?.drugs.map((d) => d.inn) ?? [])].sort(byString);
    return {
      cohort,
      regimen,
      partner:
        partnerDef === undefined
          ? { id: regimen?.partner ?? 'unknown', name: regimen?.partner ?? 'unknown partner', slots: null }
          : { id: partnerDef.id, name: partnerDef.name, slots: partnerDef.slots ?? null },
      drugs,
      criteria,
      keys: criterionKeys(criteria),
      eligibility: mergeEligibility(table.settings.eligibility, cohort.clinical),
      status: cohort.status
        .map((e, n) => ({ e, n }))
        .sort((a, b) => byString(a.e.date, b.e.date) || a.n - b.n)
        .map(({ e }) => e),
      indications: indications.filter((ind) => ind.indication.drugs.some((d) => drugs.includes(d))),
    };
  });

  const index = new Map<string, number[]>();
  cohorts.forEach((cohort, position) =>
    cohort.keys.forEach((key) => {
      const list = index.get(key);
      if (list === undefined) index.set(key, [position]);
      else list.push(position);
    }),
  );

  return {
    id: table.id,
    version: table.version,
    hash: bundle.hash,
    title: table.title,
    effectiveFrom: table.effectiveFrom,
    settings: table.settings,
    partners: table.partners,
    cohorts,
    index,
    genesNamed: new Set(cohorts.flatMap((c) => criterionGenes(c.criteria))),
    biomarkersNamed: new Set(cohorts.flatMap((c) => criterionBiomarkers(c.criteria))),
    issues,
    vocabulary,
    memo: emptyCache(
      planTable(cohorts, index, vocabulary),
      { id: table.id, version: table.version, hash: bundle.hash },
      changeKeyOf(given, vocabulary),
    ),
  };
};
