import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadRoute } from './app/pages';
import { parseRoute } from './routes/route';
import { EARLY_ANSWER_CLASS, PRERENDERED_ATTR, ROUTE_META, STALE_CLASS } from './routes/startRoute';
import './app/styles.css';

/**
 * A prerendered page (`play-<id>.html`, see `src/server/prerenderPlugin.ts`) already shows its
 * route's first step and names the route in a meta tag. The hash takes that route over, so links,
 * Back and reload work as on any page; the app then replaces the step once its code and tree are
 * here, in one commit, so the step never blinks to a loading message. When the address asks for
 * another page (the start guard has hidden the prerendered step), that step is dropped at once.
 * An answer tapped on the prerendered step is in the address already (the start guard put it
 * there): its step stays on screen, marked, until the app draws the next one.
 */
async function start(root: HTMLElement): Promise<void> {
  const named = document.querySelector<HTMLMetaElement>(`meta[name="${ROUTE_META}"]`)?.content;
  if (named !== undefined && window.location.hash === '') {
    window.history.replaceState(window.history.state, '', named);
  }
  const tapped = root.querySelector(`.${EARLY_ANSWER_CLASS}`) !== null;
  if (named !== undefined && window.location.hash !== named && !tapped) {
    root.replaceChildren();
    root.removeAttribute(PRERENDERED_ATTR);
    document.documentElement.classList.remove(STALE_CLASS);
  }
  // Code and data for the page start loading now, in parallel; a failure shows in the page.
  // Loaded again if a tap on the prerendered step moved the address on meanwhile.
  let hash: string;
  do {
    hash = window.location.hash;
    await preloadRoute(parseRoute(hash)).catch(() => undefined);
  } while (hash !== window.location.hash);
  createRoot(root).render(
    <StrictMode>
      <TakenOver root={root} />
      <App />
    </StrictMode>,
  );
}

/** Once the app's first page is on screen, the start guard leaves answer taps to the app. */
function TakenOver({ root }: { root: HTMLElement }) {
  useLayoutEffect(() => {
    root.removeAttribute(PRERENDERED_ATTR);
  }, [root]);
  return null;
}

const root = document.getElementById('root');
if (root) void start(root);

// The update banner is not needed to play: it loads once the page has.
window.addEventListener('load', () => {
  void import('./app/updateBanner').then((banner) => {
    banner.watchUpdates();
  });
});
