/**
 * The one contract of the save API, shared by the dev server (`src/server/treesApi.ts`) and the
 * browser client (`src/io/treesApi.ts`): the paths, the request and response bodies, and the
 * checkers the client runs on every answer so that a bad or unexpected response becomes a plain
 * message instead of a crash or a wrong "saved". Framework-free: no Node, no DOM.
 */
import type { Problem, ScenarioFile, Tree } from './types';
import { isRecord } from './own';

export const API_PREFIX = '/api/trees';

/** `GET /api/trees` → 200, one per tree file. */
export interface TreeSummary {
  id: string;
  /** `meta.title`, or null when the file is too broken to tell. */
  title: string | null;
  /** Covers `<id>.json` and `<id>.scenarios.json` together. */
  etag: string;
}

/** `GET /api/trees/:id` → 200. */
export interface TreeFileText {
  id: string;
  text: string;
  /** Covers the tree file and the scenarios file: a change to either is a new etag. */
  etag: string;
  scenariosText?: string;
}

/** `PUT /api/trees/:id` request body (with `If-Match: <etag>` or `If-None-Match: *`). */
export interface SaveRequestBody {
  tree: Tree;
  scenarios?: ScenarioFile;
}

/** `PUT` → 200 (saved) or 201 (created). */
export interface SaveOkBody {
  id: string;
  etag: string;
}

/** Every error answer; `problems` on 400, `currentEtag` on 409 (null: the file is gone). */
export interface ErrorBody {
  error: string;
  problems?: Problem[];
  currentEtag?: string | null;
}

/** A checker's verdict: the typed value, or what was wrong with the answer. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const ETAG = /^"[^"]*"$/;

function bad<T>(what: string): Checked<T> {
  return { ok: false, message: `the save server sent an unexpected answer (${what})` };
}

/** Checks a `GET /api/trees` body. */
export function checkTreeList(value: unknown): Checked<TreeSummary[]> {
  if (!Array.isArray(value)) return bad('the tree list is not a list');
  for (const [i, item] of value.entries()) {
    if (
      !isRecord(item) ||
      typeof item.id !== 'string' ||
      (item.title !== null && typeof item.title !== 'string') ||
      typeof item.etag !== 'string' ||
      !ETAG.test(item.etag)
    ) {
      return bad(`tree ${i + 1} of the list has no id, title or etag`);
    }
  }
  return { ok: true, value: value as TreeSummary[] };
}

/** Checks a `GET /api/trees/:id` body. */
export function checkTreeFile(value: unknown): Checked<TreeFileText> {
  if (
    !isRecord(value) ||
    typeof value.id !== 'string' ||
    typeof value.text !== 'string' ||
    typeof value.etag !== 'string' ||
    !ETAG.test(value.etag) ||
    (value.scenariosText !== undefined && typeof value.scenariosText !== 'string')
  ) {
    return bad('the tree file has no text or etag');
  }
  return { ok: true, value: value as unknown as TreeFileText };
}

/** Checks a successful `PUT` body. */
export function checkSaveOk(value: unknown): Checked<SaveOkBody> {
  if (
    !isRecord(value) ||
    typeof value.id !== 'string' ||
    typeof value.etag !== 'string' ||
    !ETAG.test(value.etag)
  ) {
    return bad('a save without an etag');
  }
  return { ok: true, value: { id: value.id, etag: value.etag } };
}

function isProblem(value: unknown): value is Problem {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}

/** Checks an error body: `error` is required, `problems` and `currentEtag` have their types. */
export function checkErrorBody(value: unknown): Checked<ErrorBody> {
  if (!isRecord(value) || typeof value.error !== 'string') return bad('an error without a message');
  const body: ErrorBody = { error: value.error };
  if (value.problems !== undefined) {
    if (!Array.isArray(value.problems) || !value.problems.every(isProblem)) {
      return bad('problems that are not problems');
    }
    body.problems = value.problems;
  }
  if (value.currentEtag !== undefined) {
    if (value.currentEtag !== null && typeof value.currentEtag !== 'string') {
      return bad('a conflict without an etag');
    }
    body.currentEtag = value.currentEtag;
  }
  return { ok: true, value: body };
}
