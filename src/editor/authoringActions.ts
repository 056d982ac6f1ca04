/**
 * The authoring habits as entries of the editor's actions registry (editorActions.ts): name,
 * label, what it does, when it can, its shortcut; the key handler and the "?" list read them.
 */
import {
  copySelection,
  deleteNow,
  deleteQuestion,
  duplicateSelection,
  hasClipboard,
  pasteClipboard,
  selectEverything,
} from './authoring';
import { confirmInApp } from './ConfirmDialog';
import type { EditorAction } from './editorActions';
import type { EditorStore } from './editorStore';
import type { MultiSelection } from '../model/selection';

/** Ctrl on Windows and Linux, Cmd on macOS; never with Alt (AltGr types characters). */
const command = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey;
const chord = (key: string) => (event: KeyboardEvent) =>
  command(event) && !event.shiftKey && event.key.toLowerCase() === key;
const someStep = (store: EditorStore) => store.getState().picked.states.length > 0;

/** Deletes the selection (or `what`), asking first in the app's dialog when steps would be cut off. */
export async function deleteSelected(
  store: EditorStore,
  what: MultiSelection = store.getState().picked,
): Promise<void> {
  const question = deleteQuestion(store, what);
  if (question === null || (await confirmInApp(question))) deleteNow(store, what);
}

export const AUTHORING_ACTIONS: readonly EditorAction[] = [
  {
    name: 'copy',
    label: 'Copy the selected steps',
    perform: ({ store }) => {
      copySelection(store);
    },
    enabled: someStep,
    canvasOnly: true,
    shortcut: { aria: 'Control+C Meta+C', test: chord('c') },
  },
  {
    name: 'cut',
    label: 'Cut the selected steps',
    perform: ({ store }) => {
      if (copySelection(store)) void deleteSelected(store);
    },
    enabled: someStep,
    canvasOnly: true,
    shortcut: { aria: 'Control+X Meta+X', test: chord('x') },
  },
  {
    name: 'paste',
    label: 'Paste steps (answers between them come along)',
    perform: ({ store }) => {
      pasteClipboard(store);
    },
    enabled: () => hasClipboard(),
    canvasOnly: true,
    shortcut: { aria: 'Control+V Meta+V', test: chord('v') },
  },
  {
    name: 'duplicate',
    label: 'Duplicate the selected steps',
    perform: ({ store }) => {
      duplicateSelection(store);
    },
    enabled: someStep,
    canvasOnly: true,
    shortcut: { aria: 'Control+D Meta+D', test: chord('d') },
  },
  {
    name: 'select-all',
    label: 'Select every step',
    perform: ({ store }) => {
      selectEverything(store);
    },
    canvasOnly: true,
    shortcut: { aria: 'Control+A Meta+A', test: chord('a') },
  },
  {
    name: 'find',
    label: 'Find a step',
    perform: ({ focusSearch }) => {
      focusSearch?.();
    },
    canvasOnly: true,
    shortcut: {
      aria: 'Control+F Meta+F /',
      test: (e) => chord('f')(e) || (e.key === '/' && !command(e)),
    },
  },
  {
    name: 'clear-selection',
    label: 'Clear the selection',
    perform: ({ store }) => {
      store.select(null);
    },
    canvasOnly: true,
    shortcut: { aria: 'Escape', test: (e) => e.key === 'Escape' && !command(e) },
  },
  {
    name: 'shortcuts',
    label: 'Show this list of shortcuts',
    perform: ({ showShortcuts }) => {
      showShortcuts?.();
    },
    canvasOnly: true,
    shortcut: { aria: '?', test: (e) => e.key === '?' && !command(e) },
  },
];
