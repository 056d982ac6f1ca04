import { useState } from 'react';
import { routeHref } from '../routes/route';
import type { Tree } from '../model/types';

interface Props {
  trees: Tree[];
  chosen: string[];
  max: number;
}

/**
 * Checkboxes of every bundled pathway; each change rewrites the address (`#/compare?trees=`). A
 * box changes as it is clicked: the address catches up a moment later (the hash change is a
 * separate event), and a new address (Back, a link) resets the boxes to it.
 */
export function CompareChooser({ trees, chosen: fromAddress, max }: Props) {
  const [chosen, setChosen] = useState(fromAddress);
  const [address, setAddress] = useState(fromAddress.join(','));
  if (address !== fromAddress.join(',')) {
    setAddress(fromAddress.join(','));
    setChosen(fromAddress);
  }
  const full = chosen.length >= max;
  const toggle = (id: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    // Keep the bundled order, so the columns do not jump around as boxes are ticked.
    const ids = trees.map((t) => t.id).filter((t) => next.has(t));
    setChosen(ids);
    window.location.replace(routeHref({ page: 'compare', trees: ids }));
  };
  return (
    <fieldset className="cmp-chooser">
      <legend>Pathways to compare (two or three)</legend>
      <ul>
        {trees.map((tree) => {
          const checked = chosen.includes(tree.id);
          return (
            <li key={tree.id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) => {
                    toggle(tree.id, e.currentTarget.checked);
                  }}
                />{' '}
                {tree.meta.title}
              </label>
            </li>
          );
        })}
      </ul>
      <p className="cmp-chooser-status" aria-live="polite">
        {chosen.length} of {max} chosen
        {full ? '; untick one to choose another.' : '.'}
      </p>
    </fieldset>
  );
}
