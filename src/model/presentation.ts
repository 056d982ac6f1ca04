/**
 * What the presenter lights up, from the tree and the walk so far: the current step, the path
 * taken, the answers open now, and (with progressive reveal) which steps the class has not seen.
 */
import { answersOf } from './graph';
import { edgeId } from './toFlow';
import type { Tree } from './types';

export type NodeStatus = 'current' | 'path' | 'next' | 'unreached';
export type EdgeStatus = 'taken' | 'available' | 'other';

export interface Presentation {
  nodes: Map<string, NodeStatus>;
  edges: Map<string, EdgeStatus>;
  /** Steps to draw as placeholders: hidden content until the walk reaches them. */
  concealed: Set<string>;
}

/**
 * `visited` are the states of the walk in order (initial first), `answers` the events taken.
 * With `reveal` on, every state not yet visited is concealed, including the targets of the open
 * answers, so a class can be asked what comes next before seeing it.
 */
export function presentation(
  tree: Tree,
  visited: readonly string[],
  answers: readonly string[],
  reveal: boolean,
): Presentation {
  const current = visited[visited.length - 1];
  const nodes = new Map<string, NodeStatus>();
  const edges = new Map<string, EdgeStatus>();
  const onPath = new Set(visited);
  for (const key of Object.keys(tree.states))
    nodes.set(key, onPath.has(key) ? 'path' : 'unreached');
  answers.forEach((event, i) => {
    const from = visited[i];
    if (from !== undefined) edges.set(edgeId(from, event), 'taken');
  });
  if (current !== undefined) {
    nodes.set(current, 'current');
    const node = tree.states[current];
    for (const answer of node ? answersOf(node) : []) {
      const id = edgeId(current, answer.event);
      if (!edges.has(id)) edges.set(id, 'available');
      if (nodes.get(answer.target) === 'unreached') nodes.set(answer.target, 'next');
    }
  }
  for (const [key, node] of Object.entries(tree.states)) {
    for (const answer of answersOf(node)) {
      const id = edgeId(key, answer.event);
      if (!edges.has(id)) edges.set(id, 'other');
    }
  }
  const concealed = new Set<string>();
  if (reveal) for (const key of Object.keys(tree.states)) if (!onPath.has(key)) concealed.add(key);
  return { nodes, edges, concealed };
}
