/**
 * Saves that race: a scenarios file changed on disk (issue 11 item 6), and two dev servers on one
 * checkout saving with the same etag (item 9). Each runs in its own temporary trees folder.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseScenarioFile, parseTree } from '../../src/model/parse';
import { serialiseScenarios } from '../../src/model/serialise';
import { checkErrorBody, checkSaveOk, checkTreeFile } from '../../src/model/treesApiContract';
import type { ScenarioFile, Tree } from '../../src/model/types';
import { LOCK_NAME, withSaveLock } from '../../src/server/saveLock';
import type { TreesResponse } from '../../src/server/http';
import { handleTreesRequest } from '../../src/server/treesApi';
import { FIXTURES } from '../helpers';

const ID = 'example-pathway';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stepwise-races-'));
  copyFileSync(join(FIXTURES, 'valid', `${ID}.json`), join(dir, `${ID}.json`));
  copyFileSync(join(FIXTURES, 'valid', `${ID}.scenarios.json`), join(dir, `${ID}.scenarios.json`));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function diskTree(): Tree {
  const parsed = parseTree(JSON.parse(readFileSync(join(dir, `${ID}.json`), 'utf8')));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.value;
}

function diskScenarios(): ScenarioFile {
  const path = join(dir, `${ID}.scenarios.json`);
  const parsed = parseScenarioFile(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.value;
}

async function etagNow(): Promise<string> {
  const response = await handleTreesRequest(
    { method: 'GET', url: `/api/trees/${ID}`, headers: {} },
    { dir },
  );
  const checked = checkTreeFile(JSON.parse(response.body));
  if (!checked.ok) throw new Error(checked.message);
  return checked.value.etag;
}

async function putAsync(body: unknown, etag: string, beforeWrite?: () => void) {
  return handleTreesRequest(
    {
      method: 'PUT',
      url: `/api/trees/${ID}`,
      headers: { 'content-type': 'application/json', 'if-match': etag },
      body: JSON.stringify(body),
    },
    beforeWrite ? { dir, beforeWrite } : { dir },
  );
}

describe('one precondition for the tree and its scenarios (item 6)', () => {
  it('refuses a stale save when only the scenarios file changed on disk', async () => {
    const stale = await etagNow();
    const scenarios = diskScenarios();
    const first = scenarios.scenarios[0];
    if (!first) throw new Error('fixture');
    first.title = 'Changed by another tab';
    const changed = serialiseScenarios(scenarios);
    writeFileSync(join(dir, `${ID}.scenarios.json`), changed);
    const response = await putAsync({ tree: diskTree(), scenarios: diskScenarios() }, stale);
    expect(response.status).toBe(409);
    const body = checkErrorBody(JSON.parse(response.body));
    expect(body.ok && body.value.currentEtag).toBe(await etagNow());
    expect(readFileSync(join(dir, `${ID}.scenarios.json`), 'utf8')).toBe(changed);
  });

  it('answers with the etag of both files as written, which the next save may use', async () => {
    const scenarios = diskScenarios();
    const first = scenarios.scenarios[0];
    if (!first) throw new Error('fixture');
    first.title = 'Renamed';
    const saved = await putAsync({ tree: diskTree(), scenarios }, await etagNow());
    const ok = checkSaveOk(JSON.parse(saved.body));
    expect(ok.ok && ok.value.etag).toBe(await etagNow());
  });
});

describe('two servers on one trees folder (item 9)', () => {
  it('lets exactly one of two saves with the same etag win when they overlap', async () => {
    const etag = await etagNow();
    const mine = diskTree();
    mine.meta.title = 'First server';
    const theirs = diskTree();
    theirs.meta.title = 'Second server';
    let second: Promise<TreesResponse> | undefined;
    // The second save starts in the gap between the first one's check and its write. It cannot
    // take the lock held by the first, so it waits and then finds the etag changed: 409. Without
    // the lock both would answer 200.
    const first = await putAsync({ tree: mine }, etag, () => {
      second = putAsync({ tree: theirs }, etag);
    });
    expect(first.status).toBe(200);
    expect((await second)?.status).toBe(409);
    expect(diskTree().meta.title).toBe('First server');
    // Once the lock is free, the loser's retry with the old etag is a conflict, not a win.
    expect((await putAsync({ tree: theirs }, etag)).status).toBe(409);
  }, 20_000);

  it('lets one of many concurrent writer processes win with the same etag', async () => {
    const writers = 4;
    // Each writer starts its save only when all have loaded (a barrier of files), and reports
    // when its save ran. A round whose saves never overlapped proves nothing about the lock, so
    // a busy machine gets another round; the test fails if no round raced at all.
    const script = `
      const { handleTreesRequest } = await import(${JSON.stringify(join(process.cwd(), 'src/server/treesApi.ts'))});
      const { readdirSync, writeFileSync } = await import('node:fs');
      const tree = JSON.parse(process.env.TREE);
      writeFileSync(process.env.BARRIER + '/' + process.env.WRITER, '');
      const pause = new Int32Array(new SharedArrayBuffer(4));
      while (readdirSync(process.env.BARRIER).length < Number(process.env.WRITERS)) Atomics.wait(pause, 0, 0, 2);
      const start = Date.now();
      const response = await handleTreesRequest({ method: 'PUT', url: '/api/trees/${ID}',
        headers: { 'content-type': 'application/json', 'if-match': process.env.ETAG },
        body: JSON.stringify({ tree }) }, { dir: process.env.DIR });
      process.stdout.write(JSON.stringify({ status: response.status, start, end: Date.now() }));`;
    let raced = false;
    for (let round = 0; round < 4 && !raced; round++) {
      const etag = await etagNow();
      const barrier = mkdtempSync(join(tmpdir(), 'stepwise-barrier-'));
      try {
        const runs = await Promise.all(
          Array.from({ length: writers }, async (_, i) => {
            const tree = diskTree();
            tree.meta.title = `Round ${round} writer ${i}`;
            const env = { TREE: JSON.stringify(tree), ETAG: etag, DIR: dir };
            const out = await runTsx(script, {
              ...env,
              BARRIER: barrier,
              WRITER: String(i),
              WRITERS: String(writers),
            });
            return JSON.parse(out) as { status: number; start: number; end: number };
          }),
        );
        const statuses = runs.map((r) => r.status);
        expect(statuses.filter((s) => s === 200)).toHaveLength(1);
        expect(statuses.filter((s) => s === 409 || s === 503)).toHaveLength(writers - 1);
        const byStart = [...runs].sort((a, b) => a.start - b.start);
        raced = byStart.some((run, k) => k > 0 && run.start < (byStart[k - 1]?.end ?? 0));
      } finally {
        rmSync(barrier, { recursive: true, force: true });
      }
    }
    expect(raced, 'no round of writers ever overlapped: the lock was never tested').toBe(true);
  }, 240_000);
});

describe('the lock file', () => {
  const ran = () => Promise.resolve('ran');

  it('takes over a lock left by a process that is gone', async () => {
    writeFileSync(join(dir, LOCK_NAME), `999999999 ${Date.now()}`);
    expect(await withSaveLock(dir, ran, 200)).toBe('ran');
  });

  it('takes over a lock older than the stale limit', async () => {
    writeFileSync(join(dir, LOCK_NAME), `${process.pid} ${Date.now() - 60_000}`);
    expect(await withSaveLock(dir, ran, 200)).toBe('ran');
  });

  it('waits for a live lock and then gives up with a plain message', async () => {
    writeFileSync(join(dir, LOCK_NAME), `${process.pid} ${Date.now()}`);
    await expect(withSaveLock(dir, ran, 50)).rejects.toThrow(/another save .* in progress/);
    // The lock it waited for is still the holder's.
    expect(existsSync(join(dir, LOCK_NAME))).toBe(true);
  });
});

/** Runs an ES module script under tsx (TypeScript sources) and resolves with its stdout. */
function runTsx(script: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`writer exited ${String(code)}: ${err}`));
    });
  });
}
