import type { NodeTypes } from '@xyflow/react';
import { StepNodeMemo } from './nodes';

/** Module-level, so React Flow never sees a new object and never remounts the nodes. */
export const nodeTypes: NodeTypes = {
  question: StepNodeMemo,
  info: StepNodeMemo,
  recommendation: StepNodeMemo,
};
