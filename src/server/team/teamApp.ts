/**
 * The team server as one Hono app: its own pages and API (`pages.ts`, `accountRoutes.ts`), the
 * authoring API mounted once (`apiApp.ts`) behind sign-in and roles (`guard.ts`), and the
 * production build (`dist/`: the app, prerendered pathway pages, service worker) with the same
 * Content-Security-Policy as the static build, sent as a header here.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { relative, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../cspPlugin';
import { accountRoutes, type AccountRoutesOptions } from './accountRoutes';
import { mountTreesApi } from './apiApp';
import { treesGuard } from './guard';
import { PAGES } from './pages';
import { TEAM_SCRIPT } from './teamScript';

export interface TeamAppOptions extends AccountRoutesOptions {
  /** The folder of tree files (the content work tree's `trees/`). */
  contentDir: string;
  /** The production build; no static files are served when absent (API-only tests). */
  distDir?: string;
}

/** Headers on every page and file (a header policy may also forbid framing). */
const PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export function createTeamApp(options: TeamAppOptions): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(PAGE_HEADERS)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  });
  app.route('/', accountRoutes(options));
  const api = mountTreesApi({
    dir: options.contentDir,
    guard: treesGuard(options, options.contentDir),
  });
  app.route('/', api);

  for (const [path, html] of Object.entries(PAGES)) {
    app.get(path, (c) => {
      c.header('Cache-Control', 'no-store');
      return c.html(html);
    });
  }
  app.get('/team/team.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(TEAM_SCRIPT);
  });

  if (options.distDir !== undefined) {
    // serve-static takes a root relative to the working folder.
    const root = relative(process.cwd(), resolve(options.distDir)) || '.';
    app.use('/sw.js', async (c, next) => {
      await next();
      c.res.headers.set('Cache-Control', 'no-cache');
    });
    app.use('/*', serveStatic({ root }));
  }
  app.notFound((c) => c.text('Not found', 404));
  return app;
}
