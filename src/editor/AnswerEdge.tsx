import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { pointOnEdge } from '../model/edgeLabels';

/** What the canvas gives an answer's edge: the answer, and where along the curve its label sits. */
export interface AnswerEdgeData extends Record<string, unknown> {
  event: string;
  index: number;
  /** 0 to 1 along the curve (model/edgeLabels.ts); the middle when absent. */
  labelT?: number;
  /** Lifted or dropped off the curve by this many px, when answers share one. */
  labelDy?: number;
  vertical: boolean;
}

export type AnswerEdgeType = Edge<AnswerEdgeData, 'answer'>;

/**
 * React Flow's Bézier edge with its label placed by `placeLabels` instead of always at the
 * middle, where the labels of one question's answers meet and overlap.
 */
export function AnswerEdge(props: EdgeProps<AnswerEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const at = pointOnEdge(
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
    data?.vertical === false ? 'LR' : 'TB',
    data?.labelT ?? 0.5,
  );
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={props.markerEnd}
      style={props.style}
      interactionWidth={props.interactionWidth}
      label={props.label}
      labelX={at.x}
      labelY={at.y + (data?.labelDy ?? 0)}
      labelStyle={props.labelStyle}
      labelShowBg={props.labelShowBg}
      labelBgStyle={props.labelBgStyle}
      labelBgPadding={props.labelBgPadding}
      labelBgBorderRadius={props.labelBgBorderRadius}
    />
  );
}

export const edgeTypes = { answer: AnswerEdge };
