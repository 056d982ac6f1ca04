/**
 * The authoring habits as editor actions (name, label, what it does, when it can, its shortcut),
 * in the shape of the editor's actions registry, so the toolbar, the key handler and the "?" list
 * read one description.
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
import type { EditorStore } from './editorStore';
import type { MultiSelection } from '../model/selection';

export interface AuthoringContext {
  store: EditorStore;
  /** Opens the "?" list of shortcuts. */
  showShortcuts: () => void;
  /** Puts the focus in the search box. */
  focusSearch: () => void;
}

export interface AuthoringAction {
  name: string;
  label: string;
  perform: (context: AuthoringContext) => void;
  enabled?: (store: EditorStore) => boolean;
  shortcut?: { aria: string; test: (event: KeyboardEvent) => boolean };
}

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

export const AUTHORING_ACTIONS: readonly AuthoringAction[] = [
  {
    name: 'copy',
    label: 'Copy',
    perform: ({ store }) => {
      copySelection(store);
    },
    enabled: someStep,
    shortcut: { aria: 'Control+C Meta+C', test: chord('c') },
  },
  {
    name: 'cut',
    label: 'Cut',
    perform: ({ store }) => {
      if (copySelection(store)) void deleteSelected(store);
    },
    enabled: someStep,
    shortcut: { aria: 'Control+X Meta+X', test: chord('x') },
  },
  {
    name: 'paste',
    label: 'Paste',
    perform: ({ store }) => {
      pasteClipboard(store);
    },
    enabled: () => hasClipboard(),
    shortcut: { aria: 'Control+V Meta+V', test: chord('v') },
  },
  {
    name: 'duplicate',
    label: 'Duplicate',
    perform: ({ store }) => {
      duplicateSelection(store);
    },
    enabled: someStep,
    shortcut: { aria: 'Control+D Meta+D', test: chord('d') },
  },
  {
    name: 'select-all',
    label: 'Select all',
    perform: ({ store }) => {
      selectEverything(store);
    },
    shortcut: { aria: 'Control+A Meta+A', test: chord('a') },
  },
  {
    name: 'find',
    label: 'Find a step',
    perform: ({ focusSearch }) => {
      focusSearch();
    },
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
    shortcut: { aria: 'Escape', test: (e) => e.key === 'Escape' && !command(e) },
  },
  {
    name: 'shortcuts',
    label: 'Keyboard shortcuts',
    perform: ({ showShortcuts }) => {
      showShortcuts();
    },
    shortcut: { aria: '?', test: (e) => e.key === '?' && !command(e) },
  },
];

/** Keys that belong to a text field while one has the focus (copy, paste, select all, typing). */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** The authoring action a key press on the canvas asks for, if any. */
export function authoringActionForKey(event: KeyboardEvent): AuthoringAction | undefined {
  if (typingIn(event.target)) return undefined;
  return AUTHORING_ACTIONS.find((action) => action.shortcut?.test(event) === true);
}
