/**
 * Names shared by a prerendered page's start guard (`src/server/startGuard.ts`, in the page's
 * head) and the app's start (`src/main.tsx`): the meta tag naming the page's route, and the class
 * that hides its prerendered step when another route is asked for.
 */
export const ROUTE_META = 'stepwise-route';
export const STALE_CLASS = 'stale-start';
