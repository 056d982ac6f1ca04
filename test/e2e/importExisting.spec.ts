/**
 * Importing the file of another pathway that already exists (issue 21, finding 12): it used to
 * open as a draft whose first save met "the file on disk changed" with no way on. Now the editor
 * names the pathway and offers ways on; each of them saves. A dev server of its own over a
 * temporary trees folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT, startTempServer, type TempServer } from './tempServer';

const OPEN = 'chronic-back-pain-refractory';
const OTHER = 'fibromyalgia-treatment-resistant';
const fileOf = (id: string) => join(ROOT, 'trees', `${id}.json`);
let server: TempServer;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startTempServer('import-existing', [
    fileOf(OPEN),
    join(ROOT, 'trees', `${OPEN}.scenarios.json`),
    fileOf(OTHER),
    join(ROOT, 'trees', `${OTHER}.scenarios.json`),
  ]);
});

test.afterAll(async () => {
  await server.close();
});

/** Opens the editor on OPEN and imports OTHER's file with a changed title. */
async function importOther(page: Page, title: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${server.base}#/edit/${OPEN}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
  // The pathway as it is on the server now (an earlier test may have saved over it).
  const onDisk = readFileSync(join(server.dir, `${OTHER}.json`), 'utf8');
  const tree = JSON.parse(onDisk) as { meta: { title: string } };
  const existingTitle = tree.meta.title;
  tree.meta.title = title;
  await page.locator('input[type=file]').setInputFiles({
    name: `${OTHER}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tree, null, 2)),
  });
  const dialog = page.getByRole('alertdialog', { name: 'Import an existing pathway' });
  await expect(dialog).toContainText(
    `${OTHER}.json is the pathway “${existingTitle}” (${OTHER}), which already exists.`,
  );
  return dialog;
}

async function saveAndExpectSaved(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/^Saved to trees\//)).toBeVisible();
  await expect(page.getByText('The file on disk changed')).toHaveCount(0);
}

test('imported as a copy with a new id, it saves as a new pathway', async ({ page }) => {
  const dialog = await importOther(page, 'Imported as a copy');
  await dialog.getByLabel('New id').fill('imported-copy');
  await dialog.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page).toHaveURL(/#\/edit\/imported-copy$/);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
  await saveAndExpectSaved(page);
  const saved = join(server.dir, 'imported-copy.json');
  expect(readFileSync(saved, 'utf8')).toContain('"title": "Imported as a copy"');
  expect(existsSync(join(server.dir, 'imported-copy.scenarios.json'))).toBe(true);
});

test('a copy may not take the id of another existing pathway', async ({ page }) => {
  const dialog = await importOther(page, 'Copy over the open one');
  await dialog.getByLabel('New id').fill(OPEN);
  await dialog.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(dialog).toContainText(`There is a pathway called “${OPEN}” already`);
  await expect(page).toHaveURL(new RegExp(`#/edit/${OPEN}$`));
});

test('imported as a draft of the existing pathway, its save replaces that file', async ({
  page,
}) => {
  const dialog = await importOther(page, 'Imported over the existing one');
  await dialog.getByRole('button', { name: 'Import as a draft of it' }).click();
  await expect(page).toHaveURL(new RegExp(`#/edit/${OTHER}$`));
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
  await saveAndExpectSaved(page);
  const saved = readFileSync(join(server.dir, `${OTHER}.json`), 'utf8');
  expect(saved).toContain('"title": "Imported over the existing one"');
  // The import held the tree only: the pathway's scenarios are kept, not emptied.
  const scenarios = readFileSync(join(server.dir, `${OTHER}.scenarios.json`), 'utf8');
  expect(scenarios).toBe(readFileSync(join(ROOT, 'trees', `${OTHER}.scenarios.json`), 'utf8'));
});

test('Open goes to the existing pathway, unchanged', async ({ page }) => {
  const dialog = await importOther(page, 'Not imported');
  await dialog.getByRole('link', { name: /^Open “/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/edit/${OTHER}$`));
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('No unsaved changes')).toBeVisible();
});
