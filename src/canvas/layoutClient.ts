/**
 * Runs the automatic layout in a Web Worker (one, created on first use; Vite bundles it as its own
 * chunk with dagre), through the app's one worker request/reply channel. Where `Worker` does not
 * exist (tests, old browsers) the layout runs on the main thread, loaded on demand.
 */
import { workerChannel } from '../io/workerChannel';
import type { PlainLayoutOptions, Positions } from '../model/layout';
import type { Tree } from '../model/types';
import type { LayoutPayload } from './layout.worker';

const inWorker = workerChannel<LayoutPayload, Positions>(
  () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
  'layout worker',
);

/** Positions from `layoutTree(tree, options)`, computed off the main thread when possible. */
export async function layoutInWorker(tree: Tree, options: PlainLayoutOptions): Promise<Positions> {
  if (typeof Worker === 'undefined') {
    const { fromPlainOptions, layoutTree } = await import('../model/layout');
    return layoutTree(tree, fromPlainOptions(options));
  }
  return inWorker({ tree, options });
}
