/**
 * `npm run bench`: the model core on generated pathways (Node), bundle sizes from a fresh
 * production build, and the player and editor in headless Chromium. Prints a table, checks the
 * budgets of issue 6, and writes the same figures to bench-results/latest.json (and .md).
 *
 *   npm run bench                         everything
 *   npm run bench -- --quick              fewer runs (a rough look, not figures to quote)
 *   npm run bench -- --only=micro,bundle  some parts (browser implies bundle; scale: exports and
 *                                         layout of 100-3,000-step chains)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Tree } from '../../src/model/types';
import { runBrowser, type BrowserResult } from './browser';
import { verdicts } from './budgets';
import { runBundle, type BundleResult } from './bundle';
import { runMicro, type MicroResult } from './micro';
import { runScale, scaleVerdicts } from './scale';
import { renderMarkdown, renderText, type Results } from './report';
import { machine } from './stats';

const root = resolve(import.meta.dirname, '..', '..');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string', default: 'micro,scale,bundle,browser' },
    tree: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`usage: npm run bench [-- --quick] [--only=micro,bundle,browser] [--tree=<tree-id>]
  Measures the model core, bundle sizes and the app in headless Chromium (about 8 minutes on
  2 cores) and writes bench-results/latest.json and latest.md.`);
  process.exit(0);
}
const parts = new Set(values.only.split(','));
const quick = values.quick;
const log = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/** The largest bundled tree (the player's worst first load), unless one is named. */
function playerTree(): string {
  if (values.tree) return values.tree;
  const dir = join(root, 'trees');
  const files = readdirSync(dir).filter(
    (f) => f.endsWith('.json') && !/\.(scenarios|schema)\.json$/.test(f),
  );
  const largest = files.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
  const first = largest[0];
  if (!first) throw new Error('no trees in trees/');
  return first.replace(/\.json$/, '');
}

function withoutDir(bundle: BundleResult): Omit<BundleResult, 'outDir'> {
  const { treeId, player, treeData, afterFirstStep, editor, editorCodeInPlayer } = bundle;
  return { treeId, player, treeData, afterFirstStep, editor, editorCodeInPlayer };
}

async function main(): Promise<void> {
  const info = machine();
  log(
    `Stepwise bench on ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}`,
  );
  let micro: MicroResult[] | undefined;
  let scale: MicroResult[] | undefined;
  let bundle: BundleResult | undefined;
  let browser: BrowserResult | undefined;
  if (parts.has('micro')) {
    log('Model core (Node)…');
    micro = await runMicro(quick, log);
  }
  if (parts.has('scale')) {
    log('Exports and layout at scale (Node)…');
    scale = await runScale(quick, log);
  }
  if (parts.has('bundle') || parts.has('browser')) {
    log('Production build…');
    bundle = await runBundle(root, playerTree());
  }
  try {
    if (parts.has('browser') && bundle) {
      log('Headless Chromium…');
      const tree = JSON.parse(
        readFileSync(join(root, 'trees', `${bundle.treeId}.json`), 'utf8'),
      ) as Tree;
      browser = await runBrowser({
        root,
        outDir: bundle.outDir,
        treeId: bundle.treeId,
        tree,
        quick,
        log,
      });
      info.chromium = browser.chromium;
      const expected = new Set([...bundle.player.js, ...bundle.player.css].map((s) => s.file));
      const missed = browser.playerRequests.filter((f) => !expected.has(f));
      if (missed.length > 0)
        log(`note: the player also requested ${missed.join(', ')} (not in the manifest's set)`);
    }
  } finally {
    if (bundle) rmSync(bundle.outDir, { recursive: true, force: true });
  }

  const checks = [...verdicts(micro, bundle, browser), ...(scale ? scaleVerdicts(scale) : [])];
  const results: Results = {
    date: new Date().toISOString(),
    quick,
    machine: info,
    micro,
    scale,
    bundle: bundle && withoutDir(bundle),
    browser,
    budgets: checks,
  };
  process.stdout.write(renderText(results));
  const out = join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, 'latest.md'), renderMarkdown(results));
  log(`Wrote bench-results/latest.json and latest.md`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
