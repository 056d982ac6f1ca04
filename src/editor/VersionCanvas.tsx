import { Background, Controls, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { layoutTree } from '../model/layout';
import { toFlow } from '../model/toFlow';
import { Canvas } from './Canvas';
import { nodeTypes } from '../canvas/nodeTypes';
import { useReview, useReviewStore } from './reviewStore';
import { restoreVersion } from './versionActions';
import { useEditorState, useStore } from './useEditorStore';
import { useFlowMarks } from './useFlowMarks';

/** The editable canvas, or a version from History shown read-only in its place. */
export function CanvasOrVersion() {
  const viewing = useReview((s) => s.viewing);
  return viewing ? <VersionCanvas /> : <Canvas />;
}

/** A version drawn read-only: nothing can be moved, connected or deleted. */
function VersionCanvas() {
  const store = useStore();
  const review = useReviewStore();
  const viewing = useReview((s) => s.viewing);
  const auto = useEditorState((s) => s.autoPositions);
  const direction = useEditorState((s) => s.direction);
  const marks = useFlowMarks();
  const flow = useMemo(() => {
    if (!viewing) return { nodes: [], edges: [] };
    const tree = viewing.doc.tree;
    // Steps the draft has placed keep their places; the rest are laid out here (small, once).
    const placed = layoutTree(tree, { direction, only: 'missing' });
    return toFlow(tree, { ...placed, ...auto }, [], direction, marks);
  }, [viewing, auto, direction, marks]);
  if (!viewing) return null;
  return (
    <div className="version-view">
      <p className="version-banner" role="status">
        Viewing version <code>{viewing.label}</code>, read-only.{' '}
        <button
          type="button"
          className="small-button"
          onClick={() => {
            restoreVersion(store, review, viewing);
          }}
        >
          Restore this version
        </button>{' '}
        <button type="button" className="small-button" onClick={review.closeVersion}>
          Back to the draft
        </button>
      </p>
      <ReactFlow
        nodes={flow.nodes.map((n) => ({
          ...n,
          ariaLabel: `${n.data.kind} ${n.id}: ${n.data.title}`,
        }))}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        deleteKeyCode={null}
        fitView
        minZoom={0.05}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
