/** Path enumeration with `xstate/graph`: every simple path from the initial state to a recommendation. */
import { getSimplePaths } from 'xstate/graph';
import { toMachine } from './machine';
import type { Tree } from './types';

export interface RecommendationPath {
  /** Event ids in order. */
  answers: string[];
  /** The recommendation reached. */
  end: string;
}

export function recommendationPaths(tree: Tree): RecommendationPath[] {
  const paths = getSimplePaths(toMachine(tree));
  const out: RecommendationPath[] = [];
  for (const path of paths) {
    if (path.state.status !== 'done') continue;
    out.push({
      answers: path.steps.slice(1).map((step) => (step.event as { type: string }).type),
      end: String(path.state.value),
    });
  }
  return out;
}
