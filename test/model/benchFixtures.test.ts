/** The bench's generated pathways hold every node kind and pass their own scenarios cleanly. */
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../src/model/kinds';
import { checkScenarios } from '../../src/model/scenarios';
import { benchScenarios, benchTree } from '../bench/fixtures';

describe('bench fixtures', () => {
  it.each([100, 1000])(
    '%i states: questions, plan steps and recommendations, every one covered by a scenario',
    (states) => {
      const tree = benchTree(states);
      const kinds = new Set(Object.values(tree.states).map((node) => node.meta.kind));
      // Info steps are not generated: the bench's trees are about branching.
      expect(NODE_KINDS.filter((kind) => !kinds.has(kind))).toEqual(['info']);
      const scenarios = benchScenarios(tree);
      expect(checkScenarios(tree, { tree: tree.id, scenarios })).toEqual([]);
      expect(scenarios.some((s) => (s.plan ?? []).length > 0)).toBe(true);
    },
    30_000,
  );
});
