import { reviewFacts } from '../model/review';
import { treeStats } from '../model/stats';
import type { TreeMeta } from '../model/types';
import type { LoadedTree } from '../io/bundledTrees';
import { ProblemList } from '../ui/ProblemList';
import { playPageHref, routeHref } from '../routes/route';
import './home.css';

/** "Approved <date>" only when someone approved the tree; never a review date for a draft. */
function signOff(meta: TreeMeta): string {
  const facts = reviewFacts(meta);
  if (!facts.approved) return meta.status === 'retired' ? 'retired' : 'not approved yet';
  return `Approved ${facts.approvedOn ?? ''}${facts.overdue ? ' (review overdue)' : ''}`;
}

/** One pathway on the home page; a broken file shows its problems instead. */
export function TreeCard({ tree: loaded }: { tree: LoadedTree }) {
  const { tree, problems } = loaded;
  if (!tree) {
    return (
      <article className="tree-card broken" aria-labelledby={`card-${loaded.id}`}>
        <h2 id={`card-${loaded.id}`}>{loaded.file}</h2>
        <p>This file cannot be opened:</p>
        <ProblemList file={loaded.file} problems={problems} />
      </article>
    );
  }
  const stats = treeStats(tree);
  const { meta } = tree;
  const more = (
    <>
      <a
        className="button"
        href={routeHref({ page: 'present', treeId: tree.id, answers: [], reveal: true })}
      >
        Present
      </a>
      <a className="button" href={routeHref({ page: 'quiz', treeId: tree.id, answers: [] })}>
        Quiz
      </a>
      <a className="button" href={routeHref({ page: 'edit', treeId: tree.id })}>
        Edit
      </a>
      <a className="button" href={routeHref({ page: 'new', from: tree.id })}>
        Duplicate
      </a>
    </>
  );
  // Play comes right under the title and the long texts fold into "About", so every pathway's
  // Play is above the fold at 1440 x 900 and 375 x 812 (test/e2e/homeFold.spec.ts). On a phone
  // the other actions move into "About" too (home.css shows one of the two copies).
  return (
    <article className="tree-card" aria-labelledby={`card-${tree.id}`}>
      <h2 id={`card-${tree.id}`}>{meta.title}</h2>
      <nav className="card-actions" aria-label={`Open ${meta.title}`}>
        <a
          className="button primary"
          href={
            problems.length === 0
              ? playPageHref(tree.id)
              : routeHref({ page: 'play', treeId: tree.id, answers: [] })
          }
        >
          Play
        </a>
        <span className="card-more card-more-wide">{more}</span>
      </nav>
      <details className="card-about">
        <summary>About this pathway</summary>
        <nav className="card-more card-more-narrow" aria-label={`More for ${meta.title}`}>
          {more}
        </nav>
        <p className="source">
          From <cite>{meta.source.title}</cite>, {meta.source.publisher}, {meta.source.date}
        </p>
        <p className="summary">{meta.summary}</p>
        <dl className="facts">
          <div>
            <dt>Status</dt>
            <dd>
              <span className={`status status-${meta.status}`}>{meta.status}</span>
            </dd>
          </div>
          <div>
            <dt>Version</dt>
            <dd>{meta.version}</dd>
          </div>
          <div>
            <dt>Questions</dt>
            <dd>{stats.questions}</dd>
          </div>
          <div>
            <dt>Recommendations</dt>
            <dd>{stats.recommendations}</dd>
          </div>
          <div>
            <dt>Sign-off</dt>
            <dd>{signOff(meta)}</dd>
          </div>
        </dl>
      </details>
      <p className="card-signoff">
        <span className={`status status-${meta.status}`}>{meta.status}</span> · {signOff(meta)}
      </p>
      {problems.length > 0 && (
        <details className="card-problems">
          <summary>{problems.length} problem(s) found by the validator</summary>
          <ProblemList file={loaded.file} problems={problems} />
        </details>
      )}
    </article>
  );
}
