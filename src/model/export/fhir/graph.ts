/**
 * The graph facts the FHIR export needs: the reachable steps in an order where every step comes
 * after the steps that lead to it, the answers that lead into each step, and a clear error for a
 * cycle (a questionnaire asks each question once, so a walk that comes back cannot be written).
 */
import { own } from '../../own';
import type { StateNode, Tree } from '../../types';

/** A tree the FHIR export cannot write, with the reason in plain words. */
export class FhirExportError extends Error {
  override name = 'FhirExportError';
}

/** One answer that leads into a step: `from --event--> step`. */
export interface Incoming {
  from: string;
  event: string;
}

export interface PathwayGraph {
  /** Steps reachable from the initial one, each after every step that leads to it. */
  order: string[];
  /** The answers that lead into each reachable step, in `order` of their source. */
  incoming: Map<string, Incoming[]>;
}

/** The state of `key`, which the graph walk only asks for when it exists. */
export function stateOf(tree: Tree, key: string): StateNode {
  const node = own(tree.states, key);
  if (node === undefined) throw new FhirExportError(`state "${key}" does not exist`);
  return node;
}

/**
 * Depth-first from the initial step: reverse post-order is a topological order. Answers are
 * visited last-first, so the first answer's branch comes first in the order. A step met again
 * while it is still on the path closes a cycle, which is reported with its steps. The walk keeps
 * its own stack (a 10,000-step chain overflowed the call stack when it recursed).
 */
export function pathwayGraph(tree: Tree): PathwayGraph {
  stateOf(tree, tree.initial);
  const done = new Set<string>();
  /** The depth-first path, where each of its steps is on it, and the targets each has left. */
  const path: string[] = [];
  const onPath = new Map<string, number>();
  const left: string[][] = [];
  const post: string[] = [];
  const enter = (key: string): void => {
    onPath.set(key, path.length);
    path.push(key);
    left.push(Object.values(stateOf(tree, key).on ?? {}).map((t) => t.target));
  };
  enter(tree.initial);
  while (path.length > 0) {
    const next = left[left.length - 1]?.pop();
    if (next === undefined) {
      const key = path.pop() as string;
      left.pop();
      onPath.delete(key);
      done.add(key);
      post.push(key);
      continue;
    }
    const at = onPath.get(next);
    if (at !== undefined) {
      const loop = [...path.slice(at), next].join(' → ');
      throw new FhirExportError(
        `the tree has a cycle (${loop}); a FHIR Questionnaire asks each question once, so only trees without cycles can be exported`,
      );
    }
    if (!done.has(next) && own(tree.states, next) !== undefined) enter(next);
  }
  const order = post.reverse();
  const incoming = new Map<string, Incoming[]>(order.map((key) => [key, []]));
  for (const from of order) {
    for (const [event, t] of Object.entries(stateOf(tree, from).on ?? {})) {
      incoming.get(t.target)?.push({ from, event });
    }
  }
  return { order, incoming };
}
