import { stepName } from '../model/selection';
import { copySelection, duplicateSelection } from './authoring';
import { deleteSelected } from './authoringActions';
import { useEditorState, useStore } from './useEditorStore';

/** What the side panel shows when several steps or answers are selected: them, and what to do. */
export function SelectionPanel() {
  const store = useStore();
  const picked = useEditorState((s) => s.picked);
  const tree = useEditorState((s) => s.history.doc.tree);
  const steps = picked.states.length;
  const answers = picked.answers.length;
  return (
    <div className="inspector selection-panel" aria-label="Selection">
      <h2>
        {steps > 0 && `${String(steps)} step${steps === 1 ? '' : 's'}`}
        {steps > 0 && answers > 0 && ' and '}
        {answers > 0 && `${String(answers)} answer${answers === 1 ? '' : 's'}`} selected
      </h2>
      <ul className="selection-list">
        {picked.states.slice(0, 12).map((key) => (
          <li key={key}>{stepName(tree, key)}</li>
        ))}
        {steps > 12 && <li>and {String(steps - 12)} more</li>}
      </ul>
      <div className="inspector-actions">
        <button
          type="button"
          className="small-button"
          disabled={steps === 0}
          onClick={() => {
            copySelection(store);
          }}
        >
          Copy
        </button>
        <button
          type="button"
          className="small-button"
          disabled={steps === 0}
          onClick={() => {
            duplicateSelection(store);
          }}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="small-button danger"
          onClick={() => {
            void deleteSelected(store);
          }}
        >
          Delete selection
        </button>
      </div>
      <p className="hint">
        Shift- or Ctrl-click adds or removes a step; Shift-drag on the canvas selects a box. Press ?
        for every shortcut.
      </p>
    </div>
  );
}
