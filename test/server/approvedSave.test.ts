/** The save API never writes "approved" over content nobody approved (`model/approval.ts`). */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialiseTree } from '../../src/model/serialise';
import type { Tree } from '../../src/model/types';
import type { TreesResponse } from '../../src/server/http';
import { handleTreesRequest } from '../../src/server/treesApi';
import { FIXTURES, approvedExampleTree, exampleTree } from '../helpers';

const ID = 'example-pathway';
let dir: string;

function onDisk(): string {
  return readFileSync(join(dir, `${ID}.json`), 'utf8');
}

function put(tree: Tree): Promise<TreesResponse> {
  return handleTreesRequest(
    {
      method: 'PUT',
      url: `/api/trees/${ID}`,
      headers: { 'content-type': 'application/json', 'if-match': '*' },
      body: JSON.stringify({ tree }),
    },
    { dir },
  );
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stepwise-approved-'));
  copyFileSync(join(FIXTURES, 'valid', `${ID}.scenarios.json`), join(dir, `${ID}.scenarios.json`));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('saving an approved tree', () => {
  it('refuses changed content that still says approved, and writes nothing', async () => {
    writeFileSync(join(dir, `${ID}.json`), serialiseTree(approvedExampleTree()));
    const before = onDisk();
    const edited = approvedExampleTree();
    edited.meta.summary = 'Changed after sign-off.';
    const response = await put(edited);
    expect(response.status).toBe(400);
    expect(response.body).toContain('this tree is approved and its content has changed');
    expect(onDisk()).toBe(before);
  });

  it('refuses a retired tree that keeps the approval on changed content, and writes nothing', async () => {
    writeFileSync(join(dir, `${ID}.json`), serialiseTree(approvedExampleTree()));
    const before = onDisk();
    const retired = approvedExampleTree();
    retired.meta.status = 'retired';
    retired.meta.summary = 'Changed after sign-off.';
    const response = await put(retired);
    expect(response.status).toBe(400);
    expect(response.body).toContain('a tree that is retired carries no approval');
    expect(onDisk()).toBe(before);
    delete retired.meta.reviewers;
    delete retired.meta.approvedOn;
    delete retired.meta.reviewDue;
    expect((await put(retired)).status).toBe(200);
  });

  it('saves the same content with only steps moved, still approved', async () => {
    writeFileSync(join(dir, `${ID}.json`), serialiseTree(approvedExampleTree()));
    const moved = approvedExampleTree();
    const first = moved.states[moved.initial];
    if (!first) throw new Error('no initial state');
    first.meta.ui = { x: 120, y: 40 };
    expect((await put(moved)).status).toBe(200);
    expect(onDisk()).toContain('"approved"');
  });

  it('saves the edited tree as a draft', async () => {
    writeFileSync(join(dir, `${ID}.json`), serialiseTree(approvedExampleTree()));
    const edited = exampleTree();
    edited.meta.summary = 'Changed after sign-off.';
    expect((await put(edited)).status).toBe(200);
    expect(onDisk()).toContain('Changed after sign-off.');
  });

  it('refuses "approved" on a tree that was not approved, or with other reviewers', async () => {
    writeFileSync(join(dir, `${ID}.json`), serialiseTree(exampleTree()));
    const response = await put(approvedExampleTree());
    expect(response.status).toBe(400);
    expect(response.body).toContain('approved only through sign-off');

    writeFileSync(join(dir, `${ID}.json`), serialiseTree(approvedExampleTree()));
    const other = approvedExampleTree();
    other.meta.reviewers = ['Someone else'];
    const again = await put(other);
    expect(again.status).toBe(400);
    expect(again.body).toContain('change only through sign-off');
  });
});
