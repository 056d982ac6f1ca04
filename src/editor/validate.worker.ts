/**
 * Live validation of large documents, off the main thread: a module worker that answers each
 * request with the document's problems, or the error message. Started by `validateClient.ts`.
 */
import { answerRequests } from '../io/workerChannel';
import type { TreeDocument } from '../model/document';
import type { Problem } from '../model/types';
import { documentProblems } from './documentProblems';

answerRequests<TreeDocument, Problem[]>(documentProblems);
