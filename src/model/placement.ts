/**
 * Where a new step goes: beside its parent (below it top-down, to its right left-right), or near
 * a point, on the first spot that overlaps no other step. The result is stored in `meta.ui`, so
 * the step keeps its place after a reload.
 */
import type { Direction, Position } from './layout';
import { NODE_SIZE } from './nodeSize';
import type { Tree } from './types';

/*
 * The node size (nodeSize.ts) and the automatic layout's spacing (layout.ts), the spacing
 * repeated here rather than imported: layout.ts brings dagre, which the editor loads only in its
 * layout worker.
 * test/model/placement.test.ts holds the two in step.
 */
export const NODE_WIDTH = NODE_SIZE.width;
export const NODE_HEIGHT = NODE_SIZE.height;
export const RANK_SEP: Readonly<Record<Direction, number>> = { TB: 110, LR: 200 };
export const NODE_SEP: Readonly<Record<Direction, number>> = { TB: 80, LR: 40 };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SIZE = { width: NODE_WIDTH, height: NODE_HEIGHT };
/** How many spots either side of the first choice are tried before stepping a rank further. */
const TRIES_PER_RANK = 12;
const MAX_RANKS = 20;

function overlaps(a: Box, b: Box, margin: number): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

/** Boxes of every step, at its stored place or, failing that, its automatic one. */
export function boxesOf(tree: Tree, auto: Readonly<Record<string, Position>> = {}): Box[] {
  const boxes: Box[] = [];
  for (const [key, node] of Object.entries(tree.states)) {
    const at = node.meta.ui ?? (Object.hasOwn(auto, key) ? auto[key] : undefined);
    if (at) boxes.push({ x: at.x, y: at.y, ...SIZE });
  }
  return boxes;
}

/**
 * The first free spot from `start`: along the rank (sideways top-down, up and down left-right),
 * alternating sides, then one rank further on. Always returns a spot, even on a crowded canvas.
 */
export function freeSpot(
  start: Position,
  taken: readonly Box[],
  direction: Direction = 'TB',
): Position {
  const margin = Math.min(NODE_SEP[direction], RANK_SEP[direction]) / 2;
  const along =
    direction === 'TB'
      ? { x: NODE_WIDTH + NODE_SEP.TB, y: 0 }
      : { x: 0, y: NODE_HEIGHT + NODE_SEP.LR };
  const across =
    direction === 'TB'
      ? { x: 0, y: NODE_HEIGHT + RANK_SEP.TB }
      : { x: NODE_WIDTH + RANK_SEP.LR, y: 0 };
  for (let rank = 0; rank < MAX_RANKS; rank++) {
    for (let i = 0; i <= 2 * TRIES_PER_RANK; i++) {
      // 0, +1, -1, +2, -2...: the nearest spots first.
      const step = i % 2 === 1 ? (i + 1) / 2 : -i / 2;
      const spot = {
        x: Math.round(start.x + rank * across.x + step * along.x),
        y: Math.round(start.y + rank * across.y + step * along.y),
      };
      if (!taken.some((box) => overlaps({ ...spot, ...SIZE }, box, margin))) return spot;
    }
  }
  // Crowded all round: past everything, where there is always room.
  const end = Math.max(
    ...taken.map((box) => (direction === 'TB' ? box.y + box.height : box.x + box.width)),
  );
  return direction === 'TB'
    ? { x: Math.round(start.x), y: Math.round(end + RANK_SEP.TB) }
    : { x: Math.round(end + RANK_SEP.LR), y: Math.round(start.y) };
}

/** A spot for a new child of `parent`: one rank on from it, where nothing else is. */
export function placeBeside(
  parent: Position,
  taken: readonly Box[],
  direction: Direction = 'TB',
): Position {
  const start =
    direction === 'TB'
      ? { x: parent.x, y: parent.y + NODE_HEIGHT + RANK_SEP.TB }
      : { x: parent.x + NODE_WIDTH + RANK_SEP.LR, y: parent.y };
  return freeSpot(start, taken, direction);
}
