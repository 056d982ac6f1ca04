/**
 * The canvas's React Flow nodes and edges, derived from the tree on every change. Unchanged nodes
 * and edges keep their objects, so only what an edit touches re-renders; drags are the only local
 * state.
 */
import { useReactFlow, useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { Direction } from '../model/layout';
import { NODE_SIZE } from '../model/nodeSize';
import type { MultiSelection } from '../model/selection';
import { toFlow, type FlowEdge, type FlowNode } from '../model/toFlow';
import type { TreeDocument } from '../model/document';
import type { StepNode } from '../canvas/nodes';
import type { AnswerEdgeType } from './AnswerEdge';
import { heightsOf, labelSpotsFor, type LabelSpot } from './canvasGeometry';
import { isLarge } from './editorStore';
import { StableList } from './stableFlow';
import { useEditorState } from './useEditorStore';
import { useFlowMarks } from './useFlowMarks';
import { useProblems } from './useProblems';

export type XY = { x: number; y: number };
type Flow = { nodes: FlowNode[]; edges: FlowEdge[] };

const LABEL_PADDING: [number, number] = [6, 3];
// NODE_SIZE is a node's size until React Flow has measured it. Large pathways mount only the
// nodes in view, so the others are never measured: with this size the overview still draws them
// and React Flow can tell when they come into view.

/**
 * Below this zoom the text on the canvas is too small to read (12 px shows under 4 px). On a
 * large pathway the canvas then leaves out answer labels and hides the text inside nodes (shape
 * and colour still tell the kinds apart): far fewer things to paint on every frame of a pan.
 */
export const READABLE_ZOOM = 0.35;
const readable = (s: ReactFlowState) => s.transform[2] >= READABLE_ZOOM;

export interface CanvasElements {
  nodes: StepNode[];
  edges: AnswerEdgeType[];
  /** A large pathway (`isLarge`): only what is in view is mounted, labels are not placed. */
  large: boolean;
  /** The zoom is at least `READABLE_ZOOM`. */
  zoomedIn: boolean;
  /** A large pathway zoomed out past reading: no answer labels, no text in nodes. */
  far: boolean;
  /** Where the nodes being dragged are, until the drop writes their positions into the tree. */
  setDragging: Dispatch<SetStateAction<Record<string, XY>>>;
}

export function useCanvasElements(doc: TreeDocument, auto: Record<string, XY>): CanvasElements {
  const picked = useEditorState((s) => s.picked);
  const direction = useEditorState((s) => s.direction);
  const problems = useProblems();
  const marks = useFlowMarks();
  const large = isLarge(doc);
  const zoomedIn = useFlowStore(readable);
  const far = large && !zoomedIn;
  const [dragging, setDragging] = useState<Record<string, XY>>({});
  const flow = useMemo(
    () => toFlow(doc.tree, auto, problems, direction, marks),
    [doc, auto, problems, direction, marks],
  );
  const nodes = useCanvasNodes(flow, dragging, picked);
  const edges = useCanvasEdges(flow, picked, { large, far, direction });
  return { nodes, edges, large, zoomedIn, far, setDragging };
}

function useCanvasNodes(
  flow: Flow,
  dragging: Record<string, XY>,
  picked: MultiSelection,
): StepNode[] {
  const { getInternalNode } = useReactFlow();
  const [stableNodes] = useState(() => new StableList<StepNode>());
  return useMemo(
    () =>
      stableNodes.keep(
        // Written out field by field: object spread is several times slower here, on every edit.
        flow.nodes.map((n) => ({
          id: n.id,
          type: n.type,
          data: n.data,
          position: dragging[n.id] ?? n.position,
          initialWidth: NODE_SIZE.width,
          initialHeight: NODE_SIZE.height,
          selected: picked.states.includes(n.id),
          ariaLabel: `${n.data.kind} ${n.id}: ${n.data.title}`,
        })),
        // A node given anew must carry the size React Flow measured, or it forgets it until it
        // measures again (the minimap draws nothing for it meanwhile).
        (n) => {
          const size = getInternalNode(n.id)?.measured;
          return size?.width !== undefined && size.height !== undefined
            ? { ...n, measured: { width: size.width, height: size.height } }
            : n;
        },
      ),
    [stableNodes, flow, dragging, picked, getInternalNode],
  );
}

function useCanvasEdges(
  flow: Flow,
  picked: MultiSelection,
  view: { large: boolean; far: boolean; direction: Direction },
): AnswerEdgeType[] {
  const { large, far, direction } = view;
  const [stableEdges] = useState(() => new StableList<AnswerEdgeType>());
  // Large pathways skip label placement (and labels, zoomed out): it grows with the tree.
  const heights = useFlowStore((s) => (large ? '' : heightsOf(s)));
  // Where each answer label sits on its edge, clear of the other labels and of the steps.
  const labelSpots = useMemo(
    () => (large ? new Map<string, LabelSpot>() : labelSpotsFor(flow, heights, direction)),
    [flow, heights, direction, large],
  );
  return useMemo(
    () =>
      stableEdges.keep(
        flow.edges.map((e) => {
          const spot = labelSpots.get(e.id);
          return {
            id: e.id,
            type: 'answer' as const,
            source: e.source,
            target: e.target,
            data: {
              event: e.data.event,
              index: e.data.index,
              vertical: direction === 'TB',
              ...(spot ? { labelT: spot.t, labelDy: spot.dy } : {}),
            },
            label: far ? undefined : e.label,
            selected: picked.answers.some((a) => a.state === e.source && a.event === e.data.event),
            labelBgPadding: LABEL_PADDING,
            labelBgBorderRadius: 4,
          };
        }),
      ),
    [stableEdges, flow, picked, far, labelSpots, direction],
  );
}
