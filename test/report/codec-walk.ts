/**
 * Test helpers that walk the report's io-ts codecs: generate values of a codec (fast-check), put a value
 * in every string field of a result, and check a value against a generated JSON Schema (a small
 * validator for exactly the keywords the walker emits).
 */
import fc from 'fast-check';
import type * as t from 'io-ts';
import { OptionalField } from '../../src/report/codec-kit.js';
import type { StructProps } from '../../src/report/codec-kit.js';
import type { JsonSchema, JsonValue } from '../../src/report/json-schema.js';

interface Node {
  readonly _tag?: string;
  readonly type?: t.Mixed;
  readonly types?: ReadonlyArray<t.Mixed>;
  readonly value?: unknown;
  readonly keys?: Readonly<Record<string, unknown>>;
  readonly props?: StructProps;
}

const unwrap = (field: t.Mixed | OptionalField<t.Mixed>): t.Mixed =>
  field instanceof OptionalField ? field.type : field;

const isoDates = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** An arbitrary of the values a codec decodes to; recursion is cut at `depth`. */
export const arbitraryOf = (codec: t.Mixed, depth = 2): fc.Arbitrary<unknown> => {
  const node = codec as unknown as Node;
  switch (node._tag) {
    case 'StructType': {
      const props = node.props ?? {};
      const model = Object.fromEntries(
        Object.entries(props).map(([key, field]) => [key, arbitraryOf(unwrap(field), depth)]),
      );
      const requiredKeys = Object.entries(props)
        .filter(([, field]) => !(field instanceof OptionalField))
        .map(([key]) => key);
      return fc.record(model, { requiredKeys });
    }
    case 'StringType':
      return fc.string({ maxLength: 12 });
    case 'BooleanType':
      return fc.boolean();
    case 'IntegerType':
      return fc.integer({ min: -5, max: 1_000_000 });
    case 'FiniteNumberType':
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    case 'IsoDateType':
      return isoDates;
    case 'LiteralType':
      return fc.constant(node.value);
    case 'KeyofType':
      return fc.constantFrom(...Object.keys(node.keys ?? {}));
    case 'NullableType':
      return fc.option(arbitraryOf(node.type as t.Mixed, depth), { nil: null });
    case 'ReadonlyArrayType':
    case 'ArrayType': {
      const inner = node.type as t.Mixed & Node;
      if (inner._tag === 'RecursiveType' && depth <= 0) return fc.constant([]);
      return fc.array(arbitraryOf(inner, inner._tag === 'RecursiveType' ? depth - 1 : depth), {
        maxLength: 2,
      });
    }
    case 'UnionType':
      return fc.oneof(...(node.types ?? []).map((m) => arbitraryOf(m, depth)));
    case 'RecursiveType':
      return arbitraryOf(node.type as t.Mixed, depth);
    default:
      throw new Error(`arbitraryOf: no arbitrary for ${node._tag ?? 'untagged'} codec`);
  }
};

/**
 * Replaces every free-text string of a value (string, date and literal fields; not enum codes) with
 * `f(original, path)`. Walks the codec, so no field can be missed.
 */
export const mapStrings = (
  codec: t.Mixed,
  value: unknown,
  f: (s: string, path: string) => string,
  path = '',
): unknown => {
  const node = codec as unknown as Node;
  switch (node._tag) {
    case 'StructType': {
      const record = value as Readonly<Record<string, unknown>>;
      return Object.fromEntries(
        Object.entries(node.props ?? {}).flatMap(([key, field]) =>
          record[key] === undefined
            ? []
            : [[key, mapStrings(unwrap(field), record[key], f, `${path}.${key}`)]],
        ),
      );
    }
    case 'StringType':
    case 'IsoDateType':
    case 'LiteralType':
      return typeof value === 'string' ? f(value, path) : value;
    case 'NullableType':
      return value === null ? null : mapStrings(node.type as t.Mixed, value, f, path);
    case 'ReadonlyArrayType':
    case 'ArrayType':
      return (value as ReadonlyArray<unknown>).map((v, i) =>
        mapStrings(node.type as t.Mixed, v, f, `${path}[${i}]`),
      );
    case 'UnionType':
      return typeof value === 'string' ? f(value, path) : value;
    case 'RecursiveType':
      return mapStrings(node.type as t.Mixed, value, f, path);
    default:
      return value;
  }
};

/** Counts the string fields `mapStrings` would visit. */
export const countStrings = (codec: t.Mixed, value: unknown): number => {
  let n = 0;
  mapStrings(codec, value, (s) => {
    n += 1;
    return s;
  });
  return n;
};

type Json = JsonValue | undefined;

const typeOf = (v: Json): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number' && Number.isInteger(v)
        ? 'integer'
        : typeof v;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Validates a JSON value against a schema of the keywords the walker emits; returns the errors. */
export const validateAgainst = (root: JsonSchema, value: Json): string[] => {
  const defs = (root['$defs'] ?? {}) as Readonly<Record<string, JsonSchema>>;
  const errors: string[] = [];
  const check = (schema: JsonSchema, v: Json, at: string): void => {
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      const target = defs[ref.replace('#/$defs/', '')];
      if (target === undefined) errors.push(`${at}: unresolved ${ref}`);
      else check(target, v, at);
      return;
    }
    if ('const' in schema && schema['const'] !== v)
      errors.push(`${at}: not ${JSON.stringify(schema['const'])}`);
    const type = schema['type'];
    if (type !== undefined) {
      const types = Array.isArray(type) ? type : [type];
      const actual = typeOf(v);
      if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
        errors.push(`${at}: ${actual} is not ${types.join('|')}`);
        return;
      }
    }
    const values = schema['enum'];
    if (Array.isArray(values) && !values.includes(v as JsonValue)) errors.push(`${at}: not in enum`);
    if (schema['format'] === 'date' && typeof v === 'string' && !ISO.test(v))
      errors.push(`${at}: not a date`);
    const anyOf = schema['anyOf'];
    if (Array.isArray(anyOf)) {
      const before = errors.length;
      const ok = anyOf.some((s) => {
        const mark = errors.length;
        check(s as JsonSchema, v, at);
        const passed = errors.length === mark;
        errors.length = mark;
        return passed;
      });
      errors.length = before;
      if (!ok) errors.push(`${at}: matches no anyOf branch`);
    }
    const items = schema['items'];
    if (items !== undefined && Array.isArray(v))
      v.forEach((x, i) => check(items as JsonSchema, x, `${at}[${i}]`));
    const properties = schema['properties'] as Readonly<Record<string, JsonSchema>> | undefined;
    if (properties !== undefined && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const object = v as Readonly<Record<string, JsonValue>>;
      for (const key of (schema['required'] ?? []) as ReadonlyArray<string>) {
        if (!(key in object)) errors.push(`${at}.${key}: required`);
      }
      for (const [key, x] of Object.entries(object)) {
        const property = properties[key];
        if (property === undefined) {
          if (schema['additionalProperties'] === false) errors.push(`${at}.${key}: not allowed`);
        } else check(property, x, `${at}.${key}`);
      }
    }
  };
  check(root, value, '$');
  return errors;
};
