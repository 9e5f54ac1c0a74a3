/**
 * One smoke test of the built bin, as a user runs it (skipped when dist/ has not been built).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repo } from './fake-io.js';

const BIN = repo('dist/cli.js');

describe.skipIf(!existsSync(BIN))('the built bin (dist/cli.js)', () => {
  it('prints its help, finds the rules folder beside it, and exits with the documented codes', () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^mtb-match \d+\.\d+\.\d+: /);
    const schema = spawnSync(process.execPath, [BIN, 'schema', 'report'], { encoding: 'utf8' });
    expect(schema.status).toBe(0);
    expect(schema.stdout).toBe(readFileSync(repo('rules/schema/report.schema.json'), 'utf8'));
    const usage = spawnSync(process.execPath, [BIN, 'match', '--bogus'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe("mtb-match match: Unknown option --bogus. See 'mtb-match match --help'.\n");
  }, 30_000);
});
