import type { NodeKind } from '../model/types';
import { lazyPart } from '../ui/lazyPart';
import { loadWalkEngine } from './walkEngine';

/** The end of a walk: most steps are questions, so its code loads while the walk is under way. */
export const recommendation = lazyPart(() =>
  import('./RecommendationView').then((m) => m.RecommendationView),
);

/** A plan step's screen (with the clinical parts it shares with the care plan), loaded the same way. */
export const planStep = lazyPart(() => import('./PlanStep').then((m) => m.PlanStep));

/**
 * Starts loading the screen for a step of `kind`, settling when it is here; questions and info
 * steps are in the player's own chunk. The app waits for it when a pathway opens on a plan step,
 * so the prerendered step is not replaced by a loading message.
 */
export function preloadStepScreen(kind: NodeKind): Promise<unknown> {
  if (kind === 'plan') return planStep.preload();
  if (kind === 'recommendation') return recommendation.preload();
  return Promise.resolve();
}

/** Starts loading what a walk needs after its first question: its screens and the walk engine. */
export function preloadWalkScreens(): Promise<unknown> {
  return Promise.all([recommendation.preload(), planStep.preload(), loadWalkEngine()]);
}
