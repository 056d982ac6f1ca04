import { lazy, Suspense } from 'react';
import { HomePage } from './HomePage';
import { NotFound } from './NotFound';
import { Shell } from './Shell';
import { useRoute } from './useRoute';

// Later routes load on demand so the first screen carries only what it shows.
const PlayerPage = lazy(() =>
  import('../player/PlayerPage').then((m) => ({ default: m.PlayerPage })),
);
const EditorPage = lazy(() =>
  import('../editor/EditorPage').then((m) => ({ default: m.EditorPage })),
);
const NewTreePage = lazy(() =>
  import('../editor/NewTreePage').then((m) => ({ default: m.NewTreePage })),
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
        {route.page === 'edit' && <EditorPage key={route.treeId} treeId={route.treeId} />}
        {route.page === 'new' && <NewTreePage key={route.from ?? ''} from={route.from} />}
        {route.page === 'present' && (
          <NotFound message={`The ${route.page} page is not available in this version yet.`} />
        )}
        {route.page === 'not-found' && (
          <NotFound message={`There is no page at "${route.hash}".`} />
        )}
      </Suspense>
    </Shell>
  );
}
