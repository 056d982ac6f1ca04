/**
 * Generated pathways for the bench: `generateTree` (questions and plan steps with 2-3 answers
 * whose branches share recommendations), one scenario per recommendation along its shortest path
 * (and per plan step it leaves out), and a copy with every state placed by the automatic layout
 * (as after "Tidy up" and a save).
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

/** The states a walk visits along `answers`, from the initial state. */
function visitedBy(tree: Tree, answers: readonly string[]): string[] {
  const visited = [tree.initial];
  for (const event of answers) {
    const next = tree.states[visited[visited.length - 1] as string]?.on?.[event]?.target;
    if (next === undefined) break;
    visited.push(next);
  }
  return visited;
}

const planStepsOf = (tree: Tree, visited: readonly string[]) =>
  visited.filter((key) => tree.states[key]?.meta.kind === 'plan');

/**
 * One scenario per recommendation, reaching it by its shortest answer list and asserting the plan
 * steps on the way; then one per plan step no scenario passes yet, through it and on by first
 * answers to a recommendation.
 */
export function benchScenarios(tree: Tree): Scenario[] {
  const scenarios: Scenario[] = [];
  const covered = new Set<string>();
  const push = (id: string, answers: string[]) => {
    const visited = visitedBy(tree, answers);
    const end = visited[visited.length - 1] as string;
    const plan = planStepsOf(tree, visited);
    for (const key of plan) covered.add(key);
    scenarios.push({
      id,
      title: `Reaches ${end}`,
      case: `A patient whose answers lead to ${end}.`,
      answers,
      expect: end,
      ...(plan.length > 0 ? { plan } : {}),
    });
  };
  for (const [key, node] of Object.entries(tree.states)) {
    if (node.meta.kind !== 'recommendation') continue;
    const answers = shortestAnswersTo(tree, key);
    if (answers) push(`reach-${key.replace(/_/g, '-')}`, answers);
  }
  for (const [key, node] of Object.entries(tree.states)) {
    if (node.meta.kind !== 'plan' || covered.has(key)) continue;
    const answers = shortestAnswersTo(tree, key);
    if (!answers) continue;
    // Generated trees only point forward, so first answers always reach a recommendation.
    for (let at = tree.states[key]; at?.on;) {
      const [event, t] = Object.entries(at.on)[0] ?? [];
      if (event === undefined || t === undefined) break;
      answers.push(event);
      at = tree.states[t.target];
    }
    push(`pass-${key.replace(/_/g, '-')}`, answers);
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
