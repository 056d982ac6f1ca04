import { useState } from 'react';
import { routeHref } from '../routes/route';
import { loadBundledTree } from '../io/bundledTrees';
import { saveDraftKeepingOthers } from '../io/drafts';
import { requestOpenDraft } from '../io/tabSession';
import { blankTree, duplicateDocument } from '../model/newTree';
import { TREE_ID_PATTERN } from '../model/schema';
import '../ui/controls.css';
import './editor.css';

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** "New tree" and "Duplicate tree": choose a title and id, then edit; the tree is a draft until saved. */
export function NewTreePage({ from }: { from?: string | undefined }) {
  const [title, setTitle] = useState(from ? 'Copy of pathway' : 'New pathway');
  const [id, setId] = useState(from ? `${from}-copy` : 'new-pathway');
  const [error, setError] = useState('');
  const create = async () => {
    if (!TREE_ID_PATTERN.test(id)) {
      setError(
        'The id must be lower case letters, digits and hyphens, starting with a letter or digit.',
      );
      return;
    }
    if (await loadBundledTree(id)) {
      setError(`A tree called “${id}” already exists.`);
      return;
    }
    const today = new Date().toISOString().slice(0, 10);
    let doc = { tree: blankTree(id, title, today), scenarios: [] as never[] };
    if (from) {
      const source = await loadBundledTree(from);
      if (!source?.tree) {
        setError(`The tree “${from}” cannot be read, so it cannot be duplicated.`);
        return;
      }
      doc = duplicateDocument(
        { tree: source.tree, scenarios: source.scenarios?.scenarios ?? [] },
        id,
        title,
      ) as typeof doc;
    }
    if (!saveDraftKeepingOthers(id, { doc, savedAt: new Date().toISOString() })) {
      setError(
        'This browser refused to keep the new tree as a draft (storage full or private mode), so it was not opened. Free some browser storage and try again.',
      );
      return;
    }
    requestOpenDraft(id);
    window.location.hash = routeHref({ page: 'edit', treeId: id });
  };
  return (
    <section className="new-tree">
      <h1>{from ? `Duplicate “${from}”` : 'New tree'}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <div className="field">
          <label htmlFor="new-title">Title</label>
          <input
            id="new-title"
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              setId(slug(e.target.value) || id);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="new-id">Id (the file name in trees/)</label>
          <input
            id="new-id"
            value={id}
            onChange={(e) => {
              setId(e.target.value);
            }}
            spellCheck={false}
          />
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary">
          {from ? 'Duplicate and edit' : 'Create and edit'}
        </button>
      </form>
    </section>
  );
}
