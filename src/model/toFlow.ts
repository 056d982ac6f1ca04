/**
 * Tree to graph: one node per state, one edge per answer. The editor and presenter draw these with
 * React Flow; the shapes match React Flow's `Node` and `Edge` without importing it, so the model
 * stays framework-free. The tree is the truth: this is recomputed from it, never edited.
 */
import { answersOf } from './graph';
import { KINDS, stepHeading } from './kinds';
import { hasOwn, own } from './own';
import type { NodeKind, Problem, StateNode, Tree } from './types';

export interface FlowNodeData extends Record<string, unknown> {
  kind: NodeKind;
  title: string;
  initial: boolean;
  /** Number of "do not do" items on a recommendation. */
  doNot: number;
  /** A recommendation the author tagged `do-not`: its point is what to avoid, so it stands out. */
  avoid: boolean;
  doses: number;
  answers: number;
  problems: number;
  /** Layout direction: handles sit top/bottom when vertical, left/right otherwise. */
  vertical: boolean;
  /** Open reviewer comments on this step. */
  comments: number;
  /** Marked as changed by the diff shown in the History panel. */
  changed: boolean;
}

/** Review marks laid over the graph: open comments per step, steps a diff changed. */
export interface FlowMarks {
  comments?: ReadonlyMap<string, number>;
  changed?: ReadonlySet<string>;
}

/** The state tag that marks a recommendation whose point is what not to do. */
export const DO_NOT_TAG = 'do-not';

export interface FlowNode {
  id: string;
  type: NodeKind;
  position: { x: number; y: number };
  data: FlowNodeData;
}

export interface FlowEdgeData extends Record<string, unknown> {
  event: string;
  index: number;
}

export interface FlowEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  data: FlowEdgeData;
}

/** A state's heading (the registry's heading rule: a question's prompt, any other's title). */
export function nodeTitle(node: StateNode): string {
  return stepHeading(node.meta);
}

export function edgeId(source: string, event: string): string {
  return `${source}.${event}`;
}

function nodeData(
  tree: Tree,
  key: string,
  node: StateNode,
  problems: number,
  vertical: boolean,
  marks: FlowMarks = {},
): FlowNodeData {
  const meta = node.meta;
  return {
    kind: meta.kind,
    title: nodeTitle(node),
    initial: tree.initial === key,
    doNot: 'doNot' in meta ? (meta.doNot?.length ?? 0) : 0,
    avoid: KINDS[meta.kind].final && (node.tags?.includes(DO_NOT_TAG) ?? false),
    doses: 'doses' in meta ? (meta.doses?.length ?? 0) : 0,
    answers: Object.keys(node.on ?? {}).length,
    problems,
    vertical,
    comments: marks.comments?.get(key) ?? 0,
    changed: marks.changed?.has(key) ?? false,
  };
}

/**
 * Nodes and edges for a tree. `positions` supplies places for states without `meta.ui` (from the
 * automatic layout); states with neither sit at the origin until the layout arrives.
 */
export function toFlow(
  tree: Tree,
  positions: Record<string, { x: number; y: number }> = {},
  problems: readonly Problem[] = [],
  direction: 'TB' | 'LR' = 'TB',
  marks: FlowMarks = {},
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const problemCount = new Map<string, number>();
  for (const p of problems)
    if (p.state) problemCount.set(p.state, (problemCount.get(p.state) ?? 0) + 1);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  for (const [key, node] of Object.entries(tree.states)) {
    const position = node.meta.ui ?? own(positions, key) ?? { x: 0, y: 0 };
    nodes.push({
      id: key,
      type: node.meta.kind,
      position,
      data: nodeData(tree, key, node, problemCount.get(key) ?? 0, direction === 'TB', marks),
    });
    answersOf(node).forEach((answer, index) => {
      if (!hasOwn(tree.states, answer.target)) return;
      edges.push({
        id: edgeId(key, answer.event),
        source: key,
        target: answer.target,
        label: answer.label,
        data: { event: answer.event, index },
      });
    });
  }
  return { nodes, edges };
}
