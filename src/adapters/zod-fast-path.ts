/**
 * A fast path in front of zod for input that is valid, which nearly all input is.
 *
 * zod stays the validator at the edge: it decides what is valid and says what is wrong. This module only
 * recognizes, from the schema's own definition, values that zod would certainly accept, and builds the
 * very value zod would return (a fresh object with the schema's keys in the schema's order, fresh arrays),
 * without zod's general machinery (payloads, issue arrays, per-field contexts). Anything it cannot vouch
 * for, it hands to `schema.safeParse`, so every issue still comes from zod.
 *
 * The reading is conservative by construction: a schema part it does not know (transforms, refinements,
 * defaults, coercion, unknown checks or string formats) makes that part always fall back to zod. So a
 * schema change can only make the fast path slower, never make it accept what zod rejects. The subset
 * understood: object (strict or stripping), optional, nullable, string (length checks, the `date` format),
 * number (bounds, safe integers), boolean, literal, enum, array, union (first accepting option),
 * discriminated union, unknown.
 *
 * @internal
 */
import type { z } from 'zod';

/** Returned by a compiled check that cannot vouch for a value: zod must decide. */
const UNSURE: unique symbol = Symbol('unsure');
type Unsure = typeof UNSURE;

/** A compiled check: the value zod would return for a value it certainly accepts, else `UNSURE`. */
type FastCheck = (value: unknown) => unknown;

/** The parts of zod definitions read here (zod's own definition types, loosened to one shape). */
interface Def {
  readonly type: string;
  readonly checks?: ReadonlyArray<{ readonly _zod: { readonly def: CheckDef } }>;
  readonly coerce?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly catchall?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly options?: ReadonlyArray<z.core.$ZodType>;
  readonly discriminator?: string;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: ReadonlyArray<unknown>;
}

interface CheckDef {
  readonly check: string;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
}

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

const always = (): Unsure => UNSURE;

/** zod's `isObject`: any object but null and arrays. */
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Checks are applied unconditionally: zod may skip one (a `when` guard, an earlier aborting issue), so it
// runs a subset of them, and a value that passes all of them passes zod's.

/** A predicate for the checks of a number schema, or null if one of them is not understood. */
const numberRules = (checks: Def['checks']): ((n: number) => boolean) | null => {
  // Bounds folded into one lower and one upper bound (the tighter wins; on a tie, exclusive wins).
  let min = -Infinity;
  let minInclusive = true;
  let max = Infinity;
  let maxInclusive = true;
  let integer = false;
  for (const check of checks ?? []) {
    const d = check._zod.def;
    if (d.check === 'greater_than' && typeof d.value === 'number') {
      if (d.value > min || (d.value === min && d.inclusive !== true)) {
        min = d.value;
        minInclusive = d.inclusive === true;
      }
    } else if (d.check === 'less_than' && typeof d.value === 'number') {
      if (d.value < max || (d.value === max && d.inclusive !== true)) {
        max = d.value;
        maxInclusive = d.inclusive === true;
      }
    } else if (d.check === 'number_format' && d.format === 'safeint') integer = true;
    else return null;
  }
  return (n) =>
    (minInclusive ? n >= min : n > min) &&
    (maxInclusive ? n <= max : n < max) &&
    (!integer || Number.isSafeInteger(n));
};

/** A predicate for the length checks of a string schema, or null if one of them is not understood. */
const lengthRules = (checks: Def['checks']): ((s: string) => boolean) | null => {
  let min = 0;
  let max = Infinity;
  for (const check of checks ?? []) {
    const d = check._zod.def;
    if (d.check === 'min_length' && typeof d.minimum === 'number') min = Math.max(min, d.minimum);
    else if (d.check === 'max_length' && typeof d.maximum === 'number') max = Math.min(max, d.maximum);
    else return null;
  }
  return (s) => s.length >= min && s.length <= max;
};

/** String formats whose whole meaning is their pattern (see zod's `$ZodISODate`). */
const PATTERN_FORMATS: ReadonlySet<string> = new Set(['date']);

const compileString = (def: Def): FastCheck => {
  const length = lengthRules(def.checks);
  if (def.coerce === true || length === null) return always;
  const pattern = def.format === undefined ? null : def.pattern;
  if (pattern === undefined || (def.format !== undefined && !PATTERN_FORMATS.has(def.format))) return always;
  return (v) => {
    if (typeof v !== 'string' || !length(v)) return UNSURE;
    if (pattern === null) return v;
    pattern.lastIndex = 0;
    return pattern.test(v) ? v : UNSURE;
  };
};

const compileNumber = (def: Def): FastCheck => {
  const rules = numberRules(def.checks);
  if (def.coerce === true || rules === null) return always;
  return (v) => (typeof v === 'number' && Number.isFinite(v) && rules(v) ? v : UNSURE);
};

interface Field {
  readonly key: string;
  readonly optional: boolean;
  readonly check: FastCheck;
}

const compileObject = (def: Def): FastCheck => {
  const shape = def.shape ?? {};
  const catchall = def.catchall === undefined ? 'strip' : defOf(def.catchall).type;
  if (catchall !== 'strip' && catchall !== 'never') return always;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) return always;
  const fields = keys.map((key): Field => {
    const field = shape[key];
    if (field === undefined) return { key, optional: false, check: always };
    const def = defOf(field);
    const optional = def.type === 'optional';
    // An optional field's value is never undefined here (see below): check it against its inner type.
    const inner = optional && (def.checks ?? []).length === 0 ? def.innerType : undefined;
    return { key, optional, check: compile(inner ?? field) };
  });
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  const strict = catchall === 'never';
  return (v) => {
    if (!isObject(v)) return UNSURE;
    // Values are read and checked in the input's key order (for...in, as zod reads keys for unknown ones:
    // inherited enumerable keys included), into slots in the schema's order.
    const slots: unknown[] = new Array<unknown>(fields.length);
    for (const key in v) {
      const i = indexOf.get(key);
      if (i === undefined) {
        if (strict) return UNSURE;
        continue;
      }
      const value = v[key];
      if (value === undefined) return UNSURE; // present as undefined: zod's subtleties, let it decide
      const checked = (fields[i] as Field).check(value);
      if (checked === UNSURE) return UNSURE;
      slots[i] = checked;
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i += 1) {
      const { key, optional } = fields[i] as Field;
      const checked = slots[i];
      if (checked !== undefined) out[key] = checked;
      // Not enumerated: absent (skipped if optional), or present without being enumerable: let zod decide.
      else if (!optional || key in v) return UNSURE;
    }
    return out;
  };
};

const compileDiscriminated = (def: Def, discriminator: string): FastCheck => {
  const byValue = new Map<unknown, FastCheck>();
  for (const option of def.options ?? []) {
    const optionDef = defOf(option);
    const tag = optionDef.type === 'object' ? optionDef.shape?.[discriminator] : undefined;
    const tagDef = tag === undefined ? undefined : defOf(tag);
    if (tagDef?.type !== 'literal' || tagDef.values === undefined) return always;
    const check = compile(option);
    for (const value of tagDef.values) {
      if (byValue.has(value)) return always;
      byValue.set(value, check);
    }
  }
  return (v) => {
    if (!isObject(v)) return UNSURE;
    const check = byValue.get(v[discriminator]);
    return check === undefined ? UNSURE : check(v);
  };
};

const compileUnion = (def: Def): FastCheck => {
  if (def.discriminator !== undefined) return compileDiscriminated(def, def.discriminator);
  const options = (def.options ?? []).map(compile);
  return (v) => {
    for (const option of options) {
      const checked = option(v);
      if (checked !== UNSURE) return checked;
    }
    return UNSURE;
  };
};

/** Compiles one schema; `always` (zod decides) for anything outside the understood subset. */
const compile = (schema: z.core.$ZodType): FastCheck => {
  const def = defOf(schema);
  const noChecks = (def.checks ?? []).length === 0;
  switch (def.type) {
    case 'string':
      return compileString(def);
    case 'number':
      return compileNumber(def);
    case 'boolean':
      return def.coerce === true || !noChecks ? always : (v) => (typeof v === 'boolean' ? v : UNSURE);
    case 'literal': {
      const values = new Set(def.values ?? []);
      return noChecks ? (v) => (values.has(v) ? v : UNSURE) : always;
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return noChecks
        ? (v) => ((typeof v === 'string' || typeof v === 'number') && values.has(v) ? v : UNSURE)
        : always;
    }
    case 'unknown':
      return noChecks ? (v) => v : always;
    case 'optional':
    case 'nullable': {
      if (!noChecks || def.innerType === undefined) return always;
      const inner = compile(def.innerType);
      const empty = def.type === 'optional' ? undefined : null;
      return (v) => (v === empty ? v : inner(v));
    }
    case 'array': {
      if (!noChecks || def.element === undefined) return always;
      const element = compile(def.element);
      return (v) => {
        if (!Array.isArray(v)) return UNSURE;
        const out: unknown[] = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i += 1) {
          const checked = element(v[i]);
          if (checked === UNSURE) return UNSURE;
          out[i] = checked;
        }
        return out;
      };
    }
    case 'object':
      return noChecks ? compileObject(def) : always;
    case 'union':
      return noChecks ? compileUnion(def) : always;
    default:
      return always;
  }
};

/**
 * `schema.safeParse` with a fast path: values the schema certainly accepts are copied as zod would return
 * them, without running zod; every other value goes to `schema.safeParse`, which decides and explains.
 * The result is the same as `schema.safeParse(value)`'s in every case.
 *
 * @internal
 */
export const fastSafeParse = <S extends z.ZodType>(
  schema: S,
): ((value: unknown) => z.ZodSafeParseResult<z.output<S>>) => {
  const check = compile(schema);
  return (value) => {
    const checked = check(value);
    return checked === UNSURE ? schema.safeParse(value) : { success: true, data: checked as z.output<S> };
  };
};

/**
 * Whether the fast path vouches for this value by itself (without zod). For tests: a schema change that
 * silently turns the fast path off for valid input is noticed.
 *
 * @internal
 */
export const fastPathAccepts =
  (schema: z.core.$ZodType) =>
  (value: unknown): boolean => {
    const check = compile(schema);
    return check(value) !== UNSURE;
  };
