import { useMemo } from 'react';
import { loadAllBundledTrees } from '../io/bundledTrees';
import { useAsync } from '../ui/useAsync';
import { comparePathways } from '../model/compare';
import type { Tree } from '../model/types';
import { CompareChooser } from './CompareChooser';
import { CompareDifferences } from './CompareDifferences';
import { CompareGrid } from './CompareGrid';
import './compare.css';

/** Compared when the address names no trees: the three fibromyalgia pathways. */
export const DEFAULT_COMPARE = [
  'fibromyalgia-refractory-pain',
  'fibromyalgia-treatment-resistant',
  'fibromyalgia-advanced-pain-management',
];
export const MAX_COMPARE = 3;

/** `#/compare?trees=a,b,c`: two or three bundled pathways side by side, then their differences. */
export function ComparePage({ trees: requested }: { trees: string[] }) {
  const loaded = useAsync(loadAllBundledTrees, 'all');
  const available = useMemo(
    () =>
      loaded.status === 'done'
        ? loaded.value.flatMap((l) => (l.tree ? [l.tree] : []))
        : ([] as Tree[]),
    [loaded],
  );
  const wanted = [...new Set(requested.length > 0 ? requested : DEFAULT_COMPARE)];
  const byId = new Map(available.map((t) => [t.id, t]));
  const unknown = wanted.filter((id) => !byId.has(id));
  // Columns follow the chooser's (bundled) order, whatever order the address gives.
  const known = available.map((t) => t.id).filter((id) => wanted.includes(id));
  const chosen = known.slice(0, MAX_COMPARE);
  const chosenKey = chosen.join(',');
  const comparison = useMemo(() => {
    const trees = chosenKey.split(',').flatMap((id) => byId.get(id) ?? []);
    return trees.length >= 2 ? comparePathways(trees) : undefined;
    // The chosen ids name the comparison; `byId` is rebuilt each render from the same trees.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chosenKey, available]);

  return (
    <section className="compare">
      <h1>Compare pathways</h1>
      <p className="lede">
        Two or three pathways side by side: their medication, non-drug therapy, referrals,
        evaluations and &ldquo;do not do&rdquo; items, with the evidence grades each gives, then
        what appears in one pathway but not another.
      </p>
      {loaded.status === 'loading' && <p className="loading">Loading pathways…</p>}
      {loaded.status === 'error' && (
        <p className="error" role="alert">
          The pathways could not be loaded: {loaded.error.message}
        </p>
      )}
      {loaded.status === 'done' && (
        <>
          <CompareChooser trees={available} chosen={chosen} max={MAX_COMPARE} />
          {unknown.length > 0 && (
            <p className="cmp-notice" role="status">
              Not found, so left out: {unknown.join(', ')}.
            </p>
          )}
          {known.length > MAX_COMPARE && (
            <p className="cmp-notice" role="status">
              Only the first {MAX_COMPARE} pathways are compared.
            </p>
          )}
          {comparison ? (
            <>
              <p className="cmp-skip">
                <a href="#cmp-differences" onClick={jumpTo('cmp-differences')}>
                  Skip to the differences
                </a>
              </p>
              <CompareGrid
                comparison={comparison}
                trees={chosen.flatMap((id) => byId.get(id) ?? [])}
              />
              <CompareDifferences comparison={comparison} />
            </>
          ) : (
            <p className="cmp-notice" role="status">
              Choose at least two pathways to compare.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** In-page links must not change the hash: the hash is the route. */
function jumpTo(id: string) {
  return (event: { preventDefault: () => void }) => {
    event.preventDefault();
    const target = document.getElementById(id);
    target?.scrollIntoView();
    target?.focus();
  };
}
