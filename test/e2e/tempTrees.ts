/**
 * A dev server of a spec's own, whose trees/ is a temporary folder (as in hostile.spec.ts): a
 * spec that saves, creates or breaks trees never touches trees/ or the shared servers.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type ViteDevServer } from 'vite';
import { bundledTreesPlugin } from '../../src/server/bundledTreesPlugin';
import { treesApiPlugin } from '../../src/server/vitePlugin';

const root = join(import.meta.dirname, '..', '..');

export interface TempTrees {
  base: string;
  dir: string;
  close: () => Promise<void>;
}

/** Starts a dev server over a temporary copy of the named bundled trees (and their scenarios). */
export async function startTempTrees(name: string, treeIds: readonly string[]): Promise<TempTrees> {
  const dir = mkdtempSync(join(tmpdir(), `stepwise-${name}-`));
  for (const id of treeIds) {
    copyFileSync(join(root, 'trees', `${id}.json`), join(dir, `${id}.json`));
    copyFileSync(join(root, 'trees', `${id}.scenarios.json`), join(dir, `${id}.scenarios.json`));
  }
  copyFileSync(join(root, 'trees', 'tree.schema.json'), join(dir, 'tree.schema.json'));
  copyFileSync(join(root, 'trees', 'scenarios.schema.json'), join(dir, 'scenarios.schema.json'));
  const server: ViteDevServer = await createServer({
    configFile: false,
    root,
    base: './',
    // Its own dependency cache, so it never races the shared dev server's.
    cacheDir: join(root, 'node_modules', `.vite-e2e-${name}`),
    plugins: [react(), bundledTreesPlugin({ dir }), treesApiPlugin({ dir })],
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null },
    logLevel: 'warn',
  });
  await server.listen();
  const { port } = server.httpServer?.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${String(port)}/`,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
