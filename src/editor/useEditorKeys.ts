import { useEffect } from 'react';
import { actionForKey, type ActionContext } from './editorActions';
import type { EditorStore } from './editorStore';

/**
 * The shortcuts of the editor's actions registry, everywhere in the editor: Ctrl/Cmd+Z undoes,
 * Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, fields included; the canvas shortcuts (copy, paste,
 * duplicate, select all, "?"...) leave a text field's own keys alone.
 */
export function useEditorKeys(
  store: EditorStore,
  context: Omit<ActionContext, 'store' | 'placeNew'> = {},
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = actionForKey(event);
      if (!action || action.enabled?.(store) === false) return;
      event.preventDefault();
      action.perform({ store, placeNew: () => ({ x: 0, y: 0 }), ...context });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [store, context]);
}
