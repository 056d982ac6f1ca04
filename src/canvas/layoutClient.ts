/**
 * Runs the automatic layout in a Web Worker (one, created on first use; Vite bundles it as its own
 * chunk with dagre). Replies are matched to requests by id. Where `Worker` does not exist (tests,
 * old browsers) the layout runs on the main thread, loaded on demand.
 */
import type { PlainLayoutOptions, Positions } from '../model/layout';
import type { Tree } from '../model/types';
import type { LayoutReply, LayoutRequest } from './layout.worker';

interface Pending {
  resolve: (positions: Positions) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): Worker {
  const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = ({ data: reply }: MessageEvent<LayoutReply>) => {
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) request?.reject(new Error(reply.error));
    else request?.resolve(reply.positions);
  };
  // The worker failed to load or crashed: fail what is waiting and start afresh next time.
  w.onerror = (event) => {
    event.preventDefault();
    w.terminate();
    if (worker === w) worker = undefined;
    for (const request of pending.values())
      request.reject(new Error(`layout worker failed: ${event.message || 'unknown error'}`));
    pending.clear();
  };
  return w;
}

/** Positions from `layoutTree(tree, options)`, computed off the main thread when possible. */
export async function layoutInWorker(tree: Tree, options: PlainLayoutOptions): Promise<Positions> {
  if (typeof Worker === 'undefined') {
    const { fromPlainOptions, layoutTree } = await import('../model/layout');
    return layoutTree(tree, fromPlainOptions(options));
  }
  worker ??= start();
  const request: LayoutRequest = { id: nextId++, tree, options };
  const w = worker;
  return new Promise<Positions>((resolve, reject) => {
    w.postMessage(request); // throws (rejecting) before anything is left pending
    pending.set(request.id, { resolve, reject });
  });
}
