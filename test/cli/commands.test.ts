/**
 * The commands end to end, in-process, on the repository's fixtures and the embedded tables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../src/model/result.js';
import { decodeResult, decodeResultRecord } from '../../src/report/codec.js';
import { cli, repo } from './fake-io.js';

const CASE = repo('fixtures/cases-input/lung-erbb2.json');
const TSO500 = repo('fixtures/tso500/example-lung-erbb2.tsv');
const REGISTRY = repo('test/cli/fixtures/registry.ndjson');

const decoded = (text: string): MatchResult => {
  const result = decodeResult(JSON.parse(text));
  if (result._tag === 'Left') throw new Error(result.left.map((i) => i.message).join('\n'));
  return result.right;
};

describe('match', () => {
  it('writes the Markdown report of a JSON case to stdout, as of today (UTC) by default', async () => {
    const { code, out, err } = await cli(['match', CASE], { now: new Date('2024-05-01T23:30:00Z') });
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^# Molecular tumor board: patient PT-0001\n/);
    expect(out).toContain('- **As of:** 2024-05-01');
    expect(out).toContain('- **Cohort table:** impress-norway 2023.1');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^_The tumor board, not this software, decides\./);
  });

  it('reads a TSO500 file with the patient facts given as flags', async () => {
    const { code, out } = await cli([
      'match',
      TSO500,
      '--diagnosis',
      'LUAD',
      '--patient-id',
      'P-77',
      '--age',
      '64',
      '--sex',
      'female',
      '--ecog',
      '1',
      '--standard-therapy-exhausted',
      'yes',
      '--prior-drug',
      'Carboplatin',
      '--prior-drug',
      'pemetrexed',
      '--as-of',
      '2024-05-01',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const result = decoded(out);
    expect(result.patient).toMatchObject({ id: 'P-77', diagnosis: { code: 'LUAD' } });
    expect(result.sample.panel).toBe('TSO500');
    expect(result.asOf).toBe('2024-05-01');
  });

  it('writes JSON that decodes with the report codec, byte-stable across runs', async () => {
    const first = await cli(['match', CASE, '--as-of', '2024-05-01', '--format', 'json']);
    const second = await cli(['match', CASE, '--as-of', '2024-05-01', '--format', 'json']);
    expect(first.code).toBe(0);
    expect(second.out).toBe(first.out);
    expect(decoded(first.out).candidates.length).toBeGreaterThan(0);
  });

  it('writes an HTML page to --out and says so on stderr', async () => {
    const { code, out, err, io } = await cli([
      'match',
      CASE,
      '--as-of',
      '2024-05-01',
      '--format',
      'html',
      '--out',
      '/mem/out/PT-0001.html',
    ]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(
      /^Wrote \/mem\/out\/PT-0001\.html: patient PT-0001, \d+ eligible, \d+ needs review \(impress-norway@2023\.1, as of 2024-05-01\)\.\n$/,
    );
    const page = io.written.get('/mem/out/PT-0001.html') ?? '';
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('candidate-row');
  });

  it('uses an embedded version by reference, and a table file with the approvals beside it', async () => {
    const byRef = decoded(
      (
        await cli([
          'match',
          CASE,
          '--as-of',
          '2024-05-01',
          '--table',
          'impress-norway@2022.1',
          '--format',
          'json',
        ])
      ).out,
    );
    expect(byRef.table).toMatchObject({ id: 'impress-norway', version: '2022.1' });
    const file = repo('rules/tables/impress-norway/2022.1.json');
    const byFile = decoded(
      (await cli(['match', CASE, '--as-of', '2024-05-01', '--table', file, '--format', 'json'])).out,
    );
    expect(byFile.table).toEqual(byRef.table);
  });

  it('takes a table file with --approvals', async () => {
    const { code, out } = await cli([
      'match',
      CASE,
      '--as-of',
      '2024-06-01',
      '--format',
      'json',
      '--table',
      repo('fixtures/tables/tiny/2024.1.json'),
      '--approvals',
      repo('fixtures/tables/tiny/approvals.json'),
    ]);
    expect(code).toBe(0);
    expect(decoded(out).table.id).toBe('tiny');
  });

  it('names the problems of an invalid table file, located in it', async () => {
    const file = repo('fixtures/tables/invalid/unknown-gene.json');
    const { code, err } = await cli([
      'match',
      CASE,
      '--table',
      file,
      '--approvals',
      repo('fixtures/tables/tiny/approvals.json'),
    ]);
    expect(code).toBe(1);
    expect(err).toContain(`${file}: error unknown_gene_symbol: `);
  });

  it('chooses a sample of a MAF with several, and says which there are', async () => {
    const maf = repo('fixtures/maf/all-classifications.maf');
    const several = await cli(['match', maf, '--diagnosis', 'COAD']);
    if (several.code === 1 && several.err.includes('several_samples')) {
      expect(several.err).toMatch(/choose one with --sample, or use `mtb-match batch`/);
      const id = /holds \d+ samples \(([^,)]+)/.exec(several.err)?.[1] ?? '';
      expect(
        (await cli(['match', maf, '--diagnosis', 'COAD', '--sample', id, '--as-of', '2024-05-01'])).code,
      ).toBe(0);
      expect((await cli(['match', maf, '--diagnosis', 'COAD', '--sample', 'NOPE'])).err).toMatch(
        /sample_not_found/,
      );
    } else {
      expect(several.code).toBe(0);
    }
  });
});

describe('batch', () => {
  const good = readFileSync(CASE, 'utf8').replace(/\s*\n\s*/g, ' ');
  const lines = [
    good,
    '',
    '{"patient": {"id": "P-broken"',
    good.replace('"PT-0001"', '"PT-0002"'),
    JSON.stringify({ patient: { id: 'P-nodx' }, sample: { id: 'S' }, findings: [] }),
  ];

  it('streams one result or error record per case, with line numbers, and a summary on stderr', async () => {
    const { code, out, err, io } = await cli(['batch', '/mem/cases.ndjson', '--as-of', '2024-05-01'], {
      files: { '/mem/cases.ndjson': `${lines.join('\n')}\n` },
    });
    expect(code).toBe(1);
    const records = out
      .trimEnd()
      .split('\n')
      .map((l) => decodeResultRecord(JSON.parse(l)));
    expect(records.map((r) => (r._tag === 'Right' ? r.right.schema : 'invalid'))).toEqual([
      'mtb-match/result@1',
      'mtb-match/error@1',
      'mtb-match/result@1',
      'mtb-match/error@1',
    ]);
    const errors = records.flatMap((r) =>
      r._tag === 'Right' && r.right.schema === 'mtb-match/error@1' ? [r.right] : [],
    );
    expect(errors.map((e) => [e.line, e.patientId])).toEqual([
      [3, null],
      [5, 'P-nodx'],
    ]);
    expect(errors[0]?.issues[0]?.location).toMatchObject({ file: '/mem/cases.ndjson', line: 3 });
    expect(io.writes()).toBe(4);
    expect(err).toMatch(/^batch: 4 cases read, 2 matched, 2 failed\.\n/);
    expect(err).toMatch(/\n {2}\/mem\/cases\.ndjson:3: .*invalid_json/);
    expect(err).toMatch(/\n {2}\/mem\/cases\.ndjson:5 \(patient P-nodx\): .*missing_diagnosis/);
    expect(err).toMatch(
      /\ncandidates: \d+ eligible, \d+ needs review, \d+ ineligible, \d+ not evaluable; 2 patients with at least one trial candidate\.\n$/,
    );
    expect(err).not.toContain('\r');
  });

  it('shows a progress line only when stderr is a terminal', async () => {
    const many = Array.from({ length: 260 }, (_, i) =>
      JSON.stringify({ patient: { id: `P${i}` }, sample: { id: 'S' }, findings: [] }),
    );
    const files = { '/mem/many.ndjson': many.join('\n') };
    const tty = await cli(['batch', '/mem/many.ndjson', '--as-of', '2024-05-01', '--out', '/mem/r.ndjson'], {
      files,
      stderrIsTTY: true,
    });
    expect(tty.err).toContain('\r\u001b[K250 cases read, 250 failed...');
    expect(tty.err).toContain('\r\u001b[Kbatch: 260 cases read');
    const pipe = await cli(['batch', '/mem/many.ndjson', '--as-of', '2024-05-01', '--out', '/mem/r.ndjson'], {
      files,
    });
    expect(pipe.err).not.toContain('\r');
    expect(pipe.io.written.get('/mem/r.ndjson')?.split('\n').length).toBe(261);
  });

  it('matches every sample of a cBioPortal study folder', async () => {
    const { code, out, err } = await cli([
      'batch',
      repo('fixtures/cbioportal/demo_study'),
      '--as-of',
      '2024-05-01',
      '--panel',
      'TSO500',
    ]);
    const records = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { schema: string });
    expect(records.length).toBeGreaterThan(1);
    expect(err).toMatch(new RegExp(`batch: ${records.length} cases read`));
    expect(code).toBe(records.every((r) => r.schema === 'mtb-match/result@1') ? 0 : 1);
  });

  it('fails with one line when the input does not exist', async () => {
    expect(await cli(['batch', '/mem/none.ndjson'])).toMatchObject({
      code: 1,
      out: '',
      err: 'error file_unreadable: Cannot read /mem/none.ndjson: no such file.\n',
    });
  });
});

describe('rescreen', () => {
  const previousRun = async (): Promise<string> => {
    const { code, out } = await cli([
      'batch',
      REGISTRY,
      '--table',
      'impress-norway@2021.2',
      '--as-of',
      '2021-12-01',
    ]);
    expect(code).toBe(0);
    return out;
  };

  it('lists, per patient, the options gained and lost between two embedded table versions, with causes', async () => {
    const previous = await previousRun();
    const { code, out, err } = await cli(
      [
        'rescreen',
        '--previous',
        '/mem/prev.ndjson',
        '--cases',
        REGISTRY,
        '--table',
        'impress-norway@2022.1',
        '--as-of',
        '2022-06-01',
      ],
      { files: { '/mem/prev.ndjson': previous } },
    );
    expect(code).toBe(0);
    const header = 'impress-norway@2021.2 on 2021-12-01 -> impress-norway@2022.1 on 2022-06-01';
    expect(out).toContain(
      `P42-0000010: ${header}\n  - lost    olaparib-hrr (olaparib): eligible -> ineligible [cohort closed] Closed since 2022-04-07`,
    );
    expect(out).toContain(
      `P42-0000028: ${header}\n  + gained  vemurafenib-cobimetinib-braf (cobimetinib + vemurafenib): ineligible -> eligible [cohort opened]`,
    );
    expect(out).toContain(
      `P42-0000083: ${header}\n  ~ changed olaparib-brca (olaparib): eligible -> needs review [criteria changed]`,
    );
    expect(out).not.toContain('P42-0000000');
    expect(err).toBe(
      'rescreen: 4 patients compared (impress-norway@2022.1, as of 2022-06-01); 3 with changed options: ' +
        '1 gained, 1 lost, 1 changed between eligible and needs review.\n',
    );
  });

  it('writes one JSON object per changed patient with --format json', async () => {
    const previous = await previousRun();
    const { out } = await cli(
      [
        'rescreen',
        '--previous',
        '/mem/prev.ndjson',
        '--cases',
        REGISTRY,
        '--table',
        'impress-norway@2022.1',
        '--as-of',
        '2022-06-01',
        '--format',
        'json',
      ],
      { files: { '/mem/prev.ndjson': previous } },
    );
    const patients = out
      .trimEnd()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            schema: string;
            patientId: string;
            changes: Array<{ change: string; cause: string }>;
          },
      );
    expect(patients.map((p) => [p.patientId, p.changes.map((c) => `${c.change}:${c.cause}`)])).toEqual([
      ['P42-0000010', ['lost:cohort-closed']],
      ['P42-0000028', ['gained:cohort-opened']],
      ['P42-0000083', ['changed:criteria-changed']],
    ]);
  });

  it('reports previous lines that do not decode, located, and goes on', async () => {
    const previous = await previousRun();
    const [first = '', ...rest] = previous.trimEnd().split('\n');
    const broken = [
      first.replace(/"verdict":"[a-z-]+"/, '"verdict":"maybe"'),
      '{"schema":"mtb-match/result@9"}',
      ...rest,
    ].join('\n');
    const { code, err } = await cli(
      [
        'rescreen',
        '--previous',
        '/mem/prev.ndjson',
        '--cases',
        REGISTRY,
        '--table',
        'impress-norway@2022.1',
        '--as-of',
        '2022-06-01',
      ],
      { files: { '/mem/prev.ndjson': broken } },
    );
    expect(code).toBe(1);
    expect(err).toMatch(
      /^\/mem\/prev\.ndjson:1: error report_invalid_value: Line 1 of \/mem\/prev\.ndjson has "maybe" at candidates\[\d+\]\.verdict/,
    );
    expect(err).toMatch(/\n\/mem\/prev\.ndjson:2: error report_unsupported_schema: /);
    expect(err).toMatch(/2 previous lines could not be decoded\./);
  });
});

describe('rules', () => {
  it('lists the embedded versions with dates, counts and hash, marking the one in force', async () => {
    const { code, out } = await cli(['rules', 'list', '--as-of', '2022-06-01']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Embedded cohort tables (* = in force on 2022-06-01):');
    expect(lines[1]).toMatch(/^ {3}table\s+effective\s+supersedes\s+cohorts\s+open 2022-06-01\s+hash$/);
    expect(lines.filter((l) => l.startsWith('*'))).toEqual([
      expect.stringMatching(/^\* {2}impress-norway@2022\.1 {2}2022-04-07 {2}2021\.2 /),
    ]);
    expect(lines.slice(2)).toHaveLength(4);
  });

  it('diffs two embedded versions', async () => {
    const { code, out } = await cli(['rules', 'diff', 'impress-norway@2021.2', 'impress-norway@2022.1']);
    expect(code).toBe(0);
    expect(out).toMatch(/^impress-norway@2021\.2 -> impress-norway@2022\.1\n/);
    expect(out).toContain('+ pralsetinib-ret (pralsetinib): RET fusion\n');
    expect(out).toContain('~ olaparib-brca: criteria: BRCA1/2 mutation -> bi-allelic BRCA1/2 inactivation\n');
    const json = JSON.parse(
      (await cli(['rules', 'diff', 'impress-norway@2021.2', 'impress-norway@2022.1', '--format', 'json']))
        .out,
    ) as { from: string };
    expect(json.from).toBe('impress-norway@2021.2');
  });

  it('lints the shipped rules folder clean of errors', async () => {
    const { code, out } = await cli(['rules', 'lint']);
    expect(code).toBe(0);
    expect(out).toMatch(/\nrules lint: \d+ files checked, 0 errors, \d+ warnings?\.\n$/);
  });

  it('lints one table file with the approvals beside its folder and the embedded versions before it', async () => {
    const { code, out } = await cli(['rules', 'lint', repo('rules/tables/impress-norway/2023.1.json')]);
    expect(code).toBe(0);
    expect(out).toMatch(/rules lint: 1 file checked, 0 errors/);
    expect(out).not.toContain('(embedded');
  });

  it('reports every problem of invalid tables, one line each with file and path, and exits 1', async () => {
    const file = repo('fixtures/tables/invalid/several-problems.json');
    const { code, out } = await cli(['rules', 'lint', file, repo('fixtures/tables/tiny/approvals.json')]);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^rules lint: 2 files checked, [1-9]\d* errors?, \d+ warnings?\.$/);
    for (const line of lines.slice(0, -1))
      expect(line.startsWith(`${file}: error `) || line.includes(' warning ')).toBe(true);
    expect(out).toContain(
      'unknown_gene_symbol: Unknown gene symbol "BRAFF" at cohorts[0].criteria.gene: did you mean BRAF?',
    );
  });

  it('reports a syntax error in a rules file with its line', async () => {
    const { code, out } = await cli(['rules', 'lint', '/mem/t.json'], {
      files: { '/mem/t.json': '{\n  "id": "x",\n  oops\n}' },
    });
    expect(code).toBe(1);
    expect(out).toMatch(/^\/mem\/t\.json:3:\d+: error invalid_json: /);
  });
});
