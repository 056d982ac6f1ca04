import { useState } from 'react';
import { routeHref } from '../app/route';
import { onTree } from '../model/document';
import { setInitial, setTag, updateStateMeta } from '../model/edits';
import { DO_NOT_TAG } from '../model/toFlow';
import type { StateNode, Tree } from '../model/types';
import { AnswersField } from './AnswersField';
import { KindPicker } from './KindPicker';
import { publishPreview } from './authoring';
import { deleteSelected } from './authoringActions';
import { renameNode } from './editActions';
import type { EditorStore } from './editorStore';
import { ListField, TextField } from './fields';
import { DoNotField, DosesField, EvidenceField, ReferencePicker } from './richFields';
import { useEditorState, useStore } from './useEditorStore';

type Path = (string | number)[];

function useMetaSetter(store: EditorStore, key: string) {
  return (path: Path, label: string) => (value: unknown) => {
    store.apply(onTree(updateStateMeta(key, path, value)), label, `${key}:${path.join('.')}`);
  };
}

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

function KindFields({ tree, stateKey, node }: { tree: Tree; stateKey: string; node: StateNode }) {
  const store = useStore();
  const set = useMetaSetter(store, stateKey);
  const meta = node.meta;
  const section = (
    <TextField
      label="Source section"
      optional
      value={meta.section}
      onChange={set(['section'], 'Edit section')}
    />
  );
  if (meta.kind === 'question') {
    return (
      <>
        <TextField
          label="Question (prompt)"
          multiline
          value={meta.prompt}
          onChange={set(['prompt'], 'Edit prompt')}
        />
        <TextField
          label="Help: why it matters, what counts as adequate"
          multiline
          value={meta.help}
          onChange={set(['help'], 'Edit help')}
        />
        {section}
      </>
    );
  }
  if (meta.kind === 'info') {
    return (
      <>
        <TextField label="Title" value={meta.title} onChange={set(['title'], 'Edit title')} />
        <TextField label="Text" multiline value={meta.body} onChange={set(['body'], 'Edit text')} />
        {section}
      </>
    );
  }
  const strings = (path: Path, label: string, items: string[] | undefined, add: string) => (
    <ListField
      label={label}
      items={items ?? []}
      onChange={set(path, `Edit ${label.toLowerCase()}`)}
      blank={() => ''}
      addLabel={add}
      render={(item, change, i) => (
        <TextField
          label={`${label} ${i + 1}`}
          multiline
          value={item}
          onChange={(v) => {
            change(v ?? '');
          }}
        />
      )}
    />
  );
  return (
    <>
      <TextField label="Title" value={meta.title} onChange={set(['title'], 'Edit title')} />
      <label className="check">
        <input
          type="checkbox"
          checked={node.tags?.includes(DO_NOT_TAG) ?? false}
          onChange={(e) =>
            store.apply(onTree(setTag(stateKey, DO_NOT_TAG, e.target.checked)), 'Mark as do-not')
          }
        />
        <span>
          This recommendation is mainly about what not to do (it stands out on the canvas)
        </span>
      </label>
      {strings(['actions'], 'Actions', meta.actions, 'Add action')}
      <DosesField doses={meta.doses ?? []} onChange={set(['doses'], 'Edit doses')} />
      <EvidenceField evidence={meta.evidence ?? []} onChange={set(['evidence'], 'Edit evidence')} />
      {strings(['cautions'], 'Cautions', meta.cautions, 'Add caution')}
      {strings(['monitoring'], 'Monitoring', meta.monitoring, 'Add monitoring item')}
      <DoNotField items={meta.doNot ?? []} onChange={set(['doNot'], 'Edit do-not items')} />
      <ReferencePicker
        chosen={meta.references ?? []}
        references={tree.meta.references}
        onChange={set(['references'], 'Edit references')}
      />
      {section}
      <TextField
        label="Editor’s note"
        optional
        multiline
        value={meta.editorNote}
        onChange={set(['editorNote'], 'Edit editor’s note')}
      />
    </>
  );
}

/** Every field of the selected step, edited through the model's operations. */
export function Inspector({ stateKey }: { stateKey: string }) {
  const store = useStore();
  const tree = useEditorState((s) => s.history.doc.tree);
  const node = tree.states[stateKey];
  if (!node) return <p className="hint">The selected step no longer exists.</p>;
  const remove = () => {
    void deleteSelected(store, { states: [stateKey], answers: [] });
  };
  return (
    <div className="inspector" aria-label="Inspector">
      <h2>
        {node.meta.kind === 'question'
          ? 'Question'
          : node.meta.kind === 'info'
            ? 'Info step'
            : 'Recommendation'}
      </h2>
      <RenameField key={stateKey} stateKey={stateKey} />
      <KindPicker stateKey={stateKey} kind={node.meta.kind} />
      <div className="inspector-actions">
        {tree.initial === stateKey ? (
          <span className="hint">This is the first step.</span>
        ) : (
          node.meta.kind !== 'recommendation' && (
            <button
              type="button"
              className="small-button"
              onClick={() => store.apply(onTree(setInitial(stateKey)), 'Set first step')}
            >
              Make first step
            </button>
          )
        )}
        {node.meta.kind !== 'recommendation' && (
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
      <KindFields tree={tree} stateKey={stateKey} node={node} />
      {node.meta.kind !== 'recommendation' && <AnswersField tree={tree} stateKey={stateKey} />}
    </div>
  );
}
