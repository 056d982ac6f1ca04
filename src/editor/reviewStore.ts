/**
 * What the review features lay over the canvas, outside the document and its undo history:
 * reviewers' comments, the steps a diff marked as changed, and a version opened read-only.
 * One per editor store, read with `useReview`.
 */
import { useSyncExternalStore } from 'react';
import type { CommentsFile } from '../model/comments';
import type { TreeDocument } from '../model/document';
import type { EditorStore } from './editorStore';
import { useStore } from './useEditorStore';

export interface ReviewState {
  comments?: CommentsFile;
  /** Step keys the current diff marks as changed on the canvas. */
  changed: ReadonlySet<string>;
  /** A version shown read-only on the canvas instead of the draft. */
  viewing?: { sha: string; label: string; doc: TreeDocument };
}

export class ReviewStore {
  private state: ReviewState = { changed: new Set() };
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ReviewState => this.state;

  set = (patch: Partial<ReviewState>): void => {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  };

  /** Closes a version opened read-only. */
  closeVersion = (): void => {
    const rest = { ...this.state };
    delete rest.viewing;
    this.state = rest;
    for (const listener of this.listeners) listener();
  };
}

/** One review store per editor store: the editor's parts reach it without a provider of its own. */
const stores = new WeakMap<EditorStore, ReviewStore>();

export function useReviewStore(): ReviewStore {
  const editor = useStore();
  let store = stores.get(editor);
  if (!store) stores.set(editor, (store = new ReviewStore()));
  return store;
}

export function useReview<T>(select: (state: ReviewState) => T): T {
  const store = useReviewStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
