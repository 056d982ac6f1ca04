/**
 * The save API's address as the browser should ask for it: relative to the page, so a build
 * served from a sub-folder (`https://example.org/pathways/`) calls `/pathways/api/trees`, not the
 * server's root. Every page of the build sits in its root folder (`index.html`,
 * `play-<id>.html`; routes are in the hash), as `base: './'` in vite.config.ts assumes.
 */
export function apiUrl(path: `/${string}`): string {
  return `.${path}`;
}
