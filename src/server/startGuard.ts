/**
 * The one inline script Stepwise has, in the head of each prerendered page. It does two things
 * before the app's code has arrived:
 * - when the address asks for another step than the prerendered first one (a reload mid-walk, a
 *   link into the editor), it hides the prerendered step until the app has drawn the right page,
 *   so nobody reads a question that is not theirs;
 * - a tap on one of the prerendered answers is written into the address (`?answers=<event>`) and
 *   the button is marked, so the app opens on the next step instead of dropping the tap; digits
 *   1-9 press the numbered answer, as in the app (the
 *   address has no hash yet before the app names the route, or the route's own). It stops
 *   once the app has taken the page over (`PRERENDERED_ATTR` removed, see `src/main.tsx`).
 * The Content-Security-Policy allows exactly this text by its hash.
 */
import { createHash } from 'node:crypto';
import {
  ANSWER_ATTR,
  EARLY_ANSWER_CLASS,
  PRERENDERED_ATTR,
  ROUTE_META,
  STALE_CLASS,
} from '../routes/startRoute.js';

export const START_GUARD = [
  `(function(){var d=document,m=d.querySelector('meta[name=${ROUTE_META}]');if(!m)return;`,
  `if(location.hash&&location.hash!==m.content)d.documentElement.classList.add('${STALE_CLASS}');`,
  `d.addEventListener('click',function(e){var r=d.getElementById('root'),`,
  `b=e.target&&e.target.closest?e.target.closest('[${ANSWER_ATTR}]'):null;`,
  `if(!b||!r||!r.hasAttribute('${PRERENDERED_ATTR}')||!r.contains(b)||(location.hash&&location.hash!==m.content))return;`,
  `b.classList.add('${EARLY_ANSWER_CLASS}');`,
  `location.hash=m.content+'?answers='+encodeURIComponent(b.getAttribute('${ANSWER_ATTR}'))},true);`,
  // Digits 1-9 answer as they do in the app: they click the numbered button.
  `d.addEventListener('keydown',function(e){var r=d.getElementById('root');`,
  `if(!r||!r.hasAttribute('${PRERENDERED_ATTR}')||e.altKey||e.ctrlKey||e.metaKey||!/^[1-9]$/.test(e.key))return;`,
  `var b=r.querySelectorAll('[${ANSWER_ATTR}]')[Number(e.key)-1];if(b)b.click()})})()`,
].join('');

/** The CSP source expression for `START_GUARD`. */
export const START_GUARD_HASH = `'sha256-${createHash('sha256').update(START_GUARD).digest('base64')}'`;
