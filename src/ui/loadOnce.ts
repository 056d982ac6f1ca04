/**
 * A value loaded on demand, once: every caller joins the one request, the value is handed over
 * synchronously once it has arrived (`peek`), and a failed load is not kept, so Try again asks
 * afresh. Used for lazily loaded code (`lazyPart`, the player's walk engine).
 */
export interface LoadOnce<T> {
  load: () => Promise<T>;
  peek: () => T | undefined;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () =>
      (loading ??= load().then(
        (value) => (loaded = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    peek: () => loaded,
  };
}
