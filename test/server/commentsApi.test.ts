/** The comments API on a temp trees folder, and comments travelling with a version. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commentsFile } from '../../src/model/comments';
import { handleCommentsRequest } from '../../src/server/commentsApi';
import type { TreesResponse } from '../../src/server/http';
import { handleVersionsRequest } from '../../src/server/versionsApi';
import { tempRepo, type TempRepo } from '../gitRepo';

const ID = 'example-pathway';
let repo: TempRepo;

afterEach(() => {
  rmSync(repo.root, { recursive: true, force: true });
});

function call(method: string, path: string, body?: unknown): Promise<TreesResponse> {
  return handleCommentsRequest(
    {
      method,
      url: `/api/trees/${path}`,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    { dir: repo.dir },
  );
}

const parse = (r: TreesResponse): Record<string, unknown> =>
  JSON.parse(r.body) as Record<string, unknown>;

describe('comments API', () => {
  it('adds, lists and resolves comments in a canonical file of its own schema', async () => {
    repo = tempRepo({ init: false });
    const empty = await call('GET', `${ID}/comments`);
    expect(empty.status).toBe(200);
    expect(parse(empty).comments).toEqual([]);
    const added = await call('POST', `${ID}/comments`, {
      step: 'basics_checked',
      author: 'Dr Reviewer',
      text: 'Say what "adequate" means <b>here</b>.',
    });
    expect(added.status).toBe(201);
    expect(parse(added).comment).toMatchObject({ status: 'open', step: 'basics_checked' });
    const id = (parse(added).comment as { id: string }).id;
    expect(id).toMatch(/^c[0-9a-hjkmnp-tv-z]{26}$/);
    const resolved = await call('POST', `${ID}/comments/${id}`, {
      status: 'resolved',
      by: 'Author',
    });
    expect(resolved.status).toBe(200);
    expect(parse(resolved).comment).toMatchObject({ status: 'resolved', resolvedBy: 'Author' });
    const text = readFileSync(join(repo.dir, `${ID}.comments.json`), 'utf8');
    const file = commentsFile.parse(JSON.parse(text));
    expect(file.comments).toHaveLength(1);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.indexOf('"$schema"')).toBeLessThan(text.indexOf('"tree"'));
  });

  it('checks its input and never overwrites a damaged file', async () => {
    repo = tempRepo({ init: false });
    expect((await call('GET', 'no-such-tree/comments')).status).toBe(404);
    expect((await call('GET', '..%2F..%2Fetc/comments')).status).toBe(400);
    expect(
      (await call('POST', `${ID}/comments`, { step: 'Bad Key', author: 'a', text: 't' })).status,
    ).toBe(400);
    expect(
      (await call('POST', `${ID}/comments`, { step: 'x', author: '', text: 't' })).status,
    ).toBe(400);
    expect((await call('POST', `${ID}/comments/c9`, { status: 'resolved', by: 'a' })).status).toBe(
      404,
    );
    expect((await call('POST', `${ID}/comments/zz`, { status: 'resolved', by: 'a' })).status).toBe(
      400,
    );
    expect((await call('DELETE', `${ID}/comments`)).status).toBe(405);
    const path = join(repo.dir, `${ID}.comments.json`);
    writeFileSync(path, '{ "tree": "example-pathway", "comments": [ { "id": 1 } ] }');
    const broken = await call('POST', `${ID}/comments`, { step: 'x', author: 'a', text: 't' });
    expect(broken.status).toBe(409);
    expect(parse(broken).error).toMatch(/example-pathway\.comments\.json: comments\.0/);
    expect(readFileSync(path, 'utf8')).toContain('"id": 1');
  });

  it('is committed with the tree as part of a version', async () => {
    repo = tempRepo();
    await call('POST', `${ID}/comments`, { step: 'basics_checked', author: 'R', text: 'Check' });
    const made = await handleVersionsRequest(
      {
        method: 'POST',
        url: `/api/trees/${ID}/versions`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'Review comments', author: 'R' }),
      },
      { dir: repo.dir },
    );
    expect(made.status).toBe(201);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe(
      'trees/example-pathway.comments.json',
    );
  });
});
