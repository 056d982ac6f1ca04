import { useEffect } from 'react';
import { publishPreview } from './authoring';
import type { EditorStore } from './editorStore';

/** How long after an edit the player tab gets the new canvas (each keystroke is not worth a write). */
const PREVIEW_DELAY_MS = 300;

/**
 * Keeps the player's preview (io/preview.ts) in step with the canvas while the editor is open,
 * so a preview tab follows the edits; "Play" also publishes at once before it opens the tab.
 */
export function usePreview(store: EditorStore): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = store.doc;
    publishPreview(store);
    const unsubscribe = store.subscribe(() => {
      if (store.doc === last) return;
      last = store.doc;
      clearTimeout(timer);
      timer = setTimeout(() => {
        publishPreview(store);
      }, PREVIEW_DELAY_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store]);
}
