import { useId, useState } from 'react';
import { ProblemList } from '../ui/ProblemList';
import { routeHref } from '../routes/route';
import { saveDraft } from '../io/drafts';
import { validateTreeText } from '../model/validateText';
import type { Problem } from '../model/types';
import { useStore } from './useEditorStore';

/**
 * Opens a tree file from disk. A broken file gets its problems listed and nothing changes; a
 * readable one opens in the editor as an unsaved draft.
 */
export function ImportButton() {
  const id = useId();
  const store = useStore();
  const [failed, setFailed] = useState<{ file: string; problems: Problem[] } | null>(null);
  const open = async (file: File) => {
    const text = await file.text();
    const fileId = file.name.replace(/\.json$/i, '');
    const result = validateTreeText(fileId, text, undefined);
    if (!result.tree) {
      setFailed({ file: file.name, problems: result.problems });
      return;
    }
    setFailed(null);
    const tree = result.tree;
    if (tree.id === store.doc.tree.id) {
      store.replace({ tree, scenarios: store.doc.scenarios });
      store.setMessage(`Imported ${file.name}: not saved yet.`);
      return;
    }
    saveDraft(tree.id, { doc: { tree, scenarios: [] }, savedAt: new Date().toISOString() });
    window.location.hash = routeHref({ page: 'edit', treeId: tree.id });
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
          if (file) void open(file);
        }}
      />
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
