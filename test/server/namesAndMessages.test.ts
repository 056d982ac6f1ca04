/**
 * One name check for every name field (version authors, approvers, reviewers, commenters) and
 * plain text for every commit message: hostile text is refused with 400 and nothing is written.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAuthorName, messageProblem } from '../../src/model/authorName';
import { handleCommentsRequest } from '../../src/server/commentsApi';
import type { TreesResponse } from '../../src/server/http';
import { etagOf } from '../../src/server/treeFilesOnDisk';
import { handleVersionsRequest } from '../../src/server/versionsApi';
import { tempRepo, type TempRepo } from '../gitRepo';

const ID = 'example-pathway';
let repo: TempRepo | undefined;

afterEach(() => {
  if (repo) rmSync(repo.root, { recursive: true, force: true });
  repo = undefined;
});

function current(): TempRepo {
  if (repo === undefined) throw new Error('no repository yet');
  return repo;
}

/** Names that look like one person (a lone surrogate is already refused as JSON over the API) and are another, or forge a line: each must be refused. */
const HOSTILE_NAMES: Record<string, string> = {
  'line feed (forges an Approved-by line)': 'Dr A\nApproved-by: Chief Medical Officer',
  'carriage return': 'Dr A\rDr B',
  NUL: 'Dr A\u0000',
  'U+0001': 'Dr\u0001A',
  'record separator': 'Dr\u001eA',
  'unit separator': 'Dr\u001fA',
  'right-to-left override': '\u202eA rD',
  'right-to-left mark': 'Dr A\u200f',
  'left-to-right mark': '\u200eDr A',
  'Arabic letter mark': 'Dr\u061cA',
  'first strong isolate': 'Dr \u2068A\u2069',
  'left-to-right embedding': '\u202aDr A',
  'zero-width space': 'Dr\u200bA',
  'zero-width non-joiner': 'Dr\u200cA',
  'zero-width joiner': 'Dr\u200dA',
  'word joiner': 'Dr\u2060A',
  'byte-order mark': 'Dr\ufeffA',
  'line separator': 'Dr A\u2028Dr B',
  'paragraph separator': 'Dr A\u2029Dr B',
  'lone surrogate': 'Dr \ud800A',
  'an email part': 'Dr A <a@b.invalid>',
};

const request = (method: string, path: string, body: unknown, headers = {}) => ({
  method,
  url: `/api/trees/${path}`,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const versions = (path: string, body: unknown, headers = {}): Promise<TreesResponse> =>
  handleVersionsRequest(request('POST', path, body, headers), { dir: current().dir });
const comments = (path: string, body: unknown): Promise<TreesResponse> =>
  handleCommentsRequest(request('POST', path, body), { dir: current().dir });
const error = (r: TreesResponse): string => (JSON.parse(r.body) as { error: string }).error;
const commits = (): number => Number(current().git('rev-list', '--count', 'HEAD').trim());

function editTitle(title: string): void {
  const path = join(current().dir, `${ID}.json`);
  const tree = JSON.parse(readFileSync(path, 'utf8')) as { meta: { title: string } };
  tree.meta.title = title;
  writeFileSync(path, `${JSON.stringify(tree, null, 2)}\n`);
}

describe('the one name check', () => {
  it.each(Object.entries(HOSTILE_NAMES))('refuses a name with a %s', (_what, name) => {
    const checked = checkAuthorName(name);
    expect(checked.ok).toBe(false);
  });

  it('keeps names in any script, with marks, apostrophes and emoji without joiners', () => {
    for (const name of ['Zoë Ñúñez-O’Brien', 'د. أحمد', 'דייוויד', '李 医生', 'Dr A. (locum) 👍']) {
      expect(checkAuthorName(`  ${name} `)).toEqual({ ok: true, name });
    }
  });

  it('refuses control characters in a message but keeps line breaks and tabs', () => {
    expect(messageProblem('Title\n\n\tBody line')).toBeUndefined();
    expect(messageProblem('a\u0000b')).toMatch(/U\+0000/);
    expect(messageProblem('a\u0001b')).toMatch(/U\+0001/);
    expect(messageProblem('a\u001eb')).toMatch(/U\+001E/);
    expect(messageProblem('a\u001fb')).toMatch(/U\+001F/);
    expect(messageProblem('a\rb')).toMatch(/U\+000D/);
    expect(messageProblem('a\u009bb')).toMatch(/U\+009B/);
  });
});

describe('names and messages over the API', () => {
  it('refuses every hostile reviewer name with 400, and writes nothing', async () => {
    repo = tempRepo();
    const treePath = join(current().dir, `${ID}.json`);
    const tree = readFileSync(treePath, 'utf8');
    const ifMatch = {
      'if-match': etagOf(tree, readFileSync(join(current().dir, `${ID}.scenarios.json`))),
    };
    for (const [what, name] of Object.entries(HOSTILE_NAMES)) {
      const body = { reviewers: ['Dr Good', name], author: 'Dr Approver' };
      const refused = await versions(`${ID}/approve`, body, ifMatch);
      expect(refused.status, what).toBe(400);
      expect(error(refused), what).toMatch(
        /^("reviewers\[1\]": a name |the body is not valid JSON)/,
      );
    }
    expect(readFileSync(treePath, 'utf8')).toBe(tree);
    expect(commits()).toBe(1);
  });

  it('refuses a reviewDue that is no day of the calendar with 400, and writes nothing', async () => {
    const r = (repo = tempRepo());
    const treePath = join(r.dir, `${ID}.json`);
    const tree = readFileSync(treePath, 'utf8');
    const ifMatch = { 'if-match': etagOf(tree, readFileSync(join(r.dir, `${ID}.scenarios.json`))) };
    for (const reviewDue of ['2999-02-31', '9999-99-99', '2999-13-01', '2999-00-10']) {
      const body = { reviewers: ['Dr Good'], author: 'Dr Approver', reviewDue };
      const refused = await versions(`${ID}/approve`, body, ifMatch);
      expect(refused.status, reviewDue).toBe(400);
      expect(error(refused)).toBe('"reviewDue" must be a date after today, YYYY-MM-DD');
    }
    expect(readFileSync(treePath, 'utf8')).toBe(tree);
    expect(commits()).toBe(1);
  });

  it('refuses hostile version authors with 400', async () => {
    repo = tempRepo();
    editTitle('Edited');
    for (const [what, author] of Object.entries(HOSTILE_NAMES)) {
      const refused = await versions(`${ID}/versions`, { message: 'Fine', author });
      expect(refused.status, what).toBe(400);
      expect(error(refused), what).toMatch(/^("author": |the body is not valid JSON)/);
    }
    expect(commits()).toBe(1);
  });

  it('refuses control characters in a commit message with 400 (NUL was a 500)', async () => {
    repo = tempRepo();
    editTitle('Edited');
    for (const message of [
      'Nul\u0000here',
      'Soh\u0001',
      'Fake\u001erecord\u001ffield',
      'Esc\u001b[2J',
    ]) {
      const refused = await versions(`${ID}/versions`, { message, author: 'Dr A' });
      expect(refused.status, JSON.stringify(message)).toBe(400);
      expect(error(refused)).toMatch(/^"message" holds the control character U\+/);
    }
    expect(commits()).toBe(1);
    const made = await versions(`${ID}/versions`, { message: 'Two\n\n\tlines', author: 'Dr A' });
    expect(made.status).toBe(201);
    expect(current().git('log', '-1', '--format=%B').trim()).toBe('Two\n\n\tlines');
  });

  it('refuses hostile commenter and resolver names with 400, and writes no comments file', async () => {
    repo = tempRepo({ init: false });
    const file = join(current().dir, `${ID}.comments.json`);
    for (const [what, author] of Object.entries(HOSTILE_NAMES)) {
      const refused = await comments(`${ID}/comments`, {
        step: 'basics_checked',
        author,
        text: 'Hi',
      });
      expect(refused.status, what).toBe(400);
      expect(error(refused), what).toMatch(/^("author": |the body is not valid JSON)/);
    }
    const nul = await comments(`${ID}/comments`, {
      step: 'basics_checked',
      author: 'Dr A',
      text: 'a\u0000',
    });
    expect(nul.status).toBe(400);
    expect(existsSync(file)).toBe(false);
    const added = await comments(`${ID}/comments`, {
      step: 'basics_checked',
      author: 'Dr A',
      text: 'Ok',
    });
    expect(added.status).toBe(201);
    const before = readFileSync(file, 'utf8');
    const id = (JSON.parse(added.body) as { comment: { id: string } }).comment.id;
    for (const [what, by] of Object.entries(HOSTILE_NAMES)) {
      const refused = await comments(`${ID}/comments/${id}`, { status: 'resolved', by });
      expect(refused.status, what).toBe(400);
      expect(error(refused), what).toMatch(/^("by": |the body is not valid JSON)/);
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
