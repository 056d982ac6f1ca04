/**
 * "Reload from disk" after a save conflict: the canvas takes the file as it is now, with its
 * etag, so the tab shows what another tab or author saved and its next save goes through. The
 * author's own version is not dropped: it is kept as a draft of its own, offered on the next open.
 * (Reloading the page instead offered the author's draft again, still based on the old file:
 * restoring it hid the other save and led to the same conflict.)
 */
import { clearDraft, keepDraftAside } from '../io/drafts';
import { getTree } from '../io/treesApi';
import { validateTreeText } from '../model/validateText';
import { documentText, type EditorStore } from './editorStore';

export interface Reloaded {
  /** Whether the canvas now holds the file on disk. */
  replaced: boolean;
  /** What to tell the author. */
  message: string;
}

const stays = (message: string): Reloaded => ({ replaced: false, message });

/** Replaces the store's document with the file on disk, keeping the author's version aside. */
export async function reloadFromDisk(store: EditorStore): Promise<Reloaded> {
  const treeId = store.doc.tree.id;
  let file: Awaited<ReturnType<typeof getTree>>;
  try {
    file = await getTree(treeId);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return stays(`The file could not be read from disk (${why}): your work stays here.`);
  }
  if (!file)
    return stays(`There is no trees/${treeId}.json on disk any more: your work stays here.`);
  const result = validateTreeText(treeId, file.text, file.scenariosText);
  if (!result.tree) {
    const why = result.problems[0]?.message ?? 'unreadable';
    return stays(
      `trees/${treeId}.json cannot be opened in the editor (${why}): your work stays here.`,
    );
  }
  const mine = store.doc;
  const kept =
    !store.dirty() ||
    keepDraftAside(treeId, {
      doc: mine,
      baseEtag: store.getState().save.etag,
      savedAt: new Date().toISOString(),
    });
  if (!kept) {
    return stays(
      'This browser refused to keep your version as a draft: export it first (Export JSON), then reload.',
    );
  }
  const doc = { tree: result.tree, scenarios: result.scenarios?.scenarios ?? [] };
  store.replace(doc, { etag: file.etag, savedText: documentText(doc) });
  clearDraft(treeId);
  return {
    replaced: true,
    message:
      'Reloaded from disk. Your version is kept as a draft in this browser: it is offered when you open this tree again.',
  };
}
