/**
 * Validates documents in a Web Worker (one, created on first use), so a large pathway is checked
 * without holding up typing on the main thread. One answer per document version: asking again
 * for the same version gives the same promise. Where `Worker` does not exist (tests, old
 * browsers), or the worker fails, validation runs on the main thread instead.
 */
import type { TreeDocument } from '../model/document';
import type { Problem } from '../model/types';
import { documentProblems } from './documentProblems';
import type { ValidateReply, ValidateRequest } from './validate.worker';

interface Pending {
  resolve: (problems: Problem[]) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();
const answers = new WeakMap<TreeDocument, Promise<Problem[]>>();

function start(): Worker {
  const w = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = ({ data: reply }: MessageEvent<ValidateReply>) => {
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) request?.reject(new Error(reply.error));
    else request?.resolve(reply.problems);
  };
  w.onerror = (event) => {
    event.preventDefault();
    w.terminate();
    if (worker === w) worker = undefined;
    for (const request of pending.values())
      request.reject(new Error(`validation worker failed: ${event.message || 'unknown error'}`));
    pending.clear();
  };
  return w;
}

function inWorker(doc: TreeDocument): Promise<Problem[]> {
  if (typeof Worker === 'undefined') return Promise.resolve(documentProblems(doc));
  worker ??= start();
  const request: ValidateRequest = { id: nextId++, doc };
  const w = worker;
  return new Promise<Problem[]>((resolve, reject) => {
    w.postMessage(request);
    pending.set(request.id, { resolve, reject });
  }).catch(() => documentProblems(doc));
}

/** The problems of this version of the document, worked out off the main thread. */
export function problemsOffThread(doc: TreeDocument): Promise<Problem[]> {
  let answer = answers.get(doc);
  if (!answer) {
    answer = inWorker(doc);
    answers.set(doc, answer);
  }
  return answer;
}
