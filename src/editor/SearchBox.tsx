import { useReactFlow } from '@xyflow/react';
import { useState, type KeyboardEvent } from 'react';
import { searchStates, type SearchHit } from '../model/search';
import { useEditorState, useStore } from './useEditorStore';

const LIST_ID = 'node-search-results';
const optionId = (i: number) => `node-search-hit-${String(i)}`;

/**
 * Find a step by any of its text and jump to it. The results name steps by prompt or title (the
 * key beside it); arrow keys move through them, Enter picks one, Escape closes the list.
 */
export function SearchBox() {
  const store = useStore();
  const tree = useEditorState((s) => s.history.doc.tree);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { fitView } = useReactFlow();
  const hits = searchStates(tree, query, 12);
  const open = query.trim() !== '';
  const current = Math.min(active, hits.length - 1);

  const pick = (hit: SearchHit) => {
    store.select({ kind: 'state', id: hit.state });
    void fitView({ nodes: [{ id: hit.state }], duration: 300, maxZoom: 1.2 });
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
      setActive(0);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[current];
      if (!hit) return;
      event.preventDefault();
      pick(hit);
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor="node-search" className="visually-hidden">
        Find a step
      </label>
      <input
        id="node-search"
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={open && hits.length > 0 ? optionId(current) : undefined}
        placeholder="Find a step…"
        value={query}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
      />
      {open && (
        <ul className="search-hits" id={LIST_ID} role="listbox" aria-label="Search results">
          {hits.length === 0 && (
            <li className="hint" role="option" aria-selected={false} aria-disabled>
              No step matches.
            </li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hit.state}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'search-hit is-active' : 'search-hit'}
              onMouseDown={(e) => {
                // Keep the focus in the box, so the list does not close before the click lands.
                e.preventDefault();
              }}
              onMouseEnter={() => {
                setActive(i);
              }}
              onClick={() => {
                pick(hit);
              }}
            >
              <span className="search-hit-title">{hit.title.slice(0, 80)}</span>{' '}
              <code>{hit.state}</code>
              {hit.match !== undefined && (
                <span className="search-hit-match">{hit.match.slice(0, 80)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
