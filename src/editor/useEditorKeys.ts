import { useEffect } from 'react';
import { authoringActionForKey, type AuthoringContext } from './authoringActions';
import type { EditorStore } from './editorStore';

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, everywhere in the editor, fields
 * included; the authoring shortcuts (copy, paste, duplicate, select all, "?"...) act on the
 * canvas, and leave a text field's own keys alone.
 */
export function useEditorKeys(store: EditorStore, context: Omit<AuthoringContext, 'store'>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // An open dialog (confirm, shortcuts) has the keys: Escape must reach it to close it.
      const authoring = document.querySelector('dialog[open]')
        ? undefined
        : authoringActionForKey(event);
      if (authoring) {
        if (authoring.enabled?.(store) === false) return;
        event.preventDefault();
        authoring.perform({ store, ...context });
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        store.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        store.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [store, context]);
}
