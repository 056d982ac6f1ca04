/** Counts shown on the home page and reported by the validator. */
import { countPaths, successors } from './graph';
import { KINDS } from './kinds';
import type { Tree } from './types';

export interface TreeStats {
  questions: number;
  info: number;
  plans: number;
  recommendations: number;
  answers: number;
  /** Distinct root-to-recommendation paths. */
  paths: number;
}

export function treeStats(tree: Tree): TreeStats {
  const stats: TreeStats = {
    questions: 0,
    info: 0,
    plans: 0,
    recommendations: 0,
    answers: 0,
    paths: 0,
  };
  for (const node of Object.values(tree.states)) {
    stats[KINDS[node.meta.kind].statsKey]++;
    stats.answers += Object.keys(node.on ?? {}).length;
  }
  stats.paths = countPaths(tree, successors(tree));
  return stats;
}
