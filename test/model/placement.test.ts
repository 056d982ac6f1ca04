import { describe, expect, it } from 'vitest';
import * as layout from '../../src/model/layout';
import {
  boxesOf,
  freeSpot,
  NODE_HEIGHT,
  NODE_SEP,
  NODE_WIDTH,
  placeBeside,
  RANK_SEP,
  type Box,
} from '../../src/model/placement';
import { exampleTree } from '../helpers';

const box = (x: number, y: number): Box => ({ x, y, width: NODE_WIDTH, height: NODE_HEIGHT });
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placing a new step', () => {
  it('uses the automatic layout’s node size and spacing', () => {
    expect([NODE_WIDTH, NODE_HEIGHT, RANK_SEP, NODE_SEP]).toEqual([
      layout.NODE_WIDTH,
      layout.NODE_HEIGHT,
      layout.RANK_SEP,
      layout.NODE_SEP,
    ]);
  });

  it('goes one rank below its parent when that spot is free', () => {
    expect(placeBeside({ x: 100, y: 50 }, [box(100, 50)])).toEqual({
      x: 100,
      y: 50 + NODE_HEIGHT + RANK_SEP.TB,
    });
    expect(placeBeside({ x: 0, y: 0 }, [box(0, 0)], 'LR')).toEqual({
      x: NODE_WIDTH + RANK_SEP.LR,
      y: 0,
    });
  });

  it('never lands on top of a neighbour, however crowded the rank', () => {
    const parent = box(0, 0);
    const below = NODE_HEIGHT + RANK_SEP.TB;
    const crowded = [parent];
    for (let i = -6; i <= 6; i++) crowded.push(box(i * 200, below));
    const spot = placeBeside(parent, crowded);
    for (const b of crowded)
      expect(overlap({ ...spot, width: NODE_WIDTH, height: NODE_HEIGHT }, b)).toBe(false);
  });

  it('finds room even when every tried spot is taken', () => {
    // One step on every spot the search tries: 25 along each rank, 20 ranks.
    const along = NODE_WIDTH + NODE_SEP.TB;
    const across = NODE_HEIGHT + RANK_SEP.TB;
    const taken: Box[] = [];
    for (let i = -12; i <= 12; i++)
      for (let r = 0; r < 20; r++) taken.push(box(i * along, r * across));
    const spot = { ...freeSpot({ x: 0, y: 0 }, taken), width: NODE_WIDTH, height: NODE_HEIGHT };
    expect(taken.some((b) => overlap(spot, b))).toBe(false);
  });

  it('counts stored places first, then automatic ones', () => {
    const tree = exampleTree();
    const boxes = boxesOf(tree, { basics_checked: { x: 5, y: 6 } });
    expect(boxes).toEqual([box(5, 6)]);
  });
});
