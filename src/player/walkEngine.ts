/**
 * The walk engine (`model/machine.ts`, the tree as an XState machine) loads on its own: the
 * first question needs no replay, so XState is fetched while it is read (`preloadWalkScreens`),
 * and a page that opens past the first step waits for it at start-up (`src/app/pages.tsx`).
 */
import { use } from 'react';
import type { WalkEngine } from './session';

let engine: WalkEngine | undefined;
let loading: Promise<WalkEngine> | undefined;

/** Starts (or joins) loading the engine; a failed load is asked again next time. */
export function loadWalkEngine(): Promise<WalkEngine> {
  return (loading ??= import('../model/machine').then(
    (module) => (engine = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/**
 * The engine if it is here; when `needed` and it is not, suspends until it is (a failed load goes
 * to the page's error boundary, with Try again).
 */
export function useWalkEngine(needed: boolean): WalkEngine | undefined {
  return engine ?? (needed ? use(loadWalkEngine()) : undefined);
}
