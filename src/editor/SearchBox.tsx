import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { searchStates } from '../model/search';
import { useEditorState, useStore } from './useEditorStore';

/** Find a step by any of its text and jump to it. */
export function SearchBox() {
  const store = useStore();
  const tree = useEditorState((s) => s.history.doc.tree);
  const [query, setQuery] = useState('');
  const { fitView } = useReactFlow();
  const hits = searchStates(tree, query, 12);
  return (
    <div className="search" role="search">
      <label htmlFor="node-search" className="visually-hidden">
        Find a step
      </label>
      <input
        id="node-search"
        type="search"
        placeholder="Find a step…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
        }}
      />
      {query.trim() !== '' && (
        <ul className="search-hits" aria-label="Search results">
          {hits.length === 0 && <li className="hint">No step matches.</li>}
          {hits.map((hit) => (
            <li key={hit.state}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  store.select({ kind: 'state', id: hit.state });
                  void fitView({ nodes: [{ id: hit.state }], duration: 300, maxZoom: 1.2 });
                  setQuery('');
                }}
              >
                <code>{hit.state}</code> {hit.match.slice(0, 80)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
