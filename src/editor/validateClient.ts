/**
 * Validates documents in a Web Worker (one, created on first use), so a large pathway is checked
 * without holding up typing on the main thread. One answer per document version: asking again
 * for the same version gives the same promise. Where `Worker` does not exist (tests, old
 * browsers), or the worker fails, validation runs on the main thread instead. The request and
 * reply go through the app's one worker channel (`src/io/workerChannel.ts`).
 */
import { workerChannel } from '../io/workerChannel';
import type { TreeDocument } from '../model/document';
import type { Problem } from '../model/types';
import { documentProblems } from './documentProblems';

const answers = new WeakMap<TreeDocument, Promise<Problem[]>>();

const askWorker = workerChannel<TreeDocument, Problem[]>(
  () => new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' }),
  'validation worker',
);

function inWorker(doc: TreeDocument): Promise<Problem[]> {
  if (typeof Worker === 'undefined') return Promise.resolve(documentProblems(doc));
  return askWorker(doc).catch(() => documentProblems(doc));
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
