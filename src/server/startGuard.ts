/**
 * The one inline script Stepwise has, in the head of each prerendered page: when the address asks
 * for another step than the prerendered first one (a reload mid-walk, a link into the editor), it
 * hides the prerendered step until the app has drawn the right page, so nobody reads a question
 * that is not theirs. The Content-Security-Policy allows exactly this text by its hash.
 */
import { createHash } from 'node:crypto';
import { ROUTE_META, STALE_CLASS } from '../routes/startRoute.js';

export const START_GUARD = `(function(){var m=document.querySelector('meta[name=${ROUTE_META}]');if(m&&location.hash&&location.hash!==m.content)document.documentElement.classList.add('${STALE_CLASS}')})()`;

/** The CSP source expression for `START_GUARD`. */
export const START_GUARD_HASH = `'sha256-${createHash('sha256').update(START_GUARD).digest('base64')}'`;
