import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EditorState, EditorStore } from './editorStore';

export const EditorContext = createContext<EditorStore | null>(null);

export function useStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useStore needs an EditorContext provider');
  return store;
}

/** Subscribes to one slice of the editor state; re-renders only when that slice changes. */
export function useEditorState<T>(select: (state: EditorState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
