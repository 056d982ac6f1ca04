import { useState } from 'react';
import { routeHref } from '../routes/route';
import { onTree } from '../model/document';
import { setInitial } from '../model/edits';
import { KINDS } from '../model/kinds';
import { AnswersField } from './AnswersField';
import { KindPicker } from './KindPicker';
import { publishPreview } from './authoring';
import { deleteSelected } from './authoringActions';
import { renameNode } from './editActions';
import { INSPECTOR_SECTIONS } from './inspectorSections';
import { useEditorState, useStore } from './useEditorStore';

function RenameField({ stateKey }: { stateKey: string }) {
  const store = useStore();
  const [name, setName] = useState(stateKey);
  return (
    <form
      className="rename"
      onSubmit={(e) => {
        e.preventDefault();
        renameNode(store, stateKey, name.trim());
      }}
    >
      <label htmlFor="state-key">State id</label>
      <input
        id="state-key"
        value={name}
        onChange={(e) => {
          setName(e.target.value);
        }}
        spellCheck={false}
      />
      <button type="submit" className="small-button" disabled={name.trim() === stateKey}>
        Rename
      </button>
    </form>
  );
}

/** Every field of the selected step, edited through the model's operations. */
export function Inspector({ stateKey }: { stateKey: string }) {
  const store = useStore();
  const tree = useEditorState((s) => s.history.doc.tree);
  const node = tree.states[stateKey];
  if (!node) return <p className="hint">The selected step no longer exists.</p>;
  const entry = KINDS[node.meta.kind];
  const Section = INSPECTOR_SECTIONS[node.meta.kind];
  const remove = () => {
    void deleteSelected(store, { states: [stateKey], answers: [] });
  };
  return (
    <div className="inspector" aria-label="Inspector">
      <h2>{entry.label}</h2>
      <RenameField key={stateKey} stateKey={stateKey} />
      <KindPicker stateKey={stateKey} kind={node.meta.kind} />
      <div className="inspector-actions">
        {tree.initial === stateKey ? (
          <span className="hint">This is the first step.</span>
        ) : (
          !entry.final && (
            <button
              type="button"
              className="small-button"
              onClick={() => store.apply(onTree(setInitial(stateKey)), 'Set first step')}
            >
              Make first step
            </button>
          )
        )}
        {!entry.final && (
          <a
            className="small-button"
            href={routeHref({
              page: 'play',
              treeId: tree.id,
              answers: [],
              from: stateKey,
              draft: true,
            })}
            target="_blank"
            rel="noreferrer"
            onClick={() => {
              publishPreview(store);
            }}
          >
            Play from here
          </a>
        )}
        <button type="button" className="small-button danger" onClick={remove}>
          Delete step
        </button>
      </div>
      <Section tree={tree} stateKey={stateKey} node={node} />
      {!entry.final && <AnswersField tree={tree} stateKey={stateKey} />}
    </div>
  );
}
