import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Edge,
  type NodeChange,
  type OnBeforeDelete,
  type OnConnect,
  type OnConnectEnd,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { setPosition } from '../model/edits';
import { toFlow } from '../model/toFlow';
import { addAnswer, addNode, deleteElements, wouldOrphan } from './editActions';
import { needsLayout } from './layoutActions';
import { nodeTypes } from './nodeTypes';
import type { StepNode } from './nodes';
import { useEditorState, useStore } from './useEditorStore';

type XY = { x: number; y: number };

const MINIMAP_COLOURS: Record<string, string> = {
  question: '#0b5cad',
  info: '#51606f',
  recommendation: '#1d6b35',
};

/** The React Flow canvas. Nodes and edges are derived from the tree; drags are the only local state. */
export function Canvas() {
  const store = useStore();
  const doc = useEditorState((s) => s.history.doc);
  const auto = useEditorState((s) => s.autoPositions);
  const selection = useEditorState((s) => s.selection);
  const direction = useEditorState((s) => s.direction);
  const { screenToFlowPosition } = useReactFlow();
  const [dragging, setDragging] = useState<Record<string, XY>>({});
  // Sizes React Flow measured; controlled nodes must carry them back (the minimap needs them).
  const [measured, setMeasured] = useState<Record<string, { width: number; height: number }>>({});

  const flow = useMemo(
    () => toFlow(doc.tree, auto, store.problems(), direction),
    [doc, auto, direction, store],
  );
  const nodes: StepNode[] = useMemo(
    () =>
      flow.nodes.map((n) => ({
        ...n,
        position: dragging[n.id] ?? n.position,
        ...(measured[n.id] ? { measured: measured[n.id] } : {}),
        selected: selection?.kind === 'state' && selection.id === n.id,
        ariaLabel: `${n.data.kind} ${n.id}: ${n.data.title}`,
      })),
    [flow, dragging, measured, selection],
  );
  const edges: Edge[] = useMemo(
    () =>
      flow.edges.map((e) => ({
        ...e,
        selected:
          selection?.kind === 'answer' &&
          selection.state === e.source &&
          selection.event === e.data.event,
        labelBgPadding: [6, 3] as [number, number],
        labelBgBorderRadius: 4,
      })),
    [flow, selection],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<StepNode>[]) => {
      const moving: Record<string, XY> = {};
      const sizes: Record<string, { width: number; height: number }> = {};
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions) sizes[change.id] = change.dimensions;
        if (change.type === 'position' && change.dragging && change.position)
          moving[change.id] = change.position;
        if (change.type === 'select' && change.selected)
          store.select({ kind: 'state', id: change.id });
      }
      if (Object.keys(moving).length > 0) setDragging((d) => ({ ...d, ...moving }));
      if (Object.keys(sizes).length > 0) setMeasured((m) => ({ ...m, ...sizes }));
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
      addNode(store, 'question', at, state.fromNode.id);
    },
    [store, screenToFlowPosition],
  );

  const onBeforeDelete: OnBeforeDelete<StepNode> = useCallback(
    ({ nodes: goneNodes, edges: goneEdges }) => {
      const states = goneNodes.map((n) => n.id);
      const answers = goneEdges.map((e) => ({ state: e.source, event: String(e.data?.event) }));
      const orphans = wouldOrphan(store.doc.tree, states, answers);
      const ask = `Deleting this leaves ${orphans.length} step(s) unreachable: ${orphans.join(', ')}. Delete anyway? (Undo brings it back.)`;
      if (orphans.length === 0 || window.confirm(ask)) {
        if (deleteElements(store, states, answers)) store.select(null);
      }
      return Promise.resolve(false);
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
      onNodesChange={onNodesChange}
      onNodeDragStop={onNodeDragStop}
      onEdgeClick={(_e, edge) => {
        store.select({ kind: 'answer', state: edge.source, event: String(edge.data?.event) });
      }}
      onPaneClick={() => {
        store.select(null);
      }}
      onConnect={onConnect}
      onConnectEnd={onConnectEnd}
      onBeforeDelete={onBeforeDelete}
      deleteKeyCode={['Delete', 'Backspace']}
      fitView
      minZoom={0.05}
      proOptions={{ hideAttribution: false }}
    >
      <Background gap={24} />
      <Controls showInteractive={false} />
      <MiniMap
        pannable
        zoomable
        nodeStrokeWidth={3}
        nodeColor={(n) => MINIMAP_COLOURS[n.type ?? 'question'] ?? '#51606f'}
        ariaLabel="Overview of the pathway"
      />
    </ReactFlow>
  );
}
