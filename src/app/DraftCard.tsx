import type { LoadedTree } from '../io/bundledTrees';
import { ProblemList } from '../ui/ProblemList';
import { routeHref } from '../routes/route';

/**
 * A draft that cannot be played yet, on the home page: its problem count, the problems on
 * request, and the way back into the editor (not the player: there is nothing to play yet).
 */
export function DraftCard({ tree: loaded }: { tree: LoadedTree }) {
  const { tree, problems } = loaded;
  if (!tree) return null;
  const count = problems.length;
  return (
    <article className="tree-card draft-card" aria-labelledby={`draft-${tree.id}`}>
      <h2 id={`draft-${tree.id}`}>{tree.meta.title}</h2>
      <p className="draft-state">
        <span className="status status-draft">draft</span>{' '}
        <strong>
          {String(count)} problem{count === 1 ? '' : 's'}
        </strong>{' '}
        to fix before it can be played or put in review.
      </p>
      <details className="card-problems">
        <summary>Show the problems</summary>
        <ProblemList file={loaded.file} problems={problems} />
      </details>
      <nav className="card-actions" aria-label={`Open ${tree.meta.title}`}>
        <a className="button primary" href={routeHref({ page: 'edit', treeId: tree.id })}>
          Continue editing
        </a>
      </nav>
    </article>
  );
}
