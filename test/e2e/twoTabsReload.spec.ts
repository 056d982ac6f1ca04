/**
 * Two tabs on one tree (issue 21, finding 12): tab A saves, tab B's save meets the conflict and
 * B chooses "Reload from disk". B then shows the file as A saved it (A's edit is not reverted),
 * B's own work is kept as a draft, and B's next save goes through. A dev server of its own over
 * a temporary trees folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT, startTempServer, type TempServer } from './tempServer';

const TREE = 'chronic-back-pain-refractory';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
let server: TempServer;

test.setTimeout(180_000);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startTempServer('two-tabs-reload', [
    join(ROOT, 'trees', `${TREE}.json`),
    join(ROOT, 'trees', `${TREE}.scenarios.json`),
  ]);
});

test.afterAll(async () => {
  await server.close();
});

async function openEditor(page: Page) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${server.base}#/edit/${TREE}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
}

const prompt = (page: Page) => panel(page).getByLabel('Question (prompt)');
const title = (page: Page) => panel(page).getByLabel('Title', { exact: true });

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

test('after a conflict, Reload from disk shows the saved file and the next save succeeds', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openEditor(a);
  await openEditor(b);
  // Tab A changes the first question and saves.
  await a.locator('.react-flow__node').first().click();
  await prompt(a).fill('Saved by tab A');
  await save(a);
  await expect(a.getByText(/^Saved to trees\//)).toBeVisible();
  // Tab B, opened before, changes the title and meets the conflict.
  await b.getByRole('tab', { name: 'Pathway' }).click();
  await title(b).fill('Title by tab B');
  await save(b);
  await expect(b.getByText('The file on disk changed since you opened it')).toBeVisible();
  await b.getByRole('button', { name: 'Reload from disk' }).click();
  // B shows the file as A saved it: A's edit is there, B's is kept aside as a draft.
  await expect(b.getByText('The file on disk changed since you opened it')).toHaveCount(0);
  await b.getByRole('tab', { name: 'Step' }).click();
  await b.locator('.react-flow__node').first().click();
  await expect(prompt(b)).toHaveValue('Saved by tab A');
  await b.getByRole('tab', { name: 'Pathway' }).click();
  await expect(title(b)).not.toHaveValue('Title by tab B');
  const kept = await b.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith(prefix))
        .map((key) => localStorage.getItem(key) ?? '')
        .join('\n'),
    `stepwise:draft:${TREE}:`,
  );
  expect(kept).toContain('Title by tab B');
  // B's next edit saves without a conflict, over A's.
  await title(b).fill('Title by tab B, again');
  await save(b);
  await expect(b.getByText(/^Saved to trees\//)).toBeVisible();
  const onDisk = readFileSync(join(server.dir, `${TREE}.json`), 'utf8');
  expect(onDisk).toContain('Saved by tab A');
  expect(onDisk).toContain('Title by tab B, again');
});
