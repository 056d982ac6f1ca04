import { lazy, Suspense } from 'react';
import { HomePage } from './HomePage';
import { NotFound } from './NotFound';
import { Shell } from './Shell';
import { useRoute } from './useRoute';

// Later routes load on demand so the first screen carries only what it shows.
const PlayerPage = lazy(() =>
  import('../player/PlayerPage').then((m) => ({ default: m.PlayerPage })),
);

export function App() {
  const route = useRoute();
  return (
    <Shell>
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
        {(route.page === 'edit' || route.page === 'present') && (
          <NotFound message={`The ${route.page} page is not available in this version yet.`} />
        )}
        {route.page === 'not-found' && (
          <NotFound message={`There is no page at "${route.hash}".`} />
        )}
      </Suspense>
    </Shell>
  );
}
