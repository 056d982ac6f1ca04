/**
 * Versions, diff, comments and sign-off from the editor, on a dev server of its own whose trees/
 * is a folder of a temporary git repository (never the project's own): comment on a step (badge
 * on the canvas), edit, save a version through the in-app dialog, compare it with the first
 * version (changed step marked), open a version read-only, restore it and undo, approve, and see
 * the approval in the player. Each version is committed under the name given in its dialog.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { bundledTreesPlugin } from '../../src/server/bundledTreesPlugin';
import { treesApiPlugin } from '../../src/server/vitePlugin';
import { tempRepo, type TempRepo } from '../gitRepo';

const root = join(import.meta.dirname, '..', '..');
const ID = 'example-pathway';
let server: ViteDevServer;
let base: string;
let repo: TempRepo;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  repo = tempRepo();
  server = await createServer({
    configFile: false,
    root,
    base: './',
    cacheDir: join(root, 'node_modules', '.vite-e2e-versions'),
    plugins: [react(), bundledTreesPlugin({ dir: repo.dir }), treesApiPlugin({ dir: repo.dir })],
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null },
    logLevel: 'warn',
  });
  await server.listen();
  const { port } = server.httpServer?.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/`;
});

test.afterAll(async () => {
  await server.close();
  rmSync(repo.root, { recursive: true, force: true });
});

test('comment, save a version, diff, open, restore, approve, and the player shows it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(`${base}#/edit/${ID}`);
  const node = page.locator('.react-flow__node[data-id="basics_checked"]');
  await expect(node).toBeVisible({ timeout: 60_000 });

  // A comment on the first step shows as a badge on its node.
  await node.click();
  await page.getByRole('tab', { name: 'Comments' }).click();
  await page.getByLabel('Your name').fill('Dr Reviewer');
  await page.getByLabel(/Comment on/).fill('Say what counts as an adequate trial.');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(node.locator('.step-node-comments')).toHaveText('1 comment');

  // Edit the question, then save a version with a message through the dialog.
  await page.getByRole('tab', { name: 'Step' }).click();
  await page.getByLabel('Question (prompt)').fill('Has the patient had a full first-line trial?');
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Save version…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save version' });
  // The name given for the comment is offered again; this version is someone else's.
  await expect(dialog.getByLabel('Your name')).toHaveValue('Dr Reviewer');
  await dialog.getByLabel('Your name').fill('');
  await dialog.getByLabel('What changed, and why').fill('Reword the first question');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/^Give your name/);
  await expect(dialog.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type('Dr Jo Author');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByText(/Saved version [0-9a-f]{7}\./)).toBeVisible();
  await expect(page.locator('.version-message').first()).toHaveText('Reword the first question');
  await expect(page.locator('.version-meta').first()).toContainText('Dr Jo Author');
  await expect(page.locator('.version-meta').last()).toContainText('Test Author');
  expect(repo.git('log', '-1', '--format=%s').trim()).toBe('Reword the first question');
  // The author is the name given; the committer stays the repository's git user.
  expect(repo.git('log', '-1', '--format=%an|%cn').trim()).toBe('Dr Jo Author|Test Author');
  // The tree and its comments (and its scenarios, which the save wrote canonically), nothing else.
  const committed = repo.git('show', '--name-only', '--format=', 'HEAD').trim().split('\n');
  expect(committed).toContain('trees/example-pathway.json');
  expect(committed).toContain('trees/example-pathway.comments.json');
  expect(committed.every((f) => f.startsWith('trees/example-pathway.'))).toBe(true);

  // Compare the first version with the draft: the reworded step is listed and marked.
  const first = repo.git('rev-list', '--max-parents=0', 'HEAD').trim();
  await page.getByLabel('Compare from', { exact: true }).selectOption(first);
  await page.getByLabel('Compare to', { exact: true }).selectOption('draft');
  await page.getByRole('button', { name: 'Show differences' }).click();
  const diff = page.getByLabel('Differences', { exact: true });
  await expect(diff).toContainText('Every scenario reaches the same step');
  await expect(diff).toContainText('Has the patient had a full first-line trial?');
  await expect(node.locator('.step-node')).toHaveClass(/is-changed/);
  await expect(node.locator('.step-node-changed')).toHaveText('changed');

  // Open the first version read-only, restore it, and undo the restore.
  await page.locator('.version-list li').last().getByRole('button', { name: 'Open' }).click();
  await expect(page.getByText(/Viewing version [0-9a-f]{7}, read-only/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByText(/Restored version/)).toBeVisible();
  await node.click();
  await page.getByRole('tab', { name: 'Step' }).click();
  await expect(page.getByLabel('Question (prompt)')).not.toHaveValue(/full first-line/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Question (prompt)')).toHaveValue(/full first-line/);

  // Approve: zero problems, every scenario passing; it is a version of its own.
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Approve…' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve this version' });
  await expect(approve.getByLabel('Your name')).toHaveValue('Dr Jo Author');
  await approve.getByLabel('Your name').fill('Dr Ann Signer');
  await approve.getByLabel('Reviewers (comma-separated)').fill('Dr A. Approver');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText(/Approved in version [0-9a-f]{7}\./)).toBeVisible();
  await expect(page.locator('.version-message').first()).toHaveText(/^Approve example-pathway/);
  await expect(page.locator('.version-meta').first()).toContainText('Dr Ann Signer');
  expect(repo.git('log', '-1', '--format=%s')).toMatch(/^Approve example-pathway/);
  expect(repo.git('log', '-1', '--format=%an|%cn').trim()).toBe('Dr Ann Signer|Test Author');
  const meta = (
    JSON.parse(readFileSync(join(repo.dir, `${ID}.json`), 'utf8')) as {
      meta: Record<string, unknown>;
    }
  ).meta;
  expect(meta).toMatchObject({ status: 'approved', reviewers: ['Dr A. Approver'] });
  await expect(page.getByText('No unsaved changes')).toBeVisible();

  // The player shows who approved and when; it never shows comments.
  await page.goto(`${base}#/play/${ID}?answers=NO`);
  await expect(page.getByText(/Approved by Dr A\. Approver on \d{4}-\d{2}-\d{2}\./)).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('Say what counts as an adequate trial.')).toHaveCount(0);
});

test('an edit to the approved tree returns it to draft, and it is saved as a draft', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Runs after the approval above (serial): the tree on disk is approved.
  await page.goto(`${base}#/edit/${ID}`);
  const node = page.locator('.react-flow__node[data-id="basics_checked"]');
  await expect(node).toBeVisible({ timeout: 60_000 });
  await node.click();
  await page.getByRole('tab', { name: 'Step' }).click();
  await page
    .getByLabel('Question (prompt)')
    .fill('Has the patient had a full, adequate first-line trial?');
  await expect(
    page.getByRole('status').filter({ hasText: 'the edit returned it to draft' }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Pathway' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('draft');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved to trees/.')).toBeVisible();
  const meta = (
    JSON.parse(readFileSync(join(repo.dir, `${ID}.json`), 'utf8')) as {
      meta: Record<string, unknown>;
    }
  ).meta;
  expect(meta.status).toBe('draft');
  expect(meta.reviewers).toBeUndefined();
  // Opened afresh from the save API, the tree is a draft. (This server does not watch files, so
  // its bundled copy for the player stays the approved one; the save API test covers the file.)
  await page.reload();
  await expect(node).toBeVisible({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Pathway' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('draft');
});

test('outside a git work tree the editor hides History but keeps Comments', async ({ page }) => {
  test.setTimeout(120_000);
  const plain = tempRepo({ init: false });
  const other = await createServer({
    configFile: false,
    root,
    base: './',
    cacheDir: join(root, 'node_modules', '.vite-e2e-versions'),
    plugins: [react(), bundledTreesPlugin({ dir: plain.dir }), treesApiPlugin({ dir: plain.dir })],
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null },
    logLevel: 'warn',
  });
  try {
    await other.listen();
    const { port } = other.httpServer?.address() as AddressInfo;
    // Wait for the editor's own probe of the versions API, so the check below cannot run early.
    const probe = page.waitForResponse((r) => r.url().endsWith(`/api/trees/${ID}/versions`), {
      timeout: 60_000,
    });
    await page.goto(`http://127.0.0.1:${port}/#/edit/${ID}`);
    expect((await probe).status()).toBe(501);
    await expect(page.getByRole('tab', { name: 'Comments' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('tab', { name: 'History' })).toHaveCount(0);
  } finally {
    await other.close();
    rmSync(plain.root, { recursive: true, force: true });
  }
});
