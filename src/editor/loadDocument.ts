/**
 * Where the editor gets a tree: the save API under `npm run dev`, otherwise the bundled copy; and
 * any browser draft of it, which the author may restore.
 */
import { loadBundledTree } from '../io/bundledTrees';
import { clearDraftSlot, findDrafts, type DamagedDraft, type StoredDraft } from '../io/drafts';
import { hasOpenRequest } from '../io/tabSession';
import { apiAvailable, getTree } from '../io/treesApi';
import type { TreeDocument } from '../model/document';
import type { Problem } from '../model/types';
import { validateTreeText } from '../model/validateText';
import { documentText, type SaveInfo } from './editorStore';

/** What every outcome carries about the browser's drafts of the tree. */
interface DraftsFound {
  /** Drafts that differ from the saved file, this tab's first; each may be restored. */
  drafts: StoredDraft[];
  /** Drafts that could not be read: set aside and reported, never in the way. */
  damaged: DamagedDraft[];
  /** This tab asked to open its draft directly (it was just made by New tree or Import). */
  openMine: boolean;
  api: boolean;
}

export type Loaded =
  | ({ kind: 'ready'; doc: TreeDocument; save: SaveInfo } & DraftsFound)
  | ({ kind: 'broken'; file: string; problems: Problem[] } & DraftsFound)
  | ({ kind: 'missing' } & DraftsFound);

/** Loads the tree and its drafts; a draft equal to the saved file is no draft and is removed. */
export async function loadDocument(treeId: string): Promise<Loaded> {
  const api = await apiAvailable();
  const found0 = findDrafts(treeId);
  const openMine = hasOpenRequest(treeId);
  const base = { damaged: found0.damaged, openMine, api };
  let found: { doc?: TreeDocument; problems: Problem[]; etag?: string } | undefined;
  if (api) {
    const file = await getTree(treeId);
    if (file) {
      const result = validateTreeText(treeId, file.text, file.scenariosText);
      found = { problems: result.problems, etag: file.etag };
      if (result.tree)
        found.doc = { tree: result.tree, scenarios: result.scenarios?.scenarios ?? [] };
    }
  } else {
    const bundled = await loadBundledTree(treeId);
    if (bundled) {
      found = { problems: bundled.problems };
      if (bundled.tree)
        found.doc = { tree: bundled.tree, scenarios: bundled.scenarios?.scenarios ?? [] };
    }
  }
  if (!found) {
    // A new or imported tree exists only as drafts until its first save.
    return { kind: 'missing', drafts: found0.drafts, ...base };
  }
  if (!found.doc) {
    const file = `trees/${treeId}.json`;
    return { kind: 'broken', file, problems: found.problems, drafts: found0.drafts, ...base };
  }
  const savedText = documentText(found.doc);
  const drafts = found0.drafts.filter((draft) => {
    if (documentText(draft.doc) !== savedText) return true;
    clearDraftSlot(draft.slot);
    return false;
  });
  return { kind: 'ready', doc: found.doc, save: { etag: found.etag, savedText }, drafts, ...base };
}
