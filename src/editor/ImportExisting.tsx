/**
 * Import of a file whose id is another pathway that already exists. Opened as a plain new draft,
 * its first save met "the file on disk changed" with no way on (the draft had no etag to save
 * over). Here the author is told which pathway the file is and picks: open that pathway, import
 * the file as a draft of it (saving then replaces its file, as any edit would), or import it as a
 * copy under a new id.
 */
import { useState } from 'react';
import { saveDraftKeepingOthers } from '../io/drafts';
import { requestOpenDraft } from '../io/tabSession';
import type { TreeDocument } from '../model/document';
import { duplicateDocument } from '../model/newTree';
import { TREE_ID_PATTERN } from '../model/schema';
import type { Tree } from '../model/types';
import { routeHref } from '../routes/route';
import { loadDocument } from './loadDocument';

/** The pathway an imported file turned out to be. */
export interface ExistingTree {
  title: string;
  /** ETag of its file under the save API; a draft based on it saves over that file. */
  etag?: string | undefined;
  /** Its scenarios: an import holds the tree only, so the draft keeps them. */
  scenarios: TreeDocument['scenarios'];
}

/** The pathway with `id`, when one is saved (save API) or bundled (static build). */
export async function existingTree(id: string): Promise<ExistingTree | undefined> {
  const loaded = await loadDocument(id);
  if (loaded.kind === 'missing') return undefined;
  if (loaded.kind === 'broken') return { title: id, scenarios: [] };
  return {
    title: loaded.doc.tree.meta.title,
    etag: loaded.save.etag,
    scenarios: loaded.doc.scenarios,
  };
}

function openDraft(treeId: string, doc: TreeDocument, baseEtag?: string): boolean {
  const draft = { doc, savedAt: new Date().toISOString(), ...(baseEtag ? { baseEtag } : {}) };
  if (!saveDraftKeepingOthers(treeId, draft)) return false;
  requestOpenDraft(treeId);
  window.location.hash = routeHref({ page: 'edit', treeId });
  return true;
}

interface Props {
  file: string;
  tree: Tree;
  existing: ExistingTree;
  onClose: () => void;
}

export function ImportExisting({ file, tree, existing, onClose }: Props) {
  const [copyId, setCopyId] = useState(`${tree.id}-import`);
  const [problem, setProblem] = useState('');
  const refused = `This browser refused to keep the import as a draft (storage full?): nothing was opened.`;
  const doc: TreeDocument = { tree, scenarios: existing.scenarios };
  const asDraftOfIt = () => {
    if (!openDraft(tree.id, doc, existing.etag)) setProblem(refused);
  };
  const asCopy = async () => {
    if (await existingTree(copyId)) {
      setProblem(`There is a pathway called “${copyId}” already: choose another id.`);
      return;
    }
    const copy = duplicateDocument(doc, copyId, tree.meta.title);
    if (!openDraft(copyId, copy)) setProblem(refused);
  };
  return (
    <div className="import-error" role="alertdialog" aria-label="Import an existing pathway">
      <p>
        <strong>
          {file} is the pathway “{existing.title}” ({tree.id}), which already exists.
        </strong>{' '}
        Open that pathway, import the file as a draft of it (saving it then replaces that
        pathway&rsquo;s file; its unsaved drafts are kept), or import it as a copy with a new id.
      </p>
      <div className="tool-group">
        <a className="small-button" href={routeHref({ page: 'edit', treeId: tree.id })}>
          Open “{existing.title}”
        </a>
        <button type="button" className="small-button" onClick={asDraftOfIt}>
          Import as a draft of it
        </button>
        <label htmlFor="import-copy-id">New id</label>
        <input
          id="import-copy-id"
          value={copyId}
          onChange={(e) => {
            setCopyId(e.target.value);
            setProblem('');
          }}
        />
        <button
          type="button"
          className="small-button primary"
          disabled={!TREE_ID_PATTERN.test(copyId)}
          onClick={() => {
            void asCopy();
          }}
        >
          Import as a copy
        </button>
        <button type="button" className="small-button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {problem && <p role="status">{problem}</p>}
    </div>
  );
}
