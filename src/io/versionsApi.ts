/**
 * Browser client of the dev server's versions and comments APIs (`src/server/versionsApi.ts`,
 * `src/server/commentsApi.ts`). Every call resolves, never rejects: `unavailable` means there is
 * no API (static build) or no git (501), and the editor then hides versions.
 */
import type { CommentsFile, StepComment } from '../model/comments';
import type { Problem } from '../model/types';
import { API_PREFIX } from '../model/treesApiContract';
import { apiUrl } from './apiUrl';

export interface VersionInfo {
  sha: string;
  date: string;
  author: string;
  message: string;
  path: string;
}

export interface VersionText {
  sha: string;
  text: string;
  scenariosText?: string;
  commentsText?: string;
}

export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'unavailable'; message: string }
  | { ok: false; kind: 'error'; message: string; problems?: Problem[] };

const base = (id: string): string => apiUrl(`${API_PREFIX}/${encodeURIComponent(id)}`);

async function call<T>(url: string, init?: RequestInit): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', ...init });
  } catch {
    return { ok: false, kind: 'unavailable', message: 'the dev server does not answer' };
  }
  let body: unknown;
  try {
    body = (response.headers.get('content-type') ?? '').includes('application/json')
      ? await response.json()
      : undefined;
  } catch {
    body = undefined;
  }
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const message = typeof record.error === 'string' ? record.error : `answered ${response.status}`;
  if (body === undefined || response.status === 501) {
    return { ok: false, kind: 'unavailable', message };
  }
  if (!response.ok) {
    const problems = Array.isArray(record.problems) ? (record.problems as Problem[]) : undefined;
    return problems
      ? { ok: false, kind: 'error', message, problems }
      : { ok: false, kind: 'error', message };
  }
  return { ok: true, value: body as T };
}

function post<T>(url: string, body: unknown, headers: Record<string, string> = {}) {
  return call<T>(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The tree's versions, newest first. */
export function listVersions(id: string): Promise<ApiResult<VersionInfo[]>> {
  return call(`${base(id)}/versions`);
}

export function getVersion(id: string, sha: string): Promise<ApiResult<VersionText>> {
  return call(`${base(id)}/versions/${encodeURIComponent(sha)}`);
}

/** Commits the saved files as a version with `message`, under the author's name. */
export function saveVersion(
  id: string,
  message: string,
  author: string,
): Promise<ApiResult<{ commit: string }>> {
  return post(`${base(id)}/versions`, { message, author });
}

/** Approves the saved file the editor loaded as `etag`; itself a version, by the approver. */
export function approveTree(
  id: string,
  etag: string,
  approval: { reviewers: string[]; reviewDue: string; author: string },
): Promise<ApiResult<{ commit: string; etag: string }>> {
  return post(`${base(id)}/approve`, approval, { 'If-Match': etag });
}

export function getComments(id: string): Promise<ApiResult<CommentsFile>> {
  return call(`${base(id)}/comments`);
}

export function addComment(
  id: string,
  entry: { step: string; author: string; text: string },
): Promise<ApiResult<{ comment: StepComment }>> {
  return post(`${base(id)}/comments`, entry);
}

export function setCommentStatus(
  id: string,
  commentId: string,
  status: StepComment['status'],
  by: string,
): Promise<ApiResult<{ comment: StepComment }>> {
  return post(`${base(id)}/comments/${encodeURIComponent(commentId)}`, { status, by });
}
