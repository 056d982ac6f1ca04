import { Suspense } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { routeKey } from './errorReport';
import { NotFound } from './NotFound';
import { compare, editor, home, newTree, player, presenter, quiz } from './pages';
import { Shell } from './Shell';
import { routeHref } from './route';
import { useRoute } from './useRoute';

const PlayerPage = player.Component;
const EditorPage = editor.Component;
const PresenterPage = presenter.Component;
const QuizPage = quiz.Component;
const NewTreePage = newTree.Component;
const ComparePage = compare.Component;
const HomePage = home.Component;

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
