import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import './nodes.css';
import { KINDS } from '../model/kinds';
import type { FlowNodeData } from '../model/toFlow';
import { kindLook } from './kindLook';

export type StepNode = Node<FlowNodeData>;

function Icon({ kind, doNot }: { kind: FlowNodeData['kind']; doNot: boolean }) {
  // Shapes differ by kind (not colour alone): a "?" diamond, an "i" circle, a "+" hexagon, a
  // check or no-entry square.
  const look = kindLook(kind);
  return (
    <span
      className={`node-icon ${look.iconClass}${doNot ? ' icon-do-not' : ''}`}
      aria-hidden="true"
    >
      {doNot ? '!' : look.glyph}
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
    data.changed ? 'is-changed' : '',
  ];
  return (
    <div className={classes.join(' ')}>
      {!data.initial && <Handle type="target" position={into} />}
      <div className="step-node-head">
        <Icon kind={data.kind} doNot={doNot} />
        <span className="step-node-kind">
          {data.initial ? `Start · ${KINDS[data.kind].label}` : KINDS[data.kind].label}
        </span>
        {data.problems > 0 && (
          <span className="step-node-problems" title={`${data.problems} problem(s)`}>
            ⚠ {data.problems}
          </span>
        )}
        {data.comments > 0 && (
          <span className="step-node-comments" title={`${data.comments} open comment(s)`}>
            {data.comments === 1 ? '1 comment' : `${data.comments} comments`}
          </span>
        )}
        {data.changed && <span className="step-node-changed">changed</span>}
      </div>
      <div className="step-node-title">{data.title}</div>
      {KINDS[data.kind].clinical && (data.doses > 0 || data.doNot > 0) && (
        <div className="step-node-tags">
          {data.doses > 0 && <span>{data.doses} dose(s)</span>}
          {data.doNot > 0 && <span className="tag-do-not">✕ {data.doNot} do-not</span>}
        </div>
      )}
      {!KINDS[data.kind].final && <Handle type="source" position={out} />}
    </div>
  );
}

export const StepNodeMemo = memo(StepNodeView);
