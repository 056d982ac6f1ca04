import {
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  type Edge,
  type NodeChange,
} from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { NODE_SIZE } from '../model/nodeSize';
import { presentation } from '../model/presentation';
import { toFlow } from '../model/toFlow';
import type { Tree } from '../model/types';
import { nodeTypes } from '../canvas/nodeTypes';
import type { StepNode } from '../canvas/nodes';

interface Props {
  tree: Tree;
  positions: Record<string, { x: number; y: number }>;
  visited: string[];
  answers: string[];
  reveal: boolean;
  onAnswer: (event: string) => void;
}

/** The read-only graph beside the walk: current step, path taken and open answers lit up. */
export function PresenterGraph({ tree, positions, visited, answers, reveal, onAnswer }: Props) {
  const { setCenter, getZoom } = useReactFlow();
  const [measured, setMeasured] = useState<Record<string, { width: number; height: number }>>({});
  const flow = useMemo(() => toFlow(tree, positions), [tree, positions]);
  const lit = useMemo(
    () => presentation(tree, visited, answers, reveal),
    [tree, visited, answers, reveal],
  );
  const current = visited[visited.length - 1];

  const nodes: StepNode[] = useMemo(
    () =>
      flow.nodes.map((n) => {
        const status = lit.nodes.get(n.id) ?? 'unreached';
        const concealed = lit.concealed.has(n.id);
        return {
          ...n,
          data: concealed
            ? { ...n.data, title: '?', doNot: 0, doses: 0, problems: 0, avoid: false }
            : n.data,
          className: `status-${status}${concealed ? ' is-concealed' : ''}`,
          ariaLabel: concealed ? 'A step not reached yet' : `${n.data.kind}: ${n.data.title}`,
          domAttributes: status === 'current' ? { 'aria-current': 'step' as const } : {},
          draggable: false,
          connectable: false,
          ...(measured[n.id] ? { measured: measured[n.id] } : {}),
        };
      }),
    [flow, lit, measured],
  );
  const edges: Edge[] = useMemo(
    () =>
      flow.edges.map((e) => {
        const status = lit.edges.get(e.id) ?? 'other';
        const hideLabel =
          status === 'other' && (lit.concealed.has(e.source) || lit.concealed.has(e.target));
        return {
          ...e,
          label: hideLabel ? undefined : e.label,
          className: `edge-${status}`,
          animated: status === 'available',
          selectable: status === 'available',
          focusable: status === 'available',
          ariaLabel: status === 'available' ? `Answer: ${e.label}` : undefined,
        };
      }),
    [flow, lit],
  );

  useEffect(() => {
    if (current === undefined) return;
    const node = nodes.find((n) => n.id === current);
    if (!node) return;
    const size = measured[current] ?? NODE_SIZE;
    void setCenter(node.position.x + size.width / 2, node.position.y + size.height / 2, {
      zoom: Math.max(getZoom(), 0.9),
      duration: 600,
    });
    // Follow the current step only when it changes, not on every re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, Object.keys(measured).length > 0]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={(changes: NodeChange<StepNode>[]) => {
        const sizes: Record<string, { width: number; height: number }> = {};
        for (const c of changes)
          if (c.type === 'dimensions' && c.dimensions) sizes[c.id] = c.dimensions;
        if (Object.keys(sizes).length > 0) setMeasured((m) => ({ ...m, ...sizes }));
      }}
      onEdgeClick={(_event, edge) => {
        if (lit.edges.get(edge.id) === 'available' && edge.source === current)
          onAnswer(String(edge.data?.event));
      }}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      deleteKeyCode={null}
      minZoom={0.1}
      fitView
    >
      <Background gap={24} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}
