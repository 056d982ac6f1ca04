import { Background, Controls, MiniMap, ReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { NODE_SIZE } from '../model/nodeSize';
import { edgeTypes } from './AnswerEdge';
import { cornerFor, MULTI_SELECT_KEYS } from './canvasGeometry';
import { needsLayout } from './layoutActions';
import { kindLook } from '../canvas/kindLook';
import { nodeTypes } from '../canvas/nodeTypes';
import { Overview } from './Overview';
import type { StepNode } from '../canvas/nodes';
import { useCanvasElements } from './useCanvasElements';
import { useAuthoringHandlers, useSelectionHandlers } from './useCanvasHandlers';
import { useEditorState } from './useEditorStore';

const minimapColour = (n: StepNode) => kindLook(n.data.kind).colour;
const PRO_OPTIONS = { hideAttribution: false };
const DELETE_KEYS = ['Delete', 'Backspace'];

/** The React Flow canvas. Nodes and edges are derived from the tree; drags are the only local state. */
export function Canvas() {
  const doc = useEditorState((s) => s.history.doc);
  const auto = useEditorState((s) => s.autoPositions);
  const selection = useEditorState((s) => s.selection);
  const { nodes, edges, large, zoomedIn, far, setDragging } = useCanvasElements(doc, auto);
  const edited = selection?.kind === 'state' ? selection.id : undefined;
  const corner = useFlowStore((s) => cornerFor(s, edited));
  const selecting = useSelectionHandlers(setDragging);
  const authoring = useAuthoringHandlers();

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
      onNodesChange={selecting.onNodesChange}
      onEdgesChange={selecting.onEdgesChange}
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      onNodeDragStop={selecting.onNodeDragStop}
      onEdgeClick={selecting.onEdgeClick}
      onPaneClick={selecting.onPaneClick}
      onConnect={authoring.onConnect}
      onConnectEnd={authoring.onConnectEnd}
      onBeforeDelete={authoring.onBeforeDelete}
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
