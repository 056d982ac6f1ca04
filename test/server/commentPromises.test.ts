/**
 * Promises the server's comments make and no test held it to (issue 21): a comments file must
 * name its own tree, and an approval's review date must be after today (today itself is refused).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleCommentsRequest } from '../../src/server/commentsApi';
import type { TreesResponse } from '../../src/server/http';
import { etagOf } from '../../src/server/treeFilesOnDisk';
import { handleVersionsRequest } from '../../src/server/versionsApi';
import { tempRepo, type TempRepo } from '../gitRepo';

const ID = 'example-pathway';
const JSON_TYPE = { 'content-type': 'application/json' };
let repo: TempRepo | undefined;

afterEach(() => {
  vi.useRealTimers();
  if (repo) rmSync(repo.root, { recursive: true, force: true });
  repo = undefined;
});

function request(method: string, path: string, body?: unknown, headers = {}) {
  return {
    method,
    url: `/api/trees/${path}`,
    headers: body === undefined ? headers : { ...JSON_TYPE, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

const errorOf = (r: TreesResponse): unknown => (JSON.parse(r.body) as { error?: unknown }).error;

describe('a comments file names its tree', () => {
  it('refuses to read or extend a comments file that names another tree, and keeps it', async () => {
    repo = tempRepo({ init: false });
    const path = join(repo.dir, `${ID}.comments.json`);
    const other = `${JSON.stringify({ tree: 'another-tree', comments: [] }, null, 2)}\n`;
    writeFileSync(path, other);
    const dir = repo.dir;
    const listed = await handleCommentsRequest(request('GET', `${ID}/comments`), { dir });
    expect(listed.status).toBe(409);
    expect(errorOf(listed)).toMatch(
      /example-pathway\.comments\.json: tree.*"another-tree", expected "example-pathway"/,
    );
    const added = await handleCommentsRequest(
      request('POST', `${ID}/comments`, { step: 'basics_checked', author: 'R', text: 'Hi' }),
      { dir },
    );
    expect(added.status).toBe(409);
    expect(readFileSync(path, 'utf8')).toBe(other);
  });
});

describe('an approval review date', () => {
  it('must be after today: today is refused, tomorrow approves', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-06-15T12:00:00Z'));
    repo = tempRepo();
    const dir = repo.dir;
    const etag = () =>
      etagOf(
        readFileSync(join(dir, `${ID}.json`)),
        readFileSync(join(dir, `${ID}.scenarios.json`)),
      );
    const approve = (reviewDue: string) =>
      handleVersionsRequest(
        request(
          'POST',
          `${ID}/approve`,
          { reviewers: ['Dr A. Reviewer'], reviewDue, author: 'Dr Ann Approver' },
          { 'if-match': etag() },
        ),
        { dir },
      );
    const before = readFileSync(join(dir, `${ID}.json`), 'utf8');
    const onToday = await approve('2030-06-15');
    expect(onToday.status).toBe(400);
    expect(errorOf(onToday)).toBe('"reviewDue" must be a date after today, YYYY-MM-DD');
    expect(readFileSync(join(dir, `${ID}.json`), 'utf8')).toBe(before);
    const tomorrow = await approve('2030-06-16');
    expect(tomorrow.status).toBe(201);
    const approved = JSON.parse(readFileSync(join(dir, `${ID}.json`), 'utf8')) as {
      meta: Record<string, unknown>;
    };
    expect(approved.meta).toMatchObject({
      status: 'approved',
      approvedOn: '2030-06-15',
      reviewDue: '2030-06-16',
    });
  });
});
