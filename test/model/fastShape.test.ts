/**
 * `fastShape` may only ever say "Zod accepts this, and would hand it back unchanged": on every
 * file we have, on any JSON, and on valid trees with one thing broken. And it must refuse to
 * compile a schema it does not fully model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { compileShape, shapeOrZod } from '../../src/model/fastShape';
import { parseTree } from '../../src/model/parse';
import * as schema from '../../src/model/schema';
import { FIXTURES, exampleTree } from '../helpers';
import { scenariosFor, slots, validTree } from '../property/arbitraries';
import { HEAVY_TEST } from '../budget';

const isTree = compileShape(schema.tree);
const isScenarioFile = compileShape(schema.scenarioFile);
const TREES = join(import.meta.dirname, '..', '..', 'trees');

/** `true` from the fast check must mean Zod accepts, with an output equal to the input. */
function agrees(value: unknown): void {
  for (const [fast, zod] of [
    [isTree(value), schema.tree.safeParse(value)],
    [isScenarioFile(value), schema.scenarioFile.safeParse(value)],
  ] as const) {
    if (!fast) continue;
    expect(zod.success).toBe(true);
    // Node's comparison, not toStrictEqual: that one takes a state called "constructor" for a type.
    expect(isDeepStrictEqual(zod.data, value)).toBe(true);
  }
}

function jsonFiles(dir: string): [name: string, value: unknown][] {
  const out: [string, unknown][] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    try {
      out.push([join(dir, name), JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown]);
    } catch {
      // Broken JSON is the point of some fixtures; the shape check never sees it.
    }
  }
  return out;
}

describe('fastShape agrees with Zod', () => {
  const bundled = jsonFiles(TREES).filter(
    ([name]) => !name.endsWith('.schema.json') && !name.endsWith('.comments.json'),
  );

  it.each(bundled)('accepts the bundled file %s', (name, value) => {
    expect(name.endsWith('.scenarios.json') ? isScenarioFile(value) : isTree(value)).toBe(true);
    agrees(value);
  });

  it.each(['valid', 'invalid', 'broken'].flatMap((dir) => jsonFiles(join(FIXTURES, dir))))(
    'fixture %s',
    (_name, value) => {
      agrees(value);
    },
  );

  it('refuses what Zod refuses among the fixtures with shape problems', () => {
    for (const name of ['wrong-type', 'unknown-key', 'bad-state-key', 'bad-event-id']) {
      const value = JSON.parse(
        readFileSync(join(FIXTURES, 'invalid', `${name}.json`), 'utf8'),
      ) as unknown;
      expect(isTree(value), name).toBe(false);
      expect(schema.tree.safeParse(value).success, name).toBe(false);
    }
  });

  it('on any JSON value', HEAVY_TEST, () => {
    fc.assert(fc.property(fc.jsonValue(), agrees), { numRuns: 500 });
  });

  it('accepts every random valid tree and scenario file', HEAVY_TEST, () => {
    const pairs = validTree.chain((tree) => scenariosFor(tree).map((s) => ({ tree, s })));
    fc.assert(
      fc.property(pairs, (pair) => {
        // As JSON.parse would give them: fast-check builds some objects without a prototype.
        const { tree, s } = structuredClone(pair);
        const file = { tree: tree.id, scenarios: s };
        expect(isTree(tree)).toBe(true);
        expect(isScenarioFile(file)).toBe(true);
        agrees(tree);
        agrees(file);
      }),
      { numRuns: 100 },
    );
  });

  it('on valid trees and scenario files with one thing broken', HEAVY_TEST, () => {
    const pair = validTree.chain((tree) =>
      scenariosFor(tree).map((scenarios) => ({ tree, file: { tree: tree.id, scenarios } })),
    );
    const mutation = fc.record({
      at: fc.nat(),
      how: fc.constantFrom(...HOW),
      value: oddValue,
      name: oddName,
      file: fc.boolean(),
    });
    fc.assert(
      fc.property(pair, mutation, ({ tree, file }, m) => {
        const value: object = structuredClone(m.file ? file : tree);
        mutate(value, m.at, m.how, m.value, m.name);
        agrees(value);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fastShape on values only a program makes', () => {
  const tree = (): Record<string, unknown> => exampleTree();

  it('leaves an own "__proto__" state to Zod, which drops it', () => {
    const value = tree();
    put(value.states as object, '__proto__', { junk: true });
    expect(isTree(value)).toBe(false);
    const parsed = parseTree(value);
    expect(parsed.ok && Object.hasOwn(parsed.value.states, '__proto__')).toBe(false);
  });

  it('refuses NaN and infinite numbers, holes and undefined where a value is required', () => {
    const withNaN = tree();
    (withNaN.meta as { references: { year?: number }[] }).references[0] = {
      ...(withNaN.meta as { references: object[] }).references[0],
      year: Number.NaN,
    };
    const withHole = tree();
    const references = (withHole.meta as { references: unknown[] }).references;
    references.length += 1;
    const withUndefined = { ...tree(), initial: undefined };
    for (const value of [withNaN, withHole, withUndefined]) {
      expect(isTree(value)).toBe(false);
      expect(schema.tree.safeParse(value).success).toBe(false);
    }
  });

  it('takes an absent optional key given as undefined', () => {
    const value = { ...tree(), description: undefined };
    expect(isTree(value)).toBe(true);
    agrees(value);
  });

  it('leaves class instances, prototype-less objects and inherited keys to Zod', () => {
    class Tree {
      describe(): string {
        return 'a tree in a class';
      }
    }
    expect(isTree(Object.assign(new Tree(), tree()))).toBe(false);
    expect(isTree(Object.assign(Object.create(null) as object, tree()))).toBe(false);
    const { initial, ...rest } = tree();
    expect(isTree(Object.assign(Object.create({ initial }) as object, rest))).toBe(false);
  });

  it('gives up when Object.prototype itself lends a declared key', () => {
    const value = tree();
    expect(isTree(value)).toBe(true);
    Object.defineProperty(Object.prototype, 'tags', { value: 7, configurable: true });
    try {
      expect(isTree(value)).toBe(false);
    } finally {
      delete (Object.prototype as { tags?: unknown }).tags;
    }
    expect(isTree(value)).toBe(true);
  });

  it('does not look at named keys on arrays (JSON cannot make them; Zod skips them too)', () => {
    const value = tree();
    put((value.meta as { references: object }).references, 'extra', 1);
    expect(isTree(value)).toBe(true);
    expect(schema.tree.safeParse(value).success).toBe(true);
  });

  it('parseTree hands back a clean input itself', () => {
    const value = tree();
    const parsed = parseTree(value);
    expect(parsed.ok && parsed.value).toBe(value);
  });
});

describe('compileShape refuses what it does not model', () => {
  const text = z.string();
  it.each([
    ['a date', z.strictObject({ when: z.date() })],
    ['a non-strict object', z.object({ a: text })],
    ['a loose object', z.looseObject({ a: text })],
    ['a length check', z.strictObject({ a: z.string().check(z.minLength(1)) })],
    ['a refinement', z.strictObject({ a: text.check(z.refine((s) => s !== 'x')) })],
    ['a string format', z.strictObject({ a: z.email() })],
    ['a nullable', z.strictObject({ a: z.nullable(text) })],
    ['an exact optional (same def as optional)', z.strictObject({ a: z.exactOptional(text) })],
    ['a default', z.strictObject({ a: z._default(text, 'x') })],
    ['an exclusive union', z.strictObject({ a: z.xor([text, z.number()]) })],
    ['a 32-bit int', z.strictObject({ a: z.int32() })],
    ['an enum of record keys', z.record(z.enum(['a', 'b']), text)],
    ['an inherited key name', z.strictObject({ toString: text })],
    ['a tuple', z.tuple([text])],
  ])('%s', (_what, unsupported) => {
    expect(() => compileShape(unsupported)).toThrow(/^fastShape: /);
  });

  it('but compiles the format and the no-op descriptions', () => {
    expect(() => compileShape(z.strictObject({ a: text.check(z.describe('A.')) }))).not.toThrow();
    expect(() => compileShape(schema.tree)).not.toThrow();
  });
});

const HOW = ['delete', 'replace', 'add key', 'rename key', 'break text'] as const;
const oddValue = fc.constantFrom<unknown>(
  undefined,
  null,
  true,
  0,
  -0,
  1.5,
  2 ** 60,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'x',
  'final',
  'question',
  [],
  {},
  [1],
);
const oddName = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'extra',
  'meta',
  'on',
  'kind',
  'Bad Key',
  '2',
  'YES',
  'q_x',
);

/** Sets an own property, even one called `__proto__` (as JSON.parse makes it). */
function put(holder: object, key: string, value: unknown): void {
  Object.defineProperty(holder, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function mutate(
  root: object,
  at: number,
  how: (typeof HOW)[number],
  value: unknown,
  name: string,
): void {
  const all = slots(root);
  const [holder, key] = all[at % all.length] ?? [root as Record<string, unknown>, 'id'];
  const current = holder[key];
  switch (how) {
    case 'delete':
      delete holder[key]; // in an array, a hole
      break;
    case 'replace':
      holder[key] = value;
      break;
    case 'add key': {
      // Only objects: JSON cannot give an array named keys (see the test of those below).
      const into = [current, holder].find((o) => typeof o === 'object' && !Array.isArray(o));
      put(into ?? root, name, value);
      break;
    }
    case 'rename key':
      delete holder[key];
      put(Array.isArray(holder) ? root : holder, name, current);
      break;
    case 'break text':
      holder[key] = typeof current === 'string' ? `${name} ${current}` : name;
      break;
  }
}

describe('if a Zod update changes the internals fastShape reads', () => {
  /** `schema.tree` as a future Zod might present it: a class this checker does not know. */
  const changed = (traits: Set<string>) =>
    ({ _zod: { ...schema.tree._zod, traits } }) as unknown as typeof schema.tree;

  it.each([
    ['an unknown Zod class', changed(new Set(['$ZodObject', '$ZodFutureObject']))],
    ['no traits at all', changed(undefined as unknown as Set<string>)],
  ])('falls back to Zod with one console line, never throwing (%s)', (_what, future) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const guard = shapeOrZod(future, 'trees');
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(
        /^Stepwise: the fast shape check for trees cannot read this Zod version's internals \(fastShape: .+\); validating with Zod alone\.$/,
      );
      // "Ask Zod" for everything: parseTree's Zod path still decides, so a valid tree passes.
      expect(guard(exampleTree())).toBe(false);
    } finally {
      warn.mockRestore();
    }
  });

  it('compiles silently while the internals are the ones it knows', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(shapeOrZod(schema.tree, 'trees')(exampleTree())).toBe(true);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
