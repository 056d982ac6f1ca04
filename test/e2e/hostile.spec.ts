/**
 * Hostile content: a tree whose every text field carries script and HTML payloads is played,
 * edited, presented and quizzed, and no script runs: no dialog, no injected element, no request
 * for the payload's image, no console error, `window.__pwned` never set. The payloads show as text.
 *
 * The tree is served by a dev server of its own (no CSP: this proves the rendering, not the
 * policy) whose trees/ is a temporary folder, so nothing is written to trees/ and the shared
 * servers and other tests never see it. The same server shows the non-Latin, right-to-left tree.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { expect, test, type Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import type { Tree } from '../../src/model/types';
import { bundledTreesPlugin } from '../../src/server/bundledTreesPlugin';
import { treesApiPlugin } from '../../src/server/vitePlugin';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, 'test', 'fixtures', 'broken');
const HOSTILE = 'hostile-content';
const RTL = 'non-latin-rtl';
const tree = JSON.parse(readFileSync(join(corpus, `${HOSTILE}.json`), 'utf8')) as Tree;

let server: ViteDevServer;
let base: string;
let dir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'stepwise-hostile-'));
  for (const id of [HOSTILE, RTL]) {
    copyFileSync(join(corpus, `${id}.json`), join(dir, `${id}.json`));
    copyFileSync(join(corpus, `${id}.scenarios.json`), join(dir, `${id}.scenarios.json`));
  }
  // Its javascript: and data: addresses are problems (model/safeUrl.ts; refused by the validator
  // in test/model/fieldRules.test.ts and never made links in test/player/referenceLinks.test.tsx),
  // and no view plays a tree with problems (TreeGate). So the copy served here swaps those three
  // addresses for a plain one, and goes in review: every other payload is still in every view.
  const inReview = readFileSync(join(corpus, `${HOSTILE}.json`), 'utf8')
    .replace('"status": "draft"', '"status": "in-review"')
    .replace(
      /"url": "(?:javascript|data):(?:[^"\\]|\\.)*"/g,
      '"url": "https://example.org/refused"',
    );
  writeFileSync(join(dir, `${HOSTILE}.json`), inReview);
  server = await createServer({
    configFile: false,
    root,
    base: './',
    // Its own dependency cache, so it never races the shared dev server's.
    cacheDir: join(root, 'node_modules', '.vite-e2e-hostile'),
    plugins: [react(), bundledTreesPlugin({ dir }), treesApiPlugin({ dir })],
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null },
    logLevel: 'warn',
  });
  await server.listen();
  const { port } = server.httpServer?.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/`;
});

test.afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Watches a page for any sign that content ran as code. */
function guard(page: Page) {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    // The temporary trees folder is no git work tree: the versions API answers 501 by design
    // (the editor then hides History), and the browser logs that response.
    if (message.location().url.includes('/versions')) return;
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/x') || url.protocol === 'javascript:') requests.push(request.url());
  });
  return async (where: string) => {
    const injected = await page.evaluate(() => {
      const found: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) found.push(`<${tag} ${attr.name}>`);
          if (/href$/i.test(attr.name) && /^\s*(javascript|data):/i.test(attr.value))
            found.push(`<${tag} ${attr.name}="${attr.value}">`);
        }
        if (['iframe', 'object', 'embed'].includes(tag)) found.push(`<${tag}>`);
        if (tag === 'img' && el.getAttribute('src') === 'x') found.push('<img src=x>');
        if (
          (tag === 'script' || tag === 'style') &&
          /__pwned|display:none!important/.test(el.textContent)
        )
          found.push(`<${tag}> with the payload`);
      }
      return found;
    });
    const pwned = await page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
    expect({ where, dialogs, injected, requests, errors, pwned }).toEqual({
      where,
      dialogs: [],
      injected: [],
      requests: [],
      errors: [],
      pwned: undefined,
    });
  };
}

function meta(key: string) {
  const node = tree.states[key];
  if (!node) throw new Error(`no state ${key}`);
  return node.meta;
}
const label = (key: string, event: string) => tree.states[key]?.on?.[event]?.description ?? '';
const heading = (key: string) => {
  const m = meta(key);
  return m.kind === 'question' ? m.prompt : m.title;
};

test('the home page and the player show every payload as text, and nothing runs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const check = guard(page);
  await page.goto(base);
  const card = page.locator('.tree-card', { hasText: 'Hostile title' });
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(tree.meta.title, {
    timeout: 30_000,
  });
  await expect(card).toContainText(tree.meta.summary);
  await check('home');

  for (const path of [['YES', 'CONTINUE'], ['NO'], ['UNSURE']]) {
    await page.goto(`${base}#/play/${HOSTILE}`);
    let at = tree.initial;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(at));
    const first = meta(at);
    if (first.kind === 'question') await expect(page.locator('main')).toContainText(first.help);
    for (const event of path) {
      await page.getByRole('button', { name: label(at, event) }).click();
      at = tree.states[at]?.on?.[event]?.target ?? at;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(at));
      await check(`player at ${at}`);
    }
    const region = page.getByRole('region', { name: 'Recommended next step' });
    const end = meta(at);
    if (end.kind !== 'recommendation') throw new Error('not a recommendation');
    for (const action of end.actions) await expect(region).toContainText(action);
    // References link only to http(s): the javascript: and data: URLs give no link at all.
    for (const href of await region
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
      expect(href).toMatch(/^(https?:\/\/|#)/);
    await check(`recommendation ${at}`);
  }
});

test('the editor shows every payload as text in the canvas and the fields', async ({ page }) => {
  test.setTimeout(120_000);
  const check = guard(page);
  await page.goto(`${base}#/edit/${HOSTILE}`);
  const nodes = page.locator('.react-flow__node');
  await expect(nodes).toHaveCount(Object.keys(tree.states).length, { timeout: 60_000 });
  const panel = page.getByRole('complementary', { name: 'Details' });
  for (const key of Object.keys(tree.states)) {
    await page.locator(`.react-flow__node[data-id="${key}"]`).click();
    await expect(panel.getByLabel('State id')).toHaveValue(key);
    const m = meta(key);
    if (m.kind === 'question')
      await expect(panel.getByLabel('Question (prompt)')).toHaveValue(m.prompt);
    else await expect(panel.getByLabel('Title', { exact: true })).toHaveValue(m.title);
    await check(`editor, ${key} selected`);
  }
  for (const tab of ['Pathway', /Scenarios/, /Problems/]) {
    await page.getByRole('tab', { name: tab }).click();
    await check(`editor, ${String(tab)} tab`);
  }
});

test('the presenter and the quiz show every payload as text, and nothing runs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const check = guard(page);
  await page.goto(`${base}#/present/${HOSTILE}?reveal=off`);
  await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(tree.states).length, {
    timeout: 60_000,
  });
  await page
    .getByRole('group', { name: 'Answers' })
    .getByRole('button', { name: label('triage', 'YES') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading('warning'));
  await check('presenter');

  const scenarios = JSON.parse(readFileSync(join(corpus, `${HOSTILE}.scenarios.json`), 'utf8')) as {
    scenarios: { title: string; case: string }[];
  };
  const first = scenarios.scenarios[0];
  if (!first) throw new Error('no scenario');
  await page.goto(`${base}#/quiz/${HOSTILE}`);
  // The quiz lists cases by number: a title could give the answer away.
  await page.getByRole('link', { name: 'Case 1', exact: true }).click();
  await expect(page.getByText(first.case)).toBeVisible();
  await check('quiz');
});

test('non-Latin and right-to-left text validates and renders', async ({ page }) => {
  test.setTimeout(120_000);
  const check = guard(page);
  const rtl = JSON.parse(readFileSync(join(corpus, `${RTL}.json`), 'utf8')) as Tree;
  await page.goto(`${base}#/play/${RTL}`);
  const first = rtl.states[rtl.initial]?.meta;
  if (first?.kind !== 'question') throw new Error('expected a question');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.prompt, {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: rtl.states[rtl.initial]?.on?.NO?.description }).click();
  const end = rtl.states.optimise_first_line?.meta;
  if (end?.kind !== 'recommendation') throw new Error('expected a recommendation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(end.title);
  await expect(page.getByRole('table')).toContainText('٧٥ ملغ مرتين يوميا');
  await check('right-to-left player');
  await page.goto(base);
  await expect(page.locator('.tree-card', { hasText: rtl.meta.title })).toBeVisible();
  await expect(page.locator('.tree-card.broken')).toHaveCount(0);
});

test('control: the guard does catch a payload that runs', async ({ page }) => {
  const check = guard(page);
  await page.goto(base);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img src=x onerror="window.__pwned=1;alert(1)">',
    );
  });
  await expect.poll(() => page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBe(1);
  await expect(check('control')).rejects.toThrow(/dialogs|injected|pwned/);
});
