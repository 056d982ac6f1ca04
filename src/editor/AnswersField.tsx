import { onTree } from '../model/document';
import { disconnect, relabel, reorderAnswer, retarget } from '../model/edits';
import { nodeTitle } from '../model/toFlow';
import type { Tree } from '../model/types';
import { addAnswer } from './editActions';
import { useStore } from './useEditorStore';

/** The answers of a step: label, where it leads, order; new answers start pointing at this step's first target. */
export function AnswersField({
  tree,
  stateKey,
  only,
}: {
  tree: Tree;
  stateKey: string;
  only?: string;
}) {
  const store = useStore();
  const answers = Object.entries(tree.states[stateKey]?.on ?? {});
  const targets = Object.entries(tree.states).filter(([key]) => key !== stateKey);
  return (
    <fieldset className="list-field answers-field">
      <legend>Answers</legend>
      {answers.map(([event, answer], i) =>
        only !== undefined && only !== event ? null : (
          <div key={event} className="list-item">
            <div className="list-item-body">
              <div className="field">
                <label htmlFor={`answer-${event}`}>
                  Answer {i + 1} label <code>{event}</code>
                </label>
                <input
                  id={`answer-${event}`}
                  value={answer.description}
                  onChange={(e) =>
                    store.apply(
                      onTree(relabel(stateKey, event, e.target.value)),
                      'Edit answer label',
                      `${stateKey}.${event}:label`,
                    )
                  }
                />
              </div>
              <div className="field">
                <label htmlFor={`target-${event}`}>Leads to</label>
                <select
                  id={`target-${event}`}
                  value={answer.target}
                  onChange={(e) =>
                    store.apply(
                      onTree(retarget(stateKey, event, e.target.value)),
                      'Change where an answer leads',
                    )
                  }
                >
                  {!(answer.target in tree.states) && (
                    <option value={answer.target}>{answer.target} (missing)</option>
                  )}
                  {targets.map(([key, node]) => (
                    <option key={key} value={key}>
                      {key}: {nodeTitle(node).slice(0, 60)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="list-item-tools">
              <button
                type="button"
                className="icon-button"
                disabled={i === 0}
                aria-label={`Move answer ${i + 1} up`}
                onClick={() =>
                  store.apply(onTree(reorderAnswer(stateKey, event, i - 1)), 'Reorder answers')
                }
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Delete answer ${i + 1}`}
                onClick={() => store.apply(onTree(disconnect(stateKey, event)), 'Delete answer')}
              >
                ✕
              </button>
            </div>
          </div>
        ),
      )}
      {only === undefined && (
        <button
          type="button"
          className="small-button"
          disabled={targets.length === 0}
          onClick={() => {
            addAnswer(
              store,
              stateKey,
              answers[0]?.[1].target ?? targets[0]?.[0] ?? stateKey,
              false,
            );
          }}
        >
          Add answer
        </button>
      )}
    </fieldset>
  );
}
