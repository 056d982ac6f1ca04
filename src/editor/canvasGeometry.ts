/** Canvas helpers that need no React: the overview's corner, label spots, edge ids. */
import type { ReactFlowState } from '@xyflow/react';
import type { Direction } from '../model/layout';
import { NODE_SIZE } from '../model/nodeSize';
import { placeLabels } from '../model/edgeLabels';
import type { FlowEdge, FlowNode } from '../model/toFlow';
import { overviewCorner, type Corner } from './overviewCorner';

/** React Flow's MiniMap size (and the large-tree overview's), for choosing its corner. */
const OVERVIEW_SIZE = { width: 200, height: 150 };
/** Shift or Ctrl/Cmd and click adds to the selection; Shift and drag on the canvas draws a box. */
export const MULTI_SELECT_KEYS = ['Shift', 'Control', 'Meta'];

/** The corner for the overview that keeps `edited` (a step key) in sight. */
export function cornerFor(s: ReactFlowState, edited: string | undefined): Corner {
  const node = edited === undefined ? undefined : s.nodeLookup.get(edited);
  if (!node) return 'bottom-right';
  const [tx, ty, zoom] = s.transform;
  const { x, y } = node.internals.positionAbsolute;
  const width = (node.measured.width ?? NODE_SIZE.width) * zoom;
  const height = (node.measured.height ?? NODE_SIZE.height) * zoom;
  const box = { x: x * zoom + tx, y: y * zoom + ty, width, height };
  return overviewCorner(box, { width: s.width, height: s.height }, OVERVIEW_SIZE);
}

/** Measured node heights, as one string: labels are placed again when a node grows or shrinks. */
export const heightsOf = (s: ReactFlowState) =>
  Array.from(s.nodeLookup.values(), (n) => `${n.id}:${String(n.measured.height ?? 0)}`).join(',');

/** An edge's id is `<state>.<event>` (toFlow.ts `edgeId`); neither part may hold a dot. */
export function splitEdgeId(tree: { states: object }, id: string): [string, string] {
  const at = id.indexOf('.');
  const state = id.slice(0, at);
  return Object.hasOwn(tree.states, state) ? [state, id.slice(at + 1)] : ['', ''];
}

export interface LabelSpot {
  t: number;
  dy: number;
}

/** Where each answer label sits on its edge (model/edgeLabels.ts), with measured node heights. */
export function labelSpotsFor(
  flow: { nodes: FlowNode[]; edges: FlowEdge[] },
  heights: string,
  direction: Direction,
): Map<string, LabelSpot> {
  const measured = new Map(
    heights.split(',').map((entry) => {
      const at = entry.lastIndexOf(':');
      return [entry.slice(0, at), Number(entry.slice(at + 1))] as const;
    }),
  );
  const boxes = new Map(
    flow.nodes.map((n) => [
      n.id,
      { ...n.position, width: NODE_SIZE.width, height: measured.get(n.id) || NODE_SIZE.height },
    ]),
  );
  const labelled = flow.edges.flatMap((e) => {
    const source = boxes.get(e.source);
    const target = boxes.get(e.target);
    return source && target ? [{ id: e.id, source, target, label: e.label }] : [];
  });
  const spots = new Map<string, LabelSpot>();
  for (const spot of placeLabels(labelled, [...boxes.values()], direction))
    spots.set(spot.id, { t: spot.t, dy: spot.dy });
  return spots;
}
