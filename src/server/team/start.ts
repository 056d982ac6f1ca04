/**
 * `npm start`: the team server as one Node process. Builds the app first when `dist/` is missing
 * or older than its sources (Vite's JS API), opens and migrates the database, and serves the
 * build and the API behind sign-in on `HOST` (default 127.0.0.1) and `PORT` (default 8080).
 * With no accounts yet it prints a one-time link (valid 24 h) that creates the first admin.
 *
 * Environment: `STEPWISE_DATA` (SQLite folder, default `./data`), `DATABASE_URL` (PostgreSQL
 * instead), `STEPWISE_CONTENT` (the content work tree, default this project; its `trees/` is
 * edited), `STEPWISE_DIST` (the build, default `dist/`), `STEPWISE_PUBLIC_URL` (the address
 * people use, for links; https there makes cookies Secure), `STEPWISE_TRUST_PROXY=1` behind a
 * reverse proxy.
 */
import { readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { countAccounts, createInvitation } from '../../team/accounts';
import { openOptionsFromEnv, openTeamDb, type TeamDb } from '../../team/db';
import { createTeamApp } from './teamApp';

const PROJECT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** What the build is made from: a change to any of them makes `dist/` stale. */
const SOURCES = ['src', 'trees', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestIn(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

/** True when the build is missing or older than any of its sources. */
export function buildIsStale(dist: string, root = PROJECT): boolean {
  const built = newestIn(join(dist, 'index.html'));
  if (built === 0) return true;
  return SOURCES.some((name) => newestIn(join(root, name)) > built);
}

export interface StartOptions {
  host?: string;
  port?: number;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  db: TeamDb;
  close: () => Promise<void>;
}

export async function startTeamServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  const port = options.port ?? Number(env.PORT ?? 8080);
  const dist = resolve(env.STEPWISE_DIST ?? join(PROJECT, 'dist'));
  if (buildIsStale(dist)) {
    log('Building the app (dist/ is missing or older than its sources)…');
    const { build } = await import('vite');
    await build({ root: PROJECT, configFile: join(PROJECT, 'vite.config.ts'), logLevel: 'warn' });
  }
  const db = await openTeamDb(openOptionsFromEnv(env));
  const content = resolve(env.STEPWISE_CONTENT ?? PROJECT);
  const publicUrl = env.STEPWISE_PUBLIC_URL;
  const app = createTeamApp({
    db,
    contentDir: join(content, 'trees'),
    distDir: dist,
    trustProxy: env.STEPWISE_TRUST_PROXY === '1',
    secureCookies: publicUrl?.startsWith('https:') === true,
  });
  const server = await new Promise<ServerType>((done) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => {
      done(s);
    });
  });
  const address = server.address() as AddressInfo;
  const url = publicUrl ?? `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  log(`Stepwise team server on ${url}`);
  if ((await countAccounts(db)) === 0) {
    const { token } = await createInvitation(db, { kind: 'setup' }, 'server');
    log('No accounts yet. Create the first administrator (this link works once, for 24 hours):');
    log(`  ${url}/team/invite.html#${token}`);
  }
  return {
    url,
    db,
    close: async () => {
      await new Promise<void>((done) =>
        server.close(() => {
          done();
        }),
      );
      await db.destroy();
    },
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  startTeamServer().then(
    (running) => {
      const stop = (): void => {
        void running.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(`stepwise: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
