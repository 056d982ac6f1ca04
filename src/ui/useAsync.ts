import { useEffect, useState } from 'react';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; error: Error };

/**
 * Runs an async loader once per key and exposes its state; stale results are dropped. `known` is
 * the value when it is already at hand (loaded ahead): the first render shows it, nothing loads.
 */
export function useAsync<T>(
  load: () => Promise<T>,
  key: string,
  known?: () => T | undefined,
): AsyncState<T> {
  const [state, setState] = useState<{ key: string; value: AsyncState<T> }>(() => {
    const value = known?.();
    return { key, value: value === undefined ? { status: 'loading' } : { status: 'done', value } };
  });
  useEffect(() => {
    if (state.key === key && state.value.status === 'done') return;
    let live = true;
    load().then(
      (value) => {
        if (live) setState({ key, value: { status: 'done', value } });
      },
      (error: unknown) => {
        const asError = error instanceof Error ? error : new Error(String(error));
        if (live) setState({ key, value: { status: 'error', error: asError } });
      },
    );
    return () => {
      live = false;
    };
    // The key names the load; the loader closure itself changes every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}
