/**
 * The automatic layout, off the main thread: a module worker that answers `LayoutRequest`s with the
 * positions from `layoutTree`, or the error message. Started by `layoutClient.ts`.
 */
import { fromPlainOptions, layoutTree } from '../model/layout';
import type { PlainLayoutOptions, Positions } from '../model/layout';
import type { Tree } from '../model/types';

export interface LayoutRequest {
  id: number;
  tree: Tree;
  options: PlainLayoutOptions;
}

export type LayoutReply = { id: number; positions: Positions } | { id: number; error: string };

// The project compiles against the DOM library; this is the part of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (reply: LayoutReply) => void;
};

scope.onmessage = ({ data: { id, tree, options } }) => {
  let reply: LayoutReply;
  try {
    reply = { id, positions: layoutTree(tree, fromPlainOptions(options)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
