/** Counts shown on the home page and reported by the validator. */
import { countPaths, successors } from './graph';
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
    if (node.meta.kind === 'question') stats.questions++;
    else if (node.meta.kind === 'info') stats.info++;
    else if (node.meta.kind === 'plan') stats.plans++;
    else stats.recommendations++;
    stats.answers += Object.keys(node.on ?? {}).length;
  }
  stats.paths = countPaths(tree, successors(tree));
  return stats;
}
