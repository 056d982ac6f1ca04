/**
 * A tree without a scenarios file is a problem on that tree only (issue 21, finding 6): under
 * `npm run dev` its module kept answering 500 once the tree was saved again (the plugin watched
 * the scenarios file that is not there, and Vite then failed to resolve it), which broke the home
 * page and Compare for every tree. A dev server of its own over a temporary trees folder.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledTreesPlugin } from '../../src/server/bundledTreesPlugin';
import { FIXTURES } from '../helpers';

const LONE = 'lone-tree';
const PAIRED = 'example-pathway';
let dir: string;
let server: ViteDevServer;
let base: string;
const root = join(import.meta.dirname, '..', '..');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stepwise-no-scenarios-'));
  for (const suffix of ['.json', '.scenarios.json'])
    copyFileSync(join(FIXTURES, 'valid', PAIRED + suffix), join(dir, PAIRED + suffix));
  const text = readFileSync(join(FIXTURES, 'valid', `${PAIRED}.json`), 'utf8');
  writeFileSync(join(dir, `${LONE}.json`), text.replaceAll(`"${PAIRED}"`, `"${LONE}"`));
  server = await createServer({
    configFile: false,
    root: dir,
    cacheDir: join(root, 'node_modules', '.vite-test-no-scenarios'),
    plugins: [bundledTreesPlugin({ dir })],
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: {} },
    logLevel: 'silent',
  });
  await server.listen();
  const { port } = server.httpServer?.address() as AddressInfo;
  base = `http://127.0.0.1:${String(port)}/`;
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The dev module of one tree: its status and its text. */
async function treeModule(id: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}@id/__x00__virtual:stepwise-tree/${id}`);
  return { status: response.status, text: await response.text() };
}

/** Saves a new title into the lone tree's file, as the save API would. */
function saveTitle(title: string) {
  const path = join(dir, `${LONE}.json`);
  const tree = JSON.parse(readFileSync(path, 'utf8')) as { meta: { title: string } };
  tree.meta.title = title;
  writeFileSync(path, JSON.stringify(tree, null, 2));
}

describe('a tree without a scenarios file under the dev server', () => {
  it('is listed with its problem, and keeps loading after each save', async () => {
    const first = await treeModule(LONE);
    expect(first.status).toBe(200);
    expect(first.text).toContain(`no scenarios file (${LONE}.scenarios.json)`);
    for (const title of ['Saved once', 'Saved twice', 'Saved three times']) {
      saveTitle(title);
      await expect
        .poll(
          async () => {
            const { status, text } = await treeModule(LONE);
            return `${String(status)} ${text.includes(title) ? title : 'old title'}`;
          },
          { timeout: 20_000, interval: 200 },
        )
        .toBe(`200 ${title}`);
    }
    const other = await treeModule(PAIRED);
    expect(other.status).toBe(200);
    expect(other.text).not.toContain('no scenarios file');
  });

  it('loads its scenarios once the file appears', async () => {
    const scenarios = readFileSync(join(FIXTURES, 'valid', `${PAIRED}.scenarios.json`), 'utf8');
    writeFileSync(
      join(dir, `${LONE}.scenarios.json`),
      scenarios.replaceAll(`"${PAIRED}"`, `"${LONE}"`),
    );
    await expect
      .poll(async () => (await treeModule(LONE)).text, { timeout: 20_000, interval: 200 })
      .not.toContain('no scenarios file');
    expect((await treeModule(LONE)).status).toBe(200);
  });
});
