/**
 * The overview of large pathways (src/editor/Overview.tsx): it replaces React Flow's MiniMap from
 * 300 steps on, shows where the view is, and moves the view where it is clicked.
 */
import { expect, test } from '@playwright/test';
import { benchScenarios, withPositions } from '../bench/fixtures';
import { generateTree } from '../model/generateTree';

test('a large pathway gets the overview, and a click on it moves the view', async ({ page }) => {
  const tree = withPositions(generateTree(400, 3));
  const value = JSON.stringify({
    doc: { tree, scenarios: benchScenarios(tree) },
    savedAt: new Date().toISOString(),
  });
  await page.addInitScript(
    ([key, draft]) => {
      localStorage.setItem(key, draft);
    },
    [`stepwise:draft:${tree.id}`, value] as const,
  );
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`./#/edit/${tree.id}`);
  const overview = page.getByRole('img', { name: 'Overview of the pathway' });
  await expect(overview).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);

  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const frame = page.locator('.overview-frame');
  const frameBefore = await frame.boundingBox();
  const box = await overview.boundingBox();
  if (!box || !frameBefore) throw new Error('the overview is not laid out');
  // Click well away from the frame: the view moves there, and the frame follows.
  const x = frameBefore.x > box.x + box.width / 2 ? box.x + 10 : box.x + box.width - 10;
  await page.mouse.click(x, box.y + box.height / 2);
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
  await expect
    .poll(async () => Math.abs(((await frame.boundingBox())?.x ?? 0) - frameBefore.x))
    .toBeGreaterThan(20);
});
