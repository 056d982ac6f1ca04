/**
 * Browser figures on the production build in headless Chromium: the player's first question
 * against a static HTML page with the same text (the floor), the editor on a 1,000-state pathway
 * (open to interactive, layout in the worker, pan/zoom frame times, inspector keystroke to canvas).
 * Every run gets a fresh browser context (no cache, no storage).
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { Tree } from '../../src/model/types';
import { benchScenarios, benchTree, withPositions } from './fixtures';
import {
  canvasZoom,
  centralNode,
  emptyPanePoint,
  installProbe,
  probeOf,
  watchTyping,
  type InitArgs,
  type Probe,
  type ProbeWindow,
} from './pageProbe';
import { summarise, type Summary } from './stats';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../chromium';

export const EXECUTABLE = CHROMIUM_EXECUTABLE;
const ARGS = CHROMIUM_ARGS;
const VIEWPORT = { width: 1440, height: 900 };
/** tsx (esbuild keepNames) wraps named functions in `__name(...)`; give the page a no-op one. */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';
/** Slow 4G with a mid-range phone CPU, as in Lighthouse's mobile preset. */
const SLOW = { latency: 150, download: (1.6e6 / 8) * 0.9, upload: (750e3 / 8) * 0.9, cpu: 4 };

export interface FirstQuestion {
  /** Navigation to the first question's heading, plus the next frame: the pathway's own page. */
  app: Summary;
  /** The same through the app's hash route (`index.html#/play/<id>`), drawn by script alone. */
  spa: Summary;
  floor: Summary;
  ratio: number;
}

export interface Frames extends Summary {
  /** Share of frame intervals longer than 1.5 frames at 60 Hz (a frame was missed). */
  missed: number;
}

function frames(intervals: readonly number[]): Frames {
  const missed = intervals.filter((d) => d > 25).length / Math.max(1, intervals.length);
  return { ...summarise(intervals), missed };
}

export interface BrowserResult {
  chromium: string;
  runs: number;
  firstQuestion: FirstQuestion;
  firstQuestionSlow: FirstQuestion;
  /** JS and CSS files the player route requested before the first question showed. */
  playerRequests: string[];
  editorStates: number;
  /** Navigation to nodes drawn and a click on a node answered, tree with stored positions. */
  editorInteractive: Summary;
  editorNodesDrawn: Summary;
  /** The same without stored positions: the layout worker runs first. */
  editorFirstOpen: Summary;
  /** Time the canvas waited for the layout worker. */
  layoutWait: Summary;
  /** Longest main-thread task while the layout worker ran (ms). */
  layoutLongestTask: Summary;
  /** The main-thread task that draws the nodes once the layout arrived (ms). */
  layoutRenderTask: Summary;
  /** Frame intervals on the same page with no input: the machine's own jitter. */
  idleFrames: Frames;
  /** Panning a small bundled pathway the same way: what the harness itself costs. */
  panSmall: Frames;
  panFit: Frames;
  panZoomed: Frames;
  zoom: Frames;
  /** Zoom reached while zooming in (1 = 100%). */
  zoomReached: number;
  /**
   * Keydown in the inspector to the node's text changing on the canvas, and to the next frame,
   * zoomed in to 100% on the node (where its text can be read).
   */
  keystrokeDom: Summary;
  keystrokeFrame: Summary;
  /** The same at the opening zoom (most of the view's nodes drawn, their text too small to read). */
  keystrokeFarFrame: Summary;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}

export async function startPreview(root: string, outDir: string): Promise<PreviewServer> {
  const port = await freePort();
  return preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The first question of `tree` as plain static HTML: what the player shows, without the app. */
export function writeFloorPage(outDir: string, tree: Tree): string {
  const node = tree.states[tree.initial];
  if (node?.meta.kind !== 'question') throw new Error('the first state is not a question');
  const answers = Object.values(node.on ?? {})
    .map((a) => `<button type="button">${escapeHtml(a.description)}</button>`)
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(tree.meta.title)}</title></head>
<body><main><p>${escapeHtml(tree.meta.title)}</p>
<h1 id="step-heading">${escapeHtml(node.meta.prompt)}</h1>
<p>${escapeHtml(node.meta.help)}</p>
<div role="group" aria-label="Answers">${answers}</div></main></body></html>
`;
  writeFileSync(join(outDir, 'static-floor.html'), html);
  return 'static-floor.html';
}

async function newPage(
  browser: Browser,
  init: InitArgs,
  slow = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(installProbe, init);
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW.latency,
      downloadThroughput: SLOW.download,
      uploadThroughput: SLOW.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
  }
  return { context, page };
}

async function probe(page: Page): Promise<Probe> {
  const p = await page.evaluate(probeOf);
  if (!p) throw new Error('the page probe is missing');
  return p;
}

/** Waits until the probe saw `name` and the frame after it; returns that frame's time. */
async function seen(page: Page, name: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => (window as ProbeWindow).__probe?.seen[n]?.frame,
    name,
    {
      timeout,
      polling: 50,
    },
  );
  return (await handle.jsonValue()) ?? NaN;
}

/** Frame intervals (ms) between times `from` and `to` of the probe's frame log. */
function intervals(frames: readonly number[], from: number, to: number): number[] {
  const within = frames.filter((t) => t >= from && t <= to);
  return within.slice(1).map((t, i) => t - (within[i] ?? t));
}

async function firstQuestion(
  browser: Browser,
  base: string,
  treeId: string,
  floorFile: string,
  runs: number,
  slow: boolean,
  requests?: Set<string>,
): Promise<FirstQuestion> {
  const times = { app: [] as number[], spa: [] as number[], floor: [] as number[] };
  const watch = { watch: { question: '#step-heading' } };
  for (let i = 0; i < runs; i++) {
    // Rotate which goes first so none always meets a warmer server or browser.
    const order: [keyof typeof times, string][] = [
      // What the home page links to: the prerendered page (src/server/prerenderPlugin.ts).
      ['app', `${base}play-${treeId}.html`],
      ['spa', `${base}#/play/${treeId}`],
      ['floor', `${base}${floorFile}`],
    ];
    for (let r = 0; r < i % order.length; r++) order.push(order.shift() as (typeof order)[0]);
    for (const [kind, url] of order) {
      const { context, page } = await newPage(browser, watch, slow);
      if (kind === 'app' && requests) {
        page.on('request', (r) => {
          const path = new URL(r.url()).pathname;
          if (/\.(js|css)$/.test(path)) requests.add(path.replace(/^\//, ''));
        });
      }
      await page.goto(url);
      times[kind].push(await seen(page, 'question'));
      await context.close();
    }
  }
  const app = summarise(times.app);
  const floor = summarise(times.floor);
  return { app, spa: summarise(times.spa), floor, ratio: app.median / floor.median };
}

function draftOf(tree: Tree): InitArgs['storage'] {
  const doc = { tree, scenarios: benchScenarios(tree) };
  return {
    key: `stepwise:draft:${tree.id}`,
    value: JSON.stringify({ doc, savedAt: new Date().toISOString() }),
  };
}

const NODE = (id: string) => `.react-flow__node[data-id="${id}"]`;

/**
 * Opens the editor on a draft; as soon as nodes are drawn, clicks the question nearest the middle
 * of the canvas, and returns when the click was answered (the node shows as selected).
 */
async function openEditor(
  browser: Browser,
  base: string,
  tree: Tree,
): Promise<{
  context: BrowserContext;
  page: Page;
  drawn: number;
  interactive: number;
  node: string;
}> {
  const { context, page } = await newPage(browser, {
    watch: { laying: '.canvas-loading', nodes: '.react-flow__node .step-node-title' },
    storage: draftOf(tree),
    stopAt: 'nodes',
  });
  await page.goto(`${base}#/edit/${tree.id}`);
  const drawn = await seen(page, 'nodes', 120_000);
  const node = await page.evaluate(centralNode, 'question');
  if (node === undefined) throw new Error('no question drawn on the canvas');
  await page.locator(NODE(node)).click();
  await page.waitForSelector(`${NODE(node)}.selected`);
  // The click was answered once the selection shows: its time is the first frame after it.
  const interactive = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() => {
          resolve(performance.now());
        });
      }),
  );
  return { context, page, drawn, interactive, node };
}

async function panFor(page: Page, from: { x: number; y: number }, ms: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const start = Date.now();
  for (let i = 0; Date.now() - start < ms; i++) {
    const angle = i / 12;
    await page.mouse.move(from.x + 150 * Math.sin(angle), from.y + 100 * Math.sin(angle / 2));
  }
  await page.mouse.up();
}

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Pan at the fitted zoom, zoom in with the wheel towards 100%, pan there, zoom back out. */
async function panAndZoom(page: Page): Promise<{
  idle: number[];
  panFit: number[];
  panZoomed: number[];
  zoom: number[];
  zoomReached: number;
}> {
  const point = await page.evaluate(emptyPanePoint);
  if (!point) throw new Error('no empty spot on the canvas to pan from');
  await page.waitForTimeout(500);
  // Control: the same page with no input. Frames missed here are the machine's, not the app's.
  let t0 = await now(page);
  await page.waitForTimeout(2000);
  let t1 = await now(page);
  const windows: [string, number, number][] = [['idle', t0, t1]];
  t0 = await now(page);
  await panFor(page, point, 2000);
  t1 = await now(page);
  windows.push(['panFit', t0, t1]);

  t0 = await now(page);
  let steps = 0;
  while ((await page.evaluate(canvasZoom)) < 1 && steps < 40) {
    await page.mouse.move(point.x, point.y);
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(40);
    steps++;
  }
  const zoomReached = await page.evaluate(canvasZoom);
  t1 = await now(page);
  windows.push(['zoom', t0, t1]);

  const at = (await page.evaluate(emptyPanePoint)) ?? point;
  t0 = await now(page);
  await panFor(page, at, 2000);
  t1 = await now(page);
  windows.push(['panZoomed', t0, t1]);

  t0 = await now(page);
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(40);
  }
  t1 = await now(page);
  windows.push(['zoom', t0, t1]);

  const { frames } = await probe(page);
  const out = {
    idle: [] as number[],
    panFit: [] as number[],
    panZoomed: [] as number[],
    zoom: [] as number[],
  };
  for (const [name, from, to] of windows)
    out[name as keyof typeof out].push(...intervals(frames, from, to));
  return { ...out, zoomReached };
}

/** Zooms the canvas in with the wheel, on `node`, to 100% or more. */
async function zoomInOn(page: Page, node: string): Promise<void> {
  for (let i = 0; i < 40 && (await page.evaluate(canvasZoom)) < 1; i++) {
    const box = await page.locator(NODE(node)).boundingBox();
    if (!box) throw new Error(`node ${node} is not on the canvas`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(300);
}

/** Frame intervals while panning the editor on a bundled pathway: the harness's own floor. */
async function panBundled(browser: Browser, base: string, treeId: string): Promise<number[]> {
  const { context, page } = await newPage(browser, {
    watch: { nodes: '.react-flow__node .step-node-title' },
    stopAt: 'nodes',
  });
  await page.goto(`${base}#/edit/${treeId}`);
  await seen(page, 'nodes');
  await page.waitForTimeout(1000);
  const point = await page.evaluate(emptyPanePoint);
  if (!point) throw new Error('no empty spot on the canvas to pan from');
  const t0 = await now(page);
  await panFor(page, point, 2000);
  const t1 = await now(page);
  const out = intervals((await probe(page)).frames, t0, t1);
  await context.close();
  return out;
}

/** Types into the selected question's prompt; each key's time to show on its canvas node. */
async function typeIntoInspector(
  page: Page,
  stateKey: string,
  keys: number,
): Promise<{ dom: number[]; frame: number[] }> {
  const field = page.getByLabel('Question (prompt)');
  await field.click();
  await field.press('End');
  const id = await field.getAttribute('id');
  if (!id) throw new Error('the prompt field has no id');
  await page.evaluate(watchTyping, {
    field: `[id="${id}"]`,
    target: `${NODE(stateKey)} .step-node-title`,
  });
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction(
      (n) => ((window as ProbeWindow).__probe?.changes[n]?.frame ?? 0) > 0,
      i,
      {
        polling: 20,
      },
    );
    await page.waitForTimeout(120);
  }
  const p = await probe(page);
  const dom: number[] = [];
  const frame: number[] = [];
  p.keys.forEach((k, i) => {
    const change = p.changes[i];
    if (!change) return;
    dom.push(change.at - k);
    frame.push((change.frame ?? NaN) - k);
  });
  return { dom, frame };
}

export interface BrowserOptions {
  root: string;
  outDir: string;
  treeId: string;
  tree: Tree;
  quick: boolean;
  log: (line: string) => void;
}

export async function runBrowser(options: BrowserOptions): Promise<BrowserResult> {
  const { root, outDir, treeId, tree, quick, log } = options;
  const floorFile = writeFloorPage(outDir, tree);
  const server = await startPreview(root, outDir);
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview did not say where it listens');
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS });
  try {
    const runs = quick ? 3 : 10;
    const requests = new Set<string>();
    log(`  player first question, ${runs} runs each…`);
    const fq = await firstQuestion(browser, base, treeId, floorFile, runs, false, requests);
    log(`  …again on slow 4G with a 4x slower CPU`);
    const fqSlow = await firstQuestion(browser, base, treeId, floorFile, quick ? 2 : 5, true);

    const states = 1000;
    const plain = benchTree(states);
    const placed = withPositions(plain);
    const editorRuns = quick ? 2 : 5;
    const interactive: number[] = [];
    const drawn: number[] = [];
    const firstOpen: number[] = [];
    const layoutWait: number[] = [];
    const longest: number[] = [];
    const renderAfter: number[] = [];
    log(`  editor on ${states} states, ${editorRuns} runs…`);
    for (let i = 0; i < editorRuns; i++) {
      const opened = await openEditor(browser, base, placed);
      interactive.push(opened.interactive);
      drawn.push(opened.drawn);
      await opened.context.close();

      const first = await openEditor(browser, base, plain);
      firstOpen.push(first.interactive);
      const p = await probe(first.page);
      const from = p.seen.laying?.at ?? NaN;
      const to = p.seen.nodes?.at ?? NaN;
      layoutWait.push(to - from);
      // Tasks while the worker ran; the one that ends at `to` (durations are whole ms) draws the
      // nodes once the worker answered.
      const during = p.longTasks.filter((t) => t.start + t.duration > from && t.start < to);
      const render = during.filter((t) => t.start + t.duration >= to - 2);
      longest.push(
        Math.max(0, ...during.filter((t) => !render.includes(t)).map((t) => t.duration)),
      );
      renderAfter.push(Math.max(0, ...render.map((t) => t.duration)));
      await first.context.close();
    }

    log('  pan and zoom, and typing in the inspector…');
    const pans = {
      idle: [] as number[],
      panFit: [] as number[],
      panZoomed: [] as number[],
      zoom: [] as number[],
    };
    const typed = { dom: [] as number[], frame: [] as number[] };
    const typedFar: number[] = [];
    const panSmall: number[] = [];
    let zoomReached = NaN;
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      panSmall.push(...(await panBundled(browser, base, treeId)));
      const opened = await openEditor(browser, base, placed);
      const moved = await panAndZoom(opened.page);
      pans.idle.push(...moved.idle);
      pans.panFit.push(...moved.panFit);
      pans.panZoomed.push(...moved.panZoomed);
      pans.zoom.push(...moved.zoom);
      zoomReached = moved.zoomReached;
      // Fresh page for typing: the canvas is back at the fitted zoom, every node drawn.
      await opened.context.close();
      const again = await openEditor(browser, base, placed);
      const far = await typeIntoInspector(again.page, again.node, quick ? 3 : 5);
      typedFar.push(...far.frame);
      await zoomInOn(again.page, again.node);
      const keys = await typeIntoInspector(again.page, again.node, quick ? 5 : 10);
      typed.dom.push(...keys.dom);
      typed.frame.push(...keys.frame);
      await again.context.close();
    }

    return {
      chromium: browser.version(),
      runs,
      firstQuestion: fq,
      firstQuestionSlow: fqSlow,
      playerRequests: [...requests].sort(),
      editorStates: states,
      editorInteractive: summarise(interactive),
      editorNodesDrawn: summarise(drawn),
      editorFirstOpen: summarise(firstOpen),
      layoutWait: summarise(layoutWait),
      layoutLongestTask: summarise(longest),
      layoutRenderTask: summarise(renderAfter),
      idleFrames: frames(pans.idle),
      panFit: frames(pans.panFit),
      panSmall: frames(panSmall),
      panZoomed: frames(pans.panZoomed),
      zoom: frames(pans.zoom),
      zoomReached,
      keystrokeDom: summarise(typed.dom),
      keystrokeFrame: summarise(typed.frame),
      keystrokeFarFrame: summarise(typedFar),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
