/**
 * Saving the document: through the dev server's API when it is there, otherwise as downloads.
 * Returns what happened so the toolbar can say so or ask about a conflict.
 */
import { clearDraft } from '../io/drafts';
import { downloadText } from '../io/download';
import { saveTree } from '../io/treesApi';
import { toScenarioFile, type TreeDocument } from '../model/document';
import { serialiseScenarios, serialiseTree } from '../model/serialise';
import type { Problem } from '../model/types';
import type { EditorStore } from './editorStore';

export type SaveOutcome =
  | { kind: 'saved' }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'conflict'; currentEtag: string }
  | { kind: 'exists' }
  | { kind: 'unavailable' }
  | { kind: 'error'; message: string };

/** Saves to trees/ through the API. `overwriteEtag` forces a save over a newer file on disk. */
export async function saveToApi(store: EditorStore, overwriteEtag?: string): Promise<SaveOutcome> {
  const doc = store.doc;
  const etag = overwriteEtag ?? store.getState().save.etag;
  const result = await saveTree(doc.tree.id, doc.tree, {
    scenarios: toScenarioFile(doc),
    ...(etag === undefined ? { create: true } : { etag }),
  });
  if (result.ok) {
    store.markSaved(result.etag);
    clearDraft(doc.tree.id);
    return { kind: 'saved' };
  }
  switch (result.kind) {
    case 'invalid':
      return { kind: 'invalid', problems: result.problems };
    case 'conflict':
      return { kind: 'conflict', currentEtag: result.currentEtag };
    case 'exists':
      return { kind: 'exists' };
    case 'unavailable':
      return { kind: 'unavailable' };
    default:
      return { kind: 'error', message: result.message };
  }
}

/** The static build's save: the tree and its scenarios as two downloads, canonical like the API. */
export function exportDocument(doc: TreeDocument): void {
  downloadText(`${doc.tree.id}.json`, serialiseTree(doc.tree));
  downloadText(`${doc.tree.id}.scenarios.json`, serialiseScenarios(toScenarioFile(doc)));
}
