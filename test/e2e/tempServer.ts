/**
 * A dev server of a spec's own whose trees/ is a temporary folder: specs that save write there,
 * never into the real trees/ that other specs and the shared servers list at import time.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type ViteDevServer } from 'vite';
import { bundledTreesPlugin } from '../../src/server/bundledTreesPlugin';
import { treesApiPlugin } from '../../src/server/vitePlugin';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface TempServer {
  base: string;
  dir: string;
  close: () => Promise<void>;
}

/**
 * Starts a dev server over a fresh temporary trees folder holding copies of `files` (paths to
 * tree and scenarios files). `name` keeps its dependency cache apart from other servers'.
 * `watch` makes trees saved during the spec show up in the player's list, as under `npm run dev`.
 */
export async function startTempServer(
  name: string,
  files: string[],
  { watch = false }: { watch?: boolean } = {},
): Promise<TempServer> {
  const dir = mkdtempSync(join(tmpdir(), `stepwise-${name}-`));
  for (const file of files) copyFileSync(file, join(dir, file.split('/').pop() ?? file));
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: ROOT,
    base: './',
    cacheDir: join(ROOT, 'node_modules', `.vite-e2e-${name}`),
    plugins: [react(), bundledTreesPlugin({ dir }), treesApiPlugin({ dir })],
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: watch ? {} : null },
    logLevel: 'warn',
  });
  await server.listen();
  if (watch) server.watcher.add(dir);
  const { port } = server.httpServer?.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
