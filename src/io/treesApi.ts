/**
 * Browser client of the dev server's save API (`src/server/treesApi.ts`). In the static build
 * there is no API: `apiAvailable()` resolves false and `saveTree` answers `unavailable`.
 * Etags are opaque strings: pass back exactly what `getTree` or `saveTree` gave.
 */
import {
  API_PREFIX,
  checkErrorBody,
  checkSaveOk,
  checkTreeFile,
  checkTreeList,
  type TreeSummary,
} from '../model/treesApiContract';
import type { Problem, ScenarioFile, Tree } from '../model/types';
import { apiUrl } from './apiUrl';

export type { TreeSummary };

const BASE = apiUrl(API_PREFIX);

export interface TreeText {
  text: string;
  etag: string;
  scenariosText?: string;
}

/** What the client says when the dev server does not answer at all (stopped, or offline). */
export const UNREACHABLE = 'could not reach the save server (is `npm run dev` still running?)';

export type SaveResult =
  | { ok: true; etag: string }
  | { ok: false; kind: 'invalid'; problems: Problem[] }
  /** The file changed on disk since `etag`; saving again with `currentEtag` overwrites it. */
  | { ok: false; kind: 'conflict'; currentEtag: string }
  /** `create` was asked but a tree with this id already exists. */
  | { ok: false; kind: 'exists' }
  /** Something answered, but not the save API: a static file server. */
  | { ok: false; kind: 'unavailable' }
  /** Nothing answered: the dev server stopped, or the network is down. */
  | { ok: false; kind: 'unreachable'; message: string }
  | { ok: false; kind: 'error'; message: string };

export interface SaveOptions {
  /** The etag the tree was loaded with; required to overwrite an existing file. */
  etag?: string;
  /** Saved beside the tree as `<id>.scenarios.json`, and validated with it. */
  scenarios?: ScenarioFile;
  /** Create a new file; fails with `exists` if there already is one. */
  create?: boolean;
}

/** Thrown by `listTrees` and `getTree`; `unavailable` means there is no API (static build). */
export class TreesApiError extends Error {
  constructor(
    readonly kind: 'unavailable' | 'error',
    message: string,
  ) {
    super(message);
    this.name = 'TreesApiError';
  }
}

function treeUrl(id: string): string {
  return `${BASE}/${encodeURIComponent(id)}`;
}

/** The API always answers JSON; anything else (an HTML page, a file server's 404) is not it. */
async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

function errorOf(value: unknown, status: number): string {
  const checked = checkErrorBody(value);
  return checked.ok ? checked.value.error : `the save API answered ${status}`;
}

async function request(url: string, init?: RequestInit): Promise<Response | undefined> {
  try {
    return await fetch(url, { cache: 'no-store', ...init });
  } catch {
    return undefined;
  }
}

/** A cheap probe: true only when the dev server's API answers. */
export async function apiAvailable(): Promise<boolean> {
  const response = await request(BASE);
  return response?.ok === true && Array.isArray(await readJson(response));
}

export async function listTrees(): Promise<TreeSummary[]> {
  const response = await request(BASE);
  const body = response && (await readJson(response));
  if (!response || body === undefined) throw new TreesApiError('unavailable', 'no save API');
  if (!response.ok) throw new TreesApiError('error', errorOf(body, response.status));
  const checked = checkTreeList(body);
  if (!checked.ok) throw new TreesApiError('error', checked.message);
  return checked.value;
}

/** The raw file text, or undefined when there is no such tree. */
export async function getTree(id: string): Promise<TreeText | undefined> {
  const response = await request(treeUrl(id));
  const body = response && (await readJson(response));
  if (!response || body === undefined) throw new TreesApiError('unavailable', 'no save API');
  if (response.status === 404) return undefined;
  if (!response.ok) throw new TreesApiError('error', errorOf(body, response.status));
  const checked = checkTreeFile(body);
  if (!checked.ok) throw new TreesApiError('error', checked.message);
  const { text, etag, scenariosText } = checked.value;
  return scenariosText === undefined ? { text, etag } : { text, etag, scenariosText };
}

export async function saveTree(
  id: string,
  tree: Tree,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.etag !== undefined) headers['If-Match'] = options.etag;
  if (options.create === true) headers['If-None-Match'] = '*';
  const response = await request(treeUrl(id), {
    method: 'PUT',
    headers,
    body: JSON.stringify(options.scenarios ? { tree, scenarios: options.scenarios } : { tree }),
  });
  if (!response) return { ok: false, kind: 'unreachable', message: UNREACHABLE };
  const body = await readJson(response);
  if (body === undefined) return { ok: false, kind: 'unavailable' };
  if (response.ok) {
    const saved = checkSaveOk(body);
    return saved.ok
      ? { ok: true, etag: saved.value.etag }
      : { ok: false, kind: 'error', message: saved.message };
  }
  const error = checkErrorBody(body);
  if (!error.ok) return { ok: false, kind: 'error', message: error.message };
  const { problems, currentEtag } = error.value;
  if (response.status === 400 && problems !== undefined) {
    return { ok: false, kind: 'invalid', problems };
  }
  // A 409 without a current etag means the file was deleted since: `error` says so.
  if (response.status === 409 && typeof currentEtag === 'string') {
    return { ok: false, kind: 'conflict', currentEtag };
  }
  if (response.status === 412) return { ok: false, kind: 'exists' };
  return { ok: false, kind: 'error', message: error.value.error };
}
