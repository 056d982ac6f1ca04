/**
 * The editor's actions registry (in the way excalidraw registers actions): each action has a
 * name, the label its button shows, what it does, when it is available, and the keyboard test and
 * `aria-keyshortcuts` text of its shortcut, if it has one. The toolbar draws its buttons from it
 * and the editor's key handler runs the shortcuts from it, so a button, its shortcut and the
 * shortcut's announcement cannot drift apart.
 */
import { KINDS, NODE_KINDS } from '../model/kinds';
import type { NodeKind } from '../model/types';
import { AUTHORING_ACTIONS } from './authoringActions';
import { addNode } from './editActions';
import type { EditorStore } from './editorStore';

/** What an action may use: the store, and where on the canvas a new step should go. */
export interface ActionContext {
  store: EditorStore;
  placeNew: () => { x: number; y: number };
  /** Opens the "?" list of shortcuts. */
  showShortcuts?: () => void;
  /** Puts the focus in the search box. */
  focusSearch?: () => void;
}

export interface EditorAction {
  name: string;
  label: string;
  perform: (context: ActionContext) => void;
  /** Whether the action can run now (a disabled button otherwise). */
  enabled?: (store: EditorStore) => boolean;
  /** The shortcut: the `aria-keyshortcuts` text and the test a key press must pass. */
  shortcut?: { aria: string; test: (event: KeyboardEvent) => boolean };
  /**
   * A canvas shortcut (copy, paste, select all, "?"...): left to a text field while one has the
   * focus, where the same keys copy, paste and type.
   */
  canvasOnly?: boolean;
}

/** Ctrl on Windows and Linux, Cmd on macOS; never with Alt (AltGr types characters). */
const command = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey;

/** "+ Question", "+ Plan step"...: one action per node kind of the registry. */
export const ADD_STEP_ACTIONS: readonly EditorAction[] = NODE_KINDS.map((kind: NodeKind) => ({
  name: `add-${kind}`,
  label: `+ ${KINDS[kind].label}`,
  perform: ({ store, placeNew }) => {
    // Beside the selected step when there is one, else near the middle of the view.
    const { selection } = store.getState();
    addNode(
      store,
      kind,
      placeNew(),
      undefined,
      selection?.kind === 'state' ? selection.id : undefined,
    );
  },
}));

export const UNDO: EditorAction = {
  name: 'undo',
  label: 'Undo',
  perform: ({ store }) => {
    store.undo();
  },
  enabled: (store) => store.getState().history.past.length > 0,
  shortcut: {
    aria: 'Control+Z Meta+Z',
    test: (e) => command(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
  },
};

export const REDO: EditorAction = {
  name: 'redo',
  label: 'Redo',
  perform: ({ store }) => {
    store.redo();
  },
  enabled: (store) => store.getState().history.future.length > 0,
  shortcut: {
    aria: 'Control+Shift+Z Meta+Shift+Z Control+Y',
    test: (e) =>
      command(e) &&
      ((e.shiftKey && e.key.toLowerCase() === 'z') || (!e.shiftKey && e.key.toLowerCase() === 'y')),
  },
};

/** Every action, for the key handler and the "?" list. */
export const EDITOR_ACTIONS: readonly EditorAction[] = [
  ...ADD_STEP_ACTIONS,
  UNDO,
  REDO,
  ...AUTHORING_ACTIONS,
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

/**
 * The action whose shortcut this key press is, if any. While a dialog is open it has the keys
 * (Escape must reach it); canvas shortcuts leave a text field's own keys alone.
 */
export function actionForKey(event: KeyboardEvent): EditorAction | undefined {
  if (typeof document !== 'undefined' && document.querySelector('dialog[open]')) return undefined;
  const typing = typingIn(event.target);
  return EDITOR_ACTIONS.find(
    (action) => action.shortcut?.test(event) === true && !(typing && action.canvasOnly === true),
  );
}
