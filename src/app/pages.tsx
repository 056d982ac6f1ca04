/**
 * The app's pages, each in a chunk of its own so a page loads only what it shows. `preloadRoute`
 * starts fetching what a route needs (its page's code and its bundled tree) at start-up, in
 * parallel; a page whose code has arrived renders at once, without a loading step.
 */
import { loadBundledTree } from '../io/bundledTrees';
import { preloadStepScreen, preloadWalkScreens } from '../player/recommendationPart';
import { needsEngine } from '../player/session';
import { lazyPart } from '../ui/lazyPart';
import type { Route } from '../routes/route';

export const home = lazyPart(() => import('./HomePage').then((m) => m.HomePage));
export const player = lazyPart(() => import('../player/PlayerPage').then((m) => m.PlayerPage));
export const editor = lazyPart(() => import('../editor/EditorPage').then((m) => m.EditorPage));
export const presenter = lazyPart(() =>
  import('../present/PresenterPage').then((m) => m.PresenterPage),
);
export const quiz = lazyPart(() => import('../present/QuizPage').then((m) => m.QuizPage));
export const newTree = lazyPart(() => import('../editor/NewTreePage').then((m) => m.NewTreePage));
export const compare = lazyPart(() => import('../compare/ComparePage').then((m) => m.ComparePage));

const preloadOf: Record<Route['page'], (() => Promise<unknown>) | undefined> = {
  home: home.preload,
  play: player.preload,
  edit: editor.preload,
  present: presenter.preload,
  quiz: quiz.preload,
  new: newTree.preload,
  compare: compare.preload,
  'not-found': undefined,
};

/** Starts loading the code and the bundled tree a route needs; settles when both are here. */
export function preloadRoute(route: Route): Promise<unknown> {
  const waits: Promise<unknown>[] = [];
  // The editor asks the save API first (it may be newer than the bundle) and loads its own tree.
  const tree =
    'treeId' in route && route.page !== 'edit' ? loadBundledTree(route.treeId) : undefined;
  if (tree) waits.push(tree);
  const code = preloadOf[route.page]?.();
  if (code) waits.push(code);
  if ('answers' in route) {
    // A walk can end (or reach a plan step) one answer after the first question, so those screens'
    // code and XState are fetched alongside. They hold up the first render when the walk opens
    // past its first step; otherwise only the first step's own screen does (a pathway may open
    // on a plan step, whose screen is a chunk of its own).
    const screens = preloadWalkScreens();
    if (needsEngine(route)) waits.push(screens);
    else {
      screens.catch(() => undefined);
      const first = tree?.then((loaded) => {
        const start = loaded?.tree?.states[loaded.tree.initial];
        return start ? preloadStepScreen(start.meta.kind) : undefined;
      });
      if (first) waits.push(first);
    }
  }
  return Promise.all(waits);
}
