/**
 * A build served from a sub-folder sends the editor's API requests to that sub-folder (issue 27:
 * they went to `/api` at the server root). Each client call's URL is resolved the way the browser
 * resolves it: against the page it runs on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiAvailable, getTree, listTrees, saveTree } from '../../src/io/treesApi';
import { getComments, listVersions } from '../../src/io/versionsApi';

const PAGES = [
  'https://example.org/pathways/index.html',
  'https://example.org/pathways/play-example-pathway.html',
];

/** Runs `call` with a fetch that records its URL and fails like a network error. */
async function requestedUrl(call: () => Promise<unknown>): Promise<string> {
  const urls: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    urls.push(url);
    return Promise.reject(new TypeError('offline'));
  });
  await call().catch(() => undefined);
  expect(urls).toHaveLength(1);
  return urls[0] ?? '';
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client honours the sub-folder the build is served from', () => {
  const calls: [string, () => Promise<unknown>, string][] = [
    ['apiAvailable', () => apiAvailable(), 'api/trees'],
    ['listTrees', () => listTrees(), 'api/trees'],
    ['getTree', () => getTree('a-tree'), 'api/trees/a-tree'],
    ['saveTree', () => saveTree('a-tree', { id: 'a-tree' } as never), 'api/trees/a-tree'],
    ['listVersions', () => listVersions('a-tree'), 'api/trees/a-tree/versions'],
    ['getComments', () => getComments('a-tree'), 'api/trees/a-tree/comments'],
  ];
  it.each(calls)('%s asks below the page’s folder', async (_name, call, path) => {
    const url = await requestedUrl(call);
    for (const page of PAGES)
      expect(new URL(url, page).href).toBe(`https://example.org/pathways/${path}`);
  });
});
