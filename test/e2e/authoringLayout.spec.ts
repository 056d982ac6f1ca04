/**
 * The editor's frame at a desktop and a phone width (issue 14): the toolbar fits one row at
 * 1440 px, "Saved" does not look like the primary action, and the overview leaves the step
 * being edited in sight. Screenshots go to test-results/ for a person to look at.
 */
import { expect, test, type Page } from '@playwright/test';

const TREE = 'fibromyalgia-treatment-resistant';

async function openEditor(page: Page) {
  await page.goto(`./#/edit/${TREE}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
}

test('at 1440 x 900 the toolbar is one row and the screenshot is taken', async ({ page }, info) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openEditor(page);
  const toolbar = page.getByRole('toolbar', { name: 'Editor tools' });
  const tops = await toolbar.evaluate((bar) =>
    Array.from(bar.querySelectorAll('button, a, input, select, summary'))
      // What a person sees: not the closed export menu's items, not the hidden file input.
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 2)
      .map((el) => Math.round(el.getBoundingClientRect().top)),
  );
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
  // ...and fits: nothing scrolls out of it.
  const toolbarBox = page.getByRole('toolbar', { name: 'Editor tools' });
  expect(await toolbarBox.evaluate((bar) => bar.scrollWidth - bar.clientWidth)).toBeLessThanOrEqual(
    0,
  );
  await page.screenshot({ path: info.outputPath('editor-1440.png') });
});

test('at 375 x 812 nothing runs off the side and the screenshot is taken', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openEditor(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: info.outputPath('editor-375.png'), fullPage: true });
});
