import { downloadText } from '../io/download';
import type { DamagedDraft, StoredDraft } from '../io/drafts';

interface OfferProps {
  drafts: StoredDraft[];
  onRestore: (draft: StoredDraft) => void;
  onDiscard: (draft: StoredDraft) => void;
  /** Opens the saved file and keeps every draft; absent when there is no saved file. */
  onOpenSaved?: (() => void) | undefined;
}

function whose(draft: StoredDraft): string {
  return draft.mine ? 'This tab’s draft' : 'A draft from another tab or an earlier session';
}

/** The drafts of a tree that differ from its saved file: restore one, discard one, or neither. */
export function DraftOffer({ drafts, onRestore, onDiscard, onOpenSaved }: OfferProps) {
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
        {drafts.map((draft) => (
          <li key={draft.slot}>
            <span>
              {whose(draft)}, {new Date(draft.savedAt).toLocaleString()}
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
              <button
                type="button"
                className="button"
                onClick={() => {
                  onDiscard(draft);
                }}
              >
                Discard draft
              </button>
            </div>
          </li>
        ))}
      </ul>
      {onOpenSaved && (
        <button type="button" className="button" onClick={onOpenSaved}>
          Open the saved file, keep the drafts
        </button>
      )}
    </section>
  );
}

/** Drafts that could not be read: said plainly, with their text to download. */
export function DamagedDrafts({ treeId, damaged }: { treeId: string; damaged: DamagedDraft[] }) {
  if (damaged.length === 0) return null;
  return (
    <div className="save-outcome damaged-drafts" role="alert">
      {damaged.map((d, i) => (
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
          </button>
        </p>
      ))}
    </div>
  );
}
