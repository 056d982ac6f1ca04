/**
 * The walk engine (`model/machine.ts`, the tree as an XState machine) loads on its own: the
 * first question needs no replay, so XState is fetched while it is read (`preloadWalkScreens`),
 * and a page that opens past the first step waits for it at start-up (`src/app/pages.tsx`).
 */
import { use } from 'react';
import { loadOnce } from '../ui/loadOnce';
import type { WalkEngine } from './session';

const engine = loadOnce<WalkEngine>(() => import('../model/machine'));

/** Starts (or joins) loading the engine; a failed load is asked again next time. */
export const loadWalkEngine = engine.load;

/**
 * The engine if it is here; when `needed` and it is not, suspends until it is (a failed load goes
 * to the page's error boundary, with Try again).
 */
export function useWalkEngine(needed: boolean): WalkEngine | undefined {
  return engine.peek() ?? (needed ? use(loadWalkEngine()) : undefined);
}
