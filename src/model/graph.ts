/**
 * Graph facts about a tree, each in time linear in states + answers: successors, reachability,
 * which states can still reach a recommendation, and cycles with no way out.
 */
import type { StateNode, Transition, Tree } from './types';
import { isFinalKind } from './kindBasics';
import { hasOwn } from './own';
import { cyclesOf, numberMap } from './numberedGraph';

export interface Answer {
  event: string;
  target: string;
  label: string;
}

/** The answers of a state in author order. */
export function answersOf(node: StateNode): Answer[] {
  const answers: Answer[] = [];
  for (const [event, t] of Object.entries(node.on ?? {})) {
    answers.push({ event, target: t.target, label: t.description });
  }
  return answers;
}

/** Whether a walk ends here (a recommendation; any final kind of the registry). */
export function isRecommendation(node: StateNode): boolean {
  return isFinalKind(node.meta.kind);
}

/** Successor keys per state, restricted to targets that exist. */
export function successors(tree: Tree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const states = tree.states;
  for (const key of Object.keys(states)) {
    const on = (states[key] as StateNode).on;
    const next: string[] = [];
    if (on !== undefined) {
      for (const event of Object.keys(on)) {
        const target = (on[event] as Transition).target;
        if (hasOwn(states, target)) next.push(target);
      }
    }
    out.set(key, next);
  }
  return out;
}

/** States reachable from `start` (inclusive) by breadth-first search. */
export function reachableFrom(next: Map<string, string[]>, start: string): Set<string> {
  const seen = new Set<string>();
  if (!next.has(start)) return seen;
  const queue = [start];
  seen.add(start);
  for (let i = 0; i < queue.length; i++) {
    for (const target of next.get(queue[i] as string) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/**
 * Strongly connected components that are cycles (more than one state, or a self-loop), each in
 * visiting order; see `cyclesOf`.
 */
export function cycles(next: ReadonlyMap<string, readonly string[]>): string[][] {
  const g = numberMap(next);
  return cyclesOf(g).map((component) => component.map((n) => g.keys[n] as string));
}

/** Number of distinct root-to-recommendation paths (dynamic programming over the DAG). */
export function countPaths(tree: Tree, next: Map<string, string[]>): number {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const order: string[] = [];
  // Post-order without recursion, then fill counts bottom-up; cycles contribute nothing.
  const stack: [string, boolean][] = [[tree.initial, false]];
  while (stack.length > 0) {
    const [key, done] = stack.pop() as [string, boolean];
    if (done) {
      visiting.delete(key);
      order.push(key);
      continue;
    }
    if (memo.has(key) || visiting.has(key) || !next.has(key)) continue;
    visiting.add(key);
    memo.set(key, 0);
    stack.push([key, true]);
    for (const child of next.get(key) ?? []) if (!memo.has(child)) stack.push([child, false]);
  }
  for (const key of order) {
    const node = tree.states[key];
    if (node && isRecommendation(node)) {
      memo.set(key, 1);
      continue;
    }
    let total = 0;
    for (const child of next.get(key) ?? []) total += memo.get(child) ?? 0;
    memo.set(key, total);
  }
  return memo.get(tree.initial) ?? 0;
}

/**
 * For every state, the most questions (and info steps) left on the longest path from it to a
 * recommendation: the player's "at most N more". Back edges of cycles are ignored.
 */
export function questionsLeft(tree: Tree, next: Map<string, string[]>): Map<string, number> {
  const left = new Map<string, number>();
  const onPath = new Set<string>();
  for (const root of Object.keys(tree.states)) {
    if (left.has(root)) continue;
    const stack: { key: string; child: number }[] = [{ key: root, child: 0 }];
    onPath.add(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { key: string; child: number };
      const children = next.get(frame.key) ?? [];
      const child = children[frame.child++];
      if (child !== undefined) {
        if (!left.has(child) && !onPath.has(child)) {
          onPath.add(child);
          stack.push({ key: child, child: 0 });
        }
        continue;
      }
      stack.pop();
      onPath.delete(frame.key);
      const node = tree.states[frame.key];
      if (!node || isRecommendation(node)) {
        left.set(frame.key, 0);
        continue;
      }
      let most = 0;
      for (const c of children) most = Math.max(most, left.get(c) ?? 0);
      left.set(frame.key, most + 1);
    }
  }
  return left;
}

/**
 * States in reading order: breadth-first from the initial state, answers in author order, then
 * any states not reached (an unfinished tree in the editor may have some).
 */
export function readingOrder(tree: Tree): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key) || !Object.hasOwn(tree.states, key)) return;
    seen.add(key);
    order.push(key);
  };
  visit(tree.initial);
  for (let i = 0; i < order.length; i++) {
    const node = tree.states[order[i] as string];
    for (const t of Object.values(node?.on ?? {})) visit(t.target);
  }
  for (const key of Object.keys(tree.states)) visit(key);
  return order;
}
