/**
 * Automatic layout of a tree's graph with dagre (layered layout for directed graphs). Pure and
 * framework-free so it can run in a Web Worker (`src/canvas/layout.worker.ts`) or, as a fallback,
 * on the main thread. Positions are React Flow's: the top-left corner of each node, in integers.
 */
import { labelWidth } from './edgeLabels';
import { readingOrder } from './graph';
import { Graph, layout } from '@dagrejs/dagre';
import type { EdgeLabel, GraphLabel, NodeLabel, RankerFunction } from '@dagrejs/dagre';
import { NODE_SIZE } from './nodeSize';
import type { Tree } from './types';

export type Direction = 'TB' | 'LR';

export interface NodeSize {
  width: number;
  height: number;
}

export interface Position {
  x: number;
  y: number;
}

export type Positions = Record<string, Position>;

export interface LayoutOptions {
  /** TB: the pathway flows top to bottom; LR: left to right. */
  direction: Direction;
  /**
   * `missing` (default): positions only for states without `meta.ui`, kept clear of the stored
   * ones. `all`: positions for every state, ignoring stored ones ("Tidy up").
   */
  only?: 'missing' | 'all';
  /** Size of a state's node; defaults to NODE_WIDTH x NODE_HEIGHT. */
  nodeSize?: (key: string) => NodeSize;
}

/** Layout options that survive `postMessage` (no functions): sizes are given per state key. */
export interface PlainLayoutOptions {
  direction: Direction;
  only?: 'missing' | 'all';
  sizes?: Record<string, NodeSize>;
}

export const NODE_WIDTH = NODE_SIZE.width;
export const NODE_HEIGHT = NODE_SIZE.height;
/**
 * Gap between ranks (layers). Answer labels sit at the middle of their edge, so the gap must hold
 * a label: a line or two of text when ranks are stacked (TB), a label's width when they sit side
 * by side (LR).
 */
export const RANK_SEP: Readonly<Record<Direction, number>> = { TB: 110, LR: 200 };
/** Gap between neighbouring nodes of one rank. */
export const NODE_SEP: Readonly<Record<Direction, number>> = { TB: 80, LR: 40 };
/** Gap between edges routed side by side (through ranks they skip). */
export const EDGE_SEP = 20;
/** Gap between stored positions and the block of newly placed states (`only: 'missing'`). */
export const MISSING_GAP = 160;

/**
 * From this many states on, dagre keeps the reading order within each rank instead of searching for
 * fewer crossings. The search repeats until four rounds bring no gain; on a generated 1,000-state
 * pathway the whole layout took 1.35 s with it and 0.85 s without, and it did not help the drawing:
 * React Flow draws each edge straight from node to node, and those crossed 7,937 times after the
 * search against 7,465 without. On the bundled pathways (under 30 states) the search removes
 * crossings (fibromyalgia-refractory-pain: 2 instead of 6) in a few milliseconds, so small trees
 * keep it.
 */
export const LARGE_TREE = 500;

const DEFAULT_SIZE: NodeSize = { width: NODE_WIDTH, height: NODE_HEIGHT };

/** Turns postMessage-safe options into `layoutTree` options. */
export function fromPlainOptions(options: PlainLayoutOptions): LayoutOptions {
  const { sizes, ...rest } = options;
  if (!sizes) return rest;
  return { ...rest, nodeSize: (key) => sizes[key] ?? DEFAULT_SIZE };
}

/**
 * States in breadth-first order from the initial state, answers in author order, then any states
 * not reached. dagre orders nodes within a rank starting from insertion order, so this keeps the
 * author's answer order left to right (top to bottom in LR); the output is a function of the
 * tree alone.
 */
function layoutOrder(tree: Tree): string[] {
  return readingOrder(tree);
}

/**
 * Ranks (layers) for dagre: each node one step below its lowest predecessor (longest path from the
 * top, in topological order). dagre's default, network simplex, minimises total edge length but
 * grew faster than quadratically on generated trees (3-10 s for 300 states, well over a minute
 * for 1,000). This is linear and reads naturally for pathways: a question's answers sit on the
 * rank below it unless reached from deeper, and a shared recommendation sits right below the
 * deepest question that leads to it. dagre calls it on its internal graph, after breaking cycles
 * and adding a root node, so it honours each edge's `minlen` (dagre doubles them to leave a rank
 * for edge labels).
 */
const rankFromTop: RankerFunction = (g) => {
  const waiting = new Map<string, number>();
  const queue: string[] = [];
  for (const v of g.nodes()) {
    g.node(v).rank = 0;
    const incoming = g.inEdges(v)?.length ?? 0;
    if (incoming === 0) queue.push(v);
    else waiting.set(v, incoming);
  }
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i] as string;
    const rank = g.node(v).rank ?? 0;
    for (const e of g.outEdges(v) ?? []) {
      const target = g.node(e.w);
      target.rank = Math.max(target.rank ?? 0, rank + (g.edge(e).minlen ?? 1));
      const left = (waiting.get(e.w) ?? 1) - 1;
      waiting.set(e.w, left);
      if (left === 0) queue.push(e.w);
    }
  }
};

/** Top-left positions for the whole graph, as dagre lays it out. */
/**
 * The gap between ranks for a tree. Left-right, answer labels sit side by side with the steps,
 * so the gap widens to hold the widest label with room to spare (edgeLabels.ts slides each label
 * along its edge to a clear spot, but only a gap that wide has one).
 */
export function rankSepFor(tree: Tree, direction: Direction): number {
  if (direction === 'TB') return RANK_SEP.TB;
  let widest = 0;
  for (const node of Object.values(tree.states))
    for (const answer of Object.values(node.on ?? {}))
      widest = Math.max(widest, labelWidth(answer.description));
  return Math.max(RANK_SEP.LR, widest + LABEL_ROOM);
}

/** Room beside the widest label in a left-right gap. */
const LABEL_ROOM = 48;

function layoutAll(tree: Tree, direction: Direction, size: (key: string) => NodeSize): Positions {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({
    rankdir: direction,
    ranksep: rankSepFor(tree, direction),
    nodesep: NODE_SEP[direction],
    edgesep: EDGE_SEP,
    marginx: 0,
    marginy: 0,
    // dagre's rank step takes a function (lib/rank/index.ts); its GraphLabel type lists only names.
    ranker: rankFromTop as unknown as GraphLabel['ranker'],
  });
  g.setDefaultEdgeLabel(() => ({}));
  const order = layoutOrder(tree);
  for (const key of order) {
    const { width, height } = size(key);
    g.setNode(key, { width, height });
  }
  for (const key of order) {
    for (const t of Object.values(tree.states[key]?.on ?? {})) {
      // Two answers to the same state are one edge for layout purposes.
      if (t.target in tree.states && !g.hasEdge(key, t.target)) g.setEdge(key, t.target, {});
    }
  }
  layout(g, { disableOptimalOrderHeuristic: order.length >= LARGE_TREE });
  const positions: Positions = {};
  for (const key of order) {
    const { x = 0, y = 0, width, height } = g.node(key);
    positions[key] = { x: Math.round(x - width / 2), y: Math.round(y - height / 2) };
  }
  return positions;
}

/**
 * Lays out a tree's states. With `only: 'missing'` the whole graph is laid out, then the states
 * without `meta.ui` are moved together, keeping their places relative to each other, into free
 * space beside the bounding box of the stored positions: to its right for TB (top edges aligned),
 * below it for LR (left edges aligned). They cannot overlap a stored node, and the author can drag
 * them into place or "Tidy up". When every state has a stored position the result is `{}` and
 * nothing is laid out; when none has, it is the same as `only: 'all'`.
 */
export function layoutTree(tree: Tree, options: LayoutOptions): Positions {
  const size = options.nodeSize ?? (() => DEFAULT_SIZE);
  const keys = Object.keys(tree.states);
  if (options.only === 'all') return layoutAll(tree, options.direction, size);

  const missing = keys.filter((key) => !tree.states[key]?.meta.ui);
  if (missing.length === 0) return {};
  const laidOut = layoutAll(tree, options.direction, size);
  const result: Positions = {};
  if (missing.length === keys.length) {
    for (const key of missing) result[key] = laidOut[key] ?? { x: 0, y: 0 };
    return result;
  }

  const stored = bounds(keys, size, (key) => tree.states[key]?.meta.ui);
  const block = bounds(missing, size, (key) => laidOut[key]);
  const dx =
    options.direction === 'TB' ? stored.maxX + MISSING_GAP - block.minX : stored.minX - block.minX;
  const dy =
    options.direction === 'TB' ? stored.minY - block.minY : stored.maxY + MISSING_GAP - block.minY;
  for (const key of missing) {
    const p = laidOut[key] ?? { x: 0, y: 0 };
    result[key] = { x: Math.round(p.x + dx), y: Math.round(p.y + dy) };
  }
  return result;
}

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Bounding box of the nodes of `keys` that have a position. */
function bounds(
  keys: readonly string[],
  size: (key: string) => NodeSize,
  at: (key: string) => Position | undefined,
): Bounds {
  const box: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const key of keys) {
    const p = at(key);
    if (!p) continue;
    const { width, height } = size(key);
    box.minX = Math.min(box.minX, p.x);
    box.minY = Math.min(box.minY, p.y);
    box.maxX = Math.max(box.maxX, p.x + width);
    box.maxY = Math.max(box.maxY, p.y + height);
  }
  return box;
}
