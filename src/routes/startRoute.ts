/**
 * Names shared by a prerendered page's start guard (`src/server/startGuard.ts`, in the page's
 * head) and the app's start (`src/main.tsx`): the meta tag naming the page's route, the class
 * that hides its prerendered step when another route is asked for, the attribute that marks the
 * root while it still holds the prerendered step, and the attribute naming an answer button's
 * event, so a tap on the prerendered step is kept until the app takes over.
 */
export const ROUTE_META = 'stepwise-route';
export const STALE_CLASS = 'stale-start';
export const PRERENDERED_ATTR = 'data-prerendered';
export const ANSWER_ATTR = 'data-answer';
/** On the button tapped before the app took over: it shows the tap was taken. */
export const EARLY_ANSWER_CLASS = 'early-answer';
