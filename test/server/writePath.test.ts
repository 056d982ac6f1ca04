/**
 * The write path (`writePath.ts`) in process: a crash at every file system call of a change,
 * recovery of a journal left with a commit, a failed commit putting the files back, reads that
 * finish a left journal first, and every route taking the (injectable) lock.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AtomicWriteFs } from '../../src/node/atomicWrite';
import { journalName, writeJournal } from '../../src/node/journal';
import { handleCommentsRequest } from '../../src/server/commentsApi';
import type { TreeLock } from '../../src/server/saveLock';
import { etagOf } from '../../src/server/treeFilesOnDisk';
import { handleTreesRequest, type TreesApiOptions } from '../../src/server/treesApi';
import { handleVersionsRequest } from '../../src/server/versionsApi';
import { changeTree, recoverTrees } from '../../src/server/writePath';
import { tempRepo, type TempRepo } from '../gitRepo';
import { FIXTURES } from '../helpers';

const ID = 'example-pathway';
const TREE = `${ID}.json`;
const SCENARIOS = `${ID}.scenarios.json`;
const cleanups: string[] = [];

afterEach(() => {
  for (const path of cleanups.splice(0)) rmSync(path, { recursive: true, force: true });
});

function tempTrees(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-writepath-'));
  cleanups.push(dir);
  for (const name of [TREE, SCENARIOS])
    copyFileSync(join(FIXTURES, 'valid', name), join(dir, name));
  return dir;
}

function repoWithTrees(): TempRepo {
  const repo = tempRepo();
  cleanups.push(repo.root);
  return repo;
}

class Crash extends Error {}

/** Node's fs, except that call number `at` (counting calls that change the disk) and every call
 * after it throw, as if the process died there: no cleanup code gets to touch the disk. */
function crashingFs(at: number): { fs: AtomicWriteFs; calls: () => number } {
  let calls = 0;
  const step =
    <A extends unknown[], R>(call: (...args: A) => R) =>
    (...args: A): R => {
      calls++;
      if (calls >= at) throw new Crash(`crash at call ${calls}`);
      return call(...args);
    };
  return {
    fs: {
      openSync: step(fs.openSync),
      writeSync: step((fd: number, bytes: Uint8Array, offset: number, length: number) =>
        fs.writeSync(fd, bytes, offset, length),
      ),
      fsyncSync: step(fs.fsyncSync),
      closeSync: step(fs.closeSync),
      renameSync: step(fs.renameSync),
      rmSync: step((path: string, options: { force: boolean }) => {
        fs.rmSync(path, options);
      }),
    },
    calls: () => calls,
  };
}

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
const retitled = (text: string, title: string): string =>
  text.replace(/"title": "[^"]*"/, `"title": "${title}"`);

describe('a crash at any moment of a change', () => {
  it('leaves, after recovery, all the old files or all the new ones and nothing else', async () => {
    const outcomes = new Set<string>();
    let at = 1;
    for (; at < 200; at++) {
      const dir = tempTrees();
      const old = [read(dir, TREE), read(dir, SCENARIOS)];
      const next = [retitled(old[0] ?? '', 'New tree'), retitled(old[1] ?? '', 'New scenario')];
      const crash = crashingFs(at);
      const change = changeTree(
        dir,
        ID,
        () => ({
          files: [
            { name: SCENARIOS, text: next[1] ?? '' },
            { name: TREE, text: next[0] ?? '' },
          ],
          done: () => 'saved',
        }),
        { fs: crash.fs },
      );
      const finished = await change.then(
        () => true,
        (error: unknown) => {
          if (!(error instanceof Crash)) throw error;
          return false;
        },
      );
      await recoverTrees(dir);
      const now = [read(dir, TREE), read(dir, SCENARIOS)];
      const state =
        now.join() === old.join() ? 'old' : now.join() === next.join() ? 'new' : 'mixed';
      expect(state, `crash at call ${at}`).not.toBe('mixed');
      expect(readdirSync(dir).sort(), `crash at call ${at}`).toEqual([TREE, SCENARIOS]);
      outcomes.add(state);
      if (finished) break;
    }
    // Every call of the change was a crash point once, and both outcomes happened.
    expect(at).toBeGreaterThan(10);
    expect([...outcomes].sort()).toEqual(['new', 'old']);
  });
});

describe('a change with a git commit', () => {
  const approvedText = (repo: TempRepo) =>
    read(repo.dir, TREE).replace('"status": "draft"', '"status": "approved"');

  it('is finished by recovery when a crash came between the files and the commit', async () => {
    const repo = repoWithTrees();
    const old = read(repo.dir, TREE);
    const text = retitled(old, 'Committed by recovery');
    writeJournal(repo.dir, {
      id: ID,
      files: [{ name: TREE, text, old }],
      commit: { message: 'Left by a crash', author: 'Dr A' },
    });
    await recoverTrees(repo.dir);
    expect(read(repo.dir, TREE)).toBe(text);
    expect(repo.git('log', '-1', '--format=%s|%an').trim()).toBe('Left by a crash|Dr A');
    expect(repo.git('show', `HEAD:trees/${TREE}`)).toBe(text);
    expect(readdirSync(repo.dir)).not.toContain(journalName(ID));
    // Run again (a crash after the commit): nothing more is committed.
    writeJournal(repo.dir, {
      id: ID,
      files: [{ name: TREE, text, old }],
      commit: { message: 'Again', author: 'Dr A' },
    });
    await recoverTrees(repo.dir);
    expect(repo.git('log', '-1', '--format=%s').trim()).toBe('Left by a crash');
  });

  it('puts the files back when git refuses the commit, in a request or in recovery', async () => {
    const repo = repoWithTrees();
    const hook = join(repo.root, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const old = read(repo.dir, TREE);
    const head = repo.git('rev-parse', 'HEAD');
    const approve = await handleVersionsRequest(
      {
        method: 'POST',
        url: `/api/trees/${ID}/approve`,
        headers: {
          'content-type': 'application/json',
          'if-match': etagOf(old, read(repo.dir, SCENARIOS)),
        },
        body: JSON.stringify({ reviewers: ['Dr B'], author: 'Dr A' }),
      },
      { dir: repo.dir },
    );
    expect(approve.status).toBe(500);
    expect(read(repo.dir, TREE)).toBe(old);
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(readdirSync(repo.dir).sort()).toEqual([TREE, SCENARIOS]);

    writeJournal(repo.dir, {
      id: ID,
      files: [{ name: TREE, text: approvedText(repo), old }],
      commit: { message: 'Approve', author: 'Dr A' },
    });
    await recoverTrees(repo.dir);
    expect(read(repo.dir, TREE)).toBe(old);
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(
      execFileSync('git', ['status', '--porcelain'], { cwd: repo.root, encoding: 'utf8' }),
    ).toBe('');
  });
});

describe('reads', () => {
  it('finish a journal a crash left before answering', async () => {
    const dir = tempTrees();
    const old = read(dir, TREE);
    const text = retitled(old, 'Rolled forward');
    writeJournal(dir, { id: ID, files: [{ name: TREE, text, old }] });
    const got = await handleTreesRequest(
      { method: 'GET', url: `/api/trees/${ID}`, headers: {} },
      { dir },
    );
    expect((JSON.parse(got.body) as { text: string }).text).toBe(text);
    expect(readdirSync(dir)).not.toContain(journalName(ID));
  });
});

describe('the lock', () => {
  it('is taken, through the injected TreeLock, by every route that writes', async () => {
    const repo = repoWithTrees();
    const taken: string[] = [];
    const lock: TreeLock = {
      run: (_dir, id, work) => {
        taken.push(id);
        return work();
      },
    };
    const options: TreesApiOptions = { dir: repo.dir, lock };
    const post = (url: string, body: unknown, headers: Record<string, string> = {}) => ({
      method: 'POST',
      url: `/api/trees/${ID}/${url}`,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const etag = () => etagOf(read(repo.dir, TREE), read(repo.dir, SCENARIOS));
    const tree = JSON.parse(read(repo.dir, TREE)) as { meta: { title: string } };
    tree.meta.title = 'Locked save';
    const saved = await handleTreesRequest(
      {
        method: 'PUT',
        url: `/api/trees/${ID}`,
        headers: { 'content-type': 'application/json', 'if-match': etag() },
        body: JSON.stringify({ tree }),
      },
      options,
    );
    expect(saved.status).toBe(200);
    const added = await handleCommentsRequest(
      post('comments', { step: 'basics_checked', author: 'R', text: 'T' }),
      options,
    );
    expect(added.status).toBe(201);
    const id = (JSON.parse(added.body) as { comment: { id: string } }).comment.id;
    const resolved = await handleCommentsRequest(
      post(`comments/${id}`, { status: 'resolved', by: 'R' }),
      options,
    );
    expect(resolved.status).toBe(200);
    const version = await handleVersionsRequest(
      post('versions', { message: 'V', author: 'A' }),
      options,
    );
    expect(version.status).toBe(201);
    const approved = await handleVersionsRequest(
      post('approve', { reviewers: ['Dr B'], author: 'Dr A' }, { 'if-match': etag() }),
      options,
    );
    expect(approved.status).toBe(201);
    expect(taken).toEqual([ID, ID, ID, ID, ID]);
    // Nothing of the folder lock: the injected lock replaced it.
    expect(readdirSync(repo.dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
