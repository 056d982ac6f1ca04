import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './editor.css';
import { useEffect, useMemo, useState } from 'react';
import { ConfirmHost } from './ConfirmDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { usePreview } from './usePreview';
import { saveDraft } from '../io/drafts';
import { Canvas } from './Canvas';
import type { EditorStore } from './editorStore';
import { needsLayout, placeMissing } from './layoutActions';
import { SaveConflict } from './SaveConflict';
import { saveToApi, type SaveOutcome } from './saving';
import { SidePanel } from './SidePanel';
import { Toolbar } from './Toolbar';
import { EditorContext } from './useEditorStore';
import { useEditorKeys } from './useEditorKeys';

interface Props {
  store: EditorStore;
  apiAvailable: boolean;
}

/** Keeps a draft of every change (debounced), so a reload or a crash loses nothing. */
function useDraftKeeper(store: EditorStore) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastDoc = store.doc;
    const unsubscribe = store.subscribe(() => {
      if (store.doc === lastDoc) return;
      lastDoc = store.doc;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!store.dirty()) return;
        const ok = saveDraft(store.doc.tree.id, {
          doc: store.doc,
          baseEtag: store.getState().save.etag,
          savedAt: new Date().toISOString(),
        });
        if (!ok)
          store.setMessage('This browser refused to keep a draft: export your work to be safe.');
      }, 250);
    });
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (store.dirty()) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [store]);
}

/** Places steps without a stored position, in the layout worker, whenever some appear. */
function useAutoLayout(store: EditorStore) {
  useEffect(() => {
    const run = () => {
      const { autoPositions } = store.getState();
      if (needsLayout(store.doc.tree, autoPositions)) {
        placeMissing(store).catch((error: unknown) => {
          store.setMessage(
            `Automatic layout failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
      }
    };
    run();
    return store.subscribe(run);
  }, [store]);
}

export function Editor({ store, apiAvailable }: Props) {
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const keyContext = useMemo(
    () => ({
      showShortcuts: () => {
        setShortcutsOpen(true);
      },
      focusSearch: () => {
        document.getElementById('node-search')?.focus();
      },
    }),
    [],
  );
  useDraftKeeper(store);
  useAutoLayout(store);
  useEditorKeys(store, keyContext);
  usePreview(store);
  const save = (overwriteEtag?: string) => {
    setSaving(true);
    saveToApi(store, overwriteEtag)
      .then((result) => {
        setOutcome(result);
        if (result.kind === 'saved') store.setMessage('Saved to trees/.');
      })
      .catch((error: unknown) => {
        setOutcome({
          kind: 'error',
          message: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => {
        setSaving(false);
      });
  };
  return (
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="editor">
          <Toolbar
            apiAvailable={apiAvailable}
            saving={saving}
            onSave={() => {
              save();
            }}
            onShortcuts={() => {
              setShortcutsOpen(true);
            }}
          />
          <SaveConflict
            outcome={outcome}
            onOverwrite={(etag) => {
              save(etag);
            }}
            onDismiss={() => {
              setOutcome(null);
            }}
          />
          <div className="editor-body">
            <div className="canvas-wrap">
              <Canvas />
            </div>
            <SidePanel />
          </div>
          <ConfirmHost />
          <ShortcutsDialog
            open={shortcutsOpen}
            onClose={() => {
              setShortcutsOpen(false);
            }}
          />
        </div>
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}
