/**
 * Keeps this tab's draft of every change. Writing the draft serialises the whole document, so
 * bursts of typing are written once the typing pauses (`DRAFT_DELAY_MS`); but a write that is
 * still waiting is never dropped: leaving the editor (reload, closing the tab, hiding it, or
 * another page of the app) writes it at once, synchronously, before the page can go away.
 */
import { useEffect } from 'react';
import { clearDraft } from '../io/drafts';
import type { EditorStore } from './editorStore';
import { keepDraftOf } from './saving';

export const DRAFT_DELAY_MS = 250;

/** What the keeper needs of an editor: whether it differs from the file, and the draft writes. */
export interface DraftTarget {
  dirty: () => boolean;
  /** Writes the draft; false when the browser refused. */
  keep: () => boolean;
  clear: () => void;
  refused: () => void;
}

export interface DraftKeeper {
  /** A change happened: write the draft once typing pauses. */
  changed: () => void;
  /** Writes a waiting draft now (nothing when none waits). */
  flush: () => void;
}

export function draftKeeper(target: DraftTarget, delayMs = DRAFT_DELAY_MS): DraftKeeper {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    // A document equal to the saved file is no draft: undoing back to it removes the draft.
    if (!target.dirty()) target.clear();
    else if (!target.keep()) target.refused();
  };
  return {
    changed: () => {
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
  };
}

/**
 * Keeps the store's draft (see `draftKeeper`), calls `onEdit` on each change of the document, and
 * asks before the page is left with unsaved work.
 */
export function useDraftKeeper(store: EditorStore, onEdit: () => void): void {
  useEffect(() => {
    const keeper = draftKeeper({
      dirty: store.dirty,
      keep: () => keepDraftOf(store),
      clear: () => {
        clearDraft(store.doc.tree.id);
      },
      refused: () => {
        store.setMessage('This browser refused to keep a draft: export your work to be safe.');
      },
    });
    let lastDoc = store.doc;
    const unsubscribe = store.subscribe(() => {
      if (store.doc === lastDoc) return;
      lastDoc = store.doc;
      onEdit();
      keeper.changed();
    });
    const beforeUnload = (event: BeforeUnloadEvent) => {
      keeper.flush();
      if (store.dirty()) event.preventDefault();
    };
    // `pagehide` fires on reload, close and navigation away, also when `beforeunload` does not
    // (mobile browsers, a page closed without asking); a hidden tab may be killed without either.
    const onHidden = () => {
      if (document.visibilityState === 'hidden') keeper.flush();
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', keeper.flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      unsubscribe();
      // Another page of the app: the editor goes, its waiting draft is written, not dropped.
      keeper.flush();
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', keeper.flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [store, onEdit]);
}
