/**
 * The answer graph with its states numbered. The validator asks whole-tree questions (what is
 * reachable, what can still reach a recommendation, which cycles have no way out) on every check
 * of every edit; with maps and sets of keys those cost a hash lookup per step, with numbers an
 * array read. `graph.ts` answers the same questions for maps of keys through these functions.
 */
import type { StateNode, Transition, Tree } from './types';

export interface NumberedGraph {
  /** State keys by number. */
  keys: readonly string[];
  numbers: ReadonlyMap<string, number>;
  /** The successors of state `i` are `to[from[i]]` up to, not including, `to[from[i + 1]]`. */
  from: readonly number[];
  to: readonly number[];
}

/** States numbered in key order; answers in author order, leaving out targets that do not exist. */
export function numberTree(tree: Tree): NumberedGraph {
  const states = tree.states;
  const keys = Object.keys(states);
  const numbers = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) numbers.set(keys[i] as string, i);
  const from: number[] = [];
  const to: number[] = [];
  for (const key of keys) {
    from.push(to.length);
    const on = (states[key] as StateNode).on;
    if (on === undefined) continue;
    for (const event of Object.keys(on)) {
      // The map holds own keys only: a target called "constructor" is no state unless it is one.
      const target = numbers.get((on[event] as Transition).target);
      if (target !== undefined) to.push(target);
    }
  }
  from.push(to.length);
  return { keys, numbers, from, to };
}

/**
 * States numbered in map order. A successor that is not a key of the map becomes a state with no
 * successors, numbered after the keys (maps from `successors` have none).
 */
export function numberMap(next: ReadonlyMap<string, readonly string[]>): NumberedGraph {
  const keys = [...next.keys()];
  const numbers = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) numbers.set(keys[i] as string, i);
  const from: number[] = [];
  const to: number[] = [];
  // `keys` grows while this runs; the states added have no successors of their own.
  for (let i = 0; i < keys.length; i++) {
    from.push(to.length);
    for (const key of next.get(keys[i] as string) ?? []) {
      let target = numbers.get(key);
      if (target === undefined) {
        target = keys.length;
        keys.push(key);
        numbers.set(key, target);
      }
      to.push(target);
    }
  }
  from.push(to.length);
  return { keys, numbers, from, to };
}

/** Marks every state reachable from `starts` (inclusive), breadth first. */
function search(
  n: number,
  from: readonly number[],
  to: readonly number[],
  starts: readonly number[],
): Uint8Array {
  const seen = new Uint8Array(n);
  const queue: number[] = [];
  for (const s of starts) {
    if (seen[s] === 1) continue;
    seen[s] = 1;
    queue.push(s);
  }
  for (let q = 0; q < queue.length; q++) {
    const at = queue[q] as number;
    for (let e = from[at] as number, end = from[at + 1] as number; e < end; e++) {
      const next = to[e] as number;
      if (seen[next] === 1) continue;
      seen[next] = 1;
      queue.push(next);
    }
  }
  return seen;
}

/** 1 for each state reachable from `starts` (inclusive). */
export function reach(g: NumberedGraph, starts: readonly number[]): Uint8Array {
  return search(g.keys.length, g.from, g.to, starts);
}

/** 1 for each state from which one of `goals` can be reached (inclusive): a search backwards. */
export function reachBack(g: NumberedGraph, goals: readonly number[]): Uint8Array {
  const n = g.keys.length;
  const from = new Array<number>(n + 1).fill(0);
  for (const target of g.to) from[target + 1] = (from[target + 1] as number) + 1;
  for (let i = 0; i < n; i++) from[i + 1] = (from[i + 1] as number) + (from[i] as number);
  const fill = from.slice(0, n);
  const to = new Array<number>(g.to.length).fill(0);
  for (let state = 0; state < n; state++) {
    for (let e = g.from[state] as number, end = g.from[state + 1] as number; e < end; e++) {
      const target = g.to[e] as number;
      const slot = fill[target] as number;
      to[slot] = state;
      fill[target] = slot + 1;
    }
  }
  return search(n, from, to, goals);
}

/**
 * Strongly connected components that are cycles (more than one state, or a self-loop), each in
 * visiting order, found with an iterative Tarjan so deep trees cannot overflow the stack. Roots
 * are tried in state order and successors in answer order.
 */
export function cyclesOf(g: NumberedGraph): number[][] {
  const { from, to } = g;
  const n = g.keys.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const open = new Uint8Array(n); // still on Tarjan's stack
  const stack: number[] = [];
  // The depth-first path, and for each state on it the next answer to follow.
  const path: number[] = [];
  const edge: number[] = [];
  const found: number[][] = [];
  let counter = 0;
  const visit = (state: number): void => {
    index[state] = counter;
    low[state] = counter++;
    open[state] = 1;
    stack.push(state);
    path.push(state);
    edge.push(from[state] as number);
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    visit(root);
    while (path.length > 0) {
      const top = path.length - 1;
      const v = path[top] as number;
      const e = edge[top] as number;
      if (e < (from[v + 1] as number)) {
        edge[top] = e + 1;
        const w = to[e] as number;
        if (index[w] === -1) visit(w);
        else if (open[w] === 1) low[v] = Math.min(low[v] as number, index[w] as number);
        continue;
      }
      path.pop();
      edge.pop();
      const parent = path[path.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[v] as number);
      if (low[v] !== index[v]) continue;
      const component: number[] = [];
      for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
        open[w] = 0;
        component.push(w);
        if (w === v) break;
      }
      if (component.length > 1 || hasEdge(g, v, v)) found.push(component.reverse());
    }
  }
  return found;
}

export function hasEdge(g: NumberedGraph, state: number, target: number): boolean {
  for (let e = g.from[state] as number, end = g.from[state + 1] as number; e < end; e++) {
    if (g.to[e] === target) return true;
  }
  return false;
}
