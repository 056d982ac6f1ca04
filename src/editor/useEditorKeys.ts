import { useEffect } from 'react';
import { actionForKey } from './editorActions';
import type { EditorStore } from './editorStore';

/**
 * The shortcuts of the editor's actions registry, everywhere in the editor, fields included:
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes.
 */
export function useEditorKeys(store: EditorStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = actionForKey(event);
      if (!action) return;
      event.preventDefault();
      action.perform({ store, placeNew: () => ({ x: 0, y: 0 }) });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [store]);
}
