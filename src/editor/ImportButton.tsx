import { useId, useState } from 'react';
import { ProblemList } from '../ui/ProblemList';
import { routeHref } from '../routes/route';
import { findDrafts, saveDraftKeepingOthers } from '../io/drafts';
import { requestOpenDraft } from '../io/tabSession';
import { validateTreeText } from '../model/validateText';
import type { Problem, Tree } from '../model/types';
import { useStore } from './useEditorStore';
import { existingTree, ImportExisting, type ExistingTree } from './ImportExisting';

/** An import that needs the author's yes first. */
interface Pending {
  file: string;
  tree: Tree;
  /** The imported tree is the one open here: it would replace the canvas (undoable). */
  sameTree: boolean;
  /** How many drafts of the imported tree's id this browser already holds (they are kept). */
  otherDrafts: number;
}

/**
 * Opens a tree file from disk. A broken file gets its problems listed and nothing changes. A file
 * of the open tree replaces the canvas after a confirmation, as one edit that Undo takes back; a
 * file of a tree not saved yet opens as a new draft of that tree, and that tree's drafts are
 * kept; a file of another existing tree is explained, with ways on (`ImportExisting.tsx`).
 */
export function ImportButton() {
  const id = useId();
  const store = useStore();
  const [failed, setFailed] = useState<{ file: string; problems: Problem[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [existing, setExisting] = useState<{
    file: string;
    tree: Tree;
    existing: ExistingTree;
  } | null>(null);
  const read = async (file: File) => {
    // Bytes, so the encoding rule (UTF-8, no BOM) is the CLI's and the save API's.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileId = file.name.replace(/\.json$/i, '');
    const result = validateTreeText(fileId, bytes, undefined);
    if (!result.tree) {
      setFailed({ file: file.name, problems: result.problems });
      return;
    }
    setFailed(null);
    const tree = result.tree;
    const sameTree = tree.id === store.doc.tree.id;
    setExisting(null);
    const other = sameTree ? undefined : await existingTree(tree.id);
    if (other) {
      setExisting({ file: file.name, tree, existing: other });
      return;
    }
    const otherDrafts = sameTree ? 0 : findDrafts(tree.id).drafts.length;
    if (sameTree || otherDrafts > 0) {
      setPending({ file: file.name, tree, sameTree, otherDrafts });
      return;
    }
    openElsewhere(file.name, tree);
  };
  const openElsewhere = (file: string, tree: Tree) => {
    if (!saveDraftKeepingOthers(tree.id, { doc: { tree, scenarios: [] }, savedAt: now() })) {
      store.setMessage(
        `This browser refused to keep ${file} as a draft (storage full?): nothing was opened.`,
      );
      return;
    }
    requestOpenDraft(tree.id);
    window.location.hash = routeHref({ page: 'edit', treeId: tree.id });
  };
  const confirm = (p: Pending) => {
    setPending(null);
    if (!p.sameTree) {
      openElsewhere(p.file, p.tree);
      return;
    }
    store.apply((doc) => {
      doc.tree = p.tree;
    }, `Import ${p.file}`);
    store.setMessage(`Imported ${p.file}: not saved yet. Undo brings back what was here.`);
  };
  return (
    <>
      <label htmlFor={id} className="small-button file-button">
        Import…
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {pending && (
        <div className="import-error" role="alertdialog" aria-label="Confirm import">
          <p>
            {pending.sameTree ? (
              <>
                <strong>
                  {pending.file} is this tree ({pending.tree.id}).
                </strong>{' '}
                Importing replaces what is on the canvas; Undo takes it back.
              </>
            ) : (
              <>
                <strong>
                  {pending.tree.id} already has {pending.otherDrafts} unsaved draft
                  {pending.otherDrafts === 1 ? '' : 's'} in this browser.
                </strong>{' '}
                The import opens as a new draft and the earlier ones are kept: they are offered when
                that tree is opened again.
              </>
            )}
          </p>
          <div className="tool-group">
            <button
              type="button"
              className="small-button primary"
              onClick={() => {
                confirm(pending);
              }}
            >
              {pending.sameTree ? 'Replace the canvas' : 'Open the import'}
            </button>
            <button
              type="button"
              className="small-button"
              onClick={() => {
                setPending(null);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {existing && (
        <ImportExisting
          {...existing}
          onClose={() => {
            setExisting(null);
          }}
        />
      )}
      {failed && (
        <div className="import-error" role="alert">
          <p>
            <strong>{failed.file} cannot be imported.</strong> Nothing was changed.
          </p>
          <ProblemList file={failed.file} problems={failed.problems} />
          <button
            type="button"
            className="small-button"
            onClick={() => {
              setFailed(null);
            }}
          >
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}

function now(): string {
  return new Date().toISOString();
}
