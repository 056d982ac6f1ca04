/** The editor's export menu: each format downloads a non-empty file named after the tree. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const ID = 'fibromyalgia-refractory-pain';

const formats = [
  { button: 'Mermaid', file: `${ID}.mmd`, starts: /^%%.*\nflowchart TD\n/ },
  { button: 'Handout (Markdown)', file: `${ID}-handout.md`, starts: /^# \S/ },
  {
    button: 'SVG',
    file: `${ID}.svg`,
    starts: /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
  },
  { button: 'PNG', file: `${ID}.png`, starts: /^.PNG\r\n/ },
] as const;

test.describe('exports from the editor', () => {
  for (const { button, file, starts } of formats) {
    test(`${button} downloads ${file}`, async ({ page }) => {
      await page.goto(`./#/edit/${ID}`);
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await page.getByText('Export as…').click();
      const download = page.waitForEvent('download');
      await page
        .getByRole('group', { name: 'Export formats' })
        .getByRole('button', { name: button, exact: true })
        .click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe(file);
      const bytes = readFileSync(await saved.path());
      expect(bytes.length).toBeGreaterThan(1000);
      expect(bytes.toString('latin1')).toMatch(starts);
    });
  }

  test('the menu closes with Escape and keeps the JSON export beside it', async ({ page }) => {
    await page.goto(`./#/edit/${ID}`);
    await expect(page.getByRole('button', { name: 'Export JSON' })).toBeVisible();
    await page.getByText('Export as…').click();
    const group = page.getByRole('group', { name: 'Export formats' });
    await expect(group.getByRole('button')).toHaveCount(5);
    await page.keyboard.press('Escape');
    await expect(group).toBeHidden();
  });
});

test('the presenter offers the same exports', async ({ page }) => {
  await page.goto(`./#/present/${ID}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByText('Export as…').click();
  const download = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Export formats' })
    .getByRole('button', { name: 'Mermaid', exact: true })
    .click();
  expect((await download).suggestedFilename()).toBe(`${ID}.mmd`);
});
