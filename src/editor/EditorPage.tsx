import { useState } from 'react';
import { NotFound } from '../ui/NotFound';
import { ProblemList } from '../ui/ProblemList';
import { useAsync } from '../ui/useAsync';
import { clearDraft } from '../io/drafts';
import { Editor } from './Editor';
import { EditorStore } from './editorStore';
import { loadDocument, type Loaded } from './loadDocument';

/** Loads a tree for editing, offers any unsaved draft back, then opens the editor. */
export function EditorPage({ treeId }: { treeId: string }) {
  const loaded = useAsync(() => loadDocument(treeId), treeId);
  if (loaded.status === 'loading') return <p className="loading">Opening the editor…</p>;
  if (loaded.status === 'error') {
    return (
      <p className="error" role="alert">
        The tree could not be opened: {loaded.error.message}
      </p>
    );
  }
  return <Opened treeId={treeId} loaded={loaded.value} />;
}

function Opened({ treeId, loaded }: { treeId: string; loaded: Loaded }) {
  const [store, setStore] = useState<EditorStore | null>(() =>
    loaded.kind === 'ready' && !loaded.draft ? new EditorStore(loaded.doc, loaded.save) : null,
  );
  if (store) return <Editor store={store} apiAvailable={loaded.api} />;
  if (loaded.kind === 'missing')
    return <NotFound message={`There is no tree called “${treeId}”.`} />;
  if (loaded.kind === 'broken') {
    const draft = loaded.draft;
    return (
      <section className="error" role="alert">
        <h1>This tree cannot be opened in the editor</h1>
        <ProblemList file={loaded.file} problems={loaded.problems} />
        {draft && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setStore(new EditorStore(draft.doc, { savedText: '' }));
            }}
          >
            Open my unsaved draft instead
          </button>
        )}
      </section>
    );
  }
  const draft = loaded.draft;
  if (!draft) return null;
  return (
    <section className="draft-offer" role="alertdialog" aria-labelledby="draft-title">
      <h1 id="draft-title">You have unsaved changes to this tree</h1>
      <p>
        A draft from {new Date(draft.savedAt).toLocaleString()} differs from the saved file. Restore
        it to carry on where you left off, or discard it to start from the saved file.
      </p>
      <div className="tool-group">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setStore(new EditorStore(draft.doc, loaded.save));
          }}
        >
          Restore draft
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            clearDraft(treeId);
            setStore(new EditorStore(loaded.doc, loaded.save));
          }}
        >
          Discard draft
        </button>
      </div>
    </section>
  );
}
