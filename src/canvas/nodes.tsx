import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import './nodes.css';
import type { FlowNodeData } from '../model/toFlow';

export type StepNode = Node<FlowNodeData>;

const KIND_LABEL = {
  plan: 'Plan step',
  question: 'Question',
  info: 'Info step',
  recommendation: 'Recommendation',
} as const;

function Icon({ kind, doNot }: { kind: FlowNodeData['kind']; doNot: boolean }) {
  // Shapes differ by kind (not colour alone): a "?" diamond, an "i" circle, a check or no-entry square.
  if (kind === 'question')
    return (
      <span className="node-icon icon-question" aria-hidden="true">
        ?
      </span>
    );
  if (kind === 'info')
    return (
      <span className="node-icon icon-info" aria-hidden="true">
        i
      </span>
    );
  return (
    <span
      className={`node-icon icon-recommendation${doNot ? ' icon-do-not' : ''}`}
      aria-hidden="true"
    >
      {doNot ? '!' : '✓'}
    </span>
  );
}

function StepNodeView({ data, selected }: NodeProps<StepNode>) {
  const doNot = data.avoid;
  const [into, out] = data.vertical
    ? [Position.Top, Position.Bottom]
    : [Position.Left, Position.Right];
  const classes = [
    'step-node',
    `step-node-${data.kind}`,
    selected ? 'is-selected' : '',
    doNot ? 'has-do-not' : '',
    data.problems > 0 ? 'has-problems' : '',
  ];
  return (
    <div className={classes.join(' ')}>
      {!data.initial && <Handle type="target" position={into} />}
      <div className="step-node-head">
        <Icon kind={data.kind} doNot={doNot} />
        <span className="step-node-kind">
          {data.initial ? `Start · ${KIND_LABEL[data.kind]}` : KIND_LABEL[data.kind]}
        </span>
        {data.problems > 0 && (
          <span className="step-node-problems" title={`${data.problems} problem(s)`}>
            ⚠ {data.problems}
          </span>
        )}
      </div>
      <div className="step-node-title">{data.title}</div>
      {data.kind === 'recommendation' && (data.doses > 0 || data.doNot > 0) && (
        <div className="step-node-tags">
          {data.doses > 0 && <span>{data.doses} dose(s)</span>}
          {data.doNot > 0 && <span className="tag-do-not">✕ {data.doNot} do-not</span>}
        </div>
      )}
      {data.kind !== 'recommendation' && <Handle type="source" position={out} />}
    </div>
  );
}

export const StepNodeMemo = memo(StepNodeView);
