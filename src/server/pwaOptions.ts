/**
 * Offline play: a service worker (vite-plugin-pwa's generateSW, i.e. Workbox) precaches the built
 * app, every pathway's JSON and its prerendered page, so after one visit every bundled pathway plays
 * with the network off.
 *
 * - `registerType: 'prompt'`: a new build waits until the clinician accepts it, so a page never swaps
 *   to new content mid-walk; `src/app/updatePrompt.ts` names the waiting version.
 * - `injectRegister: 'script-defer'`: registration is a file of the app (`registerSW.js`), as the
 *   CSP allows no inline script, loaded with `defer`: as a plain `<script>` in the head it held the
 *   prerendered first question back until it had arrived (test/e2e/prerender.spec.ts caught it).
 * - `ignoreURLParametersMatching: [/.*\/]`: `play-<id>.html?answers=...` is served from the cache.
 * - The dev server's save API is never cached (and the dev server registers no worker).
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Written beside the app at build time and never precached: the update prompt reads it. */
export const VERSION_FILE = 'version.json';

export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: 'script-defer',
  manifest: false,
  devOptions: { enabled: false },
  workbox: {
    globPatterns: ['**/*.{html,js,css,json,svg,png,woff2,wasm}'],
    globIgnores: [VERSION_FILE, '**/*.map'],
    // The editor's diagram and image exports are large chunks; they are cached like the rest.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    ignoreURLParametersMatching: [/.*/],
    // First visit: take control at once so the same tab works offline; updates still wait.
    clientsClaim: true,
    skipWaiting: false,
    navigateFallback: null,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.includes('/api/'),
        handler: 'NetworkOnly',
      },
    ],
  },
};
