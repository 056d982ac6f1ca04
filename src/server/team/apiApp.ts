/**
 * The one mount of the authoring API (trees, versions, comments) on Hono, shared by both hosts:
 * the Vite dev server (`vitePlugin.ts`, single author, no sign-in, 127.0.0.1) and the team server
 * (`teamApp.ts`, behind sign-in). Each route is written once, in its framework-free handler that
 * takes a `TreesRequest`; this file only reads the body with a size cap, adapts web-standard
 * `Request`/`Response` to those shapes and awaits the answer (a handler may answer sync or async).
 *
 * Hono over Fastify: its app is a plain `fetch(Request) => Response`, so the same object runs in
 * Vite's Connect middleware (`getRequestListener`), under `@hono/node-server` and in tests
 * (`app.request`) with no server at all; it has no dependencies and runs on Node 20 and 22.
 */
import { Hono, type Context } from 'hono';
import { handleCommentsRequest } from '../commentsApi';
import type { Identity, TreesRequest, TreesResponse } from '../http';
import { API_PREFIX, handleTreesRequest, MAX_BODY_BYTES, type TreesApiOptions } from '../treesApi';
import { handleVersionsRequest } from '../versionsApi';

export type TreesHandler = (
  req: TreesRequest,
  options: TreesApiOptions,
) => TreesResponse | Promise<TreesResponse>;

/** Which handler answers a path under `/api/trees`: `/versions` and `/approve`, `/comments`, or the rest. */
const SUB_ROUTE = /^\/api\/trees\/[^/?#]+\/(versions|approve|comments)(?:[/?#]|$)/;

export function handlerFor(url: string): TreesHandler {
  const sub = SUB_ROUTE.exec(url)?.[1];
  if (sub === 'comments') return handleCommentsRequest;
  if (sub !== undefined) return handleVersionsRequest;
  return handleTreesRequest;
}

export interface ApiAppOptions extends TreesApiOptions {
  /**
   * Runs before the handler (the team server's sign-in and role check). A `Response` ends the
   * request there; an identity is passed to the handler; `undefined` means no sign-in (dev).
   */
  guard?: (c: Context, req: TreesRequest) => Promise<Identity | Response | undefined>;
}

type BodyResult = { ok: true; body: string } | { ok: false; status: 400 | 413; error: string };

/**
 * Reads the body as UTF-8, at most `maxBytes`. A declared `Content-Length` over the cap is refused
 * before any byte is read; otherwise reading stops at the first chunk that passes the cap.
 */
export async function readCappedBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const tooLarge: BodyResult = {
    ok: false,
    status: 413,
    error: `the body is larger than ${maxBytes} bytes`,
  };
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body !== null) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  try {
    return { ok: true, body: new TextDecoder('utf-8', { fatal: true }).decode(concat(chunks)) };
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid UTF-8' };
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

/**
 * Header names in lower case, repeated ones joined with `, ` (what `Headers` iteration gives).
 * `host` is the URL's when the request has none (`app.request` in tests; Node's adapter builds
 * the URL from the Host header, so the two agree on a real server).
 */
export function headersOf(request: Request): Record<string, string> {
  return { host: new URL(request.url).host, ...Object.fromEntries(request.headers) };
}

/** The request target as sent (path and query), which the handlers parse themselves. */
export function targetOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

export function toResponse(answer: TreesResponse): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

function jsonError(status: number, error: string, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error }), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...extra,
    },
  });
}

/** Mounts `/api/trees` and everything under it on `app` (or a new app). */
export function mountTreesApi(options: ApiAppOptions, app: Hono = new Hono()): Hono {
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  const serve = async (c: Context): Promise<Response> => {
    const request = c.req.raw;
    const method = request.method.toUpperCase();
    let body: string | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const read = await readCappedBody(request, maxBytes);
      // The rest of an oversize body is never read: close the connection once the answer is out.
      if (!read.ok) return jsonError(read.status, read.error, { Connection: 'close' });
      body = read.body;
    }
    const url = targetOf(request);
    const req: TreesRequest = { method, url, headers: headersOf(request), body };
    const identity = await options.guard?.(c, req);
    if (identity instanceof Response) return identity;
    if (identity !== undefined) req.identity = identity;
    const answer = await handlerFor(url)(req, options);
    return toResponse(answer);
  };
  app.all(API_PREFIX, serve);
  app.all(`${API_PREFIX}/*`, serve);
  app.onError((error) => {
    console.error(`[trees api] ${String(error)}`);
    return jsonError(500, 'the request could not be read');
  });
  return app;
}
