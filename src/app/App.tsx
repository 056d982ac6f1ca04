import { lazy, Suspense } from 'react';
import { HomePage } from './HomePage';
import { ErrorBoundary } from './ErrorBoundary';
import { routeKey } from './errorReport';
import { NotFound } from './NotFound';
import { Shell } from './Shell';
import { routeHref } from './route';
import { useRoute } from './useRoute';

// Later routes load on demand so the first screen carries only what it shows.
const PlayerPage = lazy(() =>
  import('../player/PlayerPage').then((m) => ({ default: m.PlayerPage })),
);
const EditorPage = lazy(() =>
  import('../editor/EditorPage').then((m) => ({ default: m.EditorPage })),
);
const PresenterPage = lazy(() =>
  import('../present/PresenterPage').then((m) => ({ default: m.PresenterPage })),
);
const QuizPage = lazy(() => import('../present/QuizPage').then((m) => ({ default: m.QuizPage })));
const NewTreePage = lazy(() =>
  import('../editor/NewTreePage').then((m) => ({ default: m.NewTreePage })),
);
const ComparePage = lazy(() =>
  import('../compare/ComparePage').then((m) => ({ default: m.ComparePage })),
);

export function App() {
  const route = useRoute();
  return (
    <Shell>
      {/* One boundary per page: a failure shows what happened and a way back, not a blank screen. */}
      <ErrorBoundary key={routeKey(route)} route={routeHref(route)}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {route.page === 'home' && <HomePage />}
          {route.page === 'play' && (
            <PlayerPage
              key={route.treeId}
              treeId={route.treeId}
              answers={route.answers}
              from={route.from}
            />
          )}
          {route.page === 'edit' && <EditorPage key={route.treeId} treeId={route.treeId} />}
          {route.page === 'new' && <NewTreePage key={route.from ?? ''} from={route.from} />}
          {route.page === 'present' && (
            <PresenterPage
              key={route.treeId}
              treeId={route.treeId}
              answers={route.answers}
              reveal={route.reveal}
            />
          )}
          {route.page === 'quiz' && (
            <QuizPage
              key={`${route.treeId}/${route.scenario ?? ''}`}
              treeId={route.treeId}
              scenarioId={route.scenario}
              answers={route.answers}
            />
          )}
          {route.page === 'compare' && <ComparePage trees={route.trees} />}
          {route.page === 'not-found' && (
            <NotFound message={`There is no page at "${route.hash}".`} />
          )}
        </Suspense>
      </ErrorBoundary>
    </Shell>
  );
}
