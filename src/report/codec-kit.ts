/**
 * Internal to the report module (not part of the public API): the few io-ts codec kinds the report's wire format is built from, each an introspectable class with a
 * `_tag`, so that one walker can derive a JSON Schema from them (io-ts has no generator of its own).
 *
 * Built-in io-ts kinds used as they are: `t.string`, `t.boolean`, `t.literal`, `t.keyof`,
 * `t.readonlyArray`, `t.union`, `t.recursion`. Added here: `struct` (fields in a fixed order, optional
 * fields that are absent rather than `undefined`, unknown fields rejected), `nullable`, `integer`,
 * `finiteNumber` and `isoDate`.
 */
import * as t from 'io-ts';
import { isValid, parseISO } from 'date-fns';

/** The message io-ts carries on a failure for a field a struct does not declare. */
export const UNKNOWN_FIELD = 'unknown_field';

/** Marks a struct field as optional: absent when the value has no such field (never `undefined`). */
export class OptionalField<C extends t.Mixed> {
  readonly _tag = 'OptionalField' as const;
  constructor(readonly type: C) {}
}

/**
 * An optional struct field.
 * @internal
 */
export const optional = <C extends t.Mixed>(type: C): OptionalField<C> => new OptionalField(type);

/** The fields of a struct: codecs, or codecs marked optional. */
export type StructProps = Readonly<Record<string, t.Mixed | OptionalField<t.Mixed>>>;

type RequiredKeys<P extends StructProps> = {
  [K in keyof P]: P[K] extends OptionalField<t.Mixed> ? never : K;
}[keyof P];
type OptionalKeys<P extends StructProps> = {
  [K in keyof P]: P[K] extends OptionalField<t.Mixed> ? K : never;
}[keyof P];
type Flatten<T> = { readonly [K in keyof T]: T[K] };

/** The decoded type of a struct. */
export type StructOf<P extends StructProps> = Flatten<
  { readonly [K in RequiredKeys<P>]: P[K] extends t.Mixed ? t.TypeOf<P[K]> : never } & {
    readonly [K in OptionalKeys<P>]?: P[K] extends OptionalField<infer C> ? t.TypeOf<C> : never;
  }
>;

/** The encoded (JSON) type of a struct. */
export type StructOutputOf<P extends StructProps> = Flatten<
  { readonly [K in RequiredKeys<P>]: P[K] extends t.Mixed ? t.OutputOf<P[K]> : never } & {
    readonly [K in OptionalKeys<P>]?: P[K] extends OptionalField<infer C> ? t.OutputOf<C> : never;
  }
>;

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

const fieldCodec = (field: t.Mixed | OptionalField<t.Mixed>): t.Mixed =>
  field instanceof OptionalField ? field.type : field;

/** A JSON object with declared fields in a fixed order. */
export class StructType<P extends StructProps> extends t.Type<StructOf<P>, StructOutputOf<P>, unknown> {
  readonly _tag = 'StructType' as const;
  constructor(
    name: string,
    readonly props: P,
    readonly description: string | undefined,
  ) {
    const keys = Object.keys(props);
    const validate = (u: unknown, c: t.Context): t.Validation<StructOf<P>> => {
      if (!isRecord(u)) return t.failure(u, c);
      const errors: t.ValidationError[] = [];
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const field = props[key] as t.Mixed | OptionalField<t.Mixed>;
        const codec = fieldCodec(field);
        const value = u[key];
        if (field instanceof OptionalField && (!hasOwn(u, key) || value === undefined)) continue;
        const result = codec.validate(value, t.appendContext(c, key, codec, value));
        if (result._tag === 'Left') errors.push(...result.left);
        else out[key] = result.right;
      }
      for (const key of Object.keys(u)) {
        if (!hasOwn(props, key))
          errors.push({
            value: u[key],
            context: t.appendContext(c, key, t.never, u[key]),
            message: UNKNOWN_FIELD,
          });
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out as StructOf<P>);
    };
    const encode = (a: StructOf<P>): StructOutputOf<P> => {
      const source = a as Readonly<Record<string, unknown>>;
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const field = props[key] as t.Mixed | OptionalField<t.Mixed>;
        const value = source[key];
        if (field instanceof OptionalField && value === undefined) continue;
        out[key] = fieldCodec(field).encode(value);
      }
      return out as StructOutputOf<P>;
    };
    super(name, (u): u is StructOf<P> => validate(u, [])._tag === 'Right', validate, encode);
  }
}

/**
 * A JSON object codec: the fields in the order given (the encoder writes them in that order), optional
 * fields marked with `optional`, unknown fields rejected on decode.
 * @internal
 */
export const struct = <P extends StructProps>(name: string, props: P, description?: string): StructType<P> =>
  new StructType(name, props, description);

/** A value or `null`. */
export class NullableType<C extends t.Mixed> extends t.Type<
  t.TypeOf<C> | null,
  t.OutputOf<C> | null,
  unknown
> {
  readonly _tag = 'NullableType' as const;
  constructor(readonly type: C) {
    super(
      `${type.name} | null`,
      (u): u is t.TypeOf<C> | null => u === null || type.is(u),
      (u, c) => (u === null ? t.success(null) : type.validate(u, c)),
      (a) => (a === null ? null : (type.encode(a) as t.OutputOf<C>)),
    );
  }
}

/**
 * A value or `null` (absence modelled, never `undefined`).
 * @internal
 */
export const nullable = <C extends t.Mixed>(type: C): NullableType<C> => new NullableType(type);

/** A whole number (JSON Schema `integer`). */
export class IntegerType extends t.Type<number, number, unknown> {
  readonly _tag = 'IntegerType' as const;
  constructor() {
    super(
      'integer',
      (u): u is number => typeof u === 'number' && Number.isInteger(u),
      (u, c) => (typeof u === 'number' && Number.isInteger(u) ? t.success(u) : t.failure(u, c)),
      (a) => a,
    );
  }
}

/** A whole number.
 * @internal
 */
export const integer: IntegerType = new IntegerType();

/** A finite number: JSON has no NaN or Infinity. */
export class FiniteNumberType extends t.Type<number, number, unknown> {
  readonly _tag = 'FiniteNumberType' as const;
  constructor() {
    super(
      'number',
      (u): u is number => typeof u === 'number' && Number.isFinite(u),
      (u, c) => (typeof u === 'number' && Number.isFinite(u) ? t.success(u) : t.failure(u, c)),
      (a) => a,
    );
  }
}

/** A finite number.
 * @internal
 */
export const finiteNumber: FiniteNumberType = new FiniteNumberType();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
const isIsoDate = (u: unknown): u is string =>
  typeof u === 'string' && ISO_DATE.test(u) && isValid(parseISO(u));

/** A calendar date written `YYYY-MM-DD` (JSON Schema `format: date`). */
export class IsoDateType extends t.Type<string, string, unknown> {
  readonly _tag = 'IsoDateType' as const;
  constructor() {
    super(
      'date (YYYY-MM-DD)',
      isIsoDate,
      (u, c) => (isIsoDate(u) ? t.success(u) : t.failure(u, c)),
      (a) => a,
    );
  }
}

/** A calendar date written `YYYY-MM-DD`; impossible dates fail.
 * @internal
 */
export const isoDate: IsoDateType = new IsoDateType();

/**
 * One of a fixed set of strings (a `t.keyof` over the values, named by them).
 * @internal
 */
export const oneOf = <const V extends string>(values: ReadonlyArray<V>): t.KeyofC<{ [K in V]: null }> =>
  t.keyof(
    Object.fromEntries(values.map((v) => [v, null])) as { [K in V]: null },
    values.map((v) => JSON.stringify(v)).join(' | '),
  );
