import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { ExportMenu } from '../app/ExportMenu';
import { routeHref } from '../app/route';
import type { NodeKind } from '../model/types';
import { addNode } from './editActions';
import { publishPreview } from './authoring';
import { ImportButton } from './ImportButton';
import { tidyUp } from './layoutActions';
import { exportDocument } from './saving';
import { SearchBox } from './SearchBox';
import { useEditorState, useStore } from './useEditorStore';

interface Props {
  apiAvailable: boolean;
  onSave: () => void;
  saving: boolean;
  /** Opens the list of keyboard shortcuts ("?"). */
  onShortcuts: () => void;
}

/** Add steps, undo/redo, tidy up, search, save or export, import. */
export function Toolbar({ apiAvailable, onSave, saving, onShortcuts }: Props) {
  const store = useStore();
  const canUndo = useEditorState((s) => s.history.past.length > 0);
  const canRedo = useEditorState((s) => s.history.future.length > 0);
  const direction = useEditorState((s) => s.direction);
  const treeId = useEditorState((s) => s.history.doc.tree.id);
  useEditorState((s) => s.history.doc);
  const dirty = store.dirty();
  const { screenToFlowPosition } = useReactFlow();
  const [tidying, setTidying] = useState(false);

  const add = (kind: NodeKind) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const at = pane
      ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 3 })
      : { x: 0, y: 0 };
    addNode(store, kind, at);
  };
  const tidy = (dir: 'TB' | 'LR') => {
    setTidying(true);
    store.setDirection(dir);
    void tidyUp(store, dir).finally(() => {
      setTidying(false);
    });
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Editor tools">
      <div className="tool-group">
        <button
          type="button"
          className="small-button"
          onClick={() => {
            add('question');
          }}
        >
          + Question
        </button>
        <button
          type="button"
          className="small-button"
          onClick={() => {
            add('info');
          }}
        >
          + Info step
        </button>
        <button
          type="button"
          className="small-button"
          onClick={() => {
            add('recommendation');
          }}
        >
          + Recommendation
        </button>
      </div>
      <div className="tool-group">
        <button
          type="button"
          className="small-button"
          onClick={store.undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="small-button"
          onClick={store.redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
        <button
          type="button"
          className="small-button"
          disabled={tidying}
          onClick={() => {
            tidy('TB');
          }}
          aria-pressed={direction === 'TB'}
        >
          Tidy up ↓
        </button>
        <button
          type="button"
          className="small-button"
          disabled={tidying}
          onClick={() => {
            tidy('LR');
          }}
          aria-pressed={direction === 'LR'}
        >
          Tidy up →
        </button>
      </div>
      <SearchBox />
      <div className="tool-group">
        <a
          className="small-button"
          href={routeHref({ page: 'play', treeId, answers: [], draft: true })}
          target="_blank"
          rel="noreferrer"
          title="Play the canvas as it is, unsaved changes included, in a new tab"
          onClick={() => {
            publishPreview(store);
          }}
        >
          Play
        </a>
        <ImportButton />
        <button
          type="button"
          className="small-button"
          onClick={() => {
            exportDocument(store.doc);
          }}
        >
          Export JSON
        </button>
        <ExportMenu tree={store.doc.tree} />
        {apiAvailable && (
          <button
            type="button"
            className={dirty || saving ? 'small-button primary' : 'small-button is-saved'}
            onClick={onSave}
            disabled={saving || !dirty}
          >
            {saving ? 'Saving…' : dirty ? 'Save' : 'Saved'}
          </button>
        )}
        <span className="save-state" role="status">
          {dirty ? 'Unsaved changes (kept as a draft in this browser)' : 'No unsaved changes'}
        </span>
        <button
          type="button"
          className="small-button"
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
          title="Keyboard shortcuts (?)"
          onClick={onShortcuts}
        >
          ?
        </button>
      </div>
    </div>
  );
}
