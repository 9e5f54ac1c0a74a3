import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { integer, isoDate, nullable, oneOf, optional, struct } from '../../src/report/codec-kit.js';
import { MatchResultCodec } from '../../src/report/codec.js';
import { toJsonSchema } from '../../src/report/json-schema.js';
import type { JsonSchema, JsonValue } from '../../src/report/json-schema.js';
import { renderJson } from '../../src/report/json.js';
import { renderReportSchema, reportJsonSchema } from '../../src/report/report-schema.js';
import { arbitraryOf, validateAgainst } from './codec-walk.js';
import { richResult } from './fixtures.js';

interface TreeNode {
  readonly kids: ReadonlyArray<TreeNode>;
}

describe('io-ts -> JSON Schema walker', () => {
  it('translates each codec kind the report uses', () => {
    const Node: t.Type<TreeNode> = t.recursion<TreeNode>('Node', (self) =>
      struct('Node', { kids: t.readonlyArray(self) }),
    );
    const Sample = struct(
      'Sample',
      {
        name: t.string,
        count: integer,
        on: t.boolean,
        date: isoDate,
        kind: oneOf(['a', 'b']),
        tag: t.literal('v1'),
        note: nullable(t.string),
        level: nullable(oneOf(['x'])),
        where: optional(t.union([t.string, integer])),
        tree: Node,
      },
      'A sample.',
    );
    expect(toJsonSchema(Sample, { title: 'Sample' })).toEqual({
      unsupported: [],
      schema: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'Sample',
        type: 'object',
        description: 'A sample.',
        properties: {
          name: { type: 'string' },
          count: { type: 'integer' },
          on: { type: 'boolean' },
          date: { type: 'string', format: 'date' },
          kind: { type: 'string', enum: ['a', 'b'] },
          tag: { const: 'v1' },
          note: { type: ['string', 'null'] },
          level: { type: ['string', 'null'], enum: ['x', null] },
          where: { type: ['string', 'integer'] },
          tree: { $ref: '#/$defs/Node' },
        },
        required: ['name', 'count', 'on', 'date', 'kind', 'tag', 'note', 'level', 'tree'],
        additionalProperties: false,
        $defs: {
          Node: {
            type: 'object',
            properties: { kids: { type: 'array', items: { $ref: '#/$defs/Node' } } },
            required: ['kids'],
            additionalProperties: false,
          },
        },
      },
    });
  });

  it('lists codec kinds it does not know instead of guessing', () => {
    const Odd = struct('Odd', { n: t.number, d: t.record(t.string, t.string) });
    expect(toJsonSchema(Odd, { title: 'Odd' }).unsupported).toEqual([
      'NumberType (number)',
      'DictionaryType ({ [K in string]: string })',
    ]);
  });

  it('inlines a second, different codec that reuses a taken name', () => {
    const A = struct('Same', { a: t.string });
    const B = struct('Same', { b: t.string });
    const schema = toJsonSchema(struct('Both', { x: A, y: B }), { title: 'Both' }).schema;
    const properties = schema['properties'] as Record<string, JsonSchema>;
    expect(properties['x']).toEqual({ $ref: '#/$defs/Same' });
    expect(properties['y']).toMatchObject({ properties: { b: { type: 'string' } } });
  });
});

describe('the report schema', () => {
  it('covers every codec kind of the report', () => {
    expect(toJsonSchema(MatchResultCodec, { title: 'x' }).unsupported).toEqual([]);
  });

  it('is current in rules/schema/report.schema.json (run `npx tsx scripts/build-report-schema.ts`)', () => {
    const committed = readFileSync(new URL('../../rules/schema/report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(renderReportSchema());
  });

  it('accepts every result the codec writes', () => {
    expect(validateAgainst(reportJsonSchema(), JSON.parse(renderJson(richResult)) as JsonValue)).toEqual([]);
    fc.assert(
      fc.property(arbitraryOf(MatchResultCodec), (result) => {
        const written = JSON.parse(renderJson(result as typeof richResult)) as JsonValue;
        expect(validateAgainst(reportJsonSchema(), written)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects what the codec rejects (wrong enum, missing field, unknown field, wrong type)', () => {
    const schema = reportJsonSchema();
    const base = JSON.parse(renderJson(richResult)) as Record<string, JsonValue>;
    const broken: ReadonlyArray<Record<string, JsonValue>> = [
      { ...base, schema: 'mtb-match/result@2' },
      { ...base, extra: true },
      Object.fromEntries(Object.entries(base).filter(([k]) => k !== 'asOf')),
      { ...base, sample: { id: 'S', panel: 3, dna: true, rna: true } },
      { ...base, summary: { ...(base['summary'] as Record<string, JsonValue>), eligible: 1.5 } },
    ];
    for (const value of broken) {
      expect(validateAgainst(schema, value)).not.toEqual([]);
      expect(MatchResultCodec.is(value)).toBe(false);
    }
  });
});
