/**
 * The static build's Content-Security-Policy (src/server/cspPlugin.ts): the page carries it, an
 * inline script or an inline event handler injected into the page does not run, and the app's
 * own pages work under it without a single violation.
 */
import { expect, test, type Page } from '@playwright/test';

function violations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(message.text());
  });
  return found;
}

test('the built page carries a policy that forbids other inline scripts', async ({ page }) => {
  await page.goto('./');
  const meta = page.locator('head meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = (await meta.getAttribute('content')) ?? '';
  const scriptSrc = /(?:^|;)\s*script-src([^;]*)/.exec(policy)?.[1] ?? '';
  // The app's own files, and by its hash the one-line start guard of prerendered pages.
  expect(scriptSrc.trim()).toMatch(/^'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  // First in <head>, so it covers every script the page loads.
  expect(
    await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv')),
  ).toBe('Content-Security-Policy');
});

test('an inline script and an inline event handler injected into the page do not run', async ({
  page,
}) => {
  const blocked = violations(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Pathways' })).toBeVisible();

  await expect(page.addScriptTag({ content: 'window.__inlineRan = true;' })).rejects.toThrow(
    /Content Security Policy/,
  );
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handlerRan = true');
    img.src = 'data:,not-an-image';
    document.body.append(img);
    const link = document.createElement('a');
    link.href = 'javascript:window.__linkRan = true';
    link.id = 'js-link';
    link.textContent = 'js';
    document.body.append(link);
  });
  await page.locator('#js-link').click();
  await expect.poll(() => blocked.length).toBeGreaterThanOrEqual(3);
  const ran = await page.evaluate(() => {
    const w = window as { __inlineRan?: boolean; __handlerRan?: boolean; __linkRan?: boolean };
    return [w.__inlineRan, w.__handlerRan, w.__linkRan];
  });
  expect(ran).toEqual([undefined, undefined, undefined]);
});

test('the app works under the policy: player, editor with its layout worker, presenter', async ({
  page,
}) => {
  const blocked = violations(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./#/play/chronic-back-pain-refractory');
  await expect(page.getByRole('group', { name: 'Answers' })).toBeVisible();
  await page.goto('./#/edit/chronic-back-pain-refractory');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page
    .getByRole('button', { name: /Tidy up/ })
    .first()
    .click();
  // The layout ran in its worker and came back: the positions are an unsaved change.
  await expect(page.getByText(/Unsaved changes/)).toBeVisible();
  await page.goto('./#/present/chronic-back-pain-refractory');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect({ blocked, errors }).toEqual({ blocked: [], errors: [] });
});
