/**
 * Undo and redo over immer patches: each entry keeps the patches of one edit and their inverse, so
 * memory grows with the size of the edits, not of the tree. Pure: returns new histories.
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { DocRecipe, TreeDocument } from './document';

enablePatches();

export interface HistoryEntry {
  label: string;
  /** Edits with the same key in a row (typing in one field) merge into one undo step. */
  coalesce?: string;
  patches: Patch[];
  inverse: Patch[];
}

export interface History {
  doc: TreeDocument;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const HISTORY_LIMIT = 500;

export function startHistory(doc: TreeDocument): History {
  return { doc, past: [], future: [] };
}

/** Applies an edit; an edit that changes nothing leaves no history entry. Throws `EditError`. */
export function edit(
  history: History,
  recipe: DocRecipe,
  label: string,
  coalesce?: string,
): History {
  const [doc, patches, inverse] = produceWithPatches(history.doc, recipe);
  if (patches.length === 0) return history;
  const last = history.past[history.past.length - 1];
  if (coalesce !== undefined && last?.coalesce === coalesce && history.future.length === 0) {
    const merged = {
      label,
      coalesce,
      patches: [...last.patches, ...patches],
      inverse: [...inverse, ...last.inverse],
    };
    return { doc, past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const entry: HistoryEntry =
    coalesce === undefined ? { label, patches, inverse } : { label, coalesce, patches, inverse };
  const past = [...history.past, entry].slice(-HISTORY_LIMIT);
  return { doc, past, future: [] };
}

export function undo(history: History): History {
  const entry = history.past[history.past.length - 1];
  if (!entry) return history;
  return {
    doc: applyPatches(history.doc, entry.inverse),
    past: history.past.slice(0, -1),
    future: [entry, ...history.future],
  };
}

export function redo(history: History): History {
  const [entry, ...future] = history.future;
  if (!entry) return history;
  return {
    doc: applyPatches(history.doc, entry.patches),
    past: [...history.past, entry],
    future,
  };
}
