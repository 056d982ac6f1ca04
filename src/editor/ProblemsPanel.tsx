import { useReactFlow } from '@xyflow/react';
import { useStore } from './useEditorStore';
import { useProblems } from './useProblems';

/** The live validator's problems; choosing one selects and centres its step. */
export function ProblemsPanel() {
  const store = useStore();
  const problems = useProblems();
  const { fitView } = useReactFlow();
  if (problems.length === 0)
    return <p className="ok-line">No problems: the validator is satisfied.</p>;
  return (
    <ul className="problem-list" aria-label="Problems">
      {problems.map((p, i) => (
        <li key={i}>
          {p.state ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (!p.state) return;
                store.select({ kind: 'state', id: p.state });
                void fitView({ nodes: [{ id: p.state }], duration: 300, maxZoom: 1.2 });
              }}
            >
              <code>{p.path}</code>
            </button>
          ) : (
            <code>{p.file === 'scenarios' ? `scenarios ${p.path}` : p.path || 'file'}</code>
          )}{' '}
          {p.message}
        </li>
      ))}
    </ul>
  );
}
