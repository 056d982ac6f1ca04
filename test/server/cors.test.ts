/**
 * The dev server answers only its own origin: no `Access-Control-Allow-Origin` for any other,
 * localhost included (Vite's default CORS allowed every localhost origin to read the API).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type InlineConfig } from 'vite';
import { treesApiPlugin } from '../../src/server/vitePlugin';
import { FIXTURES } from '../helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const FOREIGN = 'http://localhost:9999';
const cache = mkdtempSync(join(tmpdir(), 'stepwise-cors-'));

afterAll(() => {
  rmSync(cache, { recursive: true, force: true });
});

/** Runs `probe` against a dev server started with `config` on a free port. */
async function withServer(config: InlineConfig, probe: (base: string) => Promise<void>) {
  const server = await createServer({
    ...config,
    logLevel: 'silent',
    cacheDir: cache,
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    await server.listen();
    const { port } = server.httpServer?.address() as AddressInfo;
    await probe(`http://127.0.0.1:${port}`);
  } finally {
    await server.close();
  }
}

/** Reads with a foreign Origin, plain and as a preflight: none may carry a CORS grant. */
async function expectNoGrant(base: string, paths: string[]): Promise<void> {
  for (const path of paths) {
    const read = await fetch(`${base}${path}`, { headers: { Origin: FOREIGN } });
    expect(read.headers.get('access-control-allow-origin'), path).toBeNull();
    const preflight = await fetch(`${base}${path}`, {
      method: 'OPTIONS',
      headers: {
        Origin: FOREIGN,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin'), path).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods'), path).toBeNull();
  }
}

describe('CORS on the dev server', () => {
  it('the project’s own vite.config.ts grants no other origin, localhost included', async () => {
    await withServer({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT }, async (base) => {
      const list = await fetch(`${base}/api/trees`, { headers: { Origin: FOREIGN } });
      expect(list.status).toBe(200);
      await expectNoGrant(base, ['/api/trees', '/api/trees/example-pathway', '/']);
    });
  });

  it('the trees API plugin turns CORS off whatever the rest of the config says', async () => {
    await withServer(
      {
        configFile: false,
        root: ROOT,
        plugins: [treesApiPlugin({ dir: join(FIXTURES, 'valid') })],
      },
      async (base) => {
        const list = await fetch(`${base}/api/trees`, { headers: { Origin: FOREIGN } });
        expect(list.status).toBe(200);
        await expectNoGrant(base, ['/api/trees', '/api/trees/example-pathway']);
      },
    );
  });
});
