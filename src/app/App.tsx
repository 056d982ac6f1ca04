import { Suspense } from 'react';
import { HomePage } from './HomePage';
import { NotFound } from './NotFound';
import { Shell } from './Shell';
import { useRoute } from './useRoute';

export function App() {
  const route = useRoute();
  return (
    <Shell>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        {route.page === 'home' && <HomePage />}
        {route.page !== 'home' && route.page !== 'not-found' && (
          <NotFound message={`The ${route.page} page is not available in this version yet.`} />
        )}
        {route.page === 'not-found' && (
          <NotFound message={`There is no page at "${route.hash}".`} />
        )}
      </Suspense>
    </Shell>
  );
}
