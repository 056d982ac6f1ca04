import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { bundledTrees } from './trees';

const trees = bundledTrees();

/** WCAG 2.2 AA checks (contrast included) with axe-core on every kind of screen. */
for (const { tree, scenarios } of trees) {
  test(`${tree.id}: question and recommendation screens pass axe WCAG 2.2 AA`, async ({ page }) => {
    const urls = [
      `./#/play/${tree.id}`,
      ...scenarios.scenarios
        .slice(0, 3)
        .map((s) => `./#/play/${tree.id}?answers=${s.answers.join(',')}`),
    ];
    for (const url of urls) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
        url,
      ).toEqual([]);
    }
  });
}

test('the home page passes axe WCAG 2.2 AA', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Pathways' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
