import { toScenarioFile, type TreeDocument } from '../model/document';
import { saveRefusal } from '../model/readiness';
import { validate } from '../model/validate';
import { useState } from 'react';
import { routeHref } from '../routes/route';
import { saveDraftKeepingOthers } from '../io/drafts';
import { requestOpenDraft } from '../io/tabSession';
import { duplicateDocument } from '../model/newTree';
import { TREE_ID_PATTERN } from '../model/schema';
import { ProblemList } from '../ui/ProblemList';
import type { SaveNotice } from './saveMachine';
import { useStore } from './useEditorStore';

/** Why the save API refused this document, in the same words (model/readiness.ts). */
function refusalOf(doc: TreeDocument): string {
  return (
    saveRefusal(validate(doc.tree, { fileId: doc.tree.id, scenarios: toScenarioFile(doc) })) ??
    'the tree has problems'
  );
}

interface Props {
  notice: SaveNotice;
  /** Whether the work was written to this tab's draft when the save did not go through. */
  draftKept: boolean;
  onOverwrite: (etag: string) => void;
  /** Replaces the canvas with the file on disk (the author's version is kept as a draft). */
  onReload: () => void;
  onRetry: () => void;
  onDismiss: () => void;
}

/** What a save said: refused problems, or a conflict with a newer file, with the three ways out. */
export function SaveConflict({
  notice,
  draftKept,
  onOverwrite,
  onReload,
  onRetry,
  onDismiss,
}: Props) {
  const store = useStore();
  const [newId, setNewId] = useState(`${store.doc.tree.id}-copy`);
  const [refused, setRefused] = useState('');
  if (notice.kind === 'none' || notice.kind === 'saved') return null;
  const kept = draftKept
    ? 'Your work is kept as a draft in this tab.'
    : 'This browser refused to keep a draft: export your work now (Export JSON).';
  const saveAsNew = () => {
    const doc = duplicateDocument(store.doc, newId, store.doc.tree.meta.title);
    if (!saveDraftKeepingOthers(newId, { doc, savedAt: new Date().toISOString() })) {
      setRefused('This browser refused to keep the copy (storage full?): nothing was opened.');
      return;
    }
    requestOpenDraft(newId);
    window.location.hash = routeHref({ page: 'edit', treeId: newId });
  };
  const outcome = notice;
  return (
    <div className="save-outcome" role="alert">
      {outcome.kind === 'invalid' && (
        <>
          <p>
            <strong>Not saved: {refusalOf(store.doc)}.</strong> The file on disk is unchanged.{' '}
            {kept}
          </p>
          <ProblemList file={`trees/${store.doc.tree.id}.json`} problems={outcome.problems} />
        </>
      )}
      {outcome.kind === 'conflict' && (
        <>
          <p>
            <strong>The file on disk changed since you opened it</strong> (someone else saved,
            another tab, or it was edited by hand). {kept}
          </p>
          <div className="tool-group">
            <button type="button" className="small-button" onClick={onReload}>
              Reload from disk
            </button>
            {outcome.currentEtag !== undefined && (
              <button
                type="button"
                className="small-button danger"
                onClick={() => {
                  if (outcome.currentEtag !== undefined) onOverwrite(outcome.currentEtag);
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
          {refused && <p>{refused}</p>}
        </>
      )}
      {outcome.kind === 'offline' && (
        <p>
          <strong>Not saved: {outcome.message}.</strong> {kept}{' '}
          <button type="button" className="small-button" onClick={onRetry}>
            Try again
          </button>
        </p>
      )}
      {outcome.kind === 'unavailable' && (
        <p>The save API is not available here (static build): use Export JSON. {kept}</p>
      )}
      {outcome.kind === 'error' && (
        <p>
          Saving failed: {outcome.message}. {kept}
        </p>
      )}
      <button type="button" className="small-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
