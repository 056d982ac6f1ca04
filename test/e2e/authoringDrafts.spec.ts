/**
 * Work in progress (issue 14): Play shows the canvas with an unsaved edit; a new tree with
 * problems is saved as a draft, listed on the home page with its problem count and opened from
 * there in the editor; marking it in review is refused while it has problems. A dev server of its
 * own over a temporary trees folder (tempServer.ts), so nothing is written to trees/.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT, startTempServer, type TempServer } from './tempServer';

const TREE = 'fibromyalgia-treatment-resistant';
const NEW_ID = 'e2e-draft-tree';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
let server: TempServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startTempServer(
    'authoring-drafts',
    [join(ROOT, 'trees', `${TREE}.json`), join(ROOT, 'trees', `${TREE}.scenarios.json`)],
    { watch: true },
  );
});

test.afterAll(async () => {
  await server.close();
});

test('Play shows the canvas, an unsaved edit included, and follows later edits', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${server.base}#/edit/${TREE}`);
  const search = page.getByPlaceholder('Find a step…');
  await search.fill('alternative_causes_excluded');
  await search.press('Enter');
  const prompt = panel(page).getByLabel('Question (prompt)');
  await prompt.fill('Edited on the canvas, not saved');
  await expect(page.getByRole('status').filter({ hasText: /Unsaved/ })).toBeVisible();
  // With the save API there, Save and the save state join the toolbar: still one row at 1440 px.
  const tops = await page.getByRole('toolbar', { name: 'Editor tools' }).evaluate((bar) =>
    Array.from(bar.querySelectorAll('button, a, input, select, summary'))
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 2)
      .map((el) => el.getBoundingClientRect().top),
  );
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
  // ...and fits: nothing scrolls out of it.
  const toolbarBox = page.getByRole('toolbar', { name: 'Editor tools' });
  expect(await toolbarBox.evaluate((bar) => bar.scrollWidth - bar.clientWidth)).toBeLessThanOrEqual(
    0,
  );
  await page.screenshot({ path: test.info().outputPath('editor-dev-1440.png') });
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('toolbar').getByRole('link', { name: 'Play', exact: true }).click(),
  ]);
  // A new tab on a cold dev server transforms the player's modules first: on a busy 2-core
  // machine that took longer than the default 5 s in a fresh clone's first run.
  await expect(tab.getByRole('note', { name: 'Draft preview' })).toBeVisible({ timeout: 30_000 });
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(
    'Edited on the canvas, not saved',
  );
  await prompt.fill('Edited again');
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Edited again');
});

test('a new tree with problems is saved as a draft, found on the home page, and cannot go in review', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`${server.base}#/new`);
  await page.getByLabel('Title').fill('E2E draft tree');
  await page.getByLabel(/^Id/).fill(NEW_ID);
  await page.getByRole('button', { name: 'Create and edit' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.getByRole('tab', { name: /Problems \([1-9]\d*\)/ })).toBeVisible();

  await page.getByRole('toolbar').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /as a draft with \d+ problems?/ }),
  ).toBeVisible();

  await page.goto(server.base);
  const drafts = page.getByRole('region', { name: 'Drafts in progress' });
  const card = drafts.locator('.tree-card', { hasText: 'E2E draft tree' });
  await expect(card).toContainText(/\d+ problems?/, { timeout: 30_000 });
  await card.getByRole('link', { name: 'Continue editing' }).click();
  await expect(page).toHaveURL(new RegExp(`#/edit/${NEW_ID}$`));
  await expect(page.locator('.react-flow__node')).toHaveCount(2);

  await page.getByRole('tab', { name: 'Pathway' }).click();
  await panel(page).getByLabel('Status').selectOption('in-review');
  await page.getByRole('toolbar').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('can be saved only as a draft');
});
