import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
  type EdgeChange,
  type EdgeMouseHandler,
  type NodeChange,
  type OnBeforeDelete,
  type OnConnect,
  type OnConnectEnd,
  type OnNodeDrag,
  type ReactFlowState,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { setPosition } from '../model/edits';
import { NODE_SIZE } from '../model/nodeSize';
import type { AnswerRef } from '../model/selection';
import { toFlow } from '../model/toFlow';
import { edgeTypes, type AnswerEdgeType } from './AnswerEdge';
import { deleteNow, deleteQuestion } from './authoring';
import { confirmInApp } from './ConfirmDialog';
import { addAnswer, addNode } from './editActions';
import {
  cornerFor,
  heightsOf,
  labelSpotsFor,
  MULTI_SELECT_KEYS,
  splitEdgeId,
  type LabelSpot,
} from './canvasGeometry';
import { needsLayout } from './layoutActions';
import { kindLook } from '../canvas/kindLook';
import { nodeTypes } from '../canvas/nodeTypes';
import { Overview } from './Overview';
import type { StepNode } from '../canvas/nodes';
import { StableList } from './stableFlow';
import { useEditorState, useStore } from './useEditorStore';
import { isLarge } from './editorStore';
import { useProblems } from './useProblems';
import { useFlowMarks } from './useFlowMarks';

type XY = { x: number; y: number };

const minimapColour = (n: StepNode) => kindLook(n.data.kind).colour;
const PRO_OPTIONS = { hideAttribution: false };
const DELETE_KEYS = ['Delete', 'Backspace'];
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

/** The React Flow canvas. Nodes and edges are derived from the tree; drags are the only local state. */
export function Canvas() {
  const store = useStore();
  const doc = useEditorState((s) => s.history.doc);
  const auto = useEditorState((s) => s.autoPositions);
  const selection = useEditorState((s) => s.selection);
  const picked = useEditorState((s) => s.picked);
  const direction = useEditorState((s) => s.direction);
  const problems = useProblems();
  const marks = useFlowMarks();
  const large = isLarge(doc);
  const zoomedIn = useFlowStore(readable);
  const far = large && !zoomedIn;
  const { screenToFlowPosition, getInternalNode } = useReactFlow();
  const [dragging, setDragging] = useState<Record<string, XY>>({});
  // Unchanged nodes and edges keep their objects, so only what an edit touches re-renders.
  const [stableNodes] = useState(() => new StableList<StepNode>());
  const [stableEdges] = useState(() => new StableList<AnswerEdgeType>());
  const edited = selection?.kind === 'state' ? selection.id : undefined;
  const corner = useFlowStore((s) => cornerFor(s, edited));
  // Large pathways skip label placement (and labels, zoomed out): it grows with the tree.
  const heights = useFlowStore((s) => (large ? '' : heightsOf(s)));

  const flow = useMemo(
    () => toFlow(doc.tree, auto, problems, direction, marks),
    [doc, auto, problems, direction, marks],
  );
  const nodes: StepNode[] = useMemo(
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
  // Where each answer label sits on its edge, clear of the other labels and of the steps.
  const labelSpots = useMemo(
    () => (large ? new Map<string, LabelSpot>() : labelSpotsFor(flow, heights, direction)),
    [flow, heights, direction, large],
  );
  const edges: AnswerEdgeType[] = useMemo(
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

  const onNodesChange = useCallback(
    (changes: NodeChange<StepNode>[]) => {
      // Measured sizes stay inside React Flow (see `nodes`): re-deriving every node whenever nodes
      // scroll into view and get measured would cost a frame or more on a large pathway.
      const moving: Record<string, XY> = {};
      const chosen = new Set(store.getState().picked.states);
      let selecting = false;
      for (const change of changes) {
        if (change.type === 'position' && change.dragging && change.position)
          moving[change.id] = change.position;
        if (change.type === 'select') {
          selecting = true;
          if (change.selected) chosen.add(change.id);
          else chosen.delete(change.id);
        }
      }
      if (Object.keys(moving).length > 0) setDragging((d) => ({ ...d, ...moving }));
      // Clicks, Shift/Ctrl-clicks and box selection all arrive as select changes.
      if (selecting) store.pick({ ...store.getState().picked, states: [...chosen] });
    },
    [store],
  );

  const onNodeDragStop: OnNodeDrag<StepNode> = useCallback(
    (_event, _node, moved) => {
      store.apply((draft) => {
        for (const n of moved) setPosition(n.id, n.position.x, n.position.y)(draft.tree);
      }, 'Move');
      setDragging({});
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<AnswerEdgeType>[]) => {
      const { picked: now } = store.getState();
      let answers: AnswerRef[] = [...now.answers];
      let selecting = false;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selecting = true;
        const [state, event] = splitEdgeId(store.doc.tree, change.id);
        answers = answers.filter((a) => a.state !== state || a.event !== event);
        if (change.selected) answers.push({ state, event });
      }
      if (selecting) store.pick({ ...store.getState().picked, answers });
    },
    [store],
  );

  const onEdgeClick: EdgeMouseHandler = useCallback(
    (event, edge) => {
      // A plain click selects just this answer; with a multi-select key, onEdgesChange adds it.
      if (event.shiftKey || event.ctrlKey || event.metaKey) return;
      store.select({ kind: 'answer', state: edge.source, event: String(edge.data?.event) });
    },
    [store],
  );

  const onPaneClick = useCallback(() => {
    store.select(null);
  }, [store]);

  const onConnect: OnConnect = useCallback(
    (connection) => {
      addAnswer(store, connection.source, connection.target);
    },
    [store],
  );

  // Dropping a new connection on empty canvas creates the next step, already connected.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      if (state.isValid || !state.fromNode || state.toNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const at = screenToFlowPosition({ x: point.clientX, y: point.clientY });
      addNode(store, 'question', { x: at.x - NODE_SIZE.width / 2, y: at.y }, state.fromNode.id);
    },
    [store, screenToFlowPosition],
  );

  // Delete asks in the app's own dialog, naming steps by prompt or title, only when steps
  // would be cut off; then the whole selection goes in one undo step.
  const onBeforeDelete: OnBeforeDelete<StepNode, AnswerEdgeType> = useCallback(
    async ({ nodes: goneNodes, edges: goneEdges }) => {
      const selection = {
        states: goneNodes.map((n) => n.id),
        answers: goneEdges.map((e) => ({ state: e.source, event: String(e.data?.event) })),
      };
      const question = deleteQuestion(store, selection);
      if (question === null || (await confirmInApp(question))) deleteNow(store, selection);
      return false;
    },
    [store],
  );

  // Mount the canvas once every step has a place, so the first fit frames the whole pathway.
  if (needsLayout(doc.tree, auto)) {
    return (
      <p className="loading canvas-loading" role="status">
        Laying out the pathway…
      </p>
    );
  }

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      onNodeDragStop={onNodeDragStop}
      onEdgeClick={onEdgeClick}
      onPaneClick={onPaneClick}
      onConnect={onConnect}
      onConnectEnd={onConnectEnd}
      onBeforeDelete={onBeforeDelete}
      deleteKeyCode={DELETE_KEYS}
      // Large pathways: mount only the nodes and edges in view (React Flow's advice past a few
      // hundred); small ones keep everything mounted, which costs less than tracking the view.
      onlyRenderVisibleElements={large}
      className={far ? 'is-far' : undefined}
      fitView
      minZoom={0.05}
      proOptions={PRO_OPTIONS}
    >
      {/* Below READABLE_ZOOM the dot grid packs a dot every few pixels: noise to read and, redrawn
          on every frame of a pan, the largest single thing to paint. */}
      {zoomedIn && <Background gap={24} />}
      <Controls showInteractive={false} />
      {large ? (
        <Overview nodes={nodes} colourOf={minimapColour} size={NODE_SIZE} position={corner} />
      ) : (
        <MiniMap
          position={corner}
          pannable
          zoomable
          nodeStrokeWidth={3}
          nodeColor={minimapColour}
          ariaLabel="Overview of the pathway"
        />
      )}
    </ReactFlow>
  );
}
