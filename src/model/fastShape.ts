/**
 * A fast "certainly valid" test for the zod/mini schemas in `schema.ts`, compiled once from their
 * definitions. Zod stays the single source of truth and the only source of messages: this only
 * lets `parse.ts` skip Zod's copy-and-collect-issues walk when the input is clean, which is almost
 * always. It answers `true` only when Zod would accept the value; `false` means "ask Zod".
 *
 * It is built from closures, never generated code (the app runs under a CSP without unsafe-eval).
 * It supports exactly the schema types and checks the format uses, and compiling anything else
 * throws, so a change to `schema.ts` cannot silently make it more permissive than Zod.
 *
 * Where Zod would accept a value but return something other than the value itself, the answer is
 * `false` too, so a `true` also means the input can stand in for Zod's output: an own `__proto__`
 * key in a record (Zod drops it), symbol keys, or objects that are not plain JSON-like objects.
 * Named keys on an array are the one exception: JSON cannot make them, and Zod skips them too.
 */
import type * as z from 'zod/mini';

type Check = (value: unknown) => boolean;
type Def = Readonly<Record<string, unknown>>;
type Plain = Readonly<Record<string, unknown>>;
type Internals = Partial<Readonly<Record<'def' | 'traits', unknown>>>;

function internalsOf(schema: unknown, where: string): Internals & { def: Def } {
  const zod = (schema as { _zod?: Internals } | null | undefined)?._zod;
  if (typeof zod?.def !== 'object' || zod.def === null)
    throw new Error(`fastShape: ${where} is not a Zod schema`);
  return zod as Internals & { def: Def };
}

function defOf(schema: unknown, where: string): Def {
  return internalsOf(schema, where).def;
}

/**
 * Zod's own classes (`$Zod...` traits) each def type may come from. Defs alone are not enough:
 * `z.exactOptional` has the def of `z.optional` but refuses an explicit `undefined`.
 */
const TRAITS: Readonly<Record<string, readonly string[]>> = {
  string: ['$ZodString'],
  number: ['$ZodNumber', '$ZodNumberFormat', '$ZodCheckNumberFormat', '$ZodCheck'],
  literal: ['$ZodLiteral'],
  enum: ['$ZodEnum'],
  optional: ['$ZodOptional'],
  array: ['$ZodArray'],
  object: ['$ZodObject', '$ZodObjectJIT'],
  record: ['$ZodRecord'],
  union: ['$ZodUnion', '$ZodDiscriminatedUnion'],
  never: ['$ZodNever'],
  'check describe': ['$ZodCheck'],
  'check meta': ['$ZodCheck'],
  'check string_format': ['$ZodCheck', '$ZodCheckStringFormat', '$ZodCheckRegex'],
};

/** The def of a schema (or check) whose Zod classes are all ones this checker models. */
function knownDef(schema: unknown, where: string): Def {
  const { def, traits } = internalsOf(schema, where);
  const name = (value: unknown): string => (typeof value === 'string' ? value : '?');
  const kind = def.check === undefined ? name(def.type) : `check ${name(def.check)}`;
  const allowed = kind === 'check number_format' ? TRAITS.number : TRAITS[kind];
  if (allowed === undefined || !(traits instanceof Set))
    throw new Error(`fastShape: ${where}: ${kind} is not supported`);
  for (const trait of traits as Set<unknown>) {
    if (typeof trait === 'string' && trait.startsWith('$') && trait !== '$ZodType') {
      if (!allowed.includes(trait))
        throw new Error(`fastShape: ${where}: ${trait} is not supported`);
    }
  }
  return def;
}

/** Any def key outside `known` is a feature this checker does not model (coerce, catchall...). */
function only(def: Def, known: readonly string[], where: string): void {
  for (const key of Object.keys(def)) {
    if (!known.includes(key)) {
      throw new Error(`fastShape: ${where}: "${key}" in a ${String(def.type)} is not supported`);
    }
  }
}

/** The regexes a value must match; every other check must be a no-op (descriptions, metadata). */
function patternsOf(def: Def, where: string, regexAllowed: boolean): RegExp[] {
  const patterns: RegExp[] = [];
  const checks = def.checks ?? [];
  if (!Array.isArray(checks)) throw new Error(`fastShape: ${where}: checks is not a list`);
  for (const check of checks as unknown[]) {
    const c = knownDef(check, where);
    if (c.check === 'describe' || c.check === 'meta') {
      only(c, ['check'], where);
    } else if (regexAllowed && c.check === 'string_format' && c.format === 'regex') {
      only(c, ['check', 'format', 'pattern', 'error', 'abort'], where);
      if (!(c.pattern instanceof RegExp)) throw new Error(`fastShape: ${where}: no pattern`);
      patterns.push(c.pattern);
    } else {
      throw new Error(`fastShape: ${where}: check "${String(c.check)}" is not supported`);
    }
  }
  return patterns;
}

/** A def with only these keys (besides `type`) and no checks but no-op ones. */
function bare(def: Def, known: readonly string[], where: string): void {
  only(def, ['type', 'checks', ...known], where);
  patternsOf(def, where, false);
}

/** Zod resets `lastIndex` before each test, so a global or sticky pattern behaves the same. */
function matchesAll(patterns: readonly RegExp[], text: string): boolean {
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    if (!pattern.test(text)) return false;
  }
  return true;
}

/**
 * Objects as JSON.parse makes them. Zod also takes class instances (whose prototypes could lend
 * the keys it reads) and prototype-less objects, but returns plain copies: those go to Zod.
 */
function isPlain(value: unknown): value is Plain {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** `cache`: the format reuses schemas (`text`...); `keys`: see `compileShape`. */
interface Compiler {
  cache: Map<object, Check>;
  keys: Set<string>;
}

function compile(c: Compiler, schema: unknown, where: string): Check {
  const def = knownDef(schema, where);
  const cached = c.cache.get(def);
  if (cached) return cached;
  const check = compileDef(c, def, where);
  c.cache.set(def, check);
  return check;
}

function listOf(value: unknown, where: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`fastShape: ${where}: expected a list`);
  return value as unknown[];
}

function compileDef(c: Compiler, def: Def, where: string): Check {
  switch (def.type) {
    case 'string': {
      only(def, ['type', 'checks'], where);
      const patterns = patternsOf(def, where, true);
      return (v) => typeof v === 'string' && matchesAll(patterns, v);
    }
    case 'number':
      return compileNumber(def, where);
    case 'literal':
    case 'enum': {
      const isEnum = def.type === 'enum';
      bare(def, [isEnum ? 'entries' : 'values'], where);
      const values = isEnum ? Object.values(def.entries as object) : listOf(def.values, where);
      // Zod drops the reverse entries of numeric TypeScript enums; string enums have none.
      if (isEnum && !values.every((x) => typeof x === 'string'))
        throw new Error(`fastShape: ${where}: only string enums are supported`);
      const allowed = new Set<unknown>(values);
      return (v) => allowed.has(v);
    }
    case 'optional': {
      bare(def, ['innerType'], where);
      const inner = compile(c, def.innerType, where);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      bare(def, ['element'], where);
      const element = compile(c, def.element, `${where}[]`);
      return (v) => {
        if (!Array.isArray(v)) return false;
        // Indexes, not iteration: Zod reads holes as undefined, and so must this.
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object':
      return compileObject(c, def, where);
    case 'record':
      return compileRecord(c, def, where);
    case 'union':
      return compileUnion(c, def, where);
    default:
      throw new Error(`fastShape: ${where}: type "${String(def.type)}" is not supported`);
  }
}

function compileNumber(def: Def, where: string): Check {
  patternsOf(def, where, false);
  if (def.check === undefined) {
    only(def, ['type', 'checks'], where);
    // Zod's number refuses NaN and ±Infinity.
    return (v) => typeof v === 'number' && Number.isFinite(v);
  }
  // `z.int()` is a number schema that is itself a `number_format` check.
  only(def, ['type', 'checks', 'check', 'format', 'abort', 'error'], where);
  if (def.check !== 'number_format' || def.format !== 'safeint')
    throw new Error(`fastShape: ${where}: number check "${String(def.format)}" is not supported`);
  return (v) => Number.isSafeInteger(v);
}

function compileObject(c: Compiler, def: Def, where: string): Check {
  bare(def, ['shape', 'catchall'], where);
  // Only strict objects: a plain `z.object` accepts unknown keys but strips them from its output.
  if (def.catchall === undefined || knownDef(def.catchall, where).type !== 'never')
    throw new Error(`fastShape: ${where}: only strict objects are supported`);
  const shape = def.shape as object;
  if (Object.getOwnPropertySymbols(shape).length > 0)
    throw new Error(`fastShape: ${where}: symbol keys are not supported`);
  const fields = new Map<string, { check: Check; optional: boolean }>();
  let required = 0;
  for (const [key, value] of Object.entries(shape)) {
    // Zod reads such keys through the prototype chain (and skips `__proto__` altogether).
    if (key in Object.prototype)
      throw new Error(`fastShape: ${where}.${key}: an inherited name is not supported as a key`);
    c.keys.add(key);
    const optional = defOf(value, where).type === 'optional';
    fields.set(key, { check: compile(c, value, `${where}.${key}`), optional });
    if (!optional) required++;
  }
  return (v) => {
    if (!isPlain(v)) return false;
    let seen = 0;
    // `for...in` is what Zod walks for unknown keys; an inherited or unknown one is not certain.
    for (const key in v) {
      const field = fields.get(key);
      if (field === undefined || !Object.hasOwn(v, key) || !field.check(v[key])) return false;
      if (!field.optional) seen++;
    }
    return seen === required;
  };
}

function compileRecord(c: Compiler, def: Def, where: string): Check {
  bare(def, ['keyType', 'valueType'], where);
  const keyDef = defOf(def.keyType, where);
  // A string key schema (with patterns) is a rule every key must pass; an enum of keys is not.
  if (keyDef.type !== 'string') throw new Error(`fastShape: ${where}: keys must be strings`);
  const key = compile(c, def.keyType, `${where} key`);
  const value = compile(c, def.valueType, `${where}.*`);
  return (v) => {
    if (!isPlain(v)) return false;
    // Zod's plain-object test looks at `constructor`; JSON can only make it a non-function.
    const ctor: unknown = v.constructor;
    if (typeof ctor === 'function' && ctor !== Object) return false;
    for (const k in v) {
      // Zod silently drops an own `__proto__` entry: its output would not be the input.
      if (k === '__proto__' || !Object.hasOwn(v, k) || !key(k) || !value(v[k])) return false;
    }
    return Object.getOwnPropertySymbols(v).length === 0;
  };
}

function compileUnion(c: Compiler, def: Def, where: string): Check {
  bare(def, ['options', 'discriminator', 'inclusive', 'unionFallback'], where);
  const options = listOf(def.options, where);
  if (options.length === 0) throw new Error(`fastShape: ${where}: a union needs options`);
  if (def.discriminator === undefined) {
    // `z.xor` is a union that must match exactly one option: "some option fits" is not enough.
    if (def.inclusive === false) throw new Error(`fastShape: ${where}: exclusive unions`);
    const checks = options.map((o, i) => compile(c, o, `${where}|${i}`));
    return (v) => checks.some((check) => check(v));
  }
  const tag = def.discriminator;
  if (typeof tag !== 'string' || def.unionFallback === true)
    throw new Error(`fastShape: ${where}: only plain discriminated unions are supported`);
  // Zod picks the one option whose literal matches the tag and reports only that option's issues.
  const byTag = new Map<unknown, Check>();
  options.forEach((option, i) => {
    const shape = defOf(option, where).shape as Readonly<Record<string, unknown>> | undefined;
    const field = defOf(shape?.[tag], `${where}|${i}`);
    if (field.type !== 'literal')
      throw new Error(`fastShape: ${where}|${i}: the discriminator must be a literal`);
    const check = compile(c, option, `${where}|${i}`);
    for (const value of listOf(field.values, where)) {
      if (byTag.has(value)) throw new Error(`fastShape: ${where}: duplicate tag ${String(value)}`);
      byTag.set(value, check);
    }
  });
  return (v) => {
    if (!isPlain(v)) return false;
    const check = byTag.get(v[tag]);
    return check !== undefined && check(v);
  };
}

/**
 * Compiles the checker for a schema; throws on anything it does not model. The returned guard is
 * `true` only for values Zod accepts and would return unchanged (up to key order).
 */
export function compileShape<T extends z.ZodMiniType>(
  schema: T,
): (value: unknown) => value is z.output<T> {
  const c: Compiler = { cache: new Map(), keys: new Set() };
  const check = compile(c, schema, 'schema');
  const keys = [...c.keys];
  return (value): value is z.output<T> => {
    // Zod reads declared keys with `in` and `[]`, which a polluted Object.prototype would answer.
    for (const key of keys) if (key in Object.prototype) return false;
    return check(value);
  };
}

/**
 * `compileShape`, or, if it cannot read this Zod's internals (a Zod update changed them), a
 * guard that always answers "ask Zod", with one line on the console saying so. Validation then
 * stays correct, only slower; it must never throw at import and take the editor, the CLI, the
 * save API and the build down with it.
 */
/** The guard that never vouches for a value: every input goes to Zod. */
// A type predicate must name its parameter, which this guard never looks at.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const askZod = (value: unknown): value is never => false;

export function shapeOrZod<T extends z.ZodMiniType>(
  schema: T,
  name: string,
): (value: unknown) => value is z.output<T> {
  try {
    return compileShape(schema);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.warn(
      `Stepwise: the fast shape check for ${name} cannot read this Zod version's internals (${why}); validating with Zod alone.`,
    );
    return askZod;
  }
}
