/**
 * Drafts: every edit is kept in the browser per tree, so a reload or a crashed tab loses nothing.
 * Storage goes through a small interface so tests can supply their own.
 */
import type { TreeDocument } from '../model/document';

export interface Draft {
  doc: TreeDocument;
  /** ETag of the file version the draft started from, when it came from the save API. */
  baseEtag?: string | undefined;
  savedAt: string;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'stepwise:draft:';

function storage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(
  treeId: string,
  store: KeyValueStorage | undefined = storage(),
): Draft | undefined {
  try {
    const text = store?.getItem(PREFIX + treeId);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Draft;
    return typeof draft.doc === 'object' && Array.isArray(draft.doc.scenarios) ? draft : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the browser refuses (quota, private mode): the caller warns the author. */
export function saveDraft(
  treeId: string,
  draft: Draft,
  store: KeyValueStorage | undefined = storage(),
): boolean {
  try {
    if (!store) return false;
    store.setItem(PREFIX + treeId, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(treeId: string, store: KeyValueStorage | undefined = storage()): void {
  try {
    store?.removeItem(PREFIX + treeId);
  } catch {
    // Nothing to do: a draft that cannot be removed is offered again, never lost.
  }
}
