import {
  BaseEdge,
  EdgeLabelRenderer,
  Handle,
  Position,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { memo } from 'react';
import type { EdgeStatus, NodeStatus } from '../model/presentation';
import type { Box } from '../model/presentationLayout';
import type { NodeKind } from '../model/types';

export interface PresenterStepData extends Record<string, unknown> {
  kind: NodeKind;
  title: string;
  status: NodeStatus;
  width: number;
  height: number;
}

export interface PresenterEdgeData extends Record<string, unknown> {
  event: string;
  label: string;
  status: EdgeStatus;
  /** The lesson's answer, revealed on this beat. */
  scripted: boolean;
  box: Box;
  points: { x: number; y: number }[];
  onAnswer?: (event: string) => void;
}

export type PresenterStep = Node<PresenterStepData, 'step'>;
export type PresenterEdge = Edge<PresenterEdgeData, 'answer'>;

const KIND = {
  question: { icon: '?', name: 'Question' },
  info: { icon: 'i', name: 'Info step' },
  plan: { icon: '+', name: 'Plan step' },
  recommendation: { icon: '✓', name: 'Recommendation' },
} as const;

/** A step as the hall sees it: its kind as a shape and word for screen readers, its title large. */
function StepView({ data }: NodeProps<PresenterStep>) {
  const kind = KIND[data.kind];
  return (
    <div
      className={`present-step present-step-${data.kind} present-${data.status}`}
      style={{ width: data.width, minHeight: data.height }}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <span className="present-step-icon" aria-hidden="true">
        {kind.icon}
      </span>{' '}
      <span className="visually-hidden">{kind.name}: </span>
      <span className="present-step-title">{data.title}</span>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

/** Smooth path through dagre's route points (quadratic curves through the midpoints). */
function routePath(points: readonly { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i] as { x: number; y: number };
    const q = rest[i + 1] as { x: number; y: number };
    d += ` Q ${p.x} ${p.y} ${(p.x + q.x) / 2} ${(p.y + q.y) / 2}`;
  }
  const last = rest[rest.length - 1];
  if (last) d += ` L ${last.x} ${last.y}`;
  return d;
}

/** An answer: the route dagre gave it and its label in the box dagre kept free for it. */
function AnswerEdgeView({ id, data, markerEnd }: EdgeProps<PresenterEdge>) {
  if (!data) return null;
  const { box, status } = data;
  const open = status === 'available' && data.onAnswer !== undefined;
  const className = `present-label present-label-${status}${data.scripted ? ' is-scripted' : ''}`;
  const style = {
    width: box.width,
    minHeight: box.height,
    transform: `translate(${box.x}px, ${box.y}px)`,
  };
  return (
    <>
      <BaseEdge id={id} path={routePath(data.points)} markerEnd={markerEnd} />
      <EdgeLabelRenderer>
        {open ? (
          <button
            type="button"
            className={`${className} nodrag nopan`}
            style={style}
            data-edge={id}
            onClick={() => data.onAnswer?.(data.event)}
          >
            {data.scripted && <span className="visually-hidden">The case answers: </span>}
            {data.label}
          </button>
        ) : (
          <div className={className} style={style} data-edge={id}>
            {data.scripted && <span className="visually-hidden">The case answers: </span>}
            {data.label}
          </div>
        )}
      </EdgeLabelRenderer>
    </>
  );
}

/** Module-level, so React Flow never sees new objects and never remounts. */
export const presenterNodeTypes = { step: memo(StepView) };
export const presenterEdgeTypes = { answer: memo(AnswerEdgeView) };
