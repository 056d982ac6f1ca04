import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { ExportMenu } from '../ui/ExportMenu';
import { routeHref } from '../routes/route';
import {
  ADD_STEP_ACTIONS,
  REDO,
  UNDO,
  type ActionContext,
  type EditorAction,
} from './editorActions';
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

/** One action of the registry as a toolbar button, with its shortcut announced. */
function ActionButton({ action, context }: { action: EditorAction; context: ActionContext }) {
  return (
    <button
      type="button"
      className="small-button"
      onClick={() => {
        action.perform(context);
      }}
      disabled={action.enabled?.(context.store) === false}
      aria-keyshortcuts={action.shortcut?.aria}
    >
      {action.label}
    </button>
  );
}

/** Add steps, undo/redo, tidy up, search, save or export, import. */
export function Toolbar({ apiAvailable, onSave, saving, onShortcuts }: Props) {
  const store = useStore();
  // Re-render when undo and redo become available or not.
  useEditorState((s) => s.history.past.length > 0);
  useEditorState((s) => s.history.future.length > 0);
  const direction = useEditorState((s) => s.direction);
  const treeId = useEditorState((s) => s.history.doc.tree.id);
  useEditorState((s) => s.history.doc);
  const dirty = store.dirty();
  const { screenToFlowPosition, fitView } = useReactFlow();
  const [tidying, setTidying] = useState(false);

  const context: ActionContext = {
    store,
    placeNew: () => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      return pane
        ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 3 })
        : { x: 0, y: 0 };
    },
  };
  const tidy = (dir: 'TB' | 'LR') => {
    setTidying(true);
    store.setDirection(dir);
    void tidyUp(store, dir).finally(() => {
      setTidying(false);
      // The new layout can lie anywhere: frame all of it, once React Flow has the new places.
      requestAnimationFrame(() => {
        void fitView({ duration: 300 });
      });
    });
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Editor tools">
      <div className="tool-group">
        {ADD_STEP_ACTIONS.map((action) => (
          <ActionButton key={action.name} action={action} context={context} />
        ))}
      </div>
      <div className="tool-group">
        <ActionButton action={UNDO} context={context} />
        <ActionButton action={REDO} context={context} />
        <button
          type="button"
          className="small-button"
          disabled={tidying}
          onClick={() => {
            tidy('TB');
          }}
          aria-pressed={direction === 'TB'}
          aria-label="Tidy up ↓"
          title="Tidy up, top to bottom"
        >
          Tidy ↓
        </button>
        <button
          type="button"
          className="small-button"
          disabled={tidying}
          onClick={() => {
            tidy('LR');
          }}
          aria-pressed={direction === 'LR'}
          aria-label="Tidy up →"
          title="Tidy up, left to right"
        >
          Tidy →
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
        <span
          className="save-state"
          role="status"
          title={dirty ? 'Unsaved changes, kept as a draft in this browser' : undefined}
        >
          {dirty ? (
            <>
              Unsaved changes
              {/* Said to screen readers, and on hover; the toolbar has no room to show it. */}
              <span className="visually-hidden"> (kept as a draft in this browser)</span>
            </>
          ) : (
            'No unsaved changes'
          )}
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
