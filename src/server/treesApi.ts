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
 * Every check and write of one request runs synchronously, so two requests to the same dev server
 * cannot interleave between the etag check and the write; two dev servers on one checkout are
 * kept apart by a lock file in the trees folder (`saveLock.ts`), held from the etag check to the
 * last rename.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../node/atomicWrite';
import { approvalRefusal } from '../model/approval';
import { parseJsonText, parseTree } from '../model/parse';
import { serialiseScenarios, serialiseTree } from '../model/serialise';
import {
  API_PREFIX,
  type ErrorBody,
  type SaveOkBody,
  type TreeFileText,
  type TreeSummary,
} from '../model/treesApiContract';
import type { Problem, Tree } from '../model/types';
import { saveRefusal } from '../model/readiness';
import { validate } from '../model/validate';
import { SaveLockBusy, withSaveLock } from './saveLock';

export { API_PREFIX };
export type { TreeFileText, TreeSummary };

export interface TreesRequest {
  method: string;
  /** The request target as sent: path and optional query, e.g. `/api/trees/x?y`. */
  url: string;
  /** Header names in lower case, as Node's `IncomingMessage.headers` has them. */
  headers: Record<string, string | string[] | undefined>;
  /** The body decoded as UTF-8; the caller caps its size (the handler checks it again). */
  body?: string;
}

export interface TreesResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

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
}

export const MAX_BODY_BYTES = 1_048_576;
export const TREE_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Keeps `.stepwise-tmp-…-<id>.scenarios.json` well under the usual 255-byte name limit. */
export const MAX_ID_LENGTH = 128;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function json(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): TreesResponse {
  return {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
    body: JSON.stringify(value),
  };
}

/** The etag of a tree file and (when there is one) its scenarios file, as one version. */
export function etagOf(tree: Buffer | string, scenarios?: Buffer | string): string {
  const hash = createHash('sha256').update(tree);
  if (scenarios !== undefined) hash.update('\0').update(scenarios);
  return `"${hash.digest('hex')}"`;
}

export function header(req: TreesRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Handles one request under `/api/trees`; never rejects. */
export function handleTreesRequest(
  req: TreesRequest,
  options: TreesApiOptions,
): Promise<TreesResponse> {
  return Promise.resolve(handleSync(req, options));
}

function handleSync(req: TreesRequest, options: TreesApiOptions): TreesResponse {
  try {
    return route(req, options);
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

function route(req: TreesRequest, options: TreesApiOptions): TreesResponse {
  const dir = resolve(options.dir);
  const target = parseTarget(req.url);
  const method = req.method.toUpperCase();
  if (target.id === undefined) {
    if (method !== 'GET') throw methodNotAllowed('GET');
    return json(200, listTrees(dir));
  }
  const id = target.id;
  if (method === 'GET') return getTree(dir, id);
  if (method === 'PUT') return putTree(dir, id, req, options);
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

/** `<dir>/<name>`, asserted to be directly inside `dir` before any file system call. */
export function inside(dir: string, name: string): string {
  const path = resolve(dir, name);
  if (dirname(path) !== dir || basename(path) !== name) {
    throw new HttpError(400, 'invalid tree id');
  }
  return path;
}

const NO_FOLLOW: number = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0;

/** A regular file's bytes; `undefined` when it does not exist. Symbolic links are refused. */
export function readRegularFile(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw notRegular(path);
    throw error;
  }
  try {
    if (!fstatSync(fd).isFile()) throw notRegular(path);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function notRegular(path: string): HttpError {
  return new HttpError(403, `${basename(path)} is not a regular file`);
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** Entity tags in an `If-Match` / `If-None-Match` list; `*` stays `*`. Weak tags never match. */
function entityTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && !tag.startsWith('W/'));
}

function putTree(
  dir: string,
  id: string,
  req: TreesRequest,
  options: TreesApiOptions,
): TreesResponse {
  checkOrigin(req);
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  const write = (path: string, text: string): void => {
    writeFileAtomic(path, text);
    options.onWrite?.(path, text);
  };
  const body = req.body ?? '';
  if (Buffer.byteLength(body, 'utf8') > maxBytes) {
    throw new HttpError(413, `the body is larger than ${maxBytes} bytes`);
  }
  checkContentType(header(req, 'content-type'));
  const envelope = readEnvelope(body);
  return withSaveLock(dir, () => {
    const treePath = inside(dir, `${id}.json`);
    const scenariosPath = inside(dir, `${id}.scenarios.json`);
    const current = readRegularFile(treePath);
    const currentScenarios = readRegularFile(scenariosPath);
    checkPreconditions(req, current, currentScenarios);
    return writeChecked(
      id,
      envelope,
      { treePath, scenariosPath, current, currentScenarios },
      () => {
        options.beforeWrite?.();
      },
      write,
    );
  });
}

interface OnDisk {
  treePath: string;
  scenariosPath: string;
  current: Buffer | undefined;
  currentScenarios: Buffer | undefined;
}

/** Validates and writes a save whose preconditions held; runs under the save lock. */
function writeChecked(
  id: string,
  envelope: { tree: unknown; scenarios?: unknown },
  disk: OnDisk,
  beforeWrite: () => void,
  write: (path: string, text: string) => void,
): TreesResponse {
  const { treePath, scenariosPath, current, currentScenarios } = disk;
  let scenarios: unknown = envelope.scenarios;
  if (!('scenarios' in envelope)) {
    const onDisk = currentScenarios;
    if (onDisk !== undefined) {
      const parsed = parseJsonText(onDisk.toString('utf8'), 'scenarios');
      if (!parsed.ok) throw invalid(parsed.problems);
      scenarios = parsed.value;
    }
  }
  const result = validate(
    envelope.tree,
    scenarios === undefined ? { fileId: id } : { fileId: id, scenarios },
  );
  // Unreadable: always refused. Unplayable: saved only as a draft (model/readiness.ts).
  const refusal = saveRefusal(result);
  if (refusal !== undefined || !result.tree) throw invalid(result.problems, refusal);
  const approval = approvalRefusal(savedTree(current), result.tree);
  if (approval !== undefined) throw invalid([], approval);

  beforeWrite();
  let scenariosText = currentScenarios?.toString('utf8');
  if ('scenarios' in envelope && result.scenarios) {
    const text = serialiseScenarios(result.scenarios);
    if (scenariosText !== text) write(scenariosPath, text);
    scenariosText = text;
  }
  const text = serialiseTree(result.tree);
  if (current?.toString('utf8') !== text) write(treePath, text);
  const etag = etagOf(text, scenariosText);
  const created = current === undefined;
  const ok: SaveOkBody = { id, etag };
  return json(
    created ? 201 : 200,
    ok,
    created ? { ETag: etag, Location: `${API_PREFIX}/${id}` } : { ETag: etag },
  );
}

/** The tree on disk, when it can be read as one (a broken file approves nothing). */
function savedTree(current: Buffer | undefined): Tree | undefined {
  if (current === undefined) return undefined;
  const json = parseJsonText(current.toString('utf8'), 'tree');
  if (!json.ok) return undefined;
  const tree = parseTree(json.value);
  return tree.ok ? tree.value : undefined;
}

/** A browser sends `Origin` on cross-site writes; only the dev server's own pages may save. */
export function checkOrigin(req: TreesRequest): void {
  const origin = header(req, 'origin');
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host === '' || host !== header(req, 'host')) {
    throw new HttpError(403, 'saving is only allowed from the dev server’s own pages');
  }
}

export function checkContentType(value: string | undefined): void {
  const [type = '', ...params] = (value ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  const utf8 = charset === undefined || ['utf-8', 'utf8', '"utf-8"'].includes(charset);
  if (type !== 'application/json' || !utf8) {
    throw new HttpError(415, 'the body must be sent with Content-Type: application/json');
  }
}

function readEnvelope(body: string): { tree: unknown; scenarios?: unknown } {
  const parsed = parseJsonText(body, 'tree');
  if (!parsed.ok) {
    // Too large, too deep, a syntax error, or a key twice in one object: say where.
    const first = parsed.problems[0];
    const where = first && first.path !== '' ? `${first.path}: ` : '';
    const message = `${where}${first?.message ?? 'invalid JSON'}`;
    throw new HttpError(400, `the body is not valid JSON: ${message}`, {
      problems: parsed.problems,
    });
  }
  const value = parsed.value;
  if (!isRecord(value) || !('tree' in value)) {
    throw new HttpError(400, 'the body must be a JSON object { "tree": …, "scenarios"?: … }');
  }
  const unknown = Object.keys(value).filter((key) => key !== 'tree' && key !== 'scenarios');
  if (unknown.length > 0) {
    throw new HttpError(
      400,
      `unknown key${unknown.length > 1 ? 's' : ''} in the body: ${unknown.join(', ')}`,
    );
  }
  return 'scenarios' in value
    ? { tree: value.tree, scenarios: value.scenarios }
    : { tree: value.tree };
}

function invalid(problems: Problem[], why?: string): HttpError {
  const count = problems.length;
  const message = why ?? `${count} problem${count === 1 ? '' : 's'} to fix first`;
  return new HttpError(400, `not saved: ${message}`, { problems });
}

export function checkPreconditions(
  req: TreesRequest,
  current: Buffer | undefined,
  currentScenarios: Buffer | undefined,
): void {
  const ifMatch = header(req, 'if-match');
  const ifNoneMatch = header(req, 'if-none-match');
  if (ifMatch !== undefined) {
    if (current === undefined) {
      throw new HttpError(409, 'the file was deleted since it was loaded', { currentEtag: null });
    }
    const etag = etagOf(current, currentScenarios);
    const tags = entityTags(ifMatch);
    if (!tags.includes('*') && !tags.includes(etag)) {
      throw new HttpError(409, 'the file or its scenarios changed on disk since it was loaded', {
        currentEtag: etag,
      });
    }
    return;
  }
  if (ifNoneMatch !== undefined) {
    if (!entityTags(ifNoneMatch).includes('*')) {
      throw new HttpError(400, 'If-None-Match must be * (create a new file)');
    }
    if (current !== undefined) throw new HttpError(412, 'a tree with this id already exists');
    return;
  }
  throw new HttpError(
    428,
    current === undefined
      ? 'send If-None-Match: * to create a new tree'
      : 'send If-Match with the etag the tree was loaded with',
  );
}
