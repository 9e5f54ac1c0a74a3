/**
 * The library never throws, whatever it is given, valid or not, along the whole pipeline:
 * text or JSON -> case -> result -> rendered JSON and Markdown. Bad input is a coded issue.
 * (Entry-point-only totality is tested beside each module; these properties go end to end.)
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseJsonCase } from '../../src/adapters/json-case.js';
import { readMaf } from '../../src/adapters/maf.js';
import { readTso500 } from '../../src/adapters/tso500.js';
import { readVcf } from '../../src/adapters/vcf.js';
import { match } from '../../src/match/match.js';
import type { Result } from '../../src/model/issue.js';
import { normalizeCase } from '../../src/adapters/json-case.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { normalizeGene } from '../../src/vocab/genes.js';
import { parseProteinChange } from '../../src/vocab/hgvs.js';
import { asOfDate, caseShapedJunk, messyCase, tso500Text } from './arbitraries.js';
import { compiledAsOf, runJson, runTso500 } from './pipeline.js';
import { RUNS } from './runs.js';

/** A Left carries at least one coded issue with a message; a Right carries a value. */
const wellFormed = <A>(r: Result<A>): boolean =>
  r._tag === 'Right' ||
  (r.left.length > 0 && r.left.every((i) => /^[a-z0-9_]+$/.test(i.code) && i.message.length > 0));

/** Text as files arrive: printable, any Unicode, or bytes read as Latin-1. */
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('never throws, end to end', () => {
  it('arbitrary JSON values through normalizeCase, match and both renderers', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.jsonValue(), asOfDate, (json, asOf) => {
        assert.ok(wellFormed(normalizeCase(json)));
        runJson(json, asOf);
      }),
      { numRuns: RUNS.arbitraryJson },
    );
  });

  it(
    'case-shaped JSON with junk anywhere inside: a case or coded issues, then a rendered result',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(caseShapedJunk, asOfDate, (json, asOf) => {
          assert.ok(wellFormed(normalizeCase(json)));
          const run = runJson(json, asOf);
          if (run.json !== null) assert.equal((JSON.parse(run.json) as { asOf: string }).asOf, asOf);
        }),
        { numRuns: RUNS.caseShapedJunk },
      );
    },
  );

  it('messy cases on any as-of string, valid date or not', { timeout: 120_000 }, () => {
    const asOfText = fc.oneof(
      asOfDate,
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2024-02-30', '1999-01-01', ''),
    );
    fc.assert(
      fc.property(messyCase, asOfText, (json, asOf) => {
        const c = normalizeCase(json);
        if (c._tag === 'Left') return;
        const result = match(c.right, compiledAsOf('2024-06-01'), { asOf });
        renderJson(result);
        renderMarkdown(result);
        assert.equal(result.asOf, asOf);
      }),
      { numRuns: RUNS.messyCasesAnyDate },
    );
  });

  it('arbitrary text into readTso500', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        assert.ok(wellFormed(readTso500(text)));
      }),
      { numRuns: RUNS.tso500Text },
    );
  });

  it('TSO500-shaped text through completeCase, match and both renderers', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(tso500Text, asOfDate, (text, asOf) => {
        runTso500(text, { diagnosis: 'LUAD', age: 60, ecog: 1 }, asOf);
      }),
      { numRuns: RUNS.tso500Pipeline },
    );
  });

  it(
    'arbitrary text into every text entry point: JSON case, VCF, MAF, protein change, gene symbol',
    { timeout: 120_000 },
    () => {
      const hgvsLike = fc
        .array(
          fc.constantFrom(
            'p.',
            '(',
            ')',
            'Val',
            'V',
            '600',
            'E',
            'Glu',
            '_',
            'del',
            'ins',
            'fs',
            '*',
            'Ter',
            '=',
            '?',
            'NP_004324.2:',
            ' ',
          ),
          { maxLength: 10 },
        )
        .map((parts) => parts.join(''));
      fc.assert(
        fc.property(fc.oneof(anyText, hgvsLike), (text) => {
          assert.ok(wellFormed(parseJsonCase(text)));
          assert.ok(wellFormed(readVcf(text)));
          readMaf(text).forEach((r) => assert.ok(wellFormed(r)));
          assert.ok(wellFormed(parseProteinChange(text)));
          assert.ok(wellFormed(normalizeGene(text)));
        }),
        { numRuns: RUNS.textEntryPoints },
      );
    },
  );
});
