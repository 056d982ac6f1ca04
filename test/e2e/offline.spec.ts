import { expect, test, type Page } from '@playwright/test';
import { bundledTrees, headingOf, labelOf } from './trees';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page and has finished precaching. */
async function waitForOfflineReady(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return (
            registration?.active?.state === 'activated' &&
            navigator.serviceWorker.controller !== null
          );
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}

test('after one visit every bundled pathway plays to its end with the network off, and reloads', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await waitForOfflineReady(page);
  await context.setOffline(true);
  for (const { tree, scenarios } of bundledTrees()) {
    const scenario = [...scenarios.scenarios].sort(
      (a, b) => b.answers.length - a.answers.length,
    )[0];
    if (!scenario) throw new Error(`${tree.id} has no scenario`);
    // The pathway page with a query string: served from the cache all the same.
    await page.goto(`./play-${tree.id}.html?ref=offline-test`);
    let state = tree.initial;
    for (const event of scenario.answers) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, state));
      await page
        .getByRole('group', { name: 'Answers' })
        .getByRole('button', { name: labelOf(tree, state, event), exact: true })
        .click();
      state = tree.states[state]?.on?.[event]?.target ?? '';
    }
    const end = headingOf(tree, scenario.expect);
    await expect(page.getByRole('heading', { level: 1, name: end })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: end })).toBeVisible();
  }
});

test('the update check file is never precached', async ({ page }) => {
  await page.goto('./');
  await waitForOfflineReady(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(cached.some((u) => u.includes('play-') && u.includes('.html'))).toBe(true);
  expect(cached.some((u) => u.includes('version.json'))).toBe(false);
  expect(cached.some((u) => u.includes('/api/'))).toBe(false);
});
