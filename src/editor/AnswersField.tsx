import { useState } from 'react';
import { onTree, renameAnswerInDocument } from '../model/document';
import { disconnect, relabel, reorderAnswer, retarget } from '../model/edits';
import { NO_TARGET } from '../model/placeholders';
import { nodeTitle } from '../model/toFlow';
import type { Tree } from '../model/types';
import { addOpenAnswerTo } from './editActions';
import { useStore } from './useEditorStore';

/** An answer's id, renamed when the author presses Enter or leaves the field (scenarios follow). */
function AnswerIdField({ stateKey, event }: { stateKey: string; event: string }) {
  const store = useStore();
  const [id, setId] = useState(event);
  const commit = () => {
    const next = id.trim();
    if (next === event) return;
    if (!store.apply(renameAnswerInDocument(stateKey, event, next), 'Rename answer id'))
      setId(event);
  };
  return (
    <div className="field">
      <label htmlFor={`answer-id-${event}`}>Answer id</label>
      <input
        id={`answer-id-${event}`}
        value={id}
        spellCheck={false}
        onChange={(e) => {
          setId(e.target.value.toUpperCase());
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </div>
  );
}

/**
 * The answers of a step: id, label, where it leads, order. A new answer leads nowhere until the
 * author picks a step: the editor does not guess one, and the validator names the answer meanwhile.
 */
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
                <label htmlFor={`answer-${event}`}>Answer {i + 1} label</label>
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
              <AnswerIdField key={event} stateKey={stateKey} event={event} />
              <div className="field">
                <label htmlFor={`target-${event}`}>Leads to</label>
                <select
                  id={`target-${event}`}
                  value={answer.target}
                  aria-invalid={answer.target === NO_TARGET || !(answer.target in tree.states)}
                  onChange={(e) =>
                    store.apply(
                      onTree(retarget(stateKey, event, e.target.value)),
                      'Change where an answer leads',
                    )
                  }
                >
                  {answer.target === NO_TARGET && (
                    <option value={NO_TARGET} disabled>
                      Choose a step…
                    </option>
                  )}
                  {answer.target !== NO_TARGET && !(answer.target in tree.states) && (
                    <option value={answer.target}>{answer.target} (missing)</option>
                  )}
                  {targets.map(([key, node]) => (
                    <option key={key} value={key}>
                      {nodeTitle(node).slice(0, 60)} ({key})
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
          onClick={() => {
            addOpenAnswerTo(store, stateKey);
          }}
        >
          Add answer
        </button>
      )}
    </fieldset>
  );
}
