/**
 * Each route's document title, so tabs, history and bookmarks tell pages apart (issue 27: every
 * page but the pathway pages was "Stepwise"). A pathway page's title is the one its prerendered
 * HTML carries (`<tree title> · Stepwise`, src/server/prerenderPlugin.ts).
 */
import { useEffect } from 'react';
import { loadBundledTree } from '../io/bundledTrees';
import { pageTitle } from '../routes/pageTitle';
import type { Route } from '../routes/route';

export { pageTitle };

/** Keeps `document.title` on the route's title, with the tree's title once it has loaded. */
export function usePageTitle(route: Route): void {
  const title = pageTitle(route);
  // Not for the editor: it reads the tree through the save API and names the page itself
  // (EditorPage); importing the bundled copy here would pin this tab's copy of it, so a pathway
  // played after an approval in the same tab would show the version from before
  // (test/e2e/versions.spec.ts).
  const treeId = 'treeId' in route && route.page !== 'edit' ? route.treeId : undefined;
  useEffect(() => {
    document.title = title;
    if (treeId === undefined) return;
    let current = true;
    void loadBundledTree(treeId)
      .then((loaded) => {
        const treeTitle = loaded?.tree?.meta.title;
        if (current && treeTitle !== undefined) document.title = pageTitle(route, treeTitle);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // `title` stands for the route: it changes exactly when the title should.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [title, treeId]);
}
