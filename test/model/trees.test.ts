/** The bundled pathways: valid, every path ends in a recommendation, scenarios pass, round trip exact. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listTreeFiles, scenariosPathFor, validateTreeFile } from '../../src/node/treeFiles';
import { answersOf } from '../../src/model/graph';
import { toMachine, walk } from '../../src/model/machine';
import { recommendationPaths } from '../../src/model/paths';
import { serialiseScenarios, serialiseTree } from '../../src/model/serialise';

const files = listTreeFiles();

describe.each(files)('%s', (file) => {
  const result = validateTreeFile(file);
  const tree = result.tree;
  const scenarios = result.scenarios?.scenarios ?? [];

  it('validates with no problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('reaches a recommendation on every path from the initial state (xstate/graph)', () => {
    if (!tree) throw new Error('tree did not parse');
    const paths = recommendationPaths(tree);
    const ends = new Set(paths.map((p) => p.end));
    const recommendations = Object.keys(tree.states).filter(
      (k) => tree.states[k]?.meta.kind === 'recommendation',
    );
    expect([...ends].sort()).toEqual(recommendations.sort());
    // Every state with answers leads on: no path can stop anywhere but a recommendation.
    for (const [key, node] of Object.entries(tree.states)) {
      if (node.meta.kind !== 'recommendation')
        expect(answersOf(node).length, key).toBeGreaterThan(0);
    }
  });

  it('has scenarios that reach their expected recommendation through the XState machine', () => {
    if (!tree) throw new Error('tree did not parse');
    const machine = toMachine(tree);
    expect(scenarios.length).toBeGreaterThan(0);
    for (const scenario of scenarios) {
      const w = walk(machine, scenario.answers);
      expect(w.brokenAt, scenario.id).toBeUndefined();
      expect(w.done, scenario.id).toBe(true);
      expect(w.current, scenario.id).toBe(scenario.expect);
    }
  });

  it('serialises back to the same bytes', () => {
    if (!tree || !result.scenarios) throw new Error('tree did not parse');
    expect(serialiseTree(tree)).toBe(readFileSync(file, 'utf8'));
    expect(serialiseScenarios(result.scenarios)).toBe(readFileSync(scenariosPathFor(file), 'utf8'));
  });
});

it('bundles the five pathways', () => {
  expect(files).toHaveLength(5);
});
