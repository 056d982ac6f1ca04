import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layeredLayout, longestPathRanks, rankedEdges } from '../../src/model/layeredLayout';
import { placeInOrder } from '../../src/model/rankPlacement';
import { generateTree } from './generateTree';

describe('placeInOrder', () => {
  it('puts each box on its goal when the goals leave room', () => {
    expect(placeInOrder([100, 50, 80], [0, 200, 400], 20)).toEqual([0, 200, 400]);
  });

  it('spreads boxes that want one spot evenly around it, a gap apart', () => {
    expect(placeInOrder([100, 100], [0, 0], 20)).toEqual([-60, 60]);
    expect(placeInOrder([100, 100, 100], [30, 30, 30], 20)).toEqual([-90, 30, 150]);
  });

  it('keeps boxes without a goal beside their neighbour, pulling on nothing', () => {
    const [a, b, c] = placeInOrder([100, 100, 100], [0, undefined, 500], 20);
    expect(a).toBeCloseTo(0);
    expect(b).toBeCloseTo(120);
    expect(c).toBeCloseTo(500);
    expect(placeInOrder([40, 40], [undefined, undefined], 10)).toEqual([0, 50]);
  });

  it('keeps the order and the gaps, and is the least-squares placement', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            width: fc.integer({ min: 1, max: 200 }),
            goal: fc.integer({ min: -500, max: 500 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (boxes) => {
          const widths = boxes.map((b) => b.width);
          const goals = boxes.map((b) => b.goal);
          const centres = placeInOrder(widths, goals, 10);
          const cost = (c: readonly number[]) =>
            c.reduce((sum, x, i) => sum + (x - (goals[i] as number)) ** 2, 0);
          for (let i = 1; i < centres.length; i++) {
            const room = ((widths[i - 1] as number) + (widths[i] as number)) / 2 + 10;
            expect((centres[i] as number) - (centres[i - 1] as number)).toBeGreaterThanOrEqual(
              room - 1e-6,
            );
          }
          // No rigid shift of the whole row, or of any tail of it, lowers the cost.
          for (let from = 0; from < centres.length; from++) {
            for (const step of [-1, 1]) {
              const moved = centres.map((x, i) => (i >= from ? x + step : x));
              const legal = from === 0 || step > 0;
              if (legal) expect(cost(moved)).toBeGreaterThanOrEqual(cost(centres) - 1e-6);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('rankedEdges and longestPathRanks', () => {
  it('puts each state one rank below its lowest predecessor', () => {
    expect([
      ...longestPathRanks(4, [
        [0, 1],
        [1, 2],
        [0, 2],
        [2, 3],
        [0, 3],
      ]),
    ]).toEqual([0, 1, 2, 3]);
  });

  it('drops the edges that close a cycle, self-loops and repeats', () => {
    const { edges, rank } = rankedEdges(3, [
      [0, 1],
      [1, 2],
      [2, 0],
      [1, 1],
      [0, 1],
    ]);
    expect(edges).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect([...rank]).toEqual([0, 1, 2]);
  });

  it('walks a 100,000-state chain without recursion', () => {
    const n = 100_000;
    const chain = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const);
    const { rank } = rankedEdges(n, [...chain, [n - 1, 0]]);
    expect(rank[n - 1]).toBe(n - 1);
  });
});

describe('layeredLayout', () => {
  const tree = generateTree(600);
  const keys = Object.keys(tree.states);
  const index = new Map(keys.map((k, i) => [k, i]));
  const edges: [number, number][] = [];
  keys.forEach((k, i) => {
    for (const t of Object.values(tree.states[k]?.on ?? {}))
      edges.push([i, index.get(t.target) as number]);
  });
  const width = (i: number) => 100 + (i % 3) * 40;
  const layout = layeredLayout({
    count: keys.length,
    edges,
    across: width,
    along: () => 60,
    rankSep: 110,
    nodeSep: 80,
  });

  it("puts every answer's target on a lower rank, further along", () => {
    for (const [v, w] of edges) {
      expect(layout.rank[w]).toBeGreaterThan(layout.rank[v] as number);
      expect((layout.along[w] as number) - (layout.along[v] as number)).toBeGreaterThanOrEqual(
        60 + 110,
      );
    }
  });

  it('keeps the states of a rank apart by their widths and the gap', () => {
    const byRank = new Map<number, number[]>();
    keys.forEach((_, i) =>
      byRank.set(layout.rank[i] as number, [...(byRank.get(layout.rank[i] as number) ?? []), i]),
    );
    for (const states of byRank.values()) {
      states.sort((a, b) => (layout.across[a] as number) - (layout.across[b] as number));
      for (let k = 1; k < states.length; k++) {
        const [a, b] = [states[k - 1] as number, states[k] as number];
        const room = (width(a) + width(b)) / 2 + 80;
        expect((layout.across[b] as number) - (layout.across[a] as number)).toBeGreaterThanOrEqual(
          room - 1e-6,
        );
      }
    }
  });

  it('centres a lone child under its parent', () => {
    const out = layeredLayout({
      count: 2,
      edges: [[0, 1]],
      across: () => 100,
      along: () => 50,
      rankSep: 10,
      nodeSep: 10,
    });
    expect(out.across[1]).toBeCloseTo(out.across[0] as number);
    expect([...out.along]).toEqual([25, 85]);
  });
});
