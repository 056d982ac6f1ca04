/**
 * The editor's current canvas, handed to the player for "Play" and "Play from here": written to
 * the browser's storage on every change, read by the player tab (which follows later edits
 * through the `storage` event). Saved or not, valid or not: what the author sees is what plays.
 */
import type { Problem, Tree } from '../model/types';

export interface Preview {
  tree: Tree;
  /** What the editor's live validation said about this version. */
  problems: Problem[];
  writtenAt: string;
}

const PREFIX = 'stepwise:preview:';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Keeps the canvas for the player; false when the browser refused (storage full or off). */
export function writePreview(tree: Tree, problems: readonly Problem[]): boolean {
  const preview: Preview = { tree, problems: [...problems], writtenAt: new Date().toISOString() };
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(PREFIX + tree.id, JSON.stringify(preview));
    return true;
  } catch {
    return false;
  }
}

function parsePreview(text: string | null | undefined): Preview | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Preview> | null;
    const tree = value?.tree;
    if (!value || typeof tree !== 'object' || typeof tree.states !== 'object') return undefined;
    return {
      tree,
      problems: Array.isArray(value.problems) ? value.problems : [],
      writtenAt: typeof value.writtenAt === 'string' ? value.writtenAt : '',
    };
  } catch {
    return undefined;
  }
}

export function readPreview(treeId: string): Preview | undefined {
  try {
    return parsePreview(storage()?.getItem(PREFIX + treeId));
  } catch {
    return undefined;
  }
}

/** Calls back with each new version the editor (in another tab) writes. */
export function watchPreview(treeId: string, onChange: (preview: Preview) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PREFIX + treeId) return;
    const preview = parsePreview(event.newValue);
    if (preview) onChange(preview);
  };
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('storage', onStorage);
  };
}
