import type { NodeTypes } from '@xyflow/react';
import { NODE_KINDS } from '../model/kinds';
import { StepNodeMemo } from './nodes';

/**
 * The node component of every kind (one component; the kind picks its shape and icon).
 * Module-level, so React Flow never sees a new object and never remounts the nodes.
 */
export const nodeTypes: NodeTypes = Object.fromEntries(
  NODE_KINDS.map((kind) => [kind, StepNodeMemo]),
);
