import { downloadText } from '../io/download';
import { useState } from 'react';
import { removeDamagedDraft, type DamagedDraft, type StoredDraft } from '../io/drafts';

interface OfferProps {
  drafts: StoredDraft[];
  /** Tabs that have this tree open now: their drafts are live work, never offered for discard. */
  liveTabs: readonly string[];
  onRestore: (draft: StoredDraft) => void;
  onDiscard: (draft: StoredDraft) => void;
  /** Opens the saved file and keeps every draft; absent when there is no saved file. */
  onOpenSaved?: (() => void) | undefined;
  /** ETag of the file as it is now (save API): a draft based on another one is older than it. */
  fileEtag?: string | undefined;
}

/**
 * Whether `draft` was made from an older version of the file: restoring it shows the file as it
 * was then, without what was saved since (another tab's save looks reverted), and its save asks.
 */
export function isOlderThanFile(draft: StoredDraft, fileEtag: string | undefined): boolean {
  return draft.baseEtag !== undefined && fileEtag !== undefined && draft.baseEtag !== fileEtag;
}

function whose(draft: StoredDraft, live: boolean): string {
  if (draft.mine) return 'This tab’s draft';
  return live
    ? 'The draft of another tab that is editing this tree now'
    : 'A draft from another tab or an earlier session';
}

/** The drafts of a tree that differ from its saved file: restore one, discard one, or neither. */
export function DraftOffer({
  drafts,
  liveTabs,
  onRestore,
  onDiscard,
  onOpenSaved,
  fileEtag,
}: OfferProps) {
  return (
    <section className="draft-offer" role="alertdialog" aria-labelledby="draft-title">
      <h1 id="draft-title">You have unsaved changes to this tree</h1>
      <p>
        {drafts.length === 1
          ? 'A draft differs from the saved file.'
          : `${drafts.length} drafts differ from the saved file.`}{' '}
        Restore one to carry on where you left off. Discarding removes only that draft.
      </p>
      <ul className="draft-list">
        {drafts.map((draft) => {
          const live = !draft.mine && liveTabs.includes(draft.tab);
          return (
            <li key={draft.slot}>
              <span>
                {whose(draft, live)}, {new Date(draft.savedAt).toLocaleString()}
                {isOlderThanFile(draft, fileEtag) && (
                  <>
                    {' '}
                    <strong>(made from an older version of the file)</strong>: the file was saved
                    since, and those changes are not in this draft. Saving it asks first.
                  </>
                )}
              </span>
              <div className="tool-group">
                <button
                  type="button"
                  className="button primary"
                  onClick={() => {
                    onRestore(draft);
                  }}
                >
                  Restore draft
                </button>
                {!live && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      onDiscard(draft);
                    }}
                  >
                    Discard draft
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {onOpenSaved && (
        <button type="button" className="button" onClick={onOpenSaved}>
          Open the saved file, keep the drafts
        </button>
      )}
    </section>
  );
}

/** Drafts that could not be read: said plainly, with their text to download, until removed. */
export function DamagedDrafts({ treeId, damaged }: { treeId: string; damaged: DamagedDraft[] }) {
  const [shown, setShown] = useState(damaged);
  if (shown.length === 0) return null;
  return (
    <div className="save-outcome damaged-drafts" role="alert">
      {shown.map((d, i) => (
        <p key={d.asideKey}>
          A draft of this tree in this browser could not be read ({d.problem}). It was set aside,
          not deleted, and the saved tree opened instead.{' '}
          <button
            type="button"
            className="small-button"
            onClick={() => {
              downloadText(`${treeId}.damaged-draft-${i + 1}.json`, d.text);
            }}
          >
            Download the damaged draft
          </button>{' '}
          <button
            type="button"
            className="small-button"
            onClick={() => {
              removeDamagedDraft(d.asideKey);
              setShown(shown.filter((x) => x.asideKey !== d.asideKey));
            }}
          >
            Remove it
          </button>
        </p>
      ))}
    </div>
  );
}
