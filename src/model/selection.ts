/**
 * A selection of several steps and answers, and what the editor does with one: toggle a step in
 * or out (Shift/Ctrl-click), select everything, delete it all as one edit.
 */
import { disconnect, EditError, removeState, type Recipe } from './edits';
import { hasOwn, own } from './own';
import { nodeTitle } from './toFlow';
import type { Tree } from './types';

export interface AnswerRef {
  state: string;
  event: string;
}

export interface MultiSelection {
  states: readonly string[];
  answers: readonly AnswerRef[];
}

export const NOTHING_SELECTED: MultiSelection = { states: [], answers: [] };

export function isEmptySelection(selection: MultiSelection): boolean {
  return selection.states.length === 0 && selection.answers.length === 0;
}

/** Adds a step to the selection, or takes it out if it is there already. */
export function toggleState(selection: MultiSelection, key: string): MultiSelection {
  return selection.states.includes(key)
    ? { ...selection, states: selection.states.filter((k) => k !== key) }
    : { ...selection, states: [...selection.states, key] };
}

/** Every step of the tree, in file order (answers between them go with them). */
export function selectAll(tree: Tree): MultiSelection {
  return { states: Object.keys(tree.states), answers: [] };
}

/** Selection entries that still exist in the tree (after an undo, say), in the same order. */
export function pruneSelection(tree: Tree, selection: MultiSelection): MultiSelection {
  return {
    states: selection.states.filter((k) => hasOwn(tree.states, k)),
    answers: selection.answers.filter((a) => hasOwn(own(tree.states, a.state)?.on, a.event)),
  };
}

/**
 * Deletes the selected answers and steps (and every answer into a deleted step) in one recipe,
 * so one undo brings all of it back. The first step cannot go: choose another one first.
 */
export function deleteSelection(selection: MultiSelection): Recipe {
  return (draft) => {
    if (selection.states.includes(draft.initial))
      throw new EditError(
        `"${draft.initial}" is the first step; choose another first step before deleting it`,
      );
    const gone = new Set(selection.states);
    for (const a of selection.answers)
      if (!gone.has(a.state) && hasOwn(own(draft.states, a.state)?.on, a.event))
        disconnect(a.state, a.event)(draft);
    for (const key of selection.states) if (hasOwn(draft.states, key)) removeState(key)(draft);
  };
}

/** A step as people know it: its prompt or title, and the key in brackets for authors. */
export function stepName(tree: Tree, key: string): string {
  const node = own(tree.states, key);
  if (!node) return key;
  const title = nodeTitle(node).trim();
  const short = title.length > 80 ? `${title.slice(0, 79)}…` : title;
  return `“${short}” (${key})`;
}
