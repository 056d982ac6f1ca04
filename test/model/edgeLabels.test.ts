import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  labelCollisions,
  placeLabels,
  pointOnEdge,
  type LabelledEdge,
} from '../../src/model/edgeLabels';
import { layoutTree } from '../../src/model/layout';
import { parseTree } from '../../src/model/parse';
import { NODE_HEIGHT, NODE_WIDTH, type Box } from '../../src/model/placement';
import { toFlow } from '../../src/model/toFlow';
import { readJson } from '../helpers';

const TREES = join(import.meta.dirname, '..', '..', 'trees');
const bundled = readdirSync(TREES).filter(
  (f) => /^[a-z0-9-]+\.json$/.test(f) && !f.endsWith('.schema.json'),
);

describe('answer labels on the canvas', () => {
  it('follow the curve React Flow draws: ends at the handles, middle at the midpoint', () => {
    const from = { x: 0, y: 0 };
    const to = { x: 200, y: 100 };
    expect(pointOnEdge(from, to, 'TB', 0)).toEqual(from);
    expect(pointOnEdge(from, to, 'TB', 1)).toEqual(to);
    expect(pointOnEdge(from, to, 'TB', 0.5)).toEqual({ x: 100, y: 50 });
  });

  for (const file of bundled) {
    for (const direction of ['TB', 'LR'] as const) {
      it(`never overlap or cover a step on ${file}, laid out ${direction}`, () => {
        const parsed = parseTree(readJson(join(TREES, file)));
        if (!parsed.ok) throw new Error(file);
        const tree = parsed.value;
        const positions = layoutTree(tree, { direction, only: 'all' });
        const flow = toFlow(tree, positions, [], direction);
        const boxes = new Map<string, Box>(
          flow.nodes.map((n) => [
            n.id,
            { ...(positions[n.id] ?? n.position), width: NODE_WIDTH, height: NODE_HEIGHT },
          ]),
        );
        const edges: LabelledEdge[] = flow.edges.map((e) => ({
          id: e.id,
          source: boxes.get(e.source) as Box,
          target: boxes.get(e.target) as Box,
          label: e.label,
        }));
        const placed = placeLabels(edges, [...boxes.values()], direction);
        expect(placed.length).toBe(edges.filter((e) => e.label !== '').length);
        expect(
          labelCollisions(
            placed,
            [...boxes].map(([id, box]) => ({ id, box })),
          ),
        ).toEqual([]);
      });
    }
  }
});
