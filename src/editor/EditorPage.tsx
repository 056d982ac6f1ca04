import { useEffect, useState } from 'react';
import { pageTitle } from '../routes/pageTitle';
import { NotFound } from '../ui/NotFound';
import { ProblemList } from '../ui/ProblemList';
import { useAsync } from '../ui/useAsync';
import { clearDraftSlot, type StoredDraft } from '../io/drafts';
import { clearOpenRequest, tabId } from '../io/tabSession';
import { watchTreePresence } from '../io/tabPresence';
import { DamagedDrafts, DraftOffer } from './DraftOffer';
import { Editor } from './Editor';
import { EditorStore, type SaveInfo } from './editorStore';
import { loadDocument, type Loaded } from './loadDocument';

/** Loads a tree for editing, offers any unsaved draft back, then opens the editor. */
export function EditorPage({ treeId }: { treeId: string }) {
  const loaded = useAsync(() => loadDocument(treeId), treeId);
  const title =
    loaded.status === 'done' && loaded.value.kind === 'ready'
      ? loaded.value.doc.tree.meta.title
      : undefined;
  useEffect(() => {
    if (title !== undefined) document.title = pageTitle({ page: 'edit', treeId }, title);
  }, [title, treeId]);
  if (loaded.status === 'loading') return <p className="loading">Opening the editor…</p>;
  if (loaded.status === 'error') {
    return (
      <p className="error" role="alert">
        The tree could not be opened: {loaded.error.message}
      </p>
    );
  }
  return (
    <>
      <DamagedDrafts treeId={treeId} damaged={loaded.value.damaged} />
      <Opened treeId={treeId} loaded={loaded.value} />
    </>
  );
}

/**
 * The save info a restored draft starts from: the etag the draft was based on (not the file's
 * current one), so saving it over a file changed since brings up the conflict dialog.
 */
function restoredSave(loaded: Loaded, draft: StoredDraft): SaveInfo {
  const savedText = loaded.kind === 'ready' ? loaded.save.savedText : '';
  return { etag: draft.baseEtag, savedText };
}

/** The store to open at once, when there is nothing to ask. */
function initialStore(loaded: Loaded): EditorStore | null {
  const mine = loaded.drafts.find((d) => d.mine);
  if (loaded.openMine && mine) return new EditorStore(mine.doc, restoredSave(loaded, mine));
  if (loaded.kind === 'ready' && loaded.drafts.length === 0) {
    return new EditorStore(loaded.doc, loaded.save);
  }
  // A new or imported tree exists only as a draft until its first save.
  const only = loaded.drafts[0];
  if (loaded.kind === 'missing' && loaded.drafts.length === 1 && only) {
    return new EditorStore(only.doc, restoredSave(loaded, only));
  }
  return null;
}

function Opened({ treeId, loaded }: { treeId: string; loaded: Loaded }) {
  const [store, setStore] = useState<EditorStore | null>(() => initialStore(loaded));
  const [drafts, setDrafts] = useState(loaded.drafts);
  const [liveTabs, setLiveTabs] = useState<string[]>([]);
  const asking = store === null;
  useEffect(
    () => (asking ? watchTreePresence(treeId, tabId(), setLiveTabs) : undefined),
    [asking, treeId],
  );
  useEffect(() => {
    if (store && loaded.openMine) clearOpenRequest();
  }, [store, loaded.openMine]);
  if (store) return <Editor store={store} apiAvailable={loaded.api} />;
  const restore = (draft: StoredDraft) => {
    setStore(new EditorStore(draft.doc, restoredSave(loaded, draft)));
  };
  const discard = (draft: StoredDraft) => {
    clearDraftSlot(draft.slot);
    const left = drafts.filter((d) => d.slot !== draft.slot);
    setDrafts(left);
    if (left.length === 0 && loaded.kind === 'ready') {
      setStore(new EditorStore(loaded.doc, loaded.save));
    }
  };
  if (loaded.kind === 'missing' && drafts.length === 0)
    return <NotFound message={`There is no tree called “${treeId}”.`} />;
  if (loaded.kind === 'broken') {
    return (
      <section className="error" role="alert">
        <h1>This tree cannot be opened in the editor</h1>
        <ProblemList file={loaded.file} problems={loaded.problems} />
        {drafts.map((draft) => (
          <button
            key={draft.slot}
            type="button"
            className="button"
            onClick={() => {
              restore(draft);
            }}
          >
            Open my unsaved draft instead ({new Date(draft.savedAt).toLocaleString()})
          </button>
        ))}
      </section>
    );
  }
  const openSaved =
    loaded.kind === 'ready'
      ? () => {
          setStore(new EditorStore(loaded.doc, loaded.save));
        }
      : undefined;
  return (
    <DraftOffer
      drafts={drafts}
      liveTabs={liveTabs}
      onRestore={restore}
      onDiscard={discard}
      onOpenSaved={openSaved}
      fileEtag={loaded.kind === 'ready' ? loaded.save.etag : undefined}
    />
  );
}
