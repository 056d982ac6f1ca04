import { loadAllBundledTrees, type LoadedTree } from '../io/bundledTrees';
import { readinessOf } from '../model/readiness';
import { DraftCard } from './DraftCard';
import { TreeCard } from './TreeCard';
import { useAsync } from '../ui/useAsync';

/** A saved work in progress: readable, status draft, not playable yet. */
const isDraftInProgress = (tree: LoadedTree) =>
  tree.tree?.meta.status === 'draft' && readinessOf(tree) === 'unplayable';

export function HomePage() {
  const trees = useAsync(loadAllBundledTrees, 'all');
  return (
    <section className="home">
      <h1>Pathways</h1>
      <p className="lede">
        Answer questions about your patient, one at a time, to reach the next step a source document
        recommends, with doses, evidence grades, cautions and citations.
      </p>
      <p className="home-actions">
        <a className="button" href="#/new">
          New tree
        </a>{' '}
        <a className="button" href="#/compare">
          Compare pathways
        </a>
      </p>
      {trees.status === 'loading' && <p className="loading">Loading pathways…</p>}
      {trees.status === 'error' && (
        <p className="error" role="alert">
          The pathways could not be loaded: {trees.error.message}
        </p>
      )}
      {trees.status === 'done' && (
        <ul className="tree-list">
          {trees.value
            .filter((tree) => !isDraftInProgress(tree))
            .map((tree) => (
              <li key={tree.id}>
                <TreeCard tree={tree} />
              </li>
            ))}
        </ul>
      )}
      {trees.status === 'done' && trees.value.some(isDraftInProgress) && (
        <section className="drafts" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Drafts in progress</h2>
          <p className="hint">
            Saved but not playable yet: they open in the editor. The published site leaves them out.
          </p>
          <ul className="tree-list">
            {trees.value.filter(isDraftInProgress).map((tree) => (
              <li key={tree.id}>
                <DraftCard tree={tree} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
