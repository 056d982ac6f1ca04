/**
 * Server-side rendering of a pathway's first step, run in Node at build time by
 * `src/server/prerenderPlugin.ts`: the same components the app renders in the browser, so the
 * prerendered page shows what the app shows, before any script has run.
 */
import { prerender } from 'react-dom/static';
import type { Tree } from '../model/types';
import { Player } from '../player/Player';
import { Shell } from './Shell';

/**
 * Waits for every lazy part of the first step (a pathway may open on a plan step, whose screen
 * loads on demand), so the page never carries a loading message in place of the step.
 *
 * Every Suspense boundary is written in place, whatever its size: by default React moves a
 * boundary of more than 12,800 bytes (`progressiveChunkSize`) to a hidden segment at the end,
 * revealed by an inline script that the CSP blocks, so a long first step stayed hidden behind
 * its loading message. The page is static: nothing is streamed, so there is nothing to chunk.
 */
export async function renderFirstStep(tree: Tree): Promise<string> {
  const { prelude } = await prerender(
    <Shell>
      <Player tree={tree} answers={[]} />
    </Shell>,
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
