/**
 * The presenter's own layout: every step and every answer label is a box sized for text read from
 * the back of a hall (PRESENTER_FONT px at zoom 1), and dagre places answer labels as boxes of
 * their own between the ranks, so a label can never sit under a step or on another label. Sizes
 * are estimated from the text with a deliberately wide character width; the presenter draws each
 * box at exactly its estimated width, so the drawn text wraps into no more lines than estimated.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { EdgeLabel, GraphLabel, NodeLabel } from '@dagrejs/dagre';
import { answersOf, readingOrder } from './graph';
import { own } from './own';
import { edgeId, nodeTitle } from './toFlow';
import type { Tree } from './types';

/** Font size of every text on the presenter's graph, in flow units (CSS px at zoom 1). */
export const PRESENTER_FONT = 24;
/** Line height of that text. */
export const PRESENTER_LINE = 30;
/** Width of a step's box. */
export const STEP_WIDTH = 400;
/** Widest an answer label may grow before it wraps. */
export const LABEL_MAX_WIDTH = 260;
/** Inner padding of a step box (each side) and of a label box. */
export const STEP_PAD = 16;
export const LABEL_PAD = 8;
/** The thickest border a label is drawn with (inside its box: CSS box-sizing is border-box). */
export const LABEL_BORDER = 3;
/** An upper bound of the average glyph width of the UI's sans-serif at PRESENTER_FONT, bold. */
const CHAR_WIDTH = 0.64 * PRESENTER_FONT;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  id: string;
  source: string;
  target: string;
  /** The label's box (top-left corner), placed by dagre between the ranks. */
  label: Box;
  /** The route from source to target through the label, in flow coordinates. */
  points: { x: number; y: number }[];
}

export interface PresenterLayout {
  steps: Map<string, Box>;
  edges: Map<string, LaidOutEdge>;
  /** The box around everything. */
  bounds: Box;
}

/** Lines `text` wraps into at `width` px (words kept whole unless a word alone is too long). */
export function wrappedLines(text: string, width: number): { lines: number; widest: number } {
  const perLine = Math.max(1, Math.floor(width / CHAR_WIDTH));
  let lines = 1;
  let used = 0;
  let widest = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) used = need;
    else {
      // A new line; a word too long for any line breaks anywhere (CSS overflow-wrap: anywhere).
      if (used > 0) lines += 1;
      const chunks = Math.ceil(word.length / perLine);
      lines += chunks - 1;
      used = word.length - (chunks - 1) * perLine;
      if (chunks > 1) widest = perLine;
    }
    widest = Math.max(widest, used);
  }
  return { lines, widest: widest * CHAR_WIDTH };
}

/** Height of a step box holding `title` (one icon glyph starts the first line). */
export function stepHeight(title: string): number {
  // Borders are inside the box (border-box) and at most 5 px a side (a step on the path).
  const { lines } = wrappedLines(`?? ${title}`, STEP_WIDTH - 2 * STEP_PAD - 10);
  return lines * PRESENTER_LINE + 2 * STEP_PAD + 10;
}

/** Size of an answer label box. */
export function labelSize(text: string): { width: number; height: number } {
  const inset = 2 * (LABEL_PAD + LABEL_BORDER);
  const { lines, widest } = wrappedLines(text, LABEL_MAX_WIDTH - inset);
  return {
    width: Math.ceil(Math.min(LABEL_MAX_WIDTH, widest + inset + 4)),
    height: lines * PRESENTER_LINE + inset,
  };
}

/** Lays the tree out top to bottom for the presenter. Pure; a function of the tree alone. */
export function presenterLayout(tree: Tree): PresenterLayout {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', ranksep: 36, nodesep: 56, edgesep: 24, marginx: 0, marginy: 0 });
  const order = readingOrder(tree);
  // dagre keeps nodes in plain objects, where a step called "constructor" would clash with what
  // objects inherit: its nodes are named by number.
  const id = new Map(order.map((key, i) => [key, `n${i}`]));
  for (const key of order) {
    const node = own(tree.states, key);
    if (!node) continue;
    g.setNode(`${id.get(key)}`, { width: STEP_WIDTH, height: stepHeight(nodeTitle(node)) });
  }
  for (const key of order) {
    const node = own(tree.states, key);
    for (const answer of node ? answersOf(node) : []) {
      const target = id.get(answer.target);
      if (target === undefined) continue;
      const { width, height } = labelSize(answer.label);
      g.setEdge(`${id.get(key)}`, target, { width, height, labelpos: 'c' }, answer.event);
    }
  }
  layout(g);
  const steps = new Map<string, Box>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const grow = (b: Box): void => {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  };
  for (const key of order) {
    const n = g.node(`${id.get(key)}`);
    const box = { x: (n.x ?? 0) - n.width / 2, y: (n.y ?? 0) - n.height / 2 };
    steps.set(key, { ...box, width: n.width, height: n.height });
    grow(steps.get(key) as Box);
  }
  const edges = new Map<string, LaidOutEdge>();
  for (const e of g.edges()) {
    const label = g.edge(e);
    const source = order[Number(e.v.slice(1))] as string;
    const target = order[Number(e.w.slice(1))] as string;
    const width = label.width ?? 0;
    const height = label.height ?? 0;
    const box = { x: (label.x ?? 0) - width / 2, y: (label.y ?? 0) - height / 2, width, height };
    const edge = edgeId(source, e.name ?? '');
    edges.set(edge, {
      id: edge,
      source,
      target,
      label: box,
      points: (label.points ?? []).map((p) => ({ x: p.x, y: p.y })),
    });
    grow(box);
  }
  if (steps.size === 0) return { steps, edges, bounds: { x: 0, y: 0, width: 0, height: 0 } };
  return { steps, edges, bounds: { x: minX, y: minY, width: maxX - minX, height: maxY - minY } };
}

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
