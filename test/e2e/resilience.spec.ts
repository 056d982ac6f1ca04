/**
 * Resilience in the browser: a page that fails shows the error boundary (what happened, a way
 * back, "Copy error details"), never a blank screen; a draft survives a crashed tab; the editor's
 * Import names what is wrong with each damaged file of the corpus and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cases } from '../model/brokenCases';

const TREE = 'chronic-back-pain-refractory';

test('a page whose code fails to load shows what happened and a way back', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // As after a deploy that removed the old chunks: the player's code cannot be fetched.
  await page.route(/\/assets\/PlayerPage-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`./#/play/${TREE}?answers=X`);
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { name: 'Something went wrong on this page' }),
  ).toBeVisible();
  await expect(alert).toContainText('What happened:');
  // No stack trace on screen: no `at fn (file:line:col)` frames.
  expect(await alert.innerText()).not.toMatch(/\bat .*:\d+:\d+/);

  await alert.getByRole('button', { name: 'Copy error details' }).click();
  await expect(page.getByRole('status')).toHaveText(/Error details copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Route: #/play/${TREE}?answers=X`);
  expect(copied).toMatch(/User agent: Mozilla/);
  expect(copied).toMatch(/Stack:\n\S/);

  await alert.getByRole('link', { name: 'Back to all pathways' }).click();
  await expect(page.getByRole('heading', { name: 'Pathways' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a draft survives a crashed tab and is offered back', async ({ context, page }) => {
  const prompt = 'A draft prompt that must survive a crash';
  await page.goto(`./#/edit/${TREE}`);
  await page.locator('.react-flow__node').first().click();
  await page
    .getByRole('complementary', { name: 'Details' })
    .getByLabel('Question (prompt)')
    .fill(prompt);
  await expect
    .poll(() =>
      page.evaluate(
        (prefix) =>
          Object.keys(localStorage)
            .filter((key) => key.startsWith(prefix))
            .map((key) => localStorage.getItem(key) ?? '')
            .join(),
        `stepwise:draft:${TREE}:`,
      ),
    )
    .toContain(prompt);

  // Kill the renderer: no beforeunload, no unload, nothing the page could still do.
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const again = await context.newPage();
  await again.goto(`./#/edit/${TREE}`);
  await expect(
    again.getByRole('heading', { name: 'You have unsaved changes to this tree' }),
  ).toBeVisible();
  await again.getByRole('button', { name: 'Restore draft' }).click();
  await expect(again.locator('.react-flow__node').filter({ hasText: prompt })).toHaveCount(1);
});

test('Import in the editor names the problem of each damaged file and changes nothing', async ({
  page,
}) => {
  const corpus = join(import.meta.dirname, '..', 'fixtures', 'broken');
  const files: [name: string, text: string, message: string][] = [];
  for (const [id, expected] of cases) {
    // Files too broken to open; the others open in the editor with their problems listed.
    const problems = expected === 'ok' ? [] : expected;
    const shape = problems.find(([, m]) =>
      /invalid JSON|duplicate key|nested|expected|required|key "/.test(m),
    );
    if (shape)
      files.push([`${id}.json`, readFileSync(join(corpus, `${id}.json`), 'utf8'), shape[1]]);
  }
  const huge = JSON.stringify({ id: 'huge', summary: 'x'.repeat(5 * 1024 * 1024) });
  files.push(['huge-5mb.json', huge, 'the file is 5.0 MB; a tree file may be at most 4 MB']);

  await page.goto(`./#/edit/${TREE}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  for (const [name, text, message] of files) {
    await page.locator('input[type=file]').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`${name} cannot be imported`);
    await expect(alert).toContainText(message);
    await expect(page.getByText('No unsaved changes')).toBeVisible();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
  expect(files.length).toBeGreaterThanOrEqual(8);
});
