/**
 * Prerendered entry pages (src/server/prerenderPlugin.ts): `play-<id>.html` shows the pathway's
 * first question before any script runs, the app takes it over without a loading step, and a
 * page opened at another step never shows the prerendered question in its place, and a tap made
 * before the app arrived is kept.
 */
import { expect, test, type Page } from '@playwright/test';
import { devPort } from '../../playwright.config';
import type { Tree } from '../../src/model/types';
import { bundledTrees, headingOf, labelOf } from './trees';

const trees = bundledTrees().filter(({ tree }) => !tree.id.startsWith('e2e-'));

/**
 * Holds every script request until the returned function is called. Module scripts run before
 * DOMContentLoaded, so pages are opened with `waitUntil: 'commit'`.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The tree the single-tree tests play. */
function firstTree(): Tree {
  const tree = trees[0]?.tree;
  if (!tree) throw new Error('no bundled trees');
  return tree;
}

/** The event of a state's first answer. */
function firstAnswer(tree: Tree, state: string): string {
  return Object.keys(tree.states[state]?.on ?? {})[0] ?? '';
}

for (const { tree } of trees) {
  test(`play-${tree.id}.html shows the first question before any script runs`, async ({ page }) => {
    await holdScripts(page);
    await page.goto(`play-${tree.id}.html`, { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, tree.initial));
    await expect(page.getByRole('note')).toContainText('Educational aid');
    await expect(page).toHaveTitle(`${tree.meta.title} · Stepwise`);
  });
}

// Every tree: one pathway opens on a plan step, whose screen is a chunk of its own.
for (const { tree } of trees) {
  test(`${tree.id}: the app takes the page over without a loading step, then walks on`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { __loading?: string[] }).__loading = seen;
      new MutationObserver(() => {
        const loading = document.querySelector('.loading');
        if (loading) seen.push(loading.textContent);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`play-${tree.id}.html`);
    await expect(page).toHaveURL(new RegExp(`play-${tree.id}\\.html#/play/${tree.id}$`));
    const first = firstAnswer(tree, tree.initial);
    // The prerendered button has no handler until the app has taken the page over (React then owns
    // the node: it carries React's props key), so the click waits for that.
    const button = page.getByRole('button', { name: labelOf(tree, tree.initial, first) });
    await expect
      .poll(() =>
        button.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps'))),
      )
      .toBe(true);
    await button.click();
    await expect(page).toHaveURL(new RegExp(`answers=${first}$`));
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
      headingOf(tree, tree.initial),
    );
    expect(await page.evaluate(() => (window as { __loading?: string[] }).__loading)).toEqual([]);
  });
}

test('a tap on the prerendered page before the app arrives is kept: the app opens on the next step', async ({
  page,
}) => {
  const tree = firstTree();
  // An answer that leads on to a step with answers, so the app's own tap can be checked after.
  const first =
    Object.entries(tree.states[tree.initial]?.on ?? {}).find(
      ([, answer]) => tree.states[answer.target]?.type !== 'final',
    )?.[0] ?? '';
  const release = await holdScripts(page);
  await page.goto(`play-${tree.id}.html`, { waitUntil: 'commit' });
  const button = page.getByRole('button', { name: labelOf(tree, tree.initial, first) });
  await button.click();
  // Taken and shown while the app's code is held back.
  await expect(button).toHaveClass(/early-answer/);
  await expect(page).toHaveURL(new RegExp(`#/play/${tree.id}\\?answers=${first}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, tree.initial));
  release();
  const next = tree.states[tree.initial]?.on?.[first]?.target ?? '';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, next));
  // After the takeover the app answers taps itself: the log grows, it does not restart.
  const second = firstAnswer(tree, next);
  await page.getByRole('button', { name: labelOf(tree, next, second) }).click();
  await expect(page).toHaveURL(new RegExp(`answers=${first}(%2C|,)${second}$`));
});

test('a digit pressed on the prerendered page before the app arrives answers, as in the app', async ({
  page,
}) => {
  const tree = firstTree();
  const events = Object.keys(tree.states[tree.initial]?.on ?? {});
  const second = events[1] ?? '';
  const release = await holdScripts(page);
  await page.goto(`play-${tree.id}.html`, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, tree.initial));
  await page.keyboard.press('2');
  await expect(page.getByRole('button', { name: labelOf(tree, tree.initial, second) })).toHaveClass(
    /early-answer/,
  );
  await expect(page).toHaveURL(new RegExp(`#/play/${tree.id}\\?answers=${second}$`));
  release();
  const next = tree.states[tree.initial]?.on?.[second]?.target ?? '';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, next));
});

test('opened at a later step, the prerendered question stays hidden until the app draws that step', async ({
  page,
}) => {
  const tree = firstTree();
  const first = firstAnswer(tree, tree.initial);
  const release = await holdScripts(page);
  await page.goto(`play-${tree.id}.html#/play/${tree.id}?answers=${first}`, {
    waitUntil: 'commit',
  });
  await expect(page.locator('#root')).toBeHidden();
  release();
  await expect(page.locator('#root')).toBeVisible();
  const next = tree.states[tree.initial]?.on?.[first]?.target ?? '';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, next));
});

test('the home page opens a pathway on its prerendered page', async ({ page }) => {
  const tree = firstTree();
  await page.goto('./');
  await page
    .getByRole('navigation', { name: `Open ${tree.meta.title}` })
    .getByRole('link', { name: 'Play' })
    .click();
  await expect(page).toHaveURL(new RegExp(`play-${tree.id}\\.html#/play/${tree.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, tree.initial));
});

test('under npm run dev the same address plays the pathway', async ({ page }) => {
  const tree = firstTree();
  await page.goto(`http://127.0.0.1:${String(devPort)}/play-${tree.id}.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, tree.initial));
  await expect(page).toHaveURL(new RegExp(`#/play/${tree.id}$`));
});
