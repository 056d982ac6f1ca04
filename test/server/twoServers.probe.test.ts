/**
 * Issue 21, findings 1 and 4, as a repeatable probe: two dev servers (two child processes running
 * the API) on one git checkout. Approve on one and PUT on the other with the same If-Match must
 * let exactly one win, and an "Approve" commit must hold the approved content; 50 comments sent
 * at once, split over both, must all be kept with distinct ids.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentsFile } from '../../src/model/comments';
import { tempRepo, type TempRepo } from '../gitRepo';
import { startApiServer } from './probes/children';

const ID = 'example-pathway';
const TRIALS = 50;
const COMMENTS = 50;
let repo: TempRepo;
let servers: { url: string; stop: () => Promise<void> }[];

beforeAll(async () => {
  repo = tempRepo();
  servers = await Promise.all([startApiServer(repo.dir), startApiServer(repo.dir)]);
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(repo.root, { recursive: true, force: true });
});

const JSON_TYPE = { 'content-type': 'application/json' };

async function call(
  server: number,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${servers[server]?.url ?? ''}/api/trees/${path}`, {
    method,
    headers: body === undefined ? headers : { ...JSON_TYPE, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface TreeJson {
  meta: Record<string, unknown> & { title: string; status: string };
}

const treeOnDisk = (): string => readFileSync(join(repo.dir, `${ID}.json`), 'utf8');

describe('two servers on one checkout', () => {
  it(`let exactly one of approve and PUT with the same If-Match win (${TRIALS} trials)`, async () => {
    const wins = { approve: 0, put: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const loaded = await call(0, 'GET', ID);
      const etag = loaded.body.etag as string;
      const edited = JSON.parse(loaded.body.text as string) as TreeJson;
      // An unreviewed edit: a new title, back to draft.
      edited.meta.title = `Unreviewed edit ${trial}`;
      edited.meta.status = 'draft';
      for (const key of ['reviewers', 'approvedOn', 'reviewDue']) delete edited.meta[key];
      const headBefore = repo.git('rev-parse', 'HEAD').trim();
      const [approved, saved] = await Promise.all([
        call(
          0,
          'POST',
          `${ID}/approve`,
          { reviewers: [`Dr A ${trial}`], author: 'Dr A' },
          {
            'if-match': etag,
          },
        ),
        call(1, 'PUT', ID, { tree: edited }, { 'if-match': etag }),
      ]);
      const outcome = `trial ${trial}: approve ${approved.status}, PUT ${saved.status}`;
      expect([approved.status === 201, saved.status === 200].filter(Boolean), outcome).toHaveLength(
        1,
      );
      const head = repo.git('log', '-1', '--format=%s').trim();
      const committed = repo.git('show', `HEAD:trees/${ID}.json`);
      if (approved.status === 201) {
        wins.approve++;
        expect(saved.status, outcome).toBe(409);
        expect(head, outcome).toMatch(new RegExp(`^Approve ${ID} .*Dr A ${trial}\\)`));
        expect(approved.body.commit, outcome).toBe(repo.git('rev-parse', 'HEAD').trim());
        // The commit holds exactly the approved file, and the file is still that.
        expect(committed, outcome).toBe(treeOnDisk());
        const meta = (JSON.parse(committed) as TreeJson).meta;
        expect(meta.status, outcome).toBe('approved');
        expect(meta.title, outcome).not.toBe(`Unreviewed edit ${trial}`);
      } else {
        wins.put++;
        expect(approved.status, outcome).toBe(409);
        expect(repo.git('rev-parse', 'HEAD').trim(), outcome).toBe(headBefore);
        const meta = (JSON.parse(treeOnDisk()) as TreeJson).meta;
        expect(meta, outcome).toMatchObject({ title: `Unreviewed edit ${trial}`, status: 'draft' });
      }
      expect(repo.git('status', '--porcelain', '--', `trees/${ID}.json`).trim() === '').toBe(
        approved.status === 201,
      );
    }
    expect(wins.approve + wins.put).toBe(TRIALS);
  }, 300_000);

  it(`keep all of ${COMMENTS} comments sent at once to both, each with its own id`, async () => {
    const sent = await Promise.all(
      Array.from({ length: COMMENTS }, (_, i) =>
        call(i % 2, 'POST', `${ID}/comments`, {
          step: 'basics_checked',
          author: `Reviewer ${i}`,
          text: `Comment ${i}`,
        }),
      ),
    );
    expect(sent.map((r) => r.status)).toEqual(Array.from({ length: COMMENTS }, () => 201));
    const ids = sent.map((r) => (r.body.comment as { id: string }).id);
    expect(new Set(ids).size).toBe(COMMENTS);
    const file = commentsFile.parse(
      JSON.parse(readFileSync(join(repo.dir, `${ID}.comments.json`), 'utf8')),
    );
    expect(file.comments.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(file.comments.map((c) => c.text).sort()).toEqual(
      Array.from({ length: COMMENTS }, (_, i) => `Comment ${i}`).sort(),
    );

    // Resolving "my" comment, on the other server, resolves mine and no other.
    const mine = sent[7]?.body.comment as { id: string; text: string };
    const resolved = await call(0, 'POST', `${ID}/comments/${mine.id}`, {
      status: 'resolved',
      by: 'Reviewer 7',
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.comment).toMatchObject({ id: mine.id, text: 'Comment 7' });
    const after = commentsFile.parse(
      JSON.parse(readFileSync(join(repo.dir, `${ID}.comments.json`), 'utf8')),
    );
    expect(after.comments.filter((c) => c.status === 'resolved').map((c) => c.id)).toEqual([
      mine.id,
    ]);
  }, 120_000);
});
