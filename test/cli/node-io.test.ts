/**
 * The real io on a temporary folder: reading, line streaming, listing, writing.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/node-io.js';
import { repo } from './fake-io.js';

describe('nodeIo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtb-io-'));
  mkdirSync(join(dir, 'study', 'case_lists'), { recursive: true });
  writeFileSync(join(dir, 'study', 'data_cna.txt'), 'x');
  writeFileSync(join(dir, 'study', 'case_lists', 'cases_all.txt'), 'y');
  writeFileSync(join(dir, 'lines.ndjson'), 'one\r\ntwo\n\nthree');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const io = nodeIo();

  it('reads files whole and line by line (CRLF or LF, no trailing empty line)', async () => {
    expect(await io.readFile(join(dir, 'lines.ndjson'))).toBe('one\r\ntwo\n\nthree');
    const lines: string[] = [];
    for await (const line of io.readLines(join(dir, 'lines.ndjson'))) lines.push(line);
    expect(lines).toEqual(['one', 'two', '', 'three']);
    expect(io.readFileSync(join(dir, 'nope'))).toBeUndefined();
    await expect(io.readFile(join(dir, 'nope'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('tells folders from files and lists a folder recursively with / separators', async () => {
    expect(await io.isDirectory(join(dir, 'study'))).toBe(true);
    expect(await io.isDirectory(join(dir, 'lines.ndjson'))).toBe(false);
    expect(await io.exists(join(dir, 'lines.ndjson'))).toBe(true);
    expect(await io.exists(join(dir, 'nope'))).toBe(false);
    expect(await io.listFiles(join(dir, 'study'))).toEqual(['case_lists/cases_all.txt', 'data_cna.txt']);
  });

  it('writes an output file and closes it', async () => {
    const sink = await io.openOutput(join(dir, 'out.txt'));
    await sink.write('a\n');
    await sink.write('b\n');
    await sink.close();
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('a\nb\n');
    await expect(io.openOutput(join(dir, 'missing', 'out.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('looks for the rules folder beside the bin, then from the sources', () => {
    expect(io.rulesDirs).toContain(repo('rules'));
    expect(io.now()).toBeInstanceOf(Date);
  });
});
