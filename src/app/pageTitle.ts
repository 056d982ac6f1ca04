/**
 * Each route's document title, so tabs, history and bookmarks tell pages apart (issue 27: every
 * page but the pathway pages was "Stepwise"). A pathway page's title is the one its prerendered
 * HTML carries (`<tree title> · Stepwise`, src/server/prerenderPlugin.ts).
 */
import { useEffect } from 'react';
import { loadBundledTree } from '../io/bundledTrees';
import type { Route } from '../routes/route';

const APP = 'Stepwise';

/** The title of `route`; `treeTitle` is the tree's own title when it is known, else its id. */
export function pageTitle(route: Route, treeTitle?: string): string {
  const name = (id: string) => treeTitle ?? id;
  switch (route.page) {
    case 'home':
      return `Pathways · ${APP}`;
    case 'play':
      return `${name(route.treeId)} · ${APP}`;
    case 'edit':
      return `Edit: ${name(route.treeId)} · ${APP}`;
    case 'present':
      return `${route.speaker === true ? 'Speaker view' : 'Present'}: ${name(route.treeId)} · ${APP}`;
    case 'quiz':
      return `Quiz: ${name(route.treeId)} · ${APP}`;
    case 'new':
      return route.from === undefined ? `New tree · ${APP}` : `Duplicate ${route.from} · ${APP}`;
    case 'compare':
      return `Compare pathways · ${APP}`;
    case 'not-found':
      return `Page not found · ${APP}`;
  }
}

/** Keeps `document.title` on the route's title, with the tree's title once it has loaded. */
export function usePageTitle(route: Route): void {
  const title = pageTitle(route);
  // Not for the editor: it reads the tree through the save API, and importing the bundled copy
  // here would pin this tab's copy of it, so a pathway played after an approval in the same tab
  // would show the version from before (test/e2e/versions.spec.ts).
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
