/**
 * The static build's Content-Security-Policy, as a `<meta>` tag at the top of `index.html` (a
 * static build works from any file server, so it cannot count on response headers). Scripts load
 * only from the app's own files (plus the one-line start guard of prerendered pages, allowed by its
 * hash: `startGuard.ts`): no other inline script, no `eval`, no `javascript:` URL can run, so
 * even text that slipped past rendering-as-text could not execute. Styles allow inline `style`
 * attributes, which React Flow sets on every node and edge; images allow `data:` and `blob:` (the
 * PNG export draws an SVG blob); the layout worker is a file of the app.
 *
 * Build only: the dev server injects inline scripts of its own (React Fast Refresh).
 * `frame-ancestors`, `report-uri` and `sandbox` do nothing in a `<meta>` policy: left out.
 */
import type { Plugin } from 'vite';
import { START_GUARD_HASH } from './startGuard.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${START_GUARD_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function cspPlugin(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'stepwise-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          // First in <head>: a policy applies only to what comes after it.
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
