import { useState } from 'react';
import { routeHref } from '../routes/route';
import { saveDraft } from '../io/drafts';
import { duplicateDocument } from '../model/newTree';
import { TREE_ID_PATTERN } from '../model/schema';
import { ProblemList } from '../ui/ProblemList';
import type { SaveOutcome } from './saving';
import { useStore } from './useEditorStore';

interface Props {
  outcome: SaveOutcome | null;
  onOverwrite: (etag: string) => void;
  onDismiss: () => void;
}

/** What a save said: refused problems, or a conflict with a newer file, with the three ways out. */
export function SaveConflict({ outcome, onOverwrite, onDismiss }: Props) {
  const store = useStore();
  const [newId, setNewId] = useState(`${store.doc.tree.id}-copy`);
  if (!outcome || outcome.kind === 'saved') return null;
  const saveAsNew = () => {
    const doc = duplicateDocument(store.doc, newId, store.doc.tree.meta.title);
    saveDraft(newId, { doc, savedAt: new Date().toISOString() });
    window.location.hash = routeHref({ page: 'edit', treeId: newId });
  };
  return (
    <div className="save-outcome" role="alert">
      {outcome.kind === 'invalid' && (
        <>
          <p>
            <strong>Not saved: the tree has problems.</strong> The file on disk is unchanged and
            your work is kept as a draft.
          </p>
          <ProblemList file={`trees/${store.doc.tree.id}.json`} problems={outcome.problems} />
        </>
      )}
      {(outcome.kind === 'conflict' || outcome.kind === 'exists') && (
        <>
          <p>
            <strong>The file on disk changed since you opened it</strong> (someone else saved, or it
            was edited by hand). Your work is kept as a draft.
          </p>
          <div className="tool-group">
            <button
              type="button"
              className="small-button"
              onClick={() => {
                window.location.reload();
              }}
            >
              Reload from disk
            </button>
            {outcome.kind === 'conflict' && (
              <button
                type="button"
                className="small-button danger"
                onClick={() => {
                  onOverwrite(outcome.currentEtag);
                }}
              >
                Overwrite the file with mine
              </button>
            )}
            <label htmlFor="save-as-id">New id</label>
            <input
              id="save-as-id"
              value={newId}
              onChange={(e) => {
                setNewId(e.target.value);
              }}
            />
            <button
              type="button"
              className="small-button"
              disabled={!TREE_ID_PATTERN.test(newId)}
              onClick={saveAsNew}
            >
              Save as new tree
            </button>
          </div>
        </>
      )}
      {outcome.kind === 'unavailable' && (
        <p>The save API is not available here (static build): use Export JSON.</p>
      )}
      {outcome.kind === 'error' && (
        <p>Saving failed: {outcome.message}. Your work is kept as a draft.</p>
      )}
      <button type="button" className="small-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
