/**
 * A component whose code loads on demand (React.lazy), with `preload` to start loading it early.
 * Once the code is here it renders directly, so a part preloaded in time never shows a fallback.
 */
import { lazy, useState, type ComponentType } from 'react';
import { loadOnce } from './loadOnce';

export interface LazyPart<P> {
  Component: ComponentType<P>;
  preload: () => Promise<unknown>;
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  const code = loadOnce(load);
  const preload = code.load;
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Part(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component would remount the part.
    const [Component] = useState<ComponentType<P>>(() => code.peek() ?? Lazy);
    return <Component {...props} />;
  }
  return { Component: Part, preload };
}
