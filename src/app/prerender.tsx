/**
 * Server-side rendering of a pathway's first step, run in Node at build time by
 * `src/server/prerenderPlugin.ts`: the same components the app renders in the browser, so the
 * prerendered page shows what the app shows, before any script has run.
 */
import { renderToString } from 'react-dom/server';
import type { Tree } from '../model/types';
import { Player } from '../player/Player';
import { Shell } from './Shell';

export function renderFirstStep(tree: Tree): string {
  return renderToString(
    <Shell>
      <Player tree={tree} answers={[]} />
    </Shell>,
  );
}
