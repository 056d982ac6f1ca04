/**
 * The request and response shapes of the dev server's APIs (trees, versions, comments) and the
 * checks they share: errors as plain JSON, the same-origin rule and the JSON content type.
 * Framework-free: `vitePlugin.ts` adapts Node's request to `TreesRequest`.
 */

export interface TreesRequest {
  method: string;
  /** The request target as sent: path and optional query, e.g. `/api/trees/x?y`. */
  url: string;
  /** Header names in lower case, as Node's `IncomingMessage.headers` has them. */
  headers: Record<string, string | string[] | undefined>;
  /** The body decoded as UTF-8; the caller caps its size (the handler checks it again). */
  body?: string;
  /**
   * The signed-in person on the team server (`src/server/team`); absent on the dev server. A
   * handler prefers it to any name typed in the body (the team server also overwrites those).
   */
  identity?: Identity;
}

/** A signed-in account as the API sees it. */
export interface Identity {
  name: string;
  email: string;
  role: string;
}

export interface TreesResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

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

export function header(req: TreesRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
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
