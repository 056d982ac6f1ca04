/**
 * Load-then-show, one way for every page that opens a bundled tree (player, presenter, quiz):
 * React 19's `use()` reads the shared, cached load (`src/io/bundledTrees.ts`), so the page's own
 * Suspense fallback shows while it is on its way, a failed load goes to the route's error
 * boundary (what happened, Try again, Copy error details), and a tree already here renders at
 * once without a fallback. `TreeGate` then tells "no such pathway" apart from "this pathway is
 * broken" (its problems listed, as an alert) before the page sees a valid tree. A readable tree
 * with problems (a draft under `npm run dev`, say, whose answer leads to a step that does not
 * exist) is broken too: the walk would fail on it with no word on why.
 */
import { Suspense, use, type ReactNode } from 'react';
import { loadBundledTree, peekBundledTree, type LoadedTree } from '../io/bundledTrees';
import { DRAFT_STATUS, readinessOf } from '../model/readiness';
import type { Tree } from '../model/types';
import { NotFound } from './NotFound';
import { lazyPart } from './lazyPart';

/** Only a broken tree lists problems, so the list's code is not part of every page's first load. */
const problemList = lazyPart(() => import('./ProblemList').then((m) => m.ProblemList));

/** The bundled tree `treeId` with its scenarios and problems; suspends until it has arrived. */
export function useBundledTree(treeId: string): LoadedTree | undefined {
  return peekBundledTree(treeId) ?? use(loadBundledTree(treeId));
}

interface GateProps {
  treeId: string;
  loaded: LoadedTree | undefined;
  /** What the page does with the tree, for the broken-tree heading: "played", "presented"... */
  verb: string;
  children: (tree: Tree, loaded: LoadedTree) => ReactNode;
}

/** Renders `children` with the valid tree; otherwise says there is none, or why it is broken. */
export function TreeGate({ treeId, loaded, verb, children }: GateProps) {
  if (!loaded) return <NotFound message={`There is no pathway called “${treeId}”.`} />;
  if (!loaded.tree || readinessOf(loaded) !== 'playable') {
    const draft = loaded.tree?.meta.status === DRAFT_STATUS;
    return (
      <section className="error" role="alert">
        <h1>
          {draft ? 'This draft' : 'This pathway'} cannot be {verb}
          {draft ? ' yet' : ''}
        </h1>
        <Suspense fallback={<p>{loaded.problems.length} problems found.</p>}>
          <problemList.Component file={loaded.file} problems={loaded.problems} />
        </Suspense>
      </section>
    );
  }
  return children(loaded.tree, loaded);
}
