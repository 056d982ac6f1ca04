import { useSyncExternalStore } from 'react';

/** The width from which the player shows its lists open (styles.css switches layout here too). */
const WIDE = '(min-width: 40.01rem)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

/**
 * True on screens wider than a phone. The prerendered page and environments without `matchMedia`
 * count as wide; a phone switches to its compact layout as the app takes the page over.
 */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? subscribe
      : () => () => undefined,
    () => typeof window.matchMedia !== 'function' || window.matchMedia(WIDE).matches,
    () => true,
  );
}
