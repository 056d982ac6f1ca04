/**
 * A long prerendered first step shows under the CSP (issue 21, finding 11). From about 12.8 KB
 * React's prerender moved a lazily loaded step screen into a hidden segment revealed by an inline
 * script, which the CSP blocks: the page showed "Loading the plan step…". This spec builds the app
 * of its own over a temporary trees folder holding one pathway whose first step (a plan step)
 * holds about 20 KB of text, serves the build and opens its prerendered page.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, preview, type PreviewServer } from 'vite';
import { bundledTreesPlugin } from '../../src/server/bundledTreesPlugin';
import { cspPlugin } from '../../src/server/cspPlugin';
import { prerenderPlugin } from '../../src/server/prerenderPlugin';
import { ROOT } from './tempServer';

const ID = 'e2e-long-first-step';
const LAST_ACTION = 'Action 300: a long explanation of what counts as adequate.';
let folder: string;
let server: PreviewServer;
let base: string;

/** The plan fixture opening on its plan step, given 300 actions (about 20 KB of HTML). */
function writeLongTree(dir: string) {
  const fixture = join(ROOT, 'test', 'fixtures', 'valid', 'plan-pathway.json');
  const tree = JSON.parse(readFileSync(fixture, 'utf8')) as {
    id: string;
    initial: string;
    states: Record<string, { meta: { actions?: string[] } }>;
  };
  tree.id = ID;
  tree.initial = 'keep_exercising';
  for (const unreachable of ['basics_checked', 'red_flags', 'optimise_first_line'])
    delete tree.states[unreachable];
  const plan = tree.states.keep_exercising;
  if (!plan) throw new Error('the plan fixture lost keep_exercising');
  plan.meta.actions = Array.from(
    { length: 300 },
    (_, i) => `Action ${String(i + 1)}: a long explanation of what counts as adequate.`,
  );
  const scenarios = {
    tree: ID,
    scenarios: [
      {
        id: 'keeps-going',
        title: 'Keeps exercising, then a second drug',
        case: 'A patient who exercises and still has pain.',
        answers: ['CONTINUE'],
        expect: 'add_second_drug',
        plan: ['keep_exercising'],
      },
    ],
  };
  writeFileSync(join(dir, `${ID}.json`), JSON.stringify(tree, null, 2));
  writeFileSync(join(dir, `${ID}.scenarios.json`), JSON.stringify(scenarios, null, 2));
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  folder = mkdtempSync(join(tmpdir(), 'stepwise-long-first-step-'));
  const trees = join(folder, 'trees');
  const outDir = join(folder, 'dist');
  mkdirSync(trees);
  writeLongTree(trees);
  const plugins = [react(), bundledTreesPlugin({ dir: trees }), cspPlugin(), prerenderPlugin()];
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    plugins,
    cacheDir: join(ROOT, 'node_modules', '.vite-e2e-long-first-step'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  server = await preview({
    configFile: false,
    root: ROOT,
    base: './',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true },
    logLevel: 'warn',
  });
  const { port } = server.httpServer.address() as AddressInfo;
  base = `http://127.0.0.1:${String(port)}/`;
});

test.afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

test('the prerendered page of a 20 KB first step shows it under the CSP, with no violation', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const html = await (await fetch(`${base}play-${ID}.html`)).text();
  expect(html).toContain('http-equiv="Content-Security-Policy"');
  expect(html).toContain(LAST_ACTION);
  // Before any script of the app runs: the HTML alone shows the step.
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto(`${base}play-${ID}.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keep up graded exercise');
  await expect(page.getByText(LAST_ACTION)).toBeVisible();
  await expect(page.getByText('Loading the plan step…')).toHaveCount(0);
  // With the app's scripts: it takes the page over and the step stays.
  await page.unroute(/\.js$/);
  await page.goto(`${base}play-${ID}.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keep up graded exercise');
  await expect(page.getByText(LAST_ACTION)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Keep up graded exercise');
  expect(violations).toEqual([]);
});
