/**
 * Issue 27: the home page showed Play below the fold at 1440 x 900 (long summaries), and every
 * route but the pathway pages was titled "Stepwise".
 */
import { expect, test } from '@playwright/test';
import { bundledTrees } from './trees';

const trees = bundledTrees()
  .map(({ tree }) => tree)
  .filter((tree) => !tree.id.startsWith('e2e-'));

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`every pathway's Play is above the fold at ${String(viewport.width)} x ${String(viewport.height)}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    for (const tree of trees) {
      const play = page
        .getByRole('navigation', { name: `Open ${tree.meta.title}` })
        .getByRole('link', { name: 'Play', exact: true });
      await expect(play).toBeVisible();
      const box = await play.boundingBox();
      expect(box, tree.id).not.toBeNull();
      expect(box?.y ?? Infinity, tree.id).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? Infinity), tree.id).toBeLessThanOrEqual(
        viewport.height,
      );
    }
    // Nothing is lost by folding: each card's other actions and its summary are one tap away.
    const first = trees[0];
    if (first === undefined) throw new Error('no bundled trees');
    const card = page.locator('.tree-card', { hasText: first.meta.title });
    await card.getByText('About this pathway').click();
    await expect(card.getByText(first.meta.summary)).toBeVisible();
    await expect(card.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
    await expect(card.getByRole('link', { name: 'Quiz', exact: true })).toBeVisible();
  });
}

test('each route has its own document title', async ({ page }) => {
  const tree = trees[0];
  if (tree === undefined) throw new Error('no bundled trees');
  const titles: Record<string, string> = {
    './': 'Pathways · Stepwise',
    [`./#/edit/${tree.id}`]: `Edit: ${tree.meta.title} · Stepwise`,
    [`./#/present/${tree.id}`]: `Present: ${tree.meta.title} · Stepwise`,
    [`./#/quiz/${tree.id}`]: `Quiz: ${tree.meta.title} · Stepwise`,
    './#/compare': 'Compare pathways · Stepwise',
    './#/new': 'New tree · Stepwise',
    './#/nowhere': 'Page not found · Stepwise',
    [`./play-${tree.id}.html`]: `${tree.meta.title} · Stepwise`,
  };
  for (const [url, title] of Object.entries(titles)) {
    await page.goto(url);
    await expect(page).toHaveTitle(title);
  }
});
