/**
 * The editing habits authors bring from other tools, as editor commands over the model's pure
 * operations: copy, cut, paste and duplicate of steps, select all, delete of a selection (asking
 * first, in the app's own dialog, when steps would be cut off), and "play the canvas".
 */
import {
  applyPaste,
  copySteps,
  isEmptyClipboard,
  planPaste,
  shiftClipboard,
  type StepClipboard,
} from '../model/clipboard';
import {
  deleteSelection,
  isEmptySelection,
  selectAll,
  stepName,
  type MultiSelection,
} from '../model/selection';
import { writePreview } from '../io/preview';
import type { ConfirmRequest } from './ConfirmDialog';
import { wouldOrphan } from './editActions';
import type { EditorStore } from './editorStore';

/**
 * The clipboard lives with the app, not the page: steps copied in one tree paste into another
 * opened later in the same tab.
 */
let clipboard: StepClipboard = { states: {} };

export function hasClipboard(): boolean {
  return !isEmptyClipboard(clipboard);
}

/** Copies the selected steps (the answers between them come along). False when none is selected. */
export function copySelection(store: EditorStore): boolean {
  const { picked, autoPositions } = store.getState();
  if (picked.states.length === 0) return false;
  clipboard = copySteps(store.doc.tree, picked.states, autoPositions);
  store.setMessage(
    `Copied ${String(picked.states.length)} step${picked.states.length === 1 ? '' : 's'}.`,
  );
  return true;
}

/** Pastes the clipboard beside the originals, in one undo step, and selects what was pasted. */
export function pasteClipboard(store: EditorStore, label = 'Paste'): boolean {
  if (isEmptyClipboard(clipboard)) return false;
  const paste = planPaste(store.doc.tree, clipboard);
  if (
    !store.apply((draft) => {
      applyPaste(paste)(draft.tree);
    }, label)
  )
    return false;
  store.pick({ states: Object.keys(paste.states), answers: [] });
  // A second paste lands a step further on, not on top of the first.
  clipboard = shiftClipboard(clipboard);
  return true;
}

/** Copies and pastes the selection in one go (the clipboard is left as it was). */
export function duplicateSelection(store: EditorStore): boolean {
  const kept = clipboard;
  const copied = copySelection(store) && pasteClipboard(store, 'Duplicate');
  clipboard = kept;
  return copied;
}

export function selectEverything(store: EditorStore): void {
  store.pick(selectAll(store.doc.tree));
}

/** What to ask before deleting a selection, or null when nothing would be cut off. */
export function deleteQuestion(
  store: EditorStore,
  selection: MultiSelection,
): ConfirmRequest | null {
  const tree = store.doc.tree;
  const orphans = wouldOrphan(tree, [...selection.states], [...selection.answers]);
  if (orphans.length === 0) return null;
  const steps = selection.states.length;
  const what =
    steps > 0
      ? `Deleting ${steps === 1 ? stepName(tree, selection.states[0] ?? '') : `${String(steps)} steps`}`
      : `Deleting ${selection.answers.length === 1 ? 'this answer' : 'these answers'}`;
  return {
    title: 'Delete and leave steps unreachable?',
    message: `${what} leaves ${String(orphans.length)} other step${orphans.length === 1 ? '' : 's'} with no way to reach ${orphans.length === 1 ? 'it' : 'them'} from the first step. Undo brings everything back.`,
    items: orphans.map((key) => stepName(tree, key)),
    confirmLabel: 'Delete anyway',
    cancelLabel: 'Keep',
  };
}

/** Deletes a selection in one undo step (the caller has asked, when it had to). */
export function deleteNow(store: EditorStore, selection: MultiSelection): boolean {
  if (isEmptySelection(selection)) return false;
  const steps = selection.states.length;
  const label =
    steps > 1 ? `Delete ${String(steps)} steps` : steps === 1 ? 'Delete step' : 'Delete answer';
  const ok = store.apply((draft) => {
    deleteSelection(selection)(draft.tree);
  }, label);
  if (ok) store.pick({ states: [], answers: [] });
  return ok;
}

/** Hands the canvas as it is to the player ("Play", "Play from here"). */
export function publishPreview(store: EditorStore): boolean {
  return writePreview(store.doc.tree, store.problems());
}
