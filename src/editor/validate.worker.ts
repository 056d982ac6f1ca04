/**
 * Live validation of large documents, off the main thread: a module worker that answers each
 * `ValidateRequest` with the document's problems, or the error message. Started by
 * `validateClient.ts`.
 */
import type { TreeDocument } from '../model/document';
import type { Problem } from '../model/types';
import { documentProblems } from './documentProblems';

export interface ValidateRequest {
  id: number;
  doc: TreeDocument;
}

export type ValidateReply = { id: number; problems: Problem[] } | { id: number; error: string };

// The project compiles against the DOM library; this is the part of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidateRequest>) => void) | null;
  postMessage: (reply: ValidateReply) => void;
};

scope.onmessage = ({ data: { id, doc } }) => {
  let reply: ValidateReply;
  try {
    reply = { id, problems: documentProblems(doc) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
