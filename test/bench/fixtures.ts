/**
 * Generated pathways for the bench: `generateTree` (questions with 2-3 answers whose branches share
 * recommendations), one scenario per recommendation along its shortest path, and a copy with
 * every state placed by the automatic layout (as after "Tidy up" and a save).
 */
import { layoutTree } from '../../src/model/layout';
import { shortestAnswersTo } from '../../src/model/scenarios';
import type { Scenario, Tree } from '../../src/model/types';
import { generateTree } from '../model/generateTree';

export const SIZES = [100, 1000, 5000] as const;
export const SEED = 1;

export function benchTree(states: number): Tree {
  return generateTree(states, SEED);
}

/** One scenario per recommendation, reaching it by its shortest answer list. */
export function benchScenarios(tree: Tree): Scenario[] {
  const scenarios: Scenario[] = [];
  for (const [key, node] of Object.entries(tree.states)) {
    if (node.meta.kind !== 'recommendation') continue;
    const answers = shortestAnswersTo(tree, key);
    if (!answers) continue;
    scenarios.push({
      id: `reach-${key.replace(/_/g, '-')}`,
      title: `Reaches ${key}`,
      case: `A patient whose answers lead to ${key}.`,
      answers,
      expect: key,
    });
  }
  return scenarios;
}

/** The tree with `meta.ui` on every state, from the same layout the editor's worker runs. */
export function withPositions(tree: Tree): Tree {
  const placed = structuredClone(tree);
  const positions = layoutTree(tree, { direction: 'TB', only: 'all' });
  for (const [key, p] of Object.entries(positions)) {
    const node = placed.states[key];
    if (node) node.meta.ui = p;
  }
  return placed;
}
