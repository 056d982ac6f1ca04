/**
 * The save API on the Vite dev server (`npm run dev` only: no preview, no build). Reads the body
 * with a size cap, then hands the request to `handleTreesRequest`.
 *
 * `vite.config.ts` imports this file, so it imports no local modules at run time: the handler
 * (and the model behind it) is loaded on the first request through the dev server's own module
 * loader. Bundling them into the config would make Vite warn, on every start, about their
 * extensionless imports (unsupported by its future `configLoader: 'native'`).
 *
 * A save rewrites `trees/<id>.json`, which the app also imports (`import.meta.glob` in
 * `src/io/bundledTrees.ts`); Vite would answer with a full page reload and the editor would lose
 * its state. So a change whose content is exactly what the API just wrote causes no reload. The
 * server drops its cached copy all the same, but a page that already imported that tree's text
 * keeps the old text until it reloads. New files and edits made elsewhere reload as usual.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';
import type * as CommentsApi from './commentsApi';
import type * as TreesApi from './treesApi';
import type * as VersionsApi from './versionsApi';

/** Same values as `API_PREFIX` and `MAX_BODY_BYTES` in `treesApi.ts`. */
const API_PREFIX = '/api/trees';
const MAX_BODY_BYTES = 1_048_576;
const HANDLER = fileURLToPath(new URL('./treesApi.ts', import.meta.url));
/** Versions on git and comments on steps: their own handlers, loaded the same way. */
const VERSIONS = fileURLToPath(new URL('./versionsApi.ts', import.meta.url));
const COMMENTS = fileURLToPath(new URL('./commentsApi.ts', import.meta.url));
const SUB_ROUTE = /^\/api\/trees\/[^/?#]+\/(versions|approve|comments)(?:[/?#]|$)/;

export interface TreesApiPluginOptions {
  /** The folder of tree files, relative to the Vite root; default `trees`. */
  dir?: string;
  /** Largest accepted body in bytes; default 1 MiB. */
  maxBytes?: number;
}

type BodyResult = { ok: true; body: string } | { ok: false; status: 400 | 413; error: string };

/**
 * Reads the body as UTF-8, at most `maxBytes`. A declared `Content-Length` over the cap is refused
 * before any byte is read; otherwise reading stops at the first chunk that passes the cap.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const tooLarge: BodyResult = {
    ok: false,
    status: 413,
    error: `the body is larger than ${maxBytes} bytes`,
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve(tooLarge);
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      req.pause();
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        stop();
        done(tooLarge);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      stop();
      try {
        done({
          ok: true,
          body: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)),
        });
      } catch {
        done({ ok: false, status: 400, error: 'the body is not valid UTF-8' });
      }
    };
    const onError = (error: Error): void => {
      stop();
      fail(error);
    };
    const onClose = (): void => {
      onError(new Error('the request was closed before its body ended'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string) {
  res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isApiPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);
}

export function treesApiPlugin(options: TreesApiPluginOptions = {}): Plugin {
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  /** Hash of what the API last wrote to each file, by normalised absolute path. */
  const written = new Map<string, string>();
  const onWrite = (path: string, text: string): void => {
    written.set(normalizePath(path), sha256(text));
  };
  return {
    name: 'stepwise-trees-api',
    apply: 'serve',
    // Vite's default CORS lets any localhost origin read what the dev server answers, the API
    // included: another app on this machine could read every tree. The API (and so the dev
    // server) answers its own origin only; same-origin pages need no CORS header.
    config: () => ({ server: { cors: false } }),
    hotUpdate: {
      order: 'pre',
      async handler({ type, file, read }) {
        const expected = written.get(file);
        if (type !== 'update' || expected === undefined) return;
        if (sha256(await read()) === expected) return [];
      },
    },
    configureServer(server) {
      const dir = resolve(server.config.root, options.dir ?? 'trees');
      server.middlewares.use((req, res, next) => {
        const url = req.originalUrl ?? req.url ?? '';
        if (!isApiPath(url)) {
          next();
          return;
        }
        const method = req.method ?? 'GET';
        const respond = async (): Promise<void> => {
          let body: string | undefined;
          if (method !== 'GET' && method !== 'HEAD') {
            const read = await readBody(req, maxBytes);
            if (!read.ok) {
              // The rest of the body is never read: close the connection once the answer is out.
              send(
                res,
                read.status,
                { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' },
                JSON.stringify({ error: read.error }),
              );
              return;
            }
            body = read.body;
          }
          const request = { method, url, headers: req.headers, body };
          const sub = SUB_ROUTE.exec(url)?.[1];
          const answer =
            sub === 'comments'
              ? await (
                  (await server.ssrLoadModule(COMMENTS)) as typeof CommentsApi
                ).handleCommentsRequest(request, { dir, maxBytes, onWrite })
              : sub !== undefined
                ? await (
                    (await server.ssrLoadModule(VERSIONS)) as typeof VersionsApi
                  ).handleVersionsRequest(request, { dir, maxBytes, onWrite })
                : await (
                    (await server.ssrLoadModule(HANDLER)) as typeof TreesApi
                  ).handleTreesRequest(request, { dir, maxBytes, onWrite });
          send(res, answer.status, answer.headers, answer.body);
        };
        respond().catch((error: unknown) => {
          server.config.logger.error(`[trees api] ${String(error)}`);
          if (!res.headersSent) {
            send(
              res,
              500,
              { 'Content-Type': 'application/json; charset=utf-8' },
              JSON.stringify({ error: 'the request could not be read' }),
            );
          } else res.end();
        });
      });
    },
  };
}
