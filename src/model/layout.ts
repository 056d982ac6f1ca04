/**
 * Automatic layout of a tree's graph with dagre (layered layout for directed graphs). Pure and
 * framework-free so it can run in a Web Worker (`src/canvas/layout.worker.ts`) or, as a fallback,
 * on the main thread. Positions are React Flow's: the top-left corner of each node, in integers.
 */
import { labelWidth } from './edgeLabels';
import { readingOrder } from './graph';
import { Graph, layout } from '@dagrejs/dagre';
import type { EdgeLabel, GraphLabel, NodeLabel, RankerFunction } from '@dagrejs/dagre';
import { layeredLayout, rankedEdges } from './layeredLayout';
import { NODE_SIZE } from './nodeSize';
import { own } from './own';
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

/**
 * Largest graph (states plus the dummies dagre adds, see `dagreGraphSize`) laid out by dagre;
 * larger ones go to `layeredLayout.ts`, which keeps the same ranks and reading order but places
 * each rank in linear time. dagre's time grows with its graph and more with long edges: on a busy
 * 2-core machine a 30-step chain with a shortcut from every question (about 900 nodes) took 1.2 s,
 * 50 steps (2,400) 2.8 s, 100 steps (9,800) 4.5-12 s. The bundled pathways have 32-121, so they
 * keep dagre's look (and its search for fewer crossings) with room to grow.
 */
export const DAGRE_LIMIT = 1000;

const DEFAULT_SIZE: NodeSize = { width: NODE_WIDTH, height: NODE_HEIGHT };

/** Turns postMessage-safe options into `layoutTree` options. */
export function fromPlainOptions(options: PlainLayoutOptions): LayoutOptions {
  const { sizes, ...rest } = options;
  if (!sizes) return rest;
  return { ...rest, nodeSize: (key) => own(sizes, key) ?? DEFAULT_SIZE };
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

/**
 * The graph as numbers: states in reading order (breadth first from the initial state, answers in
 * author order, then any states not reached), one edge per source-target pair, cycles broken.
 * Both layouts order a rank starting from this order, so the author's answer order reads left to
 * right (top to bottom in LR); the output is a function of the tree alone.
 */
interface NumberedLayout {
  order: string[];
  edges: [number, number][];
  rank: Int32Array;
  sizes: NodeSize[];
}

function numbered(tree: Tree, size: (key: string) => NodeSize): NumberedLayout {
  const order = readingOrder(tree);
  const index = new Map(order.map((key, i) => [key, i]));
  const pairs: [number, number][] = [];
  order.forEach((key, i) => {
    for (const t of Object.values(own(tree.states, key)?.on ?? {})) {
      const j = index.get(t.target);
      if (j !== undefined) pairs.push([i, j]);
    }
  });
  const { edges, rank } = rankedEdges(order.length, pairs);
  return { order, edges, rank, sizes: order.map((key) => size(key)) };
}

/**
 * Nodes in dagre's own graph: the states plus a dummy for every rank an edge passes (dagre doubles
 * each edge's length to make room for labels). Its run time grows with this number.
 */
function dagreGraphSize({ order, edges, rank }: NumberedLayout): number {
  let nodes = order.length;
  for (const [v, w] of edges) nodes += 2 * ((rank[w] as number) - (rank[v] as number)) - 1;
  return nodes;
}

/** Centres from dagre. Its nodes are named by number: dagre keeps them in plain objects. */
function dagreCentres(tree: Tree, direction: Direction, graph: NumberedLayout): Centres {
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
  graph.sizes.forEach(({ width, height }, i) => g.setNode(`n${i}`, { width, height }));
  for (const [v, w] of graph.edges) g.setEdge(`n${v}`, `n${w}`, {});
  layout(g, { disableOptimalOrderHeuristic: graph.order.length >= LARGE_TREE });
  return graph.order.map((_, i) => {
    const { x = 0, y = 0 } = g.node(`n${i}`);
    return { x, y };
  });
}

/** Centres from the layered layout without dummies (`layeredLayout.ts`). */
function layeredCentres(tree: Tree, direction: Direction, graph: NumberedLayout): Centres {
  const vertical = direction === 'TB';
  const { sizes } = graph;
  const at = layeredLayout({
    count: graph.order.length,
    edges: graph.edges,
    across: (i) => (vertical ? sizes[i]?.width : sizes[i]?.height) ?? 0,
    along: (i) => (vertical ? sizes[i]?.height : sizes[i]?.width) ?? 0,
    rankSep: rankSepFor(tree, direction),
    nodeSep: NODE_SEP[direction],
  });
  // Like dagre with no margin: the drawing starts at 0 on both axes.
  let minX = Infinity;
  let minY = Infinity;
  const centres = graph.order.map((_, i) => {
    const x = (vertical ? at.across[i] : at.along[i]) ?? 0;
    const y = (vertical ? at.along[i] : at.across[i]) ?? 0;
    const { width, height } = sizes[i] as NodeSize;
    minX = Math.min(minX, x - width / 2);
    minY = Math.min(minY, y - height / 2);
    return { x, y };
  });
  return centres.map(({ x, y }) => ({ x: x - minX, y: y - minY }));
}

type Centres = Position[];

function layoutAll(tree: Tree, direction: Direction, size: (key: string) => NodeSize): Positions {
  const graph = numbered(tree, size);
  const centres =
    dagreGraphSize(graph) <= DAGRE_LIMIT
      ? dagreCentres(tree, direction, graph)
      : layeredCentres(tree, direction, graph);
  // fromEntries defines own entries: a state key is never taken for something objects inherit.
  return Object.fromEntries(
    graph.order.map((key, i) => {
      const { x, y } = centres[i] as Position;
      const { width, height } = graph.sizes[i] as NodeSize;
      return [key, { x: Math.round(x - width / 2), y: Math.round(y - height / 2) }];
    }),
  );
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
  if (missing.length === keys.length) return laidOut;

  const stored = bounds(keys, size, (key) => tree.states[key]?.meta.ui);
  const block = bounds(missing, size, (key) => own(laidOut, key));
  const dx =
    options.direction === 'TB' ? stored.maxX + MISSING_GAP - block.minX : stored.minX - block.minX;
  const dy =
    options.direction === 'TB' ? stored.minY - block.minY : stored.maxY + MISSING_GAP - block.minY;
  return Object.fromEntries(
    missing.map((key) => {
      const p = own(laidOut, key) ?? { x: 0, y: 0 };
      return [key, { x: Math.round(p.x + dx), y: Math.round(p.y + dy) }];
    }),
  );
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
