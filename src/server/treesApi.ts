/**
 * The save API for the editor, framework-free (Node only): the Vite plugin in `vitePlugin.ts`
 * adapts it to the dev server, the tests call it directly. It exists only under `npm run dev`.
 *
 * Contract (every body is JSON; every error is `{ "error": "plain message" }`, never a stack):
 *
 * - `GET /api/trees` → 200 `[{ id, title, etag }]`, one per `<id>.json` in the folder (not
 *   `*.scenarios.json` or `*.schema.json`), sorted by id. `title` is `meta.title`, or `null` when
 *   the file is too broken to tell.
 * - `GET /api/trees/:id` → 200 `{ id, text, etag, scenariosText? }` with an `ETag` header: the raw
 *   text of `<id>.json` (and of `<id>.scenarios.json` when there is one), so the client parses,
 *   validates and shows problems itself. 404 when there is no such tree.
 * - `PUT /api/trees/:id` with `Content-Type: application/json` and the body
 *   `{ "tree": <tree>, "scenarios"?: <scenarios file> }`.
 *   The tree is validated (`validate`, file id = `:id`) with the scenarios from the body or, when
 *   the body has none, from `<id>.scenarios.json` on disk if there is one. A tree that cannot
 *   be read (wrong shape), or problems in a tree whose status is not `draft` → 400
 *   `{ error, problems }` and nothing is written; a draft is saved with its problems (work in
 *   progress: the static build leaves it out). A tree that says `approved` is saved only when
 *   the file on disk is approved with the same content and sign-off (`model/approval.ts`: only
 *   POST /approve approves) → otherwise 400 and nothing is written. Otherwise the tree (and the scenarios, when
 *   sent) is written canonically and atomically → 200 `{ id, etag }`, or 201 when it is new.
 *   Preconditions (optimistic concurrency):
 *   - existing file: `If-Match: <etag>` is required (428 without it); a different etag on disk →
 *     409 `{ error, currentEtag }`. `If-Match: *` matches any existing version.
 *   - new file: `If-None-Match: *` is required (428 without it); if the file exists → 412.
 *   - `If-Match` on a file that no longer exists → 409 with `currentEtag: null`.
 * - Anything else: 405 with an `Allow` header. Bad ids → 400, bodies over `maxBytes` → 413,
 *   another content type → 415, a body that is not JSON → 400 with the line and column.
 *
 * An etag is the quoted SHA-256 (hex) of the tree file's bytes, followed (when there is a
 * scenarios file) by a NUL byte and the scenarios file's bytes, e.g. `"9f86d0…"`: one precondition
 * covers both files, so a stale save cannot overwrite scenarios changed on disk either. The same
 * string goes in the `ETag` header, in JSON bodies and in `If-Match`.
 *
 * The bodies are typed once in `src/model/treesApiContract.ts`, which the client also uses.
 *
 * Every change goes through the write path (`writePath.ts`): the etag check, the write of the
 * tree and its scenarios as one unit, and any commit all run under the tree's lock, which a lock
 * file in the trees folder (`saveLock.ts`) extends across dev servers on one checkout.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJsonText } from '../model/parse';
import {
  API_PREFIX,
  type ErrorBody,
  type TreeFileText,
  type TreeSummary,
} from '../model/treesApiContract';
import { HttpError, json, type TreesRequest, type TreesResponse } from './http';
import { SaveLockBusy, type TreeLock } from './saveLock';
import { etagOf, inside, readRegularFile } from './treeFilesOnDisk';
import { putTree } from './treeSave';
import { isRecord } from '../model/own';
import { settle } from './writePath';

export { API_PREFIX };
export type { TreeFileText, TreeSummary };

export interface TreesApiOptions {
  /** The folder of tree files. Nothing outside it is ever read or written. */
  dir: string;
  /** Largest accepted body in bytes (UTF-8); default `MAX_BODY_BYTES`. */
  maxBytes?: number;
  /** Told of every file written, after the write (the Vite plugin uses it to skip reloads). */
  onWrite?: (path: string, text: string) => void;
  /**
   * Called under the lock after the preconditions held, right before the first write: the tests
   * use it to race a second server into the gap the lock closes.
   */
  beforeWrite?: () => void;
  /** The lock every change takes (`saveLock.ts`); default the lock file in `dir`. */
  lock?: TreeLock;
}

export const MAX_BODY_BYTES = 1_048_576;
export const TREE_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Keeps `.stepwise-tmp-…-<id>.scenarios.json` well under the usual 255-byte name limit. */
export const MAX_ID_LENGTH = 128;

/** Handles one request under `/api/trees`; never rejects. */
export async function handleTreesRequest(
  req: TreesRequest,
  options: TreesApiOptions,
): Promise<TreesResponse> {
  try {
    return await route(req, options);
  } catch (error) {
    if (error instanceof HttpError) {
      const body: ErrorBody = { error: error.message, ...error.extra };
      return json(error.status, body, error.headers);
    }
    if (error instanceof SaveLockBusy) {
      return json(503, { error: error.message } satisfies ErrorBody, { 'Retry-After': '1' });
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const why = typeof code === 'string' ? ` (${code})` : '';
    return json(500, { error: `the tree file could not be read or written${why}` });
  }
}

async function route(req: TreesRequest, options: TreesApiOptions): Promise<TreesResponse> {
  const dir = resolve(options.dir);
  const target = parseTarget(req.url);
  const method = req.method.toUpperCase();
  if (target.id === undefined) {
    if (method !== 'GET') throw methodNotAllowed('GET');
    await settle(dir, options);
    return json(200, listTrees(dir));
  }
  const id = target.id;
  if (method === 'GET') {
    await settle(dir, options);
    return getTree(dir, id);
  }
  if (method === 'PUT') {
    return putTree(dir, id, req, { ...options, maxBytes: options.maxBytes ?? MAX_BODY_BYTES });
  }
  throw methodNotAllowed('GET, PUT');
}

function methodNotAllowed(allow: string): HttpError {
  return new HttpError(405, `method not allowed; use ${allow}`, {}, { Allow: allow });
}

/** `/api/trees` → no id; `/api/trees/<id>` → the id, decoded once and checked. */
export function parseTarget(url: string): { id?: string } {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  if (path !== API_PREFIX && !path.startsWith(`${API_PREFIX}/`)) {
    throw new HttpError(404, 'not found');
  }
  const rest = path.slice(API_PREFIX.length);
  if (rest === '' || rest === '/') return {};
  const raw = rest.slice(1);
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw badId();
  }
  // TREE_ID alone rules all of these out; the explicit checks keep the intent visible.
  const suspicious =
    id.includes('..') ||
    id.includes('/') ||
    id.includes('\\') ||
    id.includes('\0') ||
    id.includes('%') ||
    /%2e|%2f|%5c|%00/i.test(raw);
  if (suspicious || id.length > MAX_ID_LENGTH || !TREE_ID.test(id)) throw badId();
  return { id };
}

function badId(): HttpError {
  return new HttpError(
    400,
    `invalid tree id: use lower-case letters, digits and hyphens (at most ${MAX_ID_LENGTH})`,
  );
}

function listTrees(dir: string): TreeSummary[] {
  const summaries: TreeSummary[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (!entry.isFile() || !name.endsWith('.json')) continue;
    if (name.endsWith('.scenarios.json') || name.endsWith('.schema.json')) continue;
    const id = name.slice(0, -'.json'.length);
    if (!TREE_ID.test(id) || id.length > MAX_ID_LENGTH) continue;
    const bytes = readRegularFile(inside(dir, name));
    if (bytes === undefined) continue;
    const scenarios = readRegularFile(inside(dir, `${id}.scenarios.json`));
    summaries.push({ id, title: titleOf(bytes.toString('utf8')), etag: etagOf(bytes, scenarios) });
  }
  return summaries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function titleOf(text: string): string | null {
  const parsed = parseJsonText(text);
  if (!parsed.ok || !isRecord(parsed.value)) return null;
  const meta = parsed.value.meta;
  return isRecord(meta) && typeof meta.title === 'string' ? meta.title : null;
}

function getTree(dir: string, id: string): TreesResponse {
  const bytes = readRegularFile(inside(dir, `${id}.json`));
  if (bytes === undefined) throw new HttpError(404, `there is no tree "${id}"`);
  const scenarios = readRegularFile(inside(dir, `${id}.scenarios.json`));
  const etag = etagOf(bytes, scenarios);
  const body: TreeFileText = { id, text: bytes.toString('utf8'), etag };
  if (scenarios !== undefined) body.scenariosText = scenarios.toString('utf8');
  return json(200, body, { ETag: etag });
}
