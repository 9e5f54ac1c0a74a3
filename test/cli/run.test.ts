/**
 * The CLI run in-process with a fake io: help texts, exit codes, error lines, no stack traces.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { libraryEngine } from '../../src/cli/library-engine.js';
import { LIBRARY_VERSION } from '../../src/version.js';
import { cli, repo } from './fake-io.js';

const CASE = repo('fixtures/cases-input/lung-erbb2.json');
const TSO500 = repo('fixtures/tso500/example-lung-erbb2.tsv');

/** No line looks like a stack frame or a Node internal error dump. */
const noStackTrace = (text: string): void => {
  expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(text).not.toMatch(/node:internal|Error: .*\n\s+at /);
};

const COMMANDS = ['match', 'batch', 'rescreen', 'rules lint', 'rules diff', 'rules list', 'schema'];

describe('help and version', () => {
  it('prints the top-level help with every command and the exit codes', async () => {
    const { code, out, err } = await cli(['--help']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^mtb-match \d+\.\d+\.\d+: match a tumor's molecular profile/);
    for (const command of COMMANDS) expect(out).toContain(`\n  ${command}`);
    expect(out).toContain('Exit codes: 0 ok, 1 bad input');
    expect(out).toContain('The tumor board, not this software, decides.');
  });

  it.each(COMMANDS)(
    'prints the help of `%s`: usage, options, examples, exit codes, lines of at most 100 columns',
    async (command) => {
      const { code, out, err } = await cli([...command.split(' '), '--help']);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out.startsWith(`Usage: mtb-match ${command}`)).toBe(true);
      expect(out).toContain('\nOptions:\n');
      expect(out).toContain('  -h, --help');
      expect(out).toContain('Exit codes: 0 ok');
      const [, examples = ''] = out.split('\nExamples:\n');
      const body = out.replace(examples, '');
      for (const line of body.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    },
  );

  it('takes -h, `help <command>` and --help anywhere on the line', async () => {
    const { out: help } = await cli(['match', '--help']);
    expect((await cli(['match', '-h'])).out).toBe(help);
    expect((await cli(['help', 'match'])).out).toBe(help);
    expect((await cli(['match', 'x.json', '--bogus', '--help'])).out).toBe(help);
    expect((await cli(['rules', '--help'])).out).toMatch(/^Usage: mtb-match rules <lint\|diff\|list>/);
  });

  it('prints the version', async () => {
    expect(await cli(['--version'])).toMatchObject({ code: 0, out: `${LIBRARY_VERSION}\n`, err: '' });
    expect((await cli(['-V'])).out).toBe(`${LIBRARY_VERSION}\n`);
  });
});

describe('bad usage exits 2 with one line naming the fix', () => {
  it.each([
    [[], /^mtb-match \d/],
    [['mach'], /^mtb-match: Unknown command "mach" \(did you mean "match"\?\)\. See 'mtb-match --help'\.$/],
    [['rules', 'lnt'], /^mtb-match rules: Unknown command "rules lnt" \(did you mean "rules lint"\?\)/],
    [['rules'], /^Usage: mtb-match rules/],
    [['match'], /^mtb-match match: Missing the case file to match\. See 'mtb-match match --help'\.$/],
    [
      ['match', 'a.json', 'b.json'],
      /^mtb-match match: Expected one case file, got 2: use `mtb-match batch` for many\./,
    ],
    [
      ['match', 'a.json', '--diagnose', 'LUAD'],
      /^mtb-match match: Unknown option --diagnose \(did you mean --diagnosis\?\)\./,
    ],
    [['match', 'a.json', '--as-of'], /^mtb-match match: --as-of needs a value <YYYY-MM-DD>\./],
    [
      ['match', 'a.json', '--as-of', '2024-02-30'],
      /--as-of must be a date written YYYY-MM-DD \(e\.g\. 2024-05-01\); got "2024-02-30"/,
    ],
    [['match', 'a.json', '--age', 'sixty'], /--age must be a whole number of years \(0-130\); got "sixty"/],
    [['match', 'a.json', '--ecog', '5'], /--ecog must be one of 0, 1, 2, 3, 4, unknown; got "5"/],
    [['match', 'a.json', '--format', 'pdf'], /--format must be one of md, json, html; got "pdf"/],
    [['match', 'a.json', '--format', 'md', '--format', 'html'], /--format was given more than once/],
    [['batch'], /^mtb-match batch: Missing the input/],
    [['rescreen', '--cases', 'c.ndjson'], /^mtb-match rescreen: Missing --previous <results\.ndjson>\./],
    [['rules', 'diff', 'impress-norway@2022.1'], /Expected two tables to compare/],
    [['schema'], /Missing the schema name: one of case, table, approvals, report\./],
    [['schema', 'patient'], /Unknown schema "patient": choose one of case, table, approvals, report\./],
    [['--verbose'], /^mtb-match: Unknown option --verbose before the command\./],
  ])('%j', async (argv, expected) => {
    const { code, out, err } = await cli(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd()).toMatch(expected);
    if ((argv.length > 0 && argv[0] !== 'rules') || argv.length > 1)
      expect(err.trimEnd().split('\n')).toHaveLength(1);
    noStackTrace(err);
  });
});

describe('bad input exits 1 with one line per problem, located', () => {
  it('names a file that does not exist', async () => {
    expect(await cli(['match', '/nonexistent/case.json'])).toMatchObject({
      code: 1,
      out: '',
      err: 'error file_unreadable: Cannot read /nonexistent/case.json: no such file.\n',
    });
  });

  it('names a folder given as a case file', async () => {
    const { code, err } = await cli(['match', repo('fixtures')]);
    expect(code).toBe(1);
    expect(err).toBe(`error file_unreadable: Cannot read ${repo('fixtures')}: it is a directory.\n`);
  });

  it('points at the line and column of a JSON syntax error', async () => {
    const { code, err } = await cli(['match', '/mem/bad.json'], {
      files: { '/mem/bad.json': '{\n  "patient": {,\n}' },
    });
    expect(code).toBe(1);
    expect(err).toMatch(/^\/mem\/bad\.json:2:\d+: error invalid_json: /);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('asks for the diagnosis a TSO500 file lacks, errors before notices', async () => {
    const { code, err } = await cli(['match', TSO500]);
    expect(code).toBe(1);
    const lines = err.trimEnd().split('\n');
    expect(lines[0]).toMatch(/: error missing_diagnosis: .*pass --diagnosis <OncoTree code>/);
    expect(lines.slice(1).every((l) => / (warning|notice) /.test(l))).toBe(true);
  });

  it('says it cannot tell the format of a text', async () => {
    const { code, err } = await cli(['match', '/mem/notes.txt'], {
      files: { '/mem/notes.txt': 'hello\nworld\n' },
    });
    expect(code).toBe(1);
    expect(err).toBe(
      'error unknown_input_format: Cannot tell the format of /mem/notes.txt: expected a JSON case, a TSO500 ' +
        'CombinedVariantOutput, a VCF or a MAF.\n',
    );
  });

  it('names an unknown embedded table version and the ones there are', async () => {
    const { code, err } = await cli(['match', CASE, '--table', 'impress-norway@1999.1']);
    expect(code).toBe(1);
    expect(err).toMatch(/table_version_not_found: .*impress-norway@2021\.1, impress-norway@2021\.2/);
  });

  it('refuses an as-of date before the first table version', async () => {
    const { code, err } = await cli(['match', CASE, '--as-of', '2019-01-01']);
    expect(code).toBe(1);
    expect(err).toMatch(/^error as_of_before_first_version: /);
  });

  it('cannot write --out where it is not allowed', async () => {
    const { code, err } = await cli(['match', CASE, '--out', '/mem/ro/report.md'], {
      unwritable: '/mem/ro/report.md',
    });
    expect(code).toBe(1);
    expect(err).toBe('error file_unwritable: Cannot write /mem/ro/report.md: permission denied.\n');
  });

  it('removes control characters from the input before printing to a terminal', async () => {
    const evil = '{\n  "patient": {\u001b[31m,\n}';
    const { err } = await cli(['match', '/mem/evil.json'], { files: { '/mem/evil.json': evil } });
    expect(err).not.toContain('\u001b');
  });
});

describe('internal errors exit 70 with one line and no stack trace', () => {
  it('reports an exception of the library as a bug to report', async () => {
    const broken = {
      ...libraryEngine,
      match: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    };
    const { code, out, err } = await cli(['match', CASE, '--as-of', '2024-05-01'], {}, broken);
    expect(code).toBe(70);
    expect(out).toBe('');
    expect(err).toBe(
      `mtb-match: internal error (TypeError: Cannot read properties of undefined (reading 'x')). This is a bug in ` +
        `mtb-match ${LIBRARY_VERSION}; please report it with the command you ran.\n`,
    );
  });

  it('never throws and never prints a stack trace, whatever the arguments', async () => {
    const token = fc.constantFrom(
      'match',
      'batch',
      'rescreen',
      'rules',
      'lint',
      'diff',
      'list',
      'schema',
      'report',
      'case',
      CASE,
      TSO500,
      '/nonexistent.json',
      '--as-of',
      '2024-05-01',
      '2024-13-01',
      '--table',
      'impress-norway@2022.1',
      'x@y',
      '--format',
      'json',
      'html',
      '--diagnosis',
      'LUAD',
      'NOPE',
      '--age',
      '-1',
      '--',
      '-h',
      '--previous',
      '--cases',
      '--prior-drug',
      '',
      '--out',
      '=',
      '--ecog=1',
      '--sample',
      'S1',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (argv) => {
        const { code, err, out } = await cli(argv, { unwritable: '=' });
        expect([0, 1, 2]).toContain(code);
        noStackTrace(err);
        if (!argv.includes('--out'))
          expect(out.length > 0 || code !== 0 || argv.length === 0 || err !== '').toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('schema', () => {
  it.each(['case', 'table', 'approvals', 'report'])(
    'prints the %s schema from the rules folder',
    async (name) => {
      const { code, out } = await cli(['schema', name]);
      expect(code).toBe(0);
      expect(out).toBe(readFileSync(repo(`rules/schema/${name}.schema.json`), 'utf8'));
      expect(JSON.parse(out)).toHaveProperty('$schema');
    },
  );

  it('says plainly when the rules folder cannot be found', async () => {
    const { code, err } = await cli(['schema', 'case'], { rulesDirs: ['/nowhere/rules'] });
    expect(code).toBe(1);
    expect(err).toBe(
      'error rules_folder_not_found: Cannot find the rules folder shipped with mtb-match (looked in /nowhere/rules).\n',
    );
  });
});
