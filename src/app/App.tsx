import { Suspense } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { routeKey } from '../ui/errorReport';
import { NotFound } from '../ui/NotFound';
import { compare, editor, home, newTree, player, presenter, quiz } from './pages';
import { Shell } from './Shell';
import { routeHref } from '../routes/route';
import { useRoute } from './useRoute';
import { usePageTitle } from './pageTitle';

export function App() {
  const route = useRoute();
  usePageTitle(route);
  return (
    <Shell>
      {/* One boundary per page: a failure shows what happened and a way back, not a blank screen. */}
      <ErrorBoundary key={routeKey(route)} route={routeHref(route)}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {route.page === 'home' && <home.Component />}
          {route.page === 'play' && (
            <player.Component
              key={route.treeId}
              treeId={route.treeId}
              answers={route.answers}
              from={route.from}
              then={route.then}
              was={route.was}
              draft={route.draft === true}
            />
          )}
          {route.page === 'edit' && <editor.Component key={route.treeId} treeId={route.treeId} />}
          {route.page === 'new' && <newTree.Component key={route.from ?? ''} from={route.from} />}
          {route.page === 'present' && (
            <presenter.Component
              key={route.treeId + (route.speaker ? '/speaker' : '')}
              treeId={route.treeId}
              answers={route.answers}
              reveal={route.reveal}
              lesson={{
                scenarioId: route.scenario,
                showAnswer: route.showAnswer ?? false,
                speaker: route.speaker ?? false,
              }}
            />
          )}
          {route.page === 'quiz' && (
            <quiz.Component
              key={`${route.treeId}/${route.scenario ?? ''}`}
              treeId={route.treeId}
              scenarioId={route.scenario}
              answers={route.answers}
              run={route.run ?? []}
            />
          )}
          {route.page === 'compare' && <compare.Component trees={route.trees} />}
          {route.page === 'not-found' && (
            <NotFound message={`There is no page at "${route.hash}".`} />
          )}
        </Suspense>
      </ErrorBoundary>
    </Shell>
  );
}
