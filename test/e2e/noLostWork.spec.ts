/**
 * No lost work (issue 11), in the browser: an edit typed during a save, Import of the open tree
 * (confirm and undo), a restored draft saved over a file changed since, two tabs on one tree, a
 * draft equal to the saved file, a damaged draft, a full storage, and a save server that is gone.
 * Every save goes to this spec's own dev server over a temporary trees folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT, startTempServer, type TempServer } from './tempServer';

const TREE = 'chronic-back-pain-refractory';
const treeFile = join(ROOT, 'trees', `${TREE}.json`);
const scenariosFile = join(ROOT, 'trees', `${TREE}.scenarios.json`);
const SHOTS = process.env.E2E_SHOTS;

let server: TempServer;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startTempServer('no-lost-work', [treeFile, scenariosFile]);
});

test.afterAll(async () => {
  await server.close();
});

test.beforeEach(() => {
  // Each test starts from the bundled file.
  writeFileSync(join(server.dir, `${TREE}.json`), readFileSync(treeFile));
  writeFileSync(join(server.dir, `${TREE}.scenarios.json`), readFileSync(scenariosFile));
});

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });

async function openEditor(page: Page) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${server.base}#/edit/${TREE}`);
  // A fresh dev server compiles the editor on first request: slow on a busy machine.
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
}

async function editPrompt(page: Page, text: string) {
  await page.locator('.react-flow__node').first().click();
  await panel(page).getByLabel('Question (prompt)').fill(text);
}

/** Every draft of the tree in this browser, joined: for polling the debounced writes. */
function drafts(page: Page): Promise<string> {
  return page.evaluate((prefix) => {
    return Object.keys(localStorage)
      .filter((key) => key.startsWith(prefix))
      .map((key) => localStorage.getItem(key) ?? '')
      .join('\n');
  }, `stepwise:draft:${TREE}:`);
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test('an edit typed while a save is in flight stays unsaved and in the draft (item 1)', async ({
  page,
}) => {
  await openEditor(page);
  await editPrompt(page, 'Sent with the save');
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/trees/*', async (route) => {
    if (route.request().method() !== 'PUT') return route.fallback();
    await held;
    return route.fallback();
  });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
  await panel(page).getByLabel('Question (prompt)').fill('Typed during the save');
  await shot(page, 'edit-during-save');
  release();
  await expect(page.getByText('Saved to trees/.')).toBeVisible();
  await expect(page.getByText('Unsaved changes (kept as a draft in this browser)')).toBeVisible();
  expect(readFileSync(join(server.dir, `${TREE}.json`), 'utf8')).toContain('Sent with the save');
  await expect.poll(() => drafts(page)).toContain('Typed during the save');
  await shot(page, 'after-save-still-dirty');
});

test('Import of the open tree asks first and Undo takes it back (item 2)', async ({ page }) => {
  await openEditor(page);
  const tree = JSON.parse(readFileSync(treeFile, 'utf8')) as { meta: { title: string } };
  tree.meta.title = 'Imported title';
  await page.getByRole('tab', { name: 'Pathway' }).click();
  const title = panel(page).getByLabel('Title', { exact: true });
  const before = await title.inputValue();
  await page.locator('input[type=file]').setInputFiles({
    name: `${TREE}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tree)),
  });
  const confirm = page.getByRole('alertdialog', { name: 'Confirm import' });
  await expect(confirm).toContainText('Importing replaces what is on the canvas');
  await expect(title).toHaveValue(before);
  await shot(page, 'import-confirm');
  await confirm.getByRole('button', { name: 'Replace the canvas' }).click();
  await expect(title).toHaveValue('Imported title');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue(before);
});

test('a restored draft keeps its base etag: saving over a newer file asks (item 3)', async ({
  page,
}) => {
  await openEditor(page);
  await editPrompt(page, 'My draft edit');
  await expect.poll(() => drafts(page)).toContain('My draft edit');
  // Someone else changes the file on disk meanwhile.
  const path = join(server.dir, `${TREE}.json`);
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace('"title": "', '"title": "Changed on disk: '),
  );
  const changed = readFileSync(path, 'utf8');
  await page.reload();
  await page.getByRole('button', { name: 'Restore draft' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The file on disk changed since you opened it')).toBeVisible();
  await expect(page.getByText('Your work is kept as a draft in this tab.')).toBeVisible();
  expect(readFileSync(path, 'utf8')).toBe(changed);
});

test('two tabs on one tree: each keeps its draft and sees the other (item 5)', async ({
  page,
  context,
}) => {
  await openEditor(page);
  const other = await context.newPage();
  await openEditor(other);
  await expect(
    page.getByText('Another tab of this browser is editing this tree too'),
  ).toBeVisible();
  await expect(
    other.getByText('Another tab of this browser is editing this tree too'),
  ).toBeVisible();
  await editPrompt(page, 'Work of tab one');
  await editPrompt(other, 'Work of tab two');
  await expect.poll(() => drafts(page)).toContain('Work of tab one');
  await expect.poll(() => drafts(page)).toContain('Work of tab two');
  await shot(other, 'two-tabs');
  // A third tab is offered both drafts, and may not discard those of tabs still open.
  const third = await context.newPage();
  await third.setViewportSize({ width: 1440, height: 900 });
  await third.goto(`${server.base}#/edit/${TREE}`);
  await expect(third.getByRole('button', { name: 'Restore draft' })).toHaveCount(2);
  await expect(third.getByRole('button', { name: 'Discard draft' })).toHaveCount(0);
  await shot(third, 'two-drafts-offered');
  await third.getByRole('button', { name: 'Open the saved file, keep the drafts' }).click();
  await expect.poll(() => drafts(page)).toContain('Work of tab one');
  await expect.poll(() => drafts(page)).toContain('Work of tab two');
});

test('undoing back to the saved file leaves no draft to offer (item 8)', async ({ page }) => {
  await openEditor(page);
  await editPrompt(page, 'Soon undone');
  await expect.poll(() => drafts(page)).toContain('Soon undone');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('No unsaved changes')).toBeVisible();
  await expect.poll(() => drafts(page)).toBe('');
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByText('You have unsaved changes')).toHaveCount(0);
});

test('a damaged draft is set aside and reported; the saved tree opens (item 4)', async ({
  page,
}) => {
  await page.goto(server.base);
  await page.evaluate((tree) => {
    localStorage.setItem(`stepwise:draft:${tree}:someone`, '{"doc": null}');
  }, TREE);
  await openEditor(page);
  await expect(page.getByText(/could not be read \(doc: expected an object\)/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the damaged draft' })).toBeVisible();
  await shot(page, 'damaged-draft');
});

test('with storage full, New tree says so instead of losing the tree (item 7)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem');
    const setItem = original?.value as (this: Storage, key: string, value: string) => void;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith('stepwise:draft:')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto(`${server.base}#/new`);
  await page.getByLabel(/^Id/).fill('never-lost');
  await page.getByRole('button', { name: 'Create and edit' }).click();
  await expect(page.getByRole('alert')).toContainText('refused to keep the new tree');
  await expect(page.getByText('There is no tree called')).toHaveCount(0);
});

test('a save with the server gone says it could not reach it (bad input)', async ({ page }) => {
  await openEditor(page);
  await editPrompt(page, 'Offline edit');
  await page.route('**/api/trees/*', (route) =>
    route.request().method() === 'PUT' ? route.abort('connectionrefused') : route.fallback(),
  );
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/could not reach the save server/)).toBeVisible();
  await expect(page.getByText('static build')).toHaveCount(0);
  await expect(page.getByText('Your work is kept as a draft in this tab.')).toBeVisible();
});

test('a malformed escape in the address shows "not found", and good links still work', async ({
  page,
}) => {
  await page.goto(`${server.base}#/play/%zz`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not here');
  await page.goto(`${server.base}#/edit/%E0%A4%A`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not here');
  await page.goto(`${server.base}#/play/${TREE}`);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
});
