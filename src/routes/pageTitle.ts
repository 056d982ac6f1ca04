/**
 * Each route's document title, so tabs, history and bookmarks tell pages apart. Pure, so the app's
 * title hook (src/app/pageTitle.ts) and the editor, which knows its tree's title from the save API,
 * name pages the same way.
 */
import type { Route } from './route';

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
