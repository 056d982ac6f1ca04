/** The versions API against a temporary git repository (and a folder outside any). */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handleVersionsRequest, type Version } from '../../src/server/versionsApi';
import type { TreesResponse } from '../../src/server/http';
import { etagOf } from '../../src/server/treeFilesOnDisk';
import { workTreeOf } from '../../src/server/git';
import { tempRepo, type TempRepo } from '../gitRepo';

const ID = 'example-pathway';
const JSON_TYPE = { 'content-type': 'application/json' };
const AUTHOR = 'Dr Jo Author';
let repo: TempRepo;

afterEach(() => {
  rmSync(repo.root, { recursive: true, force: true });
});

function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<TreesResponse> {
  return handleVersionsRequest(
    {
      method,
      url: `/api/trees/${path}`,
      headers: body === undefined ? headers : { ...JSON_TYPE, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    { dir: repo.dir },
  );
}

/** POST /versions with `message`, by AUTHOR unless the body says otherwise. */
const postVersion = (message: string, extra: Record<string, unknown> = {}) =>
  call('POST', `${ID}/versions`, { message, author: AUTHOR, ...extra });

const parse = (r: TreesResponse): Record<string, unknown> =>
  JSON.parse(r.body) as Record<string, unknown>;

function editTitle(title: string): void {
  const path = join(repo.dir, `${ID}.json`);
  const tree = JSON.parse(readFileSync(path, 'utf8')) as { meta: { title: string } };
  tree.meta.title = title;
  writeFileSync(path, `${JSON.stringify(tree, null, 2)}\n`);
}

describe('versions API', () => {
  it('answers 501 outside a git work tree', async () => {
    repo = tempRepo({ init: false });
    expect(await workTreeOf(repo.dir)).toBeUndefined();
    const list = await call('GET', `${ID}/versions`);
    expect(list.status).toBe(501);
    expect(parse(list).error).toMatch(/git work tree/);
    expect((await postVersion('x')).status).toBe(501);
  });

  it('commits with the message as data, lists newest first and shows old text', async () => {
    repo = tempRepo();
    editTitle('Changed title');
    // A message that a shell would run, and a second line: both must arrive as text.
    const message = 'Retitle $(touch pwned) `id`; rm -rf /\n\nSecond "line"';
    const made = await postVersion(message);
    expect(made.status).toBe(201);
    const sha = parse(made).commit as string;
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(repo.git('log', '-1', '--format=%B').trim()).toBe(message);
    expect(repo.git('ls-files').trim().split('\n')).toContain('trees/example-pathway.json');

    const list = await call('GET', `${ID}/versions`);
    expect(list.status).toBe(200);
    const versions = JSON.parse(list.body) as Version[];
    expect(versions.map((v) => v.message.split('\n')[0])).toEqual([
      'Retitle $(touch pwned) `id`; rm -rf /',
      'First version',
    ]);
    expect(versions[0]).toMatchObject({ sha, author: AUTHOR });
    expect(versions[1]).toMatchObject({ author: 'Test Author' });

    const old = await call('GET', `${ID}/versions/${(versions[1] as Version).sha.slice(0, 7)}`);
    expect(old.status).toBe(200);
    expect(parse(old).text).not.toContain('Changed title');
    expect(typeof parse(old).scenariosText).toBe('string');
    const now = await call('GET', `${ID}/versions/${sha}`);
    expect(parse(now).text).toContain('Changed title');
  });

  it('commits only the tree files, and refuses an empty version', async () => {
    repo = tempRepo();
    writeFileSync(join(repo.root, 'other.txt'), 'staged elsewhere\n');
    repo.git('add', 'other.txt');
    expect((await postVersion('Nothing')).status).toBe(409);
    editTitle('Again');
    expect((await postVersion('Tree only')).status).toBe(201);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe(
      'trees/example-pathway.json',
    );
    expect(repo.git('diff', '--cached', '--name-only').trim()).toBe('other.txt');
  });

  it('follows renames', async () => {
    repo = tempRepo();
    repo.git('mv', 'trees/example-pathway.json', 'trees/renamed-pathway.json');
    repo.git('commit', '--quiet', '-m', 'Rename');
    const versions = JSON.parse((await call('GET', 'renamed-pathway/versions')).body) as Version[];
    expect(versions.map((v) => v.message)).toEqual(['Rename', 'First version']);
    expect(versions[1]?.path).toBe('trees/example-pathway.json');
    const old = await call('GET', `renamed-pathway/versions/${versions[1]?.sha ?? ''}`);
    expect(old.status).toBe(200);
    expect(parse(old).text).toContain('"id": "example-pathway"');
  });

  it('checks ids, shas, methods, origin and bodies', async () => {
    repo = tempRepo();
    expect((await call('GET', '..%2Fx/versions')).status).toBe(400);
    expect((await call('GET', `${ID}/versions/xyz`)).status).toBe(400);
    expect((await call('GET', `${ID}/versions/abc12`)).status).toBe(400);
    expect((await call('GET', `${ID}/versions/${'0'.repeat(40)}`)).status).toBe(404);
    expect((await call('DELETE', `${ID}/versions`)).status).toBe(405);
    expect((await postVersion('  ')).status).toBe(400);
    const foreign = await call(
      'POST',
      `${ID}/versions`,
      { message: 'x', author: AUTHOR },
      { origin: 'http://evil.example', host: 'localhost:5173' },
    );
    expect(foreign.status).toBe(403);
    const wrongType = await handleVersionsRequest(
      { method: 'POST', url: `/api/trees/${ID}/versions`, headers: {}, body: '{}' },
      { dir: repo.dir },
    );
    expect(wrongType.status).toBe(415);
    const big = await handleVersionsRequest(
      {
        method: 'POST',
        url: `/api/trees/${ID}/versions`,
        headers: JSON_TYPE,
        body: 'x'.repeat(50),
      },
      { dir: repo.dir, maxBytes: 10 },
    );
    expect(big.status).toBe(413);
  });
});

describe("the author's name", () => {
  const commits = (): number => Number(repo.git('rev-list', '--count', 'HEAD').trim());
  const hostile = [
    'Eve\nCommitter: Mallory',
    'Eve\rMallory',
    'Eve <x@y>',
    '<x@y>',
    'Eve\u0000',
    '\u202eevE',
    '...',
    'x'.repeat(10_240),
  ];

  it('is recorded as the commit author, trimmed, and the committer stays the repository user', async () => {
    repo = tempRepo();
    editTitle('By name');
    // Text a shell or git's option parser would act on must arrive as the name itself.
    const name = '--amend $(touch pwned) Zoë Ñúñez-O’Brien';
    expect((await postVersion('Named', { author: `  ${name}  ` })).status).toBe(201);
    expect(repo.git('log', '-1', '--format=%an').trim()).toBe(name);
    expect(repo.git('log', '-1', '--format=%ae|%cn|%ce').trim()).toBe(
      '|Test Author|author@example.invalid',
    );
    expect(repo.git('log', '-1', '--format=%s').trim()).toBe('Named');
    editTitle('Longest name');
    expect((await postVersion('Long', { author: 'n'.repeat(100) })).status).toBe(201);
    expect(repo.git('log', '-1', '--format=%an').trim()).toBe('n'.repeat(100));
  });

  it('is required: missing, blank or not a string answers 400 and commits nothing', async () => {
    repo = tempRepo();
    editTitle('Unsigned');
    const missing = await call('POST', `${ID}/versions`, { message: 'No name' });
    expect(missing.status).toBe(400);
    expect(parse(missing).error).toBe(
      '"author": give your name: it is recorded as the author of the version',
    );
    for (const author of ['   ', 42, null, ['Eve']]) {
      expect((await postVersion('Bad name', { author })).status).toBe(400);
    }
    expect(commits()).toBe(1);
    expect(repo.git('diff', '--cached', '--name-only').trim()).toBe('');
  });

  it('refuses hostile text with 400 and no commit, for a version or an approval', async () => {
    repo = tempRepo();
    editTitle('Hostile');
    for (const author of hostile) {
      const refused = await postVersion('Forged', { author });
      expect(refused.status, JSON.stringify(author.slice(0, 20))).toBe(400);
      expect(parse(refused).error).toMatch(/^"author": /);
    }
    expect((await postVersion('Too long', { author: 'n'.repeat(101) })).status).toBe(400);
    expect(commits()).toBe(1);
    expect(repo.git('diff', '--cached', '--name-only').trim()).toBe('');

    repo.git('checkout', '--', '.');
    const tree = readFileSync(join(repo.dir, `${ID}.json`), 'utf8');
    const ifMatch = {
      'if-match': etagOf(tree, readFileSync(join(repo.dir, `${ID}.scenarios.json`))),
    };
    for (const author of hostile) {
      const body = { reviewers: ['Dr A'], author };
      expect((await call('POST', `${ID}/approve`, body, ifMatch)).status).toBe(400);
    }
    expect(readFileSync(join(repo.dir, `${ID}.json`), 'utf8')).toBe(tree);
    expect(commits()).toBe(1);
  });
});

describe('approve', () => {
  // One etag covers the tree and its scenarios file, as the save API gives it.
  const etag = (): string =>
    etagOf(
      readFileSync(join(repo.dir, `${ID}.json`)),
      readFileSync(join(repo.dir, `${ID}.scenarios.json`)),
    );

  it('approves a clean tree as a version of its own', async () => {
    repo = tempRepo();
    const done = await call(
      'POST',
      `${ID}/approve`,
      { reviewers: ['Dr A. Reviewer'], reviewDue: '2999-01-01', author: 'Dr Ann Approver' },
      { 'if-match': etag() },
    );
    expect(done.status).toBe(201);
    const meta = (
      JSON.parse(readFileSync(join(repo.dir, `${ID}.json`), 'utf8')) as {
        meta: Record<string, unknown>;
      }
    ).meta;
    expect(meta).toMatchObject({
      status: 'approved',
      reviewers: ['Dr A. Reviewer'],
      reviewDue: '2999-01-01',
    });
    expect(meta.approvedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(repo.git('log', '-1', '--format=%s')).toMatch(
      /^Approve example-pathway .*Dr A\. Reviewer/,
    );
    // The approver is the commit's author; the reviewers are what the pathway records.
    expect(repo.git('log', '-1', '--format=%an|%cn').trim()).toBe('Dr Ann Approver|Test Author');
    expect(parse(done).etag).toBe(etag());
  });

  it('refuses a tree whose scenario fails, and changes nothing', async () => {
    repo = tempRepo();
    const path = join(repo.dir, `${ID}.scenarios.json`);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { scenarios: { expect: string }[] };
    const first = file.scenarios[0] as { expect: string; answers: string[] };
    first.answers = [];
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    repo.git('commit', '--quiet', '-am', 'Break a scenario');
    const before = readFileSync(join(repo.dir, `${ID}.json`), 'utf8');
    const refused = await call(
      'POST',
      `${ID}/approve`,
      { reviewers: ['Dr B'], author: AUTHOR },
      { 'if-match': etag() },
    );
    expect(refused.status).toBe(409);
    expect(parse(refused).error).toMatch(/cannot approve: 1 problem/);
    expect(readFileSync(join(repo.dir, `${ID}.json`), 'utf8')).toBe(before);
    expect(repo.git('log', '-1', '--format=%s').trim()).toBe('Break a scenario');
  });

  it('needs the etag the reviewer saw, a reviewer and a due date after today', async () => {
    repo = tempRepo();
    const body = { reviewers: ['A'], author: AUTHOR };
    expect((await call('POST', `${ID}/approve`, body)).status).toBe(428);
    const stale = await call('POST', `${ID}/approve`, body, { 'if-match': '"x"' });
    expect(stale.status).toBe(409);
    const none = await call(
      'POST',
      `${ID}/approve`,
      { reviewers: [], author: AUTHOR },
      { 'if-match': etag() },
    );
    expect(none.status).toBe(400);
    const past = await call(
      'POST',
      `${ID}/approve`,
      { reviewers: ['A'], reviewDue: '2000-01-01', author: AUTHOR },
      { 'if-match': etag() },
    );
    expect(past.status).toBe(400);
  });
});
