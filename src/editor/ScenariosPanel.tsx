import { useReactFlow } from '@xyflow/react';
import { addScenario, removeScenario, updateScenario } from '../model/document';
import { KINDS } from '../model/kinds';
import { runScenario, shortestAnswersTo } from '../model/scenarios';
import { TextField } from './fields';
import { useEditorState, useStore } from './useEditorStore';

/** Stored scenarios, run live: pass or fail, and where a failing one breaks. */
export function ScenariosPanel() {
  const store = useStore();
  const doc = useEditorState((s) => s.history.doc);
  const selection = useEditorState((s) => s.selection);
  const { fitView } = useReactFlow();
  const selected = selection?.kind === 'state' ? selection.id : undefined;
  const selectedKind = selected === undefined ? undefined : doc.tree.states[selected]?.meta.kind;
  const selectedIsRecommendation = selectedKind !== undefined && KINDS[selectedKind].final;
  const selectedPlan = selectedKind === 'plan' ? selected : undefined;
  const setPlan = (id: string, plan: string[]) =>
    store.apply(
      updateScenario(id, { plan: plan.length > 0 ? plan : undefined }),
      'Edit scenario plan',
    );
  const add = () => {
    if (!selected) return;
    const answers = shortestAnswersTo(doc.tree, selected);
    if (!answers) {
      store.setMessage(`No path from the first step reaches “${selected}” yet.`);
      return;
    }
    let n = doc.scenarios.length + 1;
    while (doc.scenarios.some((s) => s.id === `scenario-${n}`)) n++;
    store.apply(
      addScenario({
        id: `scenario-${n}`,
        title: `Reaches ${selected}`,
        case: 'Describe the patient.',
        answers,
        expect: selected,
      }),
      'Add scenario',
    );
  };
  const focus = (state: string) => {
    store.select({ kind: 'state', id: state });
    void fitView({ nodes: [{ id: state }], duration: 300, maxZoom: 1.2 });
  };
  return (
    <div className="scenarios-panel">
      <button
        type="button"
        className="small-button"
        disabled={!selectedIsRecommendation}
        onClick={add}
      >
        Add scenario ending at the selected recommendation
      </button>
      <ul className="scenario-list">
        {doc.scenarios.map((scenario) => {
          const run = runScenario(doc.tree, scenario);
          const breaksAt = run.visited[run.visited.length - 1];
          return (
            <li key={scenario.id} className={run.passed ? 'pass' : 'fail'}>
              <p className="scenario-status">
                <strong>{run.passed ? '✓ Pass' : '✕ Fail'}</strong> {scenario.title}
              </p>
              {scenario.plan && scenario.plan.length > 0 && (
                <ul className="scenario-plan" aria-label="Plan steps this walk must pass">
                  {scenario.plan.map((key) => {
                    const passed = run.visited.includes(key);
                    return (
                      <li key={key} className={passed ? 'pass' : 'fail'}>
                        {passed ? '✓' : '✕'} plan step{' '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => {
                            focus(key);
                          }}
                        >
                          {key}
                        </button>
                        {passed ? ' passed' : ' not passed'}{' '}
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Stop requiring ${key}`}
                          onClick={() => {
                            setPlan(
                              scenario.id,
                              (scenario.plan ?? []).filter((k) => k !== key),
                            );
                          }}
                        >
                          (remove)
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
              {!run.passed && breaksAt && (
                <p>
                  Breaks at{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      focus(breaksAt);
                    }}
                  >
                    {breaksAt}
                  </button>
                  : {run.message}
                </p>
              )}
              <details>
                <summary>Edit scenario</summary>
                <TextField
                  label="Title"
                  value={scenario.title}
                  onChange={(v) =>
                    store.apply(
                      updateScenario(scenario.id, { title: v ?? '' }),
                      'Edit scenario',
                      `scenario:${scenario.id}:title`,
                    )
                  }
                />
                <TextField
                  label="Case"
                  multiline
                  value={scenario.case}
                  onChange={(v) =>
                    store.apply(
                      updateScenario(scenario.id, { case: v ?? '' }),
                      'Edit scenario',
                      `scenario:${scenario.id}:case`,
                    )
                  }
                />
                <p className="hint">
                  Answers: <code>{scenario.answers.join(' → ') || '(none)'}</code>, expected:{' '}
                  <code>{scenario.expect}</code>
                </p>
                {selectedPlan !== undefined && !(scenario.plan ?? []).includes(selectedPlan) && (
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => {
                      setPlan(scenario.id, [...(scenario.plan ?? []), selectedPlan]);
                    }}
                  >
                    Require the selected plan step
                  </button>
                )}
                <button
                  type="button"
                  className="small-button danger"
                  onClick={() => store.apply(removeScenario(scenario.id), 'Delete scenario')}
                >
                  Delete scenario
                </button>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
