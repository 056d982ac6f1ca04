/**
 * The save API on the Vite dev server (`npm run dev` only: no preview, no build): single author,
 * no sign-in, on 127.0.0.1. It mounts the same Hono app as the team server (`team/apiApp.ts`,
 * which reads the body with a size cap and hands the request to the route's handler).
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
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { normalizePath, type Plugin } from 'vite';
import type * as ApiApp from './team/apiApp';
import type * as WritePath from './writePath';

/** Same values as `API_PREFIX` and `MAX_BODY_BYTES` in `treesApi.ts`. */
const API_PREFIX = '/api/trees';
const MAX_BODY_BYTES = 1_048_576;
/** The one mount of every API route (`team/apiApp.ts`), shared with the team server. */
const API_APP = fileURLToPath(new URL('./team/apiApp.ts', import.meta.url));
/** The write path, for its start-up recovery of what a crash left in the trees folder. */
const WRITE_PATH = fileURLToPath(new URL('./writePath.ts', import.meta.url));

export interface TreesApiPluginOptions {
  /** The folder of tree files, relative to the Vite root; default `trees`. */
  dir?: string;
  /** Largest accepted body in bytes; default 1 MiB. */
  maxBytes?: number;
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
      // Start-up: finish or undo a change a crashed server left half-way (every request also does).
      server.httpServer?.once('listening', () => {
        void (server.ssrLoadModule(WRITE_PATH) as Promise<typeof WritePath>)
          .then((writePath) => writePath.recoverTrees(dir))
          .catch((error: unknown) => {
            server.config.logger.error(`[trees api] recovery failed: ${String(error)}`);
          });
      });
      const listeners = new WeakMap<object, ReturnType<typeof getRequestListener>>();
      server.middlewares.use((req, res, next) => {
        const url = req.originalUrl ?? req.url ?? '';
        if (!isApiPath(url)) {
          next();
          return;
        }
        const respond = async (): Promise<void> => {
          // Loaded through the dev server's module loader (see above); one app per module load.
          const mod = (await server.ssrLoadModule(API_APP)) as typeof ApiApp;
          let listener = listeners.get(mod);
          if (listener === undefined) {
            const app = mod.mountTreesApi({ dir, maxBytes, onWrite });
            listener = getRequestListener(app.fetch);
            listeners.set(mod, listener);
          }
          await listener(req, res);
        };
        respond().catch((error: unknown) => {
          server.config.logger.error(`[trees api] ${String(error)}`);
          if (!res.headersSent) {
            res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
            res.end(JSON.stringify({ error: 'the request could not be read' }));
          } else res.end();
        });
      });
    },
  };
}
