/**
 * The one rule for the addresses a tree links to (its source's and its references' `url`):
 * http, https or mailto, read the way a browser reads an `href` (the WHATWG URL parser, which
 * drops tabs and line breaks, so `java\nscript:` is still `javascript:`). The validator reports
 * any other address as a problem; every view that renders a link and every export (FHIR,
 * Markdown, handout) asks `safeUrl` first, so a draft with problems never carries a
 * `javascript:` or `data:` link either.
 */

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** `url`, trimmed, when it may be a link; `undefined` when it is empty or may not. */
export function safeUrl(url: string | undefined): string | undefined {
  const trimmed = url?.trim() ?? '';
  if (trimmed === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined; // not an absolute address
  }
  if (!ALLOWED.has(parsed.protocol)) return undefined;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return undefined;
  return trimmed;
}

/** Why `url` may not be a link, or `undefined` when it may (an empty one is no link at all). */
export function urlProblem(url: string): string | undefined {
  if (url.trim() === '' || safeUrl(url) !== undefined) return undefined;
  return 'must be an http, https or mailto address, e.g. https://example.org/guideline';
}
