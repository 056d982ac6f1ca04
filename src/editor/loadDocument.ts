/**
 * Where the editor gets a tree: the save API under `npm run dev`, otherwise the bundled copy; and
 * any browser draft of it, which the author may restore.
 */
import { loadBundledTree } from '../io/bundledTrees';
import { loadDraft, type Draft } from '../io/drafts';
import { apiAvailable, getTree } from '../io/treesApi';
import type { TreeDocument } from '../model/document';
import type { Problem } from '../model/types';
import { validateTreeText } from '../model/validateText';
import { documentText, type SaveInfo } from './editorStore';

export type Loaded =
  | { kind: 'ready'; doc: TreeDocument; save: SaveInfo; draft?: Draft | undefined; api: boolean }
  | { kind: 'broken'; file: string; problems: Problem[]; draft?: Draft | undefined; api: boolean }
  | { kind: 'missing'; api: boolean };

export async function loadDocument(treeId: string): Promise<Loaded> {
  const api = await apiAvailable();
  const draft = loadDraft(treeId);
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
    // A new or imported tree exists only as a draft until its first save.
    return draft
      ? { kind: 'ready', doc: draft.doc, save: { savedText: '' }, api }
      : { kind: 'missing', api };
  }
  if (!found.doc)
    return { kind: 'broken', file: `trees/${treeId}.json`, problems: found.problems, draft, api };
  const savedText = documentText(found.doc);
  const differs = draft !== undefined && documentText(draft.doc) !== savedText;
  return {
    kind: 'ready',
    doc: found.doc,
    save: { etag: found.etag, savedText },
    draft: differs ? draft : undefined,
    api,
  };
}
