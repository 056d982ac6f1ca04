import { describe, expect, it } from 'vitest';
import { layoutInWorker } from '../../src/canvas/layoutClient';
import {
  fromPlainOptions,
  layoutTree,
  NODE_HEIGHT,
  NODE_WIDTH,
  type NodeSize,
  type Position,
  type Positions,
} from '../../src/model/layout';
import { parseTree } from '../../src/model/parse';
import type { Tree } from '../../src/model/types';
import { checkTree } from '../../src/model/validate';
import { exampleTree } from '../helpers';
import { generateTree } from './generateTree';
import { HEAVY_TEST } from '../budget';

const defaultSize = (): NodeSize => ({ width: NODE_WIDTH, height: NODE_HEIGHT });

function edges(tree: Tree): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, node] of Object.entries(tree.states))
    for (const t of Object.values(node.on ?? {})) out.push([key, t.target]);
  return out;
}

/** Pairs of states whose boxes overlap (touching edges do not count). */
function overlapping(
  positions: Positions,
  size: (key: string) => NodeSize = defaultSize,
): [string, string][] {
  const boxes = Object.entries(positions).map(([key, p]) => ({ key, ...p, ...size(key) }));
  const found: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i] as (typeof boxes)[number];
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j] as (typeof boxes)[number];
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        found.push([a.key, b.key]);
    }
  }
  return found;
}

function at(positions: Positions, key: string): Position {
  const p = positions[key];
  if (!p) throw new Error(`no position for ${key}`);
  return p;
}

/** Stores positions (as `meta.ui`) for every other state, on a grid loose enough for any size used here. */
function withSomeStored(tree: Tree): Tree {
  const copy = structuredClone(tree);
  Object.values(copy.states).forEach((node, i) => {
    if (i % 2 === 0) node.meta.ui = { x: (i % 20) * 400 - 900, y: Math.floor(i / 20) * 220 + 40 };
  });
  return copy;
}

describe('generateTree', () => {
  it.each([2, 3, 10, 100, 300, 1000])('makes a valid tree with %i states', (states) => {
    for (const seed of [1, 2, 3]) {
      const tree = generateTree(states, seed);
      expect(Object.keys(tree.states)).toHaveLength(states);
      expect(parseTree(tree).ok).toBe(true);
      expect(checkTree(tree)).toEqual([]);
    }
  });

  it('makes questions and plan steps with 2-3 answers, and recommendations shared between branches', () => {
    const tree = generateTree(300);
    const incoming = new Map<string, number>();
    for (const [, to] of edges(tree)) incoming.set(to, (incoming.get(to) ?? 0) + 1);
    const kinds = Object.values(tree.states).map((node) => node.meta.kind);
    expect(kinds.filter((kind) => kind === 'plan').length).toBeGreaterThan(10);
    for (const node of Object.values(tree.states)) {
      if (node.meta.kind === 'question' || node.meta.kind === 'plan') {
        expect(Object.keys(node.on ?? {}).length).toBeGreaterThanOrEqual(2);
        expect(Object.keys(node.on ?? {}).length).toBeLessThanOrEqual(3);
      } else expect(node.meta.kind).toBe('recommendation');
    }
    const shared = Object.keys(tree.states).filter(
      (key) => tree.states[key]?.meta.kind === 'recommendation' && (incoming.get(key) ?? 0) > 1,
    );
    expect(shared.length).toBeGreaterThan(10);
  });

  it('is seeded: the same seed gives the same tree, another seed another tree', () => {
    expect(generateTree(200, 7)).toEqual(generateTree(200, 7));
    expect(generateTree(200, 7).states).not.toEqual(generateTree(200, 8).states);
  });
});

describe('layoutTree', () => {
  const tree300 = generateTree(300);
  // Laying out 300 states takes a few hundred milliseconds: share the 'all' layouts between tests.
  const cache = new Map<string, Positions>();
  const all300 = (direction: 'TB' | 'LR'): Positions => {
    let positions = cache.get(direction);
    if (!positions) {
      positions = layoutTree(tree300, { direction, only: 'all' });
      cache.set(direction, positions);
    }
    return positions;
  };

  it("gives every state an integer position with only: 'all'", () => {
    for (const tree of [exampleTree(), tree300]) {
      const positions =
        tree === tree300 ? all300('TB') : layoutTree(tree, { direction: 'TB', only: 'all' });
      expect(Object.keys(positions).sort()).toEqual(Object.keys(tree.states).sort());
      for (const p of Object.values(positions)) {
        expect(Number.isInteger(p.x)).toBe(true);
        expect(Number.isInteger(p.y)).toBe(true);
      }
    }
  });

  it("gives positions only to states without meta.ui with only: 'missing' (the default)", () => {
    const tree = withSomeStored(tree300);
    const positions = layoutTree(tree, { direction: 'TB' });
    const missing = Object.keys(tree.states).filter((key) => !tree.states[key]?.meta.ui);
    expect(Object.keys(positions).sort()).toEqual(missing.sort());
  });

  it("matches only: 'all' when no state has a stored position, and is empty when all have", () => {
    const tree = exampleTree();
    expect(layoutTree(tree, { direction: 'LR' })).toEqual(
      layoutTree(tree, { direction: 'LR', only: 'all' }),
    );
    for (const node of Object.values(tree.states)) node.meta.ui = { x: 0, y: 0 };
    expect(layoutTree(tree, { direction: 'LR' })).toEqual({});
  });

  it.each(['TB', 'LR'] as const)('places missing states clear of stored ones (%s)', (direction) => {
    const tree = withSomeStored(tree300);
    const all: Positions = layoutTree(tree, { direction });
    for (const [key, node] of Object.entries(tree.states))
      if (node.meta.ui) all[key] = node.meta.ui;
    expect(Object.keys(all)).toHaveLength(300);
    expect(overlapping(all)).toEqual([]);
  });

  it('puts a child below its parent (TB) or to its right (LR)', () => {
    for (const tree of [exampleTree(), tree300]) {
      const tb =
        tree === tree300 ? all300('TB') : layoutTree(tree, { direction: 'TB', only: 'all' });
      const lr =
        tree === tree300 ? all300('LR') : layoutTree(tree, { direction: 'LR', only: 'all' });
      for (const [from, to] of edges(tree)) {
        expect(at(tb, to).y).toBeGreaterThanOrEqual(at(tb, from).y + NODE_HEIGHT);
        expect(at(lr, to).x).toBeGreaterThanOrEqual(at(lr, from).x + NODE_WIDTH);
      }
    }
  });

  it.each(['TB', 'LR'] as const)('lays out a 300-state DAG with no overlaps (%s)', (direction) => {
    expect(overlapping(all300(direction))).toEqual([]);
  });

  it('honours nodeSize', HEAVY_TEST, () => {
    const nodeSize = (key: string): NodeSize =>
      key.startsWith('r_') ? { width: 320, height: 180 } : { width: 200, height: 60 };
    const positions = layoutTree(tree300, { direction: 'TB', only: 'all', nodeSize });
    expect(overlapping(positions, nodeSize)).toEqual([]);
    const stored = withSomeStored(tree300);
    const all = layoutTree(stored, { direction: 'LR', nodeSize });
    for (const [key, node] of Object.entries(stored.states))
      if (node.meta.ui) all[key] = node.meta.ui;
    expect(overlapping(all, nodeSize)).toEqual([]);
  });

  it('is deterministic', HEAVY_TEST, () => {
    expect(layoutTree(tree300, { direction: 'TB', only: 'all' })).toEqual(all300('TB'));
    expect(layoutTree(structuredClone(tree300), { direction: 'LR', only: 'all' })).toEqual(
      all300('LR'),
    );
    const stored = withSomeStored(tree300);
    expect(layoutTree(stored, { direction: 'TB' })).toEqual(
      layoutTree(structuredClone(stored), { direction: 'TB' }),
    );
  });

  it('copes with cycles, self-loops and missing targets', () => {
    const tree = exampleTree();
    const on = tree.states.red_flags?.on ?? {};
    on.BACK = { target: 'basics_checked', description: 'Back' };
    on.AGAIN = { target: 'red_flags', description: 'Again' };
    on.LOST = { target: 'nowhere', description: 'Lost' };
    const positions = layoutTree(tree, { direction: 'TB', only: 'all' });
    expect(Object.keys(positions).sort()).toEqual(Object.keys(tree.states).sort());
    expect(overlapping(positions)).toEqual([]);
    expect(at(positions, 'red_flags').y).toBeGreaterThan(at(positions, 'basics_checked').y);
  });

  it('lays out a generated 1,000-state DAG', { timeout: 120_000 }, () => {
    const tree = generateTree(1000);
    const positions = layoutTree(tree, { direction: 'TB', only: 'all' });
    expect(Object.keys(positions).sort()).toEqual(Object.keys(tree.states).sort());
    // Above LARGE_TREE dagre skips its crossing search; the drawing must still be sound.
    expect(overlapping(positions)).toEqual([]);
    const upward = Object.entries(tree.states).flatMap(([key, node]) =>
      Object.values(node.on ?? {})
        .filter((t) => at(positions, t.target).y <= at(positions, key).y)
        .map((t) => `${key} → ${t.target}`),
    );
    expect(upward).toEqual([]);
  });

  it('returns {} for a tree without states', () => {
    const tree = exampleTree();
    tree.states = {};
    expect(layoutTree(tree, { direction: 'TB', only: 'all' })).toEqual({});
    expect(layoutTree(tree, { direction: 'TB' })).toEqual({});
  });
});

describe('layoutInWorker', () => {
  it('runs on the main thread where Worker does not exist', async () => {
    expect(typeof Worker).toBe('undefined');
    const tree = exampleTree();
    const options = {
      direction: 'LR',
      only: 'all',
      sizes: { basics_checked: { width: 400, height: 200 } },
    } as const;
    const positions = await layoutInWorker(tree, options);
    expect(positions).toEqual(layoutTree(tree, fromPlainOptions(options)));
    expect(positions).not.toEqual(layoutTree(tree, { direction: 'LR', only: 'all' }));
  });
});
