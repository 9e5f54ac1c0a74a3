/**
 * The curated fixture cases under `fixtures/cases/`: their file format (a zod schema, so a typo in an
 * `expect` block fails instead of passing silently), how a fixture's result is computed (its own as-of
 * date, never the clock; its pinned table version or the one in force), and the golden files beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLeft } from 'fp-ts/Either';
import { z } from 'zod';
import { completeCase, type CaseFacts } from '../../src/adapters/complete-case.js';
import { normalizeCase } from '../../src/adapters/json-case.js';
import { readTso500 } from '../../src/adapters/tso500.js';
import { compile } from '../../src/match/compile.js';
import { match } from '../../src/match/match.js';
import type { Case } from '../../src/model/case.js';
import { PatientInputSchema, SampleInputSchema } from '../../src/model/case-input.js';
import type { Issue, Result } from '../../src/model/issue.js';
import type { MatchResult } from '../../src/model/result.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { embeddedApprovals, embeddedTables } from '../../src/table/embedded.js';
import { loadTable, type LoadedTable } from '../../src/table/load-table.js';
import { findTable, tableAsOf } from '../../src/table/versions.js';

/** The repository root and the fixture folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CASES_DIR = join(ROOT, 'fixtures', 'cases');
const TABLES_DIR = join(CASES_DIR, 'tables');

const isoDate = z.iso.date();
const verdict = z.enum(['eligible', 'needs-review', 'ineligible', 'not-evaluable']);
const access = z.enum(['off-label', 'on-label-unfunded', 'on-label']);
const outcome = z.enum(['met', 'not-met', 'unknown']);
const findingStatus = z.enum(['matched', 'not-actionable', 'off-panel', 'rejected']);
const state = z.enum([
  'planned',
  'stage1-open',
  'stage1-full',
  'stage2-open',
  'stage2-full',
  'expansion-open',
  'expansion-full',
  'suspended',
  'closed-futility',
  'closed-negative',
  'closed-positive',
  'closed-other',
]);

/** What a fixture claims about one candidate cohort; every field is optional, every given one is checked. */
const CandidateExpectSchema = z
  .object({
    verdict: verdict.optional(),
    /** When more than one verdict is right (e.g. ineligible or needs-review), the acceptable ones. */
    verdictOneOf: z.array(verdict).min(2).optional(),
    access: access.optional(),
    /** The indication that decided access (`null`: none, off-label). */
    indication: z.string().nullable().optional(),
    molecular: outcome.optional(),
    tumorType: outcome.optional(),
    /** The OncoTree include/exclude entry that decided the tumor type, e.g. `exclude:COADREAD`. */
    tumorTypeDecidedBy: z.string().optional(),
    state: state.optional(),
    open: z.boolean().optional(),
    /** Reason codes that must be among the candidate's reasons. */
    reasons: z.array(z.string()).optional(),
    /** Reason codes that must not be among them. */
    notReasons: z.array(z.string()).optional(),
    /** Indications that must be listed as approved after the as-of date. */
    later: z.array(z.string()).optional(),
    /** Finding keys that must be the candidate's matched findings, exactly. */
    matchedFindings: z.array(z.string()).optional(),
  })
  .strict();

/** The hand-written expectations, checked independently of the golden files. */
const ExpectSchema = z
  .object({
    /** The table version the result must name, e.g. `impress-norway@2023.1`. */
    table: z.string().optional(),
    candidates: z.record(z.string(), CandidateExpectSchema).default({}),
    /** When true, the result has exactly the cohorts of `candidates` (no more). */
    onlyCandidates: z.boolean().optional(),
    /** Cohorts that must not be candidates at all. */
    notCandidates: z.array(z.string()).optional(),
    /** Finding key -> status; `rejected:<n>` keys name rejected inputs. */
    findings: z.record(z.string(), findingStatus).default({}),
    /** How many findings the result accounts for (all statuses, rejected included). */
    findingCount: z.number().int().min(0).optional(),
    /** Cohort id -> near-miss kind that must be listed. */
    nearMisses: z
      .record(
        z.string(),
        z.enum(['tumor-type', 'access', 'status', 'clinical', 'variant', 'threshold', 'wild-type']),
      )
      .optional(),
  })
  .strict();

/** A synthetic TSO500 CombinedVariantOutput file beside the fixture, and the facts the file cannot carry. */
const Tso500InputSchema = z
  .object({
    file: z.string().regex(/^[\w.-]+\.tsv$/),
    facts: PatientInputSchema.partial().extend({ sample: SampleInputSchema.partial().optional() }).strict(),
  })
  .strict();

/** One fixture file. */
export const FixtureSchema = z
  .object({
    description: z.string().min(10),
    restsOn: z.string().min(10),
    asOf: isoDate,
    /** `<table-id>@<version>`; default: the embedded version in force on `asOf`. */
    table: z.string().optional(),
    /** Another fixture whose result this one must equal, apart from the input echo (finding sources). */
    sameAs: z.string().optional(),
    /**
     * A library bug this fixture exposes, in words. Its \`expect\` block (the right answer) is then expected
     * to fail (\`it.fails\`) and no golden is written: a wrong answer is never blessed.
     */
    knownBug: z.string().min(10).optional(),
    case: z.unknown().optional(),
    tso500: Tso500InputSchema.optional(),
    expect: ExpectSchema,
  })
  .strict()
  .refine((f) => (f.case === undefined) !== (f.tso500 === undefined), {
    message: 'a fixture has either `case` (JSON) or `tso500` (a file beside it), not both',
  });

export type Fixture = z.infer<typeof FixtureSchema>;
type Tso500Facts = z.infer<typeof Tso500InputSchema>['facts'];
export type FixtureExpect = Fixture['expect'];

/** A fixture with its name (file name without `.json`) and its repository-relative path. */
export interface NamedFixture {
  readonly name: string;
  readonly path: string;
  readonly fixture: Fixture;
}

const isFixtureFile = (f: string): boolean => f.endsWith('.json') && !f.endsWith('.expected.json');

/** Every fixture file name under fixtures/cases (sorted). */
export const fixtureNames = (): ReadonlyArray<string> =>
  readdirSync(CASES_DIR)
    .filter(isFixtureFile)
    .map((f) => f.slice(0, -'.json'.length))
    .sort();

/** Reads and validates one fixture; a malformed fixture throws with zod's message (a test bug, loudly). */
export const readFixture = (name: string): NamedFixture => {
  const path = `fixtures/cases/${name}.json`;
  const parsed = FixtureSchema.safeParse(JSON.parse(readFileSync(join(ROOT, path), 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return { name, path, fixture: parsed.data };
};

const messages = (issues: ReadonlyArray<Issue>): string => issues.map((i) => i.message).join('\n');

const orThrow = <A>(what: string, r: Result<A>): A => {
  if (isLeft(r)) throw new Error(`${what}: ${messages(r.left)}`);
  return r.right;
};

let fixtureTablesCache: ReadonlyArray<LoadedTable> | undefined;

/** Small synthetic tables under fixtures/cases/tables (read with the embedded approvals). */
export const fixtureTables = (): ReadonlyArray<LoadedTable> => {
  fixtureTablesCache ??= readdirSync(TABLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) =>
      orThrow(
        `fixtures/cases/tables/${f}`,
        loadTable(JSON.parse(readFileSync(join(TABLES_DIR, f), 'utf8')), embeddedApprovals()),
      ),
    );
  return fixtureTablesCache;
};

/** The table a fixture runs on: its pinned reference, else the embedded version in force on its date. */
export const tableFor = (fixture: Fixture): LoadedTable =>
  fixture.table === undefined
    ? orThrow(`table in force on ${fixture.asOf}`, tableAsOf(embeddedTables(), fixture.asOf))
    : orThrow(`table ${fixture.table}`, findTable([...embeddedTables(), ...fixtureTables()], fixture.table));

/**
 * Facts as `completeCase` takes them. zod types an optional field as `T | undefined`; parsed JSON never
 * holds `undefined`, and dropping such members makes that true by construction.
 */
const definedOnly = (facts: Tso500Facts): CaseFacts =>
  Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as CaseFacts;

/** The normalized case of a fixture: the JSON case, or the TSO500 file beside it completed with its facts. */
export const caseOf = (named: NamedFixture): Case => {
  const { fixture, path } = named;
  if (fixture.tso500 !== undefined) {
    const file = `fixtures/cases/${fixture.tso500.file}`;
    const draft = orThrow(file, readTso500(readFileSync(join(ROOT, file), 'utf8'), { file }));
    return orThrow(file, completeCase(draft, definedOnly(fixture.tso500.facts)));
  }
  return orThrow(path, normalizeCase(fixture.case, { file: path }));
};

/** The result of a fixture on the given table (default: the fixture's own). */
export const resultOf = (named: NamedFixture, table: LoadedTable = tableFor(named.fixture)): MatchResult =>
  match(caseOf(named), compile(table), { asOf: named.fixture.asOf });

/** The golden texts a result renders to. */
export const rendered = (result: MatchResult): { readonly json: string; readonly md: string } => ({
  json: renderJson(result),
  md: renderMarkdown(result),
});

/** Paths of a fixture's golden files. */
export const goldenPaths = (name: string): { readonly json: string; readonly md: string } => ({
  json: join(CASES_DIR, `${name}.expected.json`),
  md: join(CASES_DIR, `${name}.expected.md`),
});
