/**
 * Saving the document: through the dev server's API when it is there, otherwise as downloads.
 * `saveTarget` connects the save machine (`saveMachine.ts`) to the editor's store and drafts.
 */
import { clearDraft, saveDraft } from '../io/drafts';
import { downloadText } from '../io/download';
import { saveTree } from '../io/treesApi';
import { toScenarioFile, type TreeDocument } from '../model/document';
import { serialiseScenarios, serialiseTree } from '../model/serialise';
import type { EditorStore } from './editorStore';
import type { SaveTarget, SentVersion } from './saveMachine';

/** Writes the store's current document to this tab's draft; false when the browser refused. */
export function keepDraftOf(store: EditorStore): boolean {
  return saveDraft(store.doc.tree.id, {
    doc: store.doc,
    baseEtag: store.getState().save.etag,
    savedAt: new Date().toISOString(),
  });
}

/** The save machine's view of an editor: snapshot, send through the API, mark saved, keep a draft. */
export function saveTarget(store: EditorStore): SaveTarget {
  return {
    snapshot: () => ({ doc: store.doc, etag: store.getState().save.etag }),
    send: ({ doc, etag }: SentVersion) =>
      saveTree(doc.tree.id, doc.tree, {
        scenarios: toScenarioFile(doc),
        ...(etag === undefined ? { create: true } : { etag }),
      }),
    markSaved: (sent, etag) => {
      store.markSaved(etag, sent.doc);
      // Edits made while the request was in flight are not saved: they stay in the draft, now
      // based on the version just written.
      if (store.dirty()) {
        if (!keepDraftOf(store)) {
          store.setMessage('This browser refused to keep a draft: export your work to be safe.');
        }
      } else {
        clearDraft(sent.doc.tree.id);
      }
    },
    keepDraft: () => keepDraftOf(store),
  };
}

/** The static build's save: the tree and its scenarios as two downloads, canonical like the API. */
export function exportDocument(doc: TreeDocument): void {
  downloadText(`${doc.tree.id}.json`, serialiseTree(doc.tree));
  downloadText(`${doc.tree.id}.scenarios.json`, serialiseScenarios(toScenarioFile(doc)));
}
