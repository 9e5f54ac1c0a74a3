/**
 * A JSON Schema (draft 2020-12) from io-ts codecs. io-ts has no generator of its own, so this walker
 * knows the codec kinds the report is built from (see `codec-kit.ts`) and nothing else; a kind it does
 * not know is listed in `unsupported` (a test keeps that list empty for the report).
 */
import type * as t from 'io-ts';
import type { StructProps } from './codec-kit.js';
import { OptionalField } from './codec-kit.js';

/** A JSON value. */
export type JsonValue =
  string | number | boolean | null | ReadonlyArray<JsonValue> | { readonly [key: string]: JsonValue };

/** A JSON Schema node. */
export type JsonSchema = { readonly [key: string]: JsonValue };

/** A whole schema document and the codec kinds the walker could not translate. */
export interface JsonSchemaDocument {
  readonly schema: JsonSchema;
  readonly unsupported: ReadonlyArray<string>;
}

/** Title and description of the document. */
export interface JsonSchemaMeta {
  readonly id?: string;
  readonly title: string;
  readonly description?: string;
  /** A `$comment`, e.g. how the file was generated. */
  readonly comment?: string;
}

/** The introspectable parts of the codec kinds the walker reads. */
interface Node {
  readonly _tag?: string;
  readonly name: string;
  readonly type?: t.Mixed;
  readonly types?: ReadonlyArray<t.Mixed>;
  readonly value?: string | number | boolean;
  readonly keys?: Readonly<Record<string, unknown>>;
  readonly props?: StructProps;
  readonly description?: string | undefined;
}

const isSimpleType = (s: JsonSchema): s is { readonly type: string } =>
  Object.keys(s).length === 1 && typeof s['type'] === 'string';

/**
 * Walks a codec into a JSON Schema document; named structs and recursive codecs go to `$defs`.
 * @internal
 */
export const toJsonSchema = (codec: t.Mixed, meta: JsonSchemaMeta): JsonSchemaDocument => {
  const defs = new Map<string, JsonSchema>();
  const owners = new Map<string, unknown>();
  const unsupported: string[] = [];

  const struct = (node: Node): JsonSchema => {
    const props = node.props ?? {};
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [key, field] of Object.entries(props)) {
      if (field instanceof OptionalField) properties[key] = walk(field.type);
      else {
        properties[key] = walk(field);
        required.push(key);
      }
    }
    return {
      type: 'object',
      ...(node.description === undefined ? {} : { description: node.description }),
      properties,
      required,
      additionalProperties: false,
    };
  };

  /** Puts `build()` under `$defs[name]` once and returns a reference to it. */
  const ref = (name: string, owner: unknown, build: () => JsonSchema): JsonSchema | null => {
    const current = owners.get(name);
    if (current !== undefined && current !== owner) return null;
    if (current === undefined) {
      owners.set(name, owner);
      defs.set(name, {});
      defs.set(name, build());
    }
    return { $ref: `#/$defs/${name}` };
  };

  const inline = (codec: t.Mixed): JsonSchema => {
    const node = codec as unknown as Node;
    switch (node._tag) {
      case 'StructType':
        return struct(node);
      case 'StringType':
        return { type: 'string' };
      case 'BooleanType':
        return { type: 'boolean' };
      case 'NullType':
        return { type: 'null' };
      case 'IntegerType':
        return { type: 'integer' };
      case 'FiniteNumberType':
        return { type: 'number' };
      case 'IsoDateType':
        return { type: 'string', format: 'date' };
      case 'LiteralType':
        return { const: node.value ?? null };
      case 'KeyofType':
        return { type: 'string', enum: Object.keys(node.keys ?? {}) };
      case 'ReadonlyArrayType':
      case 'ArrayType':
        return { type: 'array', items: node.type === undefined ? {} : walk(node.type) };
      case 'NullableType': {
        const inner = node.type === undefined ? {} : walk(node.type);
        if (isSimpleType(inner)) return { type: [inner.type, 'null'] };
        const values = inner['enum'];
        if (Array.isArray(values))
          return { ...inner, type: [inner['type'] as string, 'null'], enum: [...values, null] };
        return { anyOf: [inner, { type: 'null' }] };
      }
      case 'UnionType': {
        const members = (node.types ?? []).map(walk);
        return members.every(isSimpleType) ? { type: members.map((m) => m.type) } : { anyOf: members };
      }
      case 'RecursiveType':
        return node.type === undefined ? {} : inline(node.type);
      default:
        unsupported.push(`${node._tag ?? 'untagged'} (${node.name})`);
        return {};
    }
  };

  const walk = (codec: t.Mixed): JsonSchema => {
    const node = codec as unknown as Node;
    if (node._tag === 'RecursiveType' || node._tag === 'StructType') {
      const reference = ref(node.name, codec, () => inline(codec));
      if (reference !== null) return reference;
    }
    return inline(codec);
  };

  const root = codec as unknown as Node;
  const body = root._tag === 'StructType' ? struct(root) : inline(codec);
  const $defs = Object.fromEntries(defs);
  return {
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...(meta.id === undefined ? {} : { $id: meta.id }),
      ...(meta.comment === undefined ? {} : { $comment: meta.comment }),
      title: meta.title,
      ...(meta.description === undefined ? {} : { description: meta.description }),
      ...body,
      ...(defs.size === 0 ? {} : { $defs }),
    },
    unsupported,
  };
};
