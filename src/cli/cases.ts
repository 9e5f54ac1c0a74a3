/**
 * Cases from files: one case from a lab file (`match`), or a stream of cases from an NDJSON file of JSON
 * cases or a cBioPortal study folder (`batch`, `rescreen`), one at a time.
 */
import { left } from 'fp-ts/Either';
import type { CaseFacts } from '../adapters/complete-case.js';
import type { Case } from '../model/case.js';
import type { CaseDraft } from '../model/draft.js';
import type { Issue, Result, SourceLocation } from '../model/issue.js';
import { formatIssue } from '../model/issue.js';
import type { CommandContext } from './command.js';
import { InputError } from './failure.js';
import { cliIssue } from './issues.js';
import { fsReason, readText } from './read.js';
import { orFail } from './tables.js';

/** Reads the one case of a lab file (format detected), completed with the facts given as flags. @internal */
export const readOneCase = async (
  path: string,
  facts: CaseFacts,
  sample: string | undefined,
  ctx: CommandContext,
): Promise<Case> => {
  const { io, engine } = ctx;
  const text = await readText(io, path);
  const format = engine.detectFormat(text, path);
  const complete = (draft: CaseDraft): Case => orFail(engine.completeCase(draft, facts));
  switch (format) {
    case 'json':
      return orFail(engine.parseJsonCase(text, { file: path, facts }));
    case 'tso500':
      return complete(orFail(engine.readTso500(text, { file: path })));
    case 'vcf':
      return complete(
        orFail(engine.readVcf(text, { file: path, ...(sample === undefined ? {} : { sample }) })),
      );
    case 'maf': {
      const drafts = engine.readMaf(text, { file: path });
      const ok = drafts.flatMap((d) => (d._tag === 'Right' ? [d.right] : []));
      const ids = ok.map((d) => d.sample.id ?? '(no id)');
      if (ok.length === 0) {
        throw new InputError(drafts.flatMap((d) => (d._tag === 'Left' ? d.left : [])));
      }
      if (sample !== undefined) {
        const chosen = ok.find((d) => d.sample.id === sample);
        if (chosen === undefined)
          throw new InputError([cliIssue('sample_not_found', { file: path, sample, samples: ids })]);
        return complete(chosen);
      }
      const [only, ...more] = ok;
      if (only === undefined || more.length > 0)
        throw new InputError([cliIssue('several_samples', { file: path, samples: ids })]);
      return complete(only);
    }
    case null:
      throw new InputError([cliIssue('unknown_input_format', { file: path })]);
  }
};

/** One case of a stream, or why it could not be read. */
export interface CaseItem {
  /** Where the case came from: the file and (NDJSON) its line. */
  readonly file: string;
  readonly line: number | null;
  /** The patient id, when it could be told even from a bad case. */
  readonly patientId: string | null;
  readonly result: Result<Case>;
}

const atLine = (location: SourceLocation | null, file: string, line: number): SourceLocation => ({
  ...location,
  file,
  line,
});

/** Puts the NDJSON line number on everything in a case read from one line. */
const relocate = (c: Case, file: string, line: number): Case => ({
  ...c,
  findings: c.findings.map((f) => ({ ...f, source: atLine(f.source, file, line) })),
  rejected: c.rejected.map((r) => ({ ...r, source: atLine(r.source, file, line) })),
});

const relocateIssues = (issues: ReadonlyArray<Issue>, file: string, line: number): ReadonlyArray<Issue> =>
  issues.map((i) => ({ ...i, location: atLine(i.location ?? null, file, line) }));

const patientIdOf = (text: string): string | null => {
  try {
    const id = (JSON.parse(text) as { patient?: { id?: unknown } } | null)?.patient?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
};

async function* ndjsonCases(path: string, ctx: CommandContext): AsyncGenerator<CaseItem> {
  const { io, engine } = ctx;
  if (!(await io.exists(path)))
    throw new InputError([cliIssue('file_unreadable', { file: path, reason: 'no such file' })]);
  let line = 0;
  const lines = io.readLines(path)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await lines.next();
    } catch (error) {
      throw new InputError([cliIssue('file_unreadable', { file: path, reason: fsReason(error) })]);
    }
    if (next.done === true) return;
    line += 1;
    const text = next.value;
    if (text.trim() === '') continue;
    const parsed = engine.parseJsonCase(text, { file: path });
    yield {
      file: path,
      line,
      patientId: parsed._tag === 'Right' ? parsed.right.patient.id : patientIdOf(text),
      result:
        parsed._tag === 'Right'
          ? { _tag: 'Right', right: relocate(parsed.right, path, line) }
          : left(relocateIssues(parsed.left, path, line) as typeof parsed.left),
    };
  }
}

async function* studyCases(
  folder: string,
  panel: string | undefined,
  ctx: CommandContext,
): AsyncGenerator<CaseItem> {
  const { io, engine } = ctx;
  const names = await io.listFiles(folder);
  const files = { names, read: (name: string) => io.readFileSync(io.resolvePath(folder, name)) };
  const study = orFail(
    engine.readCbioportalStudy(files, { folder, ...(panel === undefined ? {} : { panel }) }),
  );
  for (const notice of study.notices) io.stderr.write(`${formatIssue(notice)}\n`);
  for (const draft of study.drafts()) {
    const result = engine.completeCase(draft, {});
    yield {
      file: folder,
      line: null,
      patientId:
        result._tag === 'Right' ? result.right.patient.id : (draft.patient.id ?? draft.sample.id ?? null),
      result,
    };
  }
}

/** The cases of an NDJSON file (one JSON case per line) or of a cBioPortal study folder. @internal */
export const caseStream = async (
  path: string,
  panel: string | undefined,
  ctx: CommandContext,
): Promise<AsyncGenerator<CaseItem>> =>
  (await ctx.io.isDirectory(path)) ? studyCases(path, panel, ctx) : ndjsonCases(path, ctx);
