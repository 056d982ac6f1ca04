import { loadAllBundledTrees } from '../io/bundledTrees';
import { TreeCard } from './TreeCard';
import { useAsync } from '../ui/useAsync';

export function HomePage() {
  const trees = useAsync(loadAllBundledTrees, 'all');
  return (
    <section className="home">
      <h1>Pathways</h1>
      <p className="lede">
        Answer questions about your patient, one at a time, to reach the next step a source document
        recommends, with doses, evidence grades, cautions and citations.
      </p>
      <p>
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
          {trees.value.map((tree) => (
            <li key={tree.id}>
              <TreeCard tree={tree} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
