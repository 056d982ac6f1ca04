/**
 * Request checks shared by the versions and comments APIs, on top of the save API's own
 * (`http.ts`, `treesApi.ts`): the same origin, size and content-type rules, and ids checked by the
 * same code.
 */
import { checkAuthorName, messageProblem } from '../model/authorName';
import { parseJsonText } from '../model/parse';
import {
  checkContentType,
  checkOrigin,
  HttpError,
  json,
  type TreesRequest,
  type TreesResponse,
} from './http';
import { API_PREFIX, MAX_BODY_BYTES, parseTarget } from './treesApi';

export interface SubTarget {
  id: string;
  /** What follows the id, split on `/`: e.g. `['versions', '<sha>']`. */
  rest: string[];
}

/** `/api/trees/<id>/<rest…>`: the id checked exactly as the save API checks it. */
export function parseSubTarget(url: string): SubTarget {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith(`${API_PREFIX}/`)) throw new HttpError(404, 'not found');
  const [rawId = '', ...rest] = path.slice(API_PREFIX.length + 1).split('/');
  const { id } = parseTarget(`${API_PREFIX}/${rawId}`);
  if (id === undefined) throw new HttpError(404, 'not found');
  return { id, rest };
}

/** A JSON object body from the dev server's own pages, within the size cap. */
export function readJsonObject(
  req: TreesRequest,
  maxBytes = MAX_BODY_BYTES,
): Record<string, unknown> {
  checkOrigin(req);
  const body = req.body ?? '';
  if (Buffer.byteLength(body, 'utf8') > maxBytes) {
    throw new HttpError(413, `the body is larger than ${maxBytes} bytes`);
  }
  const type = req.headers['content-type'];
  checkContentType(Array.isArray(type) ? type.join(', ') : type);
  const parsed = parseJsonText(body, 'tree');
  if (!parsed.ok) {
    throw new HttpError(400, `the body is not valid JSON: ${parsed.problems[0]?.message ?? ''}`);
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'the body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/**
 * A required plain-text field of a body: a non-empty string of at most `max` characters, without
 * control characters other than line breaks and tabs (`messageProblem`).
 */
export function textField(body: Record<string, unknown>, key: string, max: number): string {
  const value = body[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new HttpError(400, `"${key}" must be a non-empty string`);
  }
  if (value.length > max) throw new HttpError(400, `"${key}" is longer than ${max} characters`);
  const problem = messageProblem(value);
  if (problem !== undefined) throw new HttpError(400, `"${key}" ${problem}`);
  return value.trim();
}

/** A required name field (author, reviewer, commenter), by the one name check; 400 naming it. */
export function nameField(body: Record<string, unknown>, key: string): string {
  const checked = checkAuthorName(body[key]);
  if (!checked.ok) throw new HttpError(400, `"${key}": ${checked.message}`);
  return checked.name;
}

/** Runs a handler and turns its `HttpError`s (or anything else) into a plain JSON answer. */
export async function answer(run: () => Promise<TreesResponse>): Promise<TreesResponse> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof HttpError) {
      return json(error.status, { error: error.message, ...error.extra }, error.headers);
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return json(500, {
      error: `the request could not be completed${typeof code === 'string' ? ` (${code})` : ''}`,
    });
  }
}

export function methodNotAllowed(allow: string): HttpError {
  return new HttpError(405, `method not allowed; use ${allow}`, {}, { Allow: allow });
}
