import { changeKind } from '../model/changeKind';
import { onTree } from '../model/document';
import type { NodeKind } from '../model/types';
import { useStore } from './useEditorStore';

const KIND_LABELS: Record<NodeKind, string> = {
  question: 'Question',
  info: 'Info step',
  plan: 'Plan step',
  recommendation: 'Recommendation',
};

/**
 * Changes a step's kind, keeping what fits (model/changeKind.ts): its heading, its text, its
 * place; one undo step takes it back, answers included.
 */
export function KindPicker({ stateKey, kind }: { stateKey: string; kind: NodeKind }) {
  const store = useStore();
  return (
    <div className="field kind-picker">
      <label htmlFor="step-kind">Kind</label>
      <select
        id="step-kind"
        value={kind}
        onChange={(e) => {
          store.apply(onTree(changeKind(stateKey, e.target.value as NodeKind)), 'Change kind');
        }}
      >
        {(Object.keys(KIND_LABELS) as NodeKind[]).map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
    </div>
  );
}
