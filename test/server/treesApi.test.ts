/** The dev server's save API: the framework-free handler, and once through a real Vite server. */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, normalizePath, type HotUpdateOptions, type Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as client from '../../src/io/treesApi';
import { parseScenarioFile, parseTree } from '../../src/model/parse';
import { serialiseScenarios, serialiseTree } from '../../src/model/serialise';
import type { ScenarioFile, Tree } from '../../src/model/types';
import type { TreesResponse } from '../../src/server/http';
import { handleTreesRequest, MAX_BODY_BYTES } from '../../src/server/treesApi';
import { treesApiPlugin } from '../../src/server/vitePlugin';
import { FIXTURES } from '../helpers';

const ID = 'example-pathway';
const JSON_TYPE = 'application/json';

let parent: string;
let dir: string;
let treePath: string;
let scenariosPath: string;

beforeEach(() => {
  // parent/ holds a decoy package.json next to trees/: escapes would land on it.
  parent = mkdtempSync(join(tmpdir(), 'stepwise-api-'));
  dir = join(parent, 'trees');
  mkdirSync(dir);
  writeFileSync(join(parent, 'package.json'), '{"decoy":true}\n');
  treePath = join(dir, `${ID}.json`);
  scenariosPath = join(dir, `${ID}.scenarios.json`);
  copyFileSync(join(FIXTURES, 'valid', `${ID}.json`), treePath);
  copyFileSync(join(FIXTURES, 'valid', `${ID}.scenarios.json`), scenariosPath);
});

afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

function sha(bytes: Buffer | string): string {
  return `"${createHash('sha256').update(bytes).digest('hex')}"`;
}

function call(
  method: string,
  url: string,
  init: { headers?: Record<string, string>; body?: string } = {},
): Promise<TreesResponse> {
  return handleTreesRequest({ method, url, headers: init.headers ?? {}, body: init.body }, { dir });
}

function put(
  id: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<TreesResponse> {
  return call('PUT', `/api/trees/${id}`, {
    headers: { 'content-type': JSON_TYPE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function bodyOf(response: TreesResponse): Record<string, unknown> {
  return JSON.parse(response.body) as Record<string, unknown>;
}

function diskTree(path = treePath): Tree {
  const parsed = parseTree(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

function diskScenarios(): ScenarioFile {
  const parsed = parseScenarioFile(JSON.parse(readFileSync(scenariosPath, 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** The etag covers the tree file and, when there is one, its scenarios file (NUL between). */
function etagOnDisk(path = treePath): string {
  const scenarios = path.replace(/\.json$/, '.scenarios.json');
  const hash = createHash('sha256').update(readFileSync(path));
  if (existsSync(scenarios)) hash.update('\0').update(readFileSync(scenarios));
  return `"${hash.digest('hex')}"`;
}

/** Every file under the temporary parent, with its bytes: nothing may change on refusal. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(parent, { recursive: true, encoding: 'utf8' })) {
    const path = join(parent, name);
    files[name] = name === 'trees' ? '<dir>' : readFileSync(path, 'base64');
  }
  return files;
}

describe('GET /api/trees', () => {
  it('lists tree files with title and etag, leaving out scenarios and schema files', async () => {
    writeFileSync(join(dir, 'tree.schema.json'), '{}\n');
    writeFileSync(join(dir, 'broken.json'), '{ "id": ');
    const response = await call('GET', '/api/trees');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.body)).toEqual([
      { id: 'broken', title: null, etag: sha('{ "id": ') },
      { id: ID, title: 'Example pathway', etag: etagOnDisk() },
    ]);
  });

  it('also answers at /api/trees/ and ignores a query', async () => {
    expect((await call('GET', '/api/trees/')).status).toBe(200);
    expect((await call('GET', '/api/trees?x=1')).status).toBe(200);
  });
});

describe('GET /api/trees/:id', () => {
  it('returns the raw text, the scenarios text and a strong etag', async () => {
    const response = await call('GET', `/api/trees/${ID}`);
    expect(response.status).toBe(200);
    const etag = etagOnDisk();
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(response.headers.ETag).toBe(etag);
    expect(bodyOf(response)).toEqual({
      id: ID,
      text: readFileSync(treePath, 'utf8'),
      etag,
      scenariosText: readFileSync(scenariosPath, 'utf8'),
    });
  });

  it('leaves out scenariosText when there is no scenarios file', async () => {
    rmSync(scenariosPath);
    const body = bodyOf(await call('GET', `/api/trees/${ID}`));
    expect(body).not.toHaveProperty('scenariosText');
  });

  it('answers 404 for a tree that does not exist', async () => {
    const response = await call('GET', '/api/trees/no-such-tree');
    expect(response.status).toBe(404);
    expect(bodyOf(response).error).toMatch(/no tree "no-such-tree"/);
  });

  it('refuses a symbolic link, even one that points inside the folder', async () => {
    symlinkSync(join(parent, 'package.json'), join(dir, 'evil.json'));
    expect((await call('GET', '/api/trees/evil')).status).toBe(403);
    const list = JSON.parse((await call('GET', '/api/trees')).body) as { id: string }[];
    expect(list.map((t) => t.id)).toEqual([ID]);
  });
});

describe('PUT /api/trees/:id', () => {
  it('saves a valid tree canonically, byte-identical to serialiseTree', async () => {
    const tree = diskTree();
    tree.meta.title = 'Renamed pathway';
    // Keys in a scrambled order: the file must still come out canonical.
    const { $schema, id, initial, meta, states } = tree;
    const scrambled = { states, meta, initial, id, $schema };
    const response = await put(ID, { tree: scrambled }, { 'if-match': etagOnDisk() });
    expect(response.status).toBe(200);
    const text = readFileSync(treePath, 'utf8');
    expect(text).toBe(serialiseTree(tree));
    expect(bodyOf(response)).toEqual({ id: ID, etag: etagOnDisk() });
    expect(response.headers.ETag).toBe(etagOnDisk());
    expect(readdirSync(dir).sort()).toEqual([`${ID}.json`, `${ID}.scenarios.json`]);
  });

  it('leaves an unchanged tree byte-identical', async () => {
    const before = readFileSync(treePath);
    const etag = etagOnDisk();
    const response = await put(ID, { tree: diskTree() }, { 'if-match': etag });
    expect(response.status).toBe(200);
    expect(readFileSync(treePath).equals(before)).toBe(true);
    expect(bodyOf(response).etag).toBe(etag);
  });

  it('writes the scenarios when they are sent, canonically', async () => {
    const scenarios = diskScenarios();
    const first = scenarios.scenarios[0];
    if (!first) throw new Error('no scenario');
    first.title = 'Renamed scenario';
    const response = await put(ID, { tree: diskTree(), scenarios }, { 'if-match': etagOnDisk() });
    expect(response.status).toBe(200);
    expect(readFileSync(scenariosPath, 'utf8')).toBe(serialiseScenarios(scenarios));
  });

  it('refuses an invalid tree in review with its problems and leaves the file untouched', async () => {
    const before = snapshot();
    const tree = diskTree();
    tree.meta.status = 'in-review';
    const first = tree.states.basics_checked?.on?.YES;
    if (!first) throw new Error('fixture changed');
    first.target = 'q9';
    const response = await put(ID, { tree }, { 'if-match': etagOnDisk() });
    expect(response.status).toBe(400);
    const body = bodyOf(response);
    expect(body.error).toMatch(/not saved/);
    expect(body.problems).toContainEqual(
      expect.objectContaining({
        path: 'states.basics_checked.on.YES.target',
        message: 'state "q9" does not exist',
      }),
    );
    expect(snapshot()).toEqual(before);
  });

  it('validates against the scenarios on disk when the body has none', async () => {
    const before = snapshot();
    const tree = diskTree();
    tree.meta.status = 'in-review';
    // Every scenario must still reach a recommendation: drop the one a scenario expects.
    const expected = diskScenarios().scenarios[0]?.expect ?? '';
    const from = tree.states[tree.initial]?.on;
    if (!from) throw new Error('fixture changed');
    for (const answer of Object.values(from)) {
      if (answer.target === expected) answer.target = tree.initial;
    }
    const response = await put(ID, { tree }, { 'if-match': etagOnDisk() });
    expect(response.status).toBe(400);
    const problems = bodyOf(response).problems as { file?: string }[];
    expect(problems.some((p) => p.file === 'scenarios')).toBe(true);
    expect(snapshot()).toEqual(before);
  });

  it('refuses scenarios in the body that do not fit the tree', async () => {
    const before = snapshot();
    const scenarios = { ...diskScenarios(), tree: 'another-tree' };
    const response = await put(ID, { tree: diskTree(), scenarios }, { 'if-match': etagOnDisk() });
    expect(response.status).toBe(400);
    expect(bodyOf(response).problems).toContainEqual(
      expect.objectContaining({ path: 'tree', file: 'scenarios' }),
    );
    expect(snapshot()).toEqual(before);
  });

  it('saves a draft with problems (work in progress) but never an unreadable one', async () => {
    const tree = diskTree();
    expect(tree.meta.status).toBe('draft');
    const first = tree.states.basics_checked?.on?.YES;
    if (!first) throw new Error('fixture changed');
    first.target = 'q9';
    const saved = await put(ID, { tree }, { 'if-match': etagOnDisk() });
    expect(saved.status).toBe(200);
    expect(readFileSync(treePath, 'utf8')).toContain('"target": "q9"');
    const before = snapshot();
    const unreadable = { ...tree, states: 'not an object' };
    const refused = await put(ID, { tree: unreadable }, { 'if-match': etagOnDisk() });
    expect(refused.status).toBe(400);
    expect(bodyOf(refused).error).toMatch(/cannot be read as a tree/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a tree whose id is not the file name', async () => {
    const response = await put('other-name', { tree: diskTree() }, { 'if-none-match': '*' });
    expect(response.status).toBe(400);
    expect(bodyOf(response).problems).toContainEqual(expect.objectContaining({ path: 'id' }));
    expect(readdirSync(dir)).not.toContain('other-name.json');
  });

  it('answers 409 with the current etag when If-Match is stale', async () => {
    const stale = etagOnDisk();
    const tree = diskTree();
    tree.meta.title = 'Changed elsewhere';
    writeFileSync(treePath, serialiseTree(tree));
    const before = snapshot();
    const response = await put(ID, { tree: diskTree() }, { 'if-match': stale });
    expect(response.status).toBe(409);
    expect(bodyOf(response)).toEqual({
      error: expect.stringMatching(/changed on disk/) as unknown,
      currentEtag: etagOnDisk(),
    });
    expect(snapshot()).toEqual(before);
  });

  it('answers 428 when If-Match is missing for an existing file', async () => {
    const before = snapshot();
    const response = await put(ID, { tree: diskTree() });
    expect(response.status).toBe(428);
    expect(bodyOf(response).error).toMatch(/If-Match/);
    expect(snapshot()).toEqual(before);
  });

  it('creates a new file with If-None-Match: * (201), then refuses to again (412)', async () => {
    const tree = { ...diskTree(), id: 'new-pathway' };
    const scenarios = { ...diskScenarios(), tree: 'new-pathway' };
    const created = await put('new-pathway', { tree, scenarios }, { 'if-none-match': '*' });
    expect(created.status).toBe(201);
    const path = join(dir, 'new-pathway.json');
    expect(readFileSync(path, 'utf8')).toBe(serialiseTree(tree));
    expect(readFileSync(join(dir, 'new-pathway.scenarios.json'), 'utf8')).toBe(
      serialiseScenarios(scenarios),
    );
    expect(bodyOf(created)).toEqual({ id: 'new-pathway', etag: etagOnDisk(path) });
    expect(created.headers.Location).toBe('/api/trees/new-pathway');

    const again = await put('new-pathway', { tree }, { 'if-none-match': '*' });
    expect(again.status).toBe(412);
  });

  it('answers 428 when creating without If-None-Match, 409 when If-Match names a gone file', async () => {
    const tree = { ...diskTree(), id: 'new-pathway' };
    expect((await put('new-pathway', { tree })).status).toBe(428);
    const gone = await put('new-pathway', { tree }, { 'if-match': etagOnDisk() });
    expect(gone.status).toBe(409);
    expect(bodyOf(gone).currentEtag).toBeNull();
    expect(readdirSync(dir)).not.toContain('new-pathway.json');
  });

  it('answers 413 for a body over 1 MiB', async () => {
    const body = JSON.stringify({ tree: diskTree(), pad: 'x'.repeat(MAX_BODY_BYTES) });
    const response = await put(ID, body, { 'if-match': etagOnDisk() });
    expect(response.status).toBe(413);
  });

  it('answers 415 for another content type', async () => {
    const body = JSON.stringify({ tree: diskTree() });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const response = await call('PUT', `/api/trees/${ID}`, {
        headers: { 'content-type': type, 'if-match': etagOnDisk() },
        body,
      });
      expect(response.status).toBe(415);
    }
    const utf8 = await call('PUT', `/api/trees/${ID}`, {
      headers: { 'content-type': 'application/json; charset=UTF-8', 'if-match': etagOnDisk() },
      body,
    });
    expect(utf8.status).toBe(200);
  });

  it('answers 400 with line and column for a body that is not JSON', async () => {
    const before = snapshot();
    const response = await put(ID, '{\n  "tree": {,\n}', { 'if-match': etagOnDisk() });
    expect(response.status).toBe(400);
    expect(bodyOf(response).error).toMatch(/not valid JSON: invalid JSON at line 2, column 12/);
    expect(snapshot()).toEqual(before);
  });

  it('answers 400 for JSON that is not { tree, scenarios? }', async () => {
    for (const body of [diskTree(), [], { tree: diskTree(), extra: 1 }]) {
      const response = await put(ID, body, { 'if-match': etagOnDisk() });
      expect(response.status).toBe(400);
      expect(bodyOf(response)).not.toHaveProperty('problems');
    }
  });

  it('refuses a save from another origin', async () => {
    const headers = { 'if-match': etagOnDisk(), host: '127.0.0.1:5173' };
    const evil = await put(ID, { tree: diskTree() }, { ...headers, origin: 'http://evil.test' });
    expect(evil.status).toBe(403);
    const own = await put(
      ID,
      { tree: diskTree() },
      { ...headers, origin: 'http://127.0.0.1:5173' },
    );
    expect(own.status).toBe(200);
  });
});

describe('methods and ids', () => {
  it('answers 405 with Allow for other methods', async () => {
    for (const [method, url, allow] of [
      ['POST', '/api/trees', 'GET'],
      ['PUT', '/api/trees', 'GET'],
      ['DELETE', `/api/trees/${ID}`, 'GET, PUT'],
      ['PATCH', `/api/trees/${ID}`, 'GET, PUT'],
    ] as const) {
      const response = await call(method, url);
      expect(response.status).toBe(405);
      expect(response.headers.Allow).toBe(allow);
      expect(bodyOf(response).error).toMatch(/not allowed/);
    }
    expect(readFileSync(treePath).length).toBeGreaterThan(0);
  });

  const badIds = [
    'Bad_Id',
    '../x',
    '..',
    '%2e%2e%2fpackage',
    '..%2F..%2Fetc%2Fpasswd',
    '/etc/passwd',
    '%2Fetc%2Fpasswd',
    '..%5Cpackage',
    '%5c..%5cpackage',
    'x%00',
    '%252e%252e%252fpackage',
    'a/b',
    '-leading-hyphen',
    '%E0%A4%A',
    'a'.repeat(129),
  ];

  it.each(badIds)('refuses the id %s for GET and PUT, touching nothing', async (raw) => {
    const before = snapshot();
    const tree = diskTree();
    const get = await call('GET', `/api/trees/${raw}`);
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(get.status).toBeLessThan(500);
    const preconditions: Record<string, string>[] = [{ 'if-none-match': '*' }, { 'if-match': '*' }];
    for (const headers of preconditions) {
      const response = await put(raw, { tree }, headers);
      expect([400, 404]).toContain(response.status);
      expect(bodyOf(response).error).toEqual(expect.any(String));
    }
    expect(snapshot()).toEqual(before);
  });

  it('never shows a stack trace', async () => {
    rmSync(dir, { recursive: true });
    const response = await call('GET', '/api/trees');
    expect(response.status).toBe(500);
    expect(bodyOf(response)).toEqual({
      error: 'the tree file could not be read or written (ENOENT)',
    });
  });
});

/** A real Vite dev server with the plugin, on a free port of 127.0.0.1. */
async function withServer(run: (base: string, plugin: Plugin) => Promise<void>): Promise<void> {
  const plugin = treesApiPlugin({ dir });
  const server = await createServer({
    configFile: false,
    root: parent,
    logLevel: 'silent',
    plugins: [plugin],
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    await server.listen();
    const { port } = server.httpServer?.address() as AddressInfo;
    await run(`http://127.0.0.1:${port}`, plugin);
  } finally {
    await server.close();
  }
}

describe('the Vite dev server middleware', () => {
  it('serves the API and refuses an oversize body with 413', async () => {
    await withServer(async (base) => {
      const list = await fetch(`${base}/api/trees`);
      expect(list.status).toBe(200);
      expect(await list.json()).toEqual([{ id: ID, title: 'Example pathway', etag: etagOnDisk() }]);

      const tree = diskTree();
      tree.meta.title = 'Saved through Vite';
      const saved = await fetch(`${base}/api/trees/${ID}`, {
        method: 'PUT',
        headers: { 'Content-Type': JSON_TYPE, 'If-Match': etagOnDisk() },
        body: JSON.stringify({ tree }),
      });
      expect(saved.status).toBe(200);
      expect(readFileSync(treePath, 'utf8')).toBe(serialiseTree(tree));

      const before = snapshot();
      const big = await fetch(`${base}/api/trees/${ID}`, {
        method: 'PUT',
        headers: { 'Content-Type': JSON_TYPE, 'If-Match': etagOnDisk() },
        body: 'x'.repeat(MAX_BODY_BYTES + 1),
      });
      expect(big.status).toBe(413);
      expect(await big.json()).toEqual({ error: expect.stringMatching(/larger than/) as unknown });

      // Without Content-Length (chunked), reading stops at the first chunk past the cap.
      const chunked = await new Promise<number>((done, fail) => {
        const req = httpRequest(`${base}/api/trees/${ID}`, {
          method: 'PUT',
          headers: { 'Content-Type': JSON_TYPE, 'If-Match': etagOnDisk() },
        });
        req.on('response', (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        });
        req.on('error', fail);
        req.write('x'.repeat(MAX_BODY_BYTES / 2));
        req.write('x'.repeat(MAX_BODY_BYTES / 2));
        req.write('x'.repeat(64 * 1024));
      });
      expect(chunked).toBe(413);
      expect(snapshot()).toEqual(before);

      const page = await fetch(`${base}/not-the-api`);
      expect(page.headers.get('content-type') ?? '').not.toMatch(/json/);
    });
  });

  it('skips the page reload for exactly what it saved, not for other edits', async () => {
    await withServer(async (base, plugin) => {
      const tree = diskTree();
      tree.meta.title = 'No reload please';
      const saved = await fetch(`${base}/api/trees/${ID}`, {
        method: 'PUT',
        headers: { 'Content-Type': JSON_TYPE, 'If-Match': etagOnDisk() },
        body: JSON.stringify({ tree }),
      });
      expect(saved.status).toBe(200);

      const hook = plugin.hotUpdate as {
        handler: (options: Partial<HotUpdateOptions>) => Promise<unknown>;
      };
      const update = (type: HotUpdateOptions['type'], text: string) =>
        hook.handler({ type, file: normalizePath(treePath), read: () => text, modules: [] });
      const text = readFileSync(treePath, 'utf8');
      expect(await update('update', text)).toEqual([]);
      expect(await update('update', text.replace('No reload please', 'Edited elsewhere'))).toBe(
        undefined,
      );
      expect(await update('create', text)).toBe(undefined);
    });
  });
});

describe('the browser client (src/io/treesApi.ts)', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** The client fetches `/api/trees…`; point it at `base`. */
  function serveFrom(base: string): void {
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
      realFetch(new URL(url, base), init),
    );
  }

  it('lists, loads and saves through the dev server, mapping every outcome', async () => {
    await withServer(async (base) => {
      serveFrom(base);
      expect(await client.apiAvailable()).toBe(true);
      expect(await client.listTrees()).toEqual([
        { id: ID, title: 'Example pathway', etag: etagOnDisk() },
      ]);
      const loaded = await client.getTree(ID);
      expect(loaded).toEqual({
        text: readFileSync(treePath, 'utf8'),
        etag: etagOnDisk(),
        scenariosText: readFileSync(scenariosPath, 'utf8'),
      });
      expect(await client.getTree('no-such-tree')).toBeUndefined();
      if (!loaded) return;

      const tree = diskTree();
      tree.meta.title = 'Saved by the client';
      const saved = await client.saveTree(ID, tree, {
        etag: loaded.etag,
        scenarios: diskScenarios(),
      });
      expect(saved).toEqual({ ok: true, etag: etagOnDisk() });

      expect(await client.saveTree(ID, tree, { etag: loaded.etag })).toEqual({
        ok: false,
        kind: 'conflict',
        currentEtag: etagOnDisk(),
      });
      expect(await client.saveTree(ID, tree, { create: true })).toEqual({
        ok: false,
        kind: 'exists',
      });
      const created = await client.saveTree(
        'new-pathway',
        { ...tree, id: 'new-pathway' },
        { create: true },
      );
      expect(created).toEqual({ ok: true, etag: etagOnDisk(join(dir, 'new-pathway.json')) });

      const broken = {
        ...tree,
        initial: 'nowhere',
        meta: { ...tree.meta, status: 'in-review' as const },
      };
      const invalid = await client.saveTree(ID, broken, { etag: etagOnDisk() });
      expect(invalid).toMatchObject({
        ok: false,
        kind: 'invalid',
        problems: expect.arrayContaining([expect.objectContaining({ path: 'initial' })]) as unknown,
      });

      const missing = await client.saveTree(ID, tree);
      expect(missing).toEqual({ ok: false, kind: 'error', message: expect.any(String) as unknown });
    });
  });

  it('says unavailable when there is no API (static build), unreachable when the server is down', async () => {
    const html = new Response('<!doctype html>', {
      status: 404,
      headers: { 'Content-Type': 'text/html' },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(html.clone()));
    expect(await client.apiAvailable()).toBe(false);
    expect(await client.saveTree(ID, diskTree(), { create: true })).toEqual({
      ok: false,
      kind: 'unavailable',
    });
    await expect(client.listTrees()).rejects.toMatchObject({ kind: 'unavailable' });

    const spa = new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } });
    vi.stubGlobal('fetch', () => Promise.resolve(spa.clone()));
    expect(await client.apiAvailable()).toBe(false);

    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await client.apiAvailable()).toBe(false);
    // The dev server stopped after the editor opened: say so, not "static build" (issue 11).
    expect(await client.saveTree(ID, diskTree(), { etag: '"x"' })).toEqual({
      ok: false,
      kind: 'unreachable',
      message: expect.stringMatching(/could not reach the save server/) as unknown,
    });
  });

  it('turns an answer that breaks the contract into a plain message', async () => {
    const answer = (status: number, body: unknown) => () =>
      Promise.resolve(
        new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    vi.stubGlobal('fetch', answer(200, { id: ID }));
    expect(await client.saveTree(ID, diskTree(), { etag: '"x"' })).toEqual({
      ok: false,
      kind: 'error',
      message: 'the save server sent an unexpected answer (a save without an etag)',
    });
    vi.stubGlobal('fetch', answer(400, { error: 'no', problems: [{ nope: 1 }] }));
    expect(await client.saveTree(ID, diskTree(), { etag: '"x"' })).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/problems that are not problems/) as unknown,
    });
    vi.stubGlobal('fetch', answer(200, [{ id: 1 }]));
    await expect(client.listTrees()).rejects.toThrow(/unexpected answer/);
    vi.stubGlobal('fetch', answer(200, { text: 'x' }));
    await expect(client.getTree(ID)).rejects.toThrow(/unexpected answer/);
  });
});
