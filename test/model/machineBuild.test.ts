/**
 * The validator does not build the XState machine (it costs more than all its rules together), so
 * the promise "a tree with no problems is a machine XState accepts" is kept here instead: every
 * kind of valid tree we have validates clean, and `createMachine` + `initialTransition` take it,
 * and each answer of each state leads where the tree says.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMachine, initialTransition, transition } from 'xstate';
import { BROKEN, cases } from './brokenCases';
import { generateTree } from './generateTree';
import { validTree } from '../property/arbitraries';
import { FIXTURES, readJson } from '../helpers';
import type { Tree } from '../../src/model/types';
import { validate } from '../../src/model/validate';
import { HEAVY_TEST } from '../budget';

const TREES = join(import.meta.dirname, '..', '..', 'trees');

const bundled = readdirSync(TREES)
  .filter(
    (name) =>
      name.endsWith('.json') &&
      !name.endsWith('.schema.json') &&
      !name.endsWith('.scenarios.json') &&
      !name.endsWith('.comments.json') &&
      !name.startsWith('e2e-'),
  )
  .map((name) => join(TREES, name));

/** Valid on purpose among the fixtures: the example and the broken corpus's two clean files. */
const fixtures = [
  join(FIXTURES, 'valid', 'example-pathway.json'),
  ...cases.filter(([, expected]) => expected === 'ok').map(([id]) => join(BROKEN, `${id}.json`)),
];

/** Names every object inherits, as lower snake state keys can spell them. */
function prototypeNamedTree(): Tree {
  const tree = generateTree(6, 3);
  const renames = new Map(Object.keys(tree.states).map((key, i) => [key, `constructor_${i}`]));
  renames.set('q_0', 'constructor');
  const states: Tree['states'] = {};
  for (const [key, node] of Object.entries(tree.states)) {
    for (const t of Object.values(node.on ?? {})) t.target = renames.get(t.target) ?? t.target;
    states[renames.get(key) ?? key] = node;
  }
  return { ...tree, initial: 'constructor', states };
}

/** Throws unless the tree validates clean and XState builds it and follows every answer. */
function assertMachine(json: unknown): void {
  const result = validate(json);
  expect(result.problems).toEqual([]);
  const tree = result.tree as Tree;
  const machine = createMachine(tree as unknown as Parameters<typeof createMachine>[0]);
  const [start] = initialTransition(machine);
  expect(start.value).toBe(tree.initial);
  for (const [key, node] of Object.entries(tree.states)) {
    const at = machine.resolveState({ value: key, context: undefined });
    for (const [event, t] of Object.entries(node.on ?? {})) {
      expect(transition(machine, at, { type: event })[0].value).toBe(t.target);
    }
  }
}

describe('a tree the validator accepts is a machine XState builds', () => {
  it.each(bundled)('bundled: %s', (path) => {
    assertMachine(readJson(path));
  });

  it.each(fixtures)('fixture: %s', (path) => {
    assertMachine(readJson(path));
  });

  it.each([
    [2, 1],
    [10, 2],
    [100, 3],
    [1000, 4],
    [1000, 5],
  ])('generated: %i states, seed %i', (states, seed) => {
    assertMachine(JSON.parse(JSON.stringify(generateTree(states, seed))));
  });

  it('state keys spelling inherited names (constructor)', () => {
    assertMachine(prototypeNamedTree());
  });

  it('random valid trees (property arbitraries)', HEAVY_TEST, () => {
    fc.assert(
      fc.property(validTree, (tree) => {
        assertMachine(tree);
      }),
      { numRuns: 100 },
    );
  });
});
