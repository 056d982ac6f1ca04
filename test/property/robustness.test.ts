/**
 * Nothing a URL or a file can hold makes the core throw: random answer logs against random trees
 * in the player logic, and arbitrary JSON (or damaged trees, or any text) in the validator.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as walkEngine from '../../src/model/machine';
import { toMachine, walk } from '../../src/model/machine';
import type { Tree } from '../../src/model/types';
import { validate } from '../../src/model/validate';
import { validateTreeText } from '../../src/model/validateText';
import { createPlayerModel, playerView } from '../../src/player/session';
import { eventId, scenariosFor, slots, validTree } from './arbitraries';
import { HEAVY_TEST } from '../budget';

/** Names every object inherits: a URL could carry any of them. */
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** A log entry: the n-th answer of wherever the walk is (mostly), or something that fits nowhere. */
const entry = fc.oneof(
  { weight: 4, arbitrary: fc.nat(10) },
  { weight: 1, arbitrary: eventId },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...INHERITED, 'xstate.init', '*', '') },
);

/** Turns picks into answers by walking the tree, so most logs go deep before they break. */
function logOf(tree: Tree, entries: (number | string)[]): string[] {
  let current = tree.initial;
  return entries.map((e) => {
    if (typeof e === 'string') return e;
    const on = tree.states[current]?.on ?? {};
    const events = Object.keys(on);
    const event = events[e % Math.max(events.length, 1)] ?? 'CONTINUE';
    current = on[event]?.target ?? current;
    return event;
  });
}

// Generous: a loaded machine can be several times slower; the run counts keep it fast otherwise.
describe('the player logic on random answer logs', { timeout: 60_000 }, () => {
  it('never throws, and what it shows always fits the tree', HEAVY_TEST, () => {
    const cases = validTree.chain((tree) =>
      fc.record({
        tree: fc.constant(tree),
        entries: fc.array(entry, { maxLength: 20 }),
        from: fc.option(
          fc.oneof(
            fc.constantFrom(...Object.keys(tree.states)),
            fc.constantFrom(...INHERITED),
            fc.string({ maxLength: 8 }),
          ),
          { nil: undefined },
        ),
      }),
    );
    fc.assert(
      fc.property(cases, ({ tree, entries, from }) => {
        const answers = logOf(tree, entries);
        const model = createPlayerModel(tree, walkEngine);
        const view = playerView(model, answers, from);
        expect(Object.hasOwn(tree.states, view.current)).toBe(true);
        expect(view.node).toBe(tree.states[view.current]);
        expect(answers.slice(0, view.answers.length)).toEqual(view.answers);
        expect(view.trail).toHaveLength(view.answers.length);
        expect(view.step).toBe(view.answers.length + 1);
        expect(view.done).toBe(view.node.type === 'final');
        if (view.mismatch) expect(view.mismatch.at).toBe(view.answers.length);
        else expect(view.answers).toEqual(answers);
        // The bare walk agrees from the initial state.
        if (from === undefined) expect(walk(toMachine(tree), answers).current).toBe(view.current);
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * A valid tree as plain JSON with some values replaced, removed or renamed, and a scenarios
 * value: arbitrary JSON, or scenarios of the undamaged tree (one ending at "constructor").
 */
const damaged = validTree.chain((tree) =>
  fc
    .record({
      mutations: fc.array(
        fc.record({
          at: fc.nat(),
          how: fc.constantFrom('replace', 'remove', 'rename'),
          value: fc.oneof(
            fc.jsonValue({ maxDepth: 3 }),
            fc.constantFrom(...INHERITED, '', ' ', 'NO_SUCH_STATE'),
          ),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      scenarios: fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        scenariosFor(tree).map((list) => ({
          tree: tree.id,
          scenarios: list.map((s, i) => (i === 0 ? { ...s, expect: 'constructor' } : s)),
        })),
      ),
    })
    .map(({ mutations, scenarios }) => {
      const json = JSON.parse(JSON.stringify(tree)) as Record<string, unknown>;
      for (const m of mutations) mutate(json, m.at, m.how, m.value);
      return { json, fileId: tree.id, scenarios };
    }),
);

function mutate(root: object, at: number, how: string, value: unknown): void {
  const all = slots(root);
  const slot = all[at % Math.max(all.length, 1)];
  if (!slot) return;
  const [holder, key] = slot;
  if (how === 'replace') holder[key] = value;
  else if (how === 'remove') delete holder[key];
  else if (!Array.isArray(holder)) {
    holder[typeof value === 'string' ? value : JSON.stringify(value)] = holder[key];
    delete holder[key];
  }
}

describe('the validator on anything', { timeout: 60_000 }, () => {
  it('never throws on arbitrary JSON, as a tree or as its scenarios', HEAVY_TEST, () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (json, scenarios) => {
        const result = validate(json, { fileId: 'x', scenarios });
        expect(result.problems.length).toBeGreaterThan(0);
        const text = validateTreeText('x', JSON.stringify(json), JSON.stringify(scenarios));
        expect(text.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it(
    'never throws on damaged trees and scenarios, and a clean result has a tree',
    HEAVY_TEST,
    () => {
      fc.assert(
        fc.property(damaged, ({ json, fileId, scenarios }) => {
          const result = validate(json, { fileId, scenarios });
          for (const p of result.problems) expect(typeof p.message).toBe('string');
          if (result.problems.length === 0) expect(result.tree).toBeDefined();
        }),
        { numRuns: 100 },
      );
    },
  );

  it('never throws on any text', HEAVY_TEST, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 50 }), (text, other) => {
        expect(validateTreeText('x', text, other).problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
