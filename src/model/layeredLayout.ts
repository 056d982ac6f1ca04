/**
 * A layered (Sugiyama-style) layout for large trees, in time about linear in states + answers
 * (plus one sort per rank). dagre, like every layered layout library on npm (d3-dag, elkjs), cuts
 * an edge that skips ranks into one dummy node per rank it crosses, so a pathway whose questions
 * all have a shortcut to one shared step grows quadratically: 12 s for 100 states, 110 s for 300.
 * Here no dummies are made: the drawings route every edge as one curve from box to box, and a
 * long edge only pulls on where its ends go through the rank next to them. Every walk is a loop
 * over arrays (no recursion), so a 10,000-step chain cannot overflow the stack.
 *
 * Steps: break cycles (depth-first, iterative), rank each state one below its lowest predecessor
 * (longest path from the top, as `layout.ts` asks dagre to), order each rank by the mean place of
 * its predecessors (reading order breaking ties), then place the states of each rank as close to
 * the middle of their neighbours in the rank above (then below) as the gaps allow.
 */
import { placeInOrder } from './rankPlacement';

export interface LayeredInput {
  /** Number of states, numbered 0 … count - 1 in reading order. */
  count: number;
  /** Edges as [from, to] pairs of state numbers. */
  edges: readonly (readonly [number, number])[];
  /** Extent of state `i` across the ranks (width when top to bottom) and along them. */
  across: (i: number) => number;
  along: (i: number) => number;
  /** Gap between ranks and between neighbours within a rank. */
  rankSep: number;
  nodeSep: number;
}

export interface LayeredResult {
  /** Centre of each state across the ranks (x when top to bottom) and along them (y). */
  across: Float64Array;
  along: Float64Array;
  rank: Int32Array;
}

/** Compressed adjacency lists: the neighbours of `i` are `to[start[i]]` … `to[start[i + 1] - 1]`. */
interface Adjacency {
  start: Int32Array;
  to: Int32Array;
}

function adjacency(count: number, pairs: readonly (readonly [number, number])[]): Adjacency {
  const start = new Int32Array(count + 1);
  for (const [from] of pairs) start[from + 1] = (start[from + 1] as number) + 1;
  for (let i = 0; i < count; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, count);
  const to = new Int32Array(pairs.length);
  for (const [from, target] of pairs) {
    to[fill[from] as number] = target;
    fill[from] = (fill[from] as number) + 1;
  }
  return { start, to };
}

/** The edges without the ones that close a cycle (found depth-first from each state in order). */
function acyclicEdges(
  count: number,
  edges: readonly (readonly [number, number])[],
): [number, number][] {
  const out = adjacency(count, edges);
  const state = new Uint8Array(count); // 0 new, 1 on the path, 2 done
  const kept: [number, number][] = [];
  const path: number[] = [];
  const next: number[] = [];
  for (let root = 0; root < count; root++) {
    if (state[root] !== 0) continue;
    state[root] = 1;
    path.push(root);
    next.push(out.start[root] as number);
    while (path.length > 0) {
      const top = path.length - 1;
      const v = path[top] as number;
      const e = next[top] as number;
      if (e === out.start[v + 1]) {
        state[v] = 2;
        path.pop();
        next.pop();
        continue;
      }
      next[top] = e + 1;
      const w = out.to[e] as number;
      if (state[w] === 1) continue; // back edge: closes a cycle
      kept.push([v, w]);
      if (state[w] === 0) {
        state[w] = 1;
        path.push(w);
        next.push(out.start[w] as number);
      }
    }
  }
  return kept;
}

/** Longest path from the top: each state one rank below its lowest predecessor (Kahn's order). */
export function longestPathRanks(
  count: number,
  edges: readonly (readonly [number, number])[],
): Int32Array {
  const out = adjacency(count, edges);
  const waiting = new Int32Array(count);
  for (const [, w] of edges) waiting[w] = (waiting[w] as number) + 1;
  const rank = new Int32Array(count);
  const queue: number[] = [];
  for (let i = 0; i < count; i++) if (waiting[i] === 0) queue.push(i);
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q] as number;
    for (let e = out.start[v] as number; e < (out.start[v + 1] as number); e++) {
      const w = out.to[e] as number;
      rank[w] = Math.max(rank[w] as number, (rank[v] as number) + 1);
      waiting[w] = (waiting[w] as number) - 1;
      if (waiting[w] === 0) queue.push(w);
    }
  }
  return rank;
}

/** Acyclic, self-loop-free, duplicate-free edges and their ranks: what both layouts start from. */
export function rankedEdges(
  count: number,
  edges: readonly (readonly [number, number])[],
): { edges: [number, number][]; rank: Int32Array } {
  const seen = new Set<number>();
  const unique: [number, number][] = [];
  for (const [v, w] of edges) {
    if (v === w || seen.has(v * count + w)) continue;
    seen.add(v * count + w);
    unique.push([v, w]);
  }
  const kept = acyclicEdges(count, unique);
  return { edges: kept, rank: longestPathRanks(count, kept) };
}

/** States of each rank: reading order, then by the mean place of their predecessors. */
function orderRanks(count: number, rank: Int32Array, into: Adjacency): number[][] {
  // Longest-path ranks leave none empty: a state of rank r has a predecessor of rank r - 1.
  const ranks: number[][] = [];
  for (let i = 0; i < count; i++) (ranks[rank[i] as number] ??= []).push(i);
  // Place of a state within its rank, from 0 (first) to 1 (last).
  const place = new Float64Array(count);
  const key = new Float64Array(count);
  for (const states of ranks) {
    states.forEach((v, at) => {
      let sum = 0;
      const first = into.start[v] as number;
      const end = into.start[v + 1] as number;
      for (let e = first; e < end; e++) sum += place[into.to[e] as number] as number;
      key[v] = end > first ? sum / (end - first) : at / states.length;
    });
    states.sort((a, b) => (key[a] as number) - (key[b] as number) || a - b);
    states.forEach((v, at) => (place[v] = states.length > 1 ? at / (states.length - 1) : 0.5));
  }
  return ranks;
}

/** Neighbours of `v` in the adjacent rank if it has any, else all its neighbours. */
function meanOfNeighbours(
  v: number,
  lists: Adjacency,
  rank: Int32Array,
  wanted: number,
  at: Float64Array,
): number | undefined {
  let near = 0;
  let nearCount = 0;
  let all = 0;
  const first = lists.start[v] as number;
  const end = lists.start[v + 1] as number;
  for (let e = first; e < end; e++) {
    const w = lists.to[e] as number;
    all += at[w] as number;
    if (rank[w] === wanted) {
      near += at[w] as number;
      nearCount++;
    }
  }
  if (nearCount > 0) return near / nearCount;
  return end > first ? all / (end - first) : undefined;
}

export function layeredLayout(input: LayeredInput): LayeredResult {
  const { count } = input;
  const { edges, rank } = rankedEdges(count, input.edges);
  const out = adjacency(count, edges);
  const into = adjacency(
    count,
    edges.map(([v, w]) => [w, v] as const),
  );
  const ranks = orderRanks(count, rank, into);
  const across = new Float64Array(count);
  const place = (states: readonly number[], lists: Adjacency, wanted: (v: number) => number) => {
    const goals = states.map((v) => meanOfNeighbours(v, lists, rank, wanted(v), across));
    const centres = placeInOrder(states.map(input.across), goals, input.nodeSep);
    states.forEach((v, i) => (across[v] = centres[i] as number));
  };
  // Top down (centred under the rank above), then bottom up (parents over their children).
  for (const states of ranks) place(states, into, (v) => (rank[v] as number) - 1);
  for (let r = ranks.length - 2; r >= 0; r--)
    place(ranks[r] as number[], out, (v) => (rank[v] as number) + 1);

  const along = new Float64Array(count);
  let edge = 0;
  for (const states of ranks) {
    let thickness = 0;
    for (const v of states) thickness = Math.max(thickness, input.along(v));
    for (const v of states) along[v] = edge + thickness / 2;
    edge += thickness + input.rankSep;
  }
  return { across, along, rank };
}
