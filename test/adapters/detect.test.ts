import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/adapters/detect.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (path: string): string =>
  new TextDecoder().decode(readFileSync(join(root, 'fixtures', path)));

describe('detectFormat', () => {
  it.each([
    ['{"patient": {}}', undefined, 'json'],
    ['\uFEFF\n  {\n}', undefined, 'json'],
    ['TruSight Oncology 500 - Combined Variant Output\t\t\r\n', undefined, 'tso500'],
    ['DRAGEN TruSight Oncology 500 v2.6.2 Analysis Software - Combined Variant Output', undefined, 'tso500'],
    ['[Analysis Details]\t\t\nPair ID\tX\n', undefined, 'tso500'],
    ['\t\t\t\n[Small Variants]\nGene\n', undefined, 'tso500'],
    ['##fileformat=VCFv4.2\n#CHROM\tPOS\n', undefined, 'vcf'],
    ['#version 2.4\nHugo_Symbol\tEntrez_Gene_Id\tCenter\n', undefined, 'maf'],
    ['Hugo_Symbol\tEntrez_Gene_Id\n', 'data_mutations.txt', 'maf'],
    ['', 'sample.vcf.gz', 'vcf'],
    ['', 'case.JSON', 'json'],
    ['', 'x/y/study.maf', 'maf'],
    ['', 'LA-0042_CombinedVariantOutput.tsv', 'tso500'],
    ['Gene\tFold Change\n', 'table.tsv', null],
    ['hello', undefined, null],
    ['[1, 2]', undefined, null],
    ['', undefined, null],
  ] as const)('%j (%s) -> %s', (text, name, expected) => {
    expect(detectFormat(text, name)).toBe(expected);
  });

  it('content wins over the file name', () => {
    expect(detectFormat('##fileformat=VCFv4.1\n', 'case.json')).toBe('vcf');
  });

  it('recognizes every TSO500 fixture and the JSON case fixtures', () => {
    for (const name of [
      'local-app-2.2.tsv',
      'dragen-2.1.tsv',
      'dragen-2.6.tsv',
      'example-lung-erbb2.tsv',
      'truncated.tsv',
    ]) {
      expect(detectFormat(fixture(`tso500/${name}`), name)).toBe('tso500');
    }
    expect(detectFormat(fixture('cases-input/lung-erbb2.json'))).toBe('json');
    expect(detectFormat(fixture('tso500/binary-gzip.tsv'))).toBeNull();
  });
});
