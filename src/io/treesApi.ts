/**
 * Browser client of the dev server's save API (`src/server/treesApi.ts`). In the static build
 * there is no API: `apiAvailable()` resolves false and `saveTree` answers `unavailable`.
 * Etags are opaque strings: pass back exactly what `getTree` or `saveTree` gave.
 */
import type { Problem, ScenarioFile, Tree } from '../model/types';

const BASE = '/api/trees';

export interface TreeSummary {
  id: string;
  /** `meta.title`, or null when the file is too broken to tell. */
  title: string | null;
  etag: string;
}

export interface TreeText {
  text: string;
  etag: string;
  scenariosText?: string;
}

export type SaveResult =
  | { ok: true; etag: string }
  | { ok: false; kind: 'invalid'; problems: Problem[] }
  /** The file changed on disk since `etag`; saving again with `currentEtag` overwrites it. */
  | { ok: false; kind: 'conflict'; currentEtag: string }
  /** `create` was asked but a tree with this id already exists. */
  | { ok: false; kind: 'exists' }
  | { ok: false; kind: 'unavailable' }
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

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function errorOf(value: unknown, status: number): string {
  const error = field(value, 'error');
  return typeof error === 'string' ? error : `the save API answered ${status}`;
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
  if (!response.ok || !Array.isArray(body)) {
    throw new TreesApiError('error', errorOf(body, response.status));
  }
  return body as TreeSummary[];
}

/** The raw file text, or undefined when there is no such tree. */
export async function getTree(id: string): Promise<TreeText | undefined> {
  const response = await request(treeUrl(id));
  const body = response && (await readJson(response));
  if (!response || body === undefined) throw new TreesApiError('unavailable', 'no save API');
  if (response.status === 404) return undefined;
  const text = field(body, 'text');
  const etag = field(body, 'etag');
  if (!response.ok || typeof text !== 'string' || typeof etag !== 'string') {
    throw new TreesApiError('error', errorOf(body, response.status));
  }
  const scenariosText = field(body, 'scenariosText');
  return typeof scenariosText === 'string' ? { text, etag, scenariosText } : { text, etag };
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
  const body = response && (await readJson(response));
  if (!response || body === undefined) return { ok: false, kind: 'unavailable' };
  const etag = field(body, 'etag');
  if (response.ok && typeof etag === 'string') return { ok: true, etag };
  const problems = field(body, 'problems');
  if (response.status === 400 && Array.isArray(problems)) {
    return { ok: false, kind: 'invalid', problems: problems as Problem[] };
  }
  const currentEtag = field(body, 'currentEtag');
  // A 409 without a current etag means the file was deleted since: `error` says so.
  if (response.status === 409 && typeof currentEtag === 'string') {
    return { ok: false, kind: 'conflict', currentEtag };
  }
  if (response.status === 412) return { ok: false, kind: 'exists' };
  return { ok: false, kind: 'error', message: errorOf(body, response.status) };
}
