/**
 * The automatic layout, off the main thread: a module worker that answers each request with the
 * positions from `layoutTree`, or the error message. Started by `layoutClient.ts`.
 */
import { answerRequests } from '../io/workerChannel';
import { fromPlainOptions, layoutTree } from '../model/layout';
import type { PlainLayoutOptions, Positions } from '../model/layout';
import type { Tree } from '../model/types';

export interface LayoutPayload {
  tree: Tree;
  options: PlainLayoutOptions;
}

answerRequests<LayoutPayload, Positions>(({ tree, options }) =>
  layoutTree(tree, fromPlainOptions(options)),
);
