/**
 * Leaving the editor loses nothing (issue 21, finding 7): an edit typed just before a reload,
 * closing the tab or going home in the app is in the draft offered on return, with no pause
 * between the keystroke and the leaving (the draft write used to wait 250 ms and be cancelled).
 * A dev server of its own over a temporary trees folder, so nothing is written to trees/.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT, startTempServer, type TempServer } from './tempServer';

const TREE = 'chronic-back-pain-refractory';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
let server: TempServer;

test.describe.configure({ mode: 'default' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startTempServer('leave-editor', [
    join(ROOT, 'trees', `${TREE}.json`),
    join(ROOT, 'trees', `${TREE}.scenarios.json`),
  ]);
});

test.afterAll(async () => {
  await server.close();
});

async function openEditor(page: Page) {
  // A clock the test can stop: while it is stopped no timer runs, so a draft write that waits
  // for one (a debounce) never happens, whatever the machine's speed: leaving must write it.
  await page.clock.install();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${server.base}#/edit/${TREE}`);
  // A fresh dev server compiles the editor on first request: slow on a busy machine.
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
  await page.locator('.react-flow__node').first().click();
}

/**
 * Stops the page's timers, then types into the selected step's prompt: for the page, no time
 * passes between the keystroke and the leaving that follows.
 */
async function typePrompt(page: Page, text: string) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 2_000);
  await panel(page).getByLabel('Question (prompt)').fill(text);
}

/** Restores the one draft offered and checks the first step's prompt holds `text`. */
async function expectDraftOffered(page: Page, text: string) {
  await expect(page.getByText('You have unsaved changes to this tree')).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Restore draft' }).click();
  await page.locator('.react-flow__node').first().click();
  await expect(panel(page).getByLabel('Question (prompt)')).toHaveValue(text);
}

test('an edit typed at once before a reload is offered back', async ({ page }) => {
  await openEditor(page);
  await typePrompt(page, 'Typed just before the reload');
  await page.reload();
  await page.clock.resume();
  await expectDraftOffered(page, 'Typed just before the reload');
});

test('an edit typed at once before the tab closes is offered back in a new tab', async ({
  context,
}) => {
  const page = await context.newPage();
  await openEditor(page);
  // "Leave page?" is asked because the work is unsaved; the author leaves anyway.
  page.on('dialog', (dialog) => void dialog.accept());
  await typePrompt(page, 'Typed just before closing');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  const again = await context.newPage();
  await again.setViewportSize({ width: 1440, height: 900 });
  await again.goto(`${server.base}#/edit/${TREE}`);
  await expectDraftOffered(again, 'Typed just before closing');
});

test('an edit typed at once before going home in the app is offered back', async ({ page }) => {
  await openEditor(page);
  await typePrompt(page, 'Typed just before going home');
  await page.locator('a.brand').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.clock.resume();
  await page.goto(`${server.base}#/edit/${TREE}`);
  await expectDraftOffered(page, 'Typed just before going home');
});
