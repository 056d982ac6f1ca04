import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../ui/controls.css';
import './editor.css';
import { useActorRef, useSelector } from '@xstate/react';
import { waitFor } from 'xstate';
import { useEffect, useMemo, useState } from 'react';
import { ConfirmHost } from './ConfirmDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { usePreview } from './usePreview';
import { tabId } from '../io/tabSession';
import { watchTreePresence } from '../io/tabPresence';
import type { EditorStore } from './editorStore';
import { needsLayout, placeMissing } from './layoutActions';
import { SaveConflict } from './SaveConflict';
import { saveMachine } from './saveMachine';
import { reloadFromDisk } from './reloadFromDisk';
import { saveTarget } from './saving';
import { useDraftKeeper } from './draftKeeper';
import { SidePanel } from './SidePanel';
import { Toolbar } from './Toolbar';
import { CanvasOrVersion } from './VersionCanvas';
import { EditorContext } from './useEditorStore';
import { useEditorKeys } from './useEditorKeys';

interface Props {
  store: EditorStore;
  apiAvailable: boolean;
}

/** How many other tabs of this browser edit the same tree. */
function useOtherTabs(treeId: string): number {
  const [others, setOthers] = useState(0);
  useEffect(
    () =>
      watchTreePresence(treeId, tabId(), (tabs) => {
        setOthers(tabs.length);
      }),
    [treeId],
  );
  return others;
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
  const saver = useActorRef(saveMachine, { input: { target: saveTarget(store) } });
  const saving = useSelector(saver, (snapshot) => snapshot.matches('saving'));
  const notice = useSelector(saver, (snapshot) => snapshot.context.notice);
  const draftKept = useSelector(saver, (snapshot) => snapshot.context.draftKept);
  const [onEdit] = useState(() => () => {
    saver.send({ type: 'EDIT' });
  });
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
  useDraftKeeper(store, onEdit);
  useAutoLayout(store);
  useEditorKeys(store, keyContext);
  usePreview(store);
  const otherTabs = useOtherTabs(store.doc.tree.id);
  // History's "Save version" records the saved file, so it saves the draft first and waits.
  const [saveNow] = useState(() => async (): Promise<boolean> => {
    saver.send({ type: 'SAVE' });
    await waitFor(saver, (snapshot) => !snapshot.matches('saving'), { timeout: 60_000 });
    return !store.dirty();
  });
  useEffect(() => {
    if (notice.kind !== 'saved') return;
    // A draft may be saved with problems (work in progress); say so, with how many are left.
    const left = store.problems().length;
    store.setMessage(
      left === 0
        ? 'Saved to trees/.'
        : `Saved to trees/ as a draft with ${String(left)} problem${left === 1 ? '' : 's'}: it plays in the preview, and the published site leaves it out until they are fixed.`,
    );
  }, [notice, store]);
  return (
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="editor">
          <Toolbar
            apiAvailable={apiAvailable}
            saving={saving}
            onSave={() => {
              saver.send({ type: 'SAVE' });
            }}
            onShortcuts={() => {
              setShortcutsOpen(true);
            }}
          />
          {otherTabs > 0 && (
            <p className="other-tabs" role="status">
              Another tab of this browser is editing this tree too. Each tab keeps its own draft;
              the first to save wins and the other is asked what to do.
            </p>
          )}
          <SaveConflict
            notice={notice}
            draftKept={draftKept}
            onOverwrite={(etag) => {
              saver.send({ type: 'OVERWRITE', etag });
            }}
            onReload={() => {
              void reloadFromDisk(store).then(({ replaced, message }) => {
                if (replaced) saver.send({ type: 'DISMISS' });
                store.setMessage(message);
              });
            }}
            onRetry={() => {
              saver.send({ type: 'SAVE' });
            }}
            onDismiss={() => {
              saver.send({ type: 'DISMISS' });
            }}
          />
          <div className="editor-body">
            <div className="canvas-wrap">
              <CanvasOrVersion />
            </div>
            <SidePanel saveNow={saveNow} />
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
