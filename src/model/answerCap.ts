/**
 * The most answers a walk replays. A self-loop answer (allowed when the question has another way
 * out) lets a log grow without end; 100,000 answers on a cycle froze the player for 30 s. No
 * bundled pathway needs more than 20, so a longer log is cut here and the page says so. Apart
 * from `machine.ts` so the player can word the notice without loading XState.
 */
export const MAX_ANSWERS = 1_000;
