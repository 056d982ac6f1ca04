/**
 * Bundle sizes from a fresh production build (into a temporary folder, so the shared `dist/` is
 * left alone): the JS and CSS the player route loads first, found from Vite's manifest (the entry
 * with its static imports, which index.html modulepreloads, then the chunks `#/play/<id>` lazy-loads:
 * the player page and the tree), and the editor chunks. Sizes are gzip at zlib's default level.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleGroup {
  js: FileSize[];
  css: FileSize[];
  jsGzip: number;
  cssGzip: number;
}

export interface BundleResult {
  outDir: string;
  treeId: string;
  player: BundleGroup;
  /** The played tree's JSON, fetched in parallel with the player's code. */
  treeData: FileSize;
  /**
   * Code a walk needs after its first question (the recommendation and plan-step screens and the
   * walk engine, XState): fetched while the first question is read, so not first-load.
   */
  afterFirstStep: BundleGroup;
  editor: BundleGroup;
  /** Player first-load files that hold editor code (React Flow, dagre, src/editor): should be none. */
  editorCodeInPlayer: string[];
}

/** Modules that only the editor should need. */
const EDITOR_MODULES = /\/src\/editor\/|\/node_modules\/(@xyflow|@dagrejs)\//;

function sizeOf(outDir: string, file: string): FileSize {
  const data = readFileSync(join(outDir, file));
  return { file, bytes: data.length, gzip: gzipSync(data).length };
}

/** Files (JS and CSS) a manifest entry needs at once: itself and its static imports, transitively. */
function closure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no "${key}"`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return files;
}

function group(outDir: string, files: Iterable<string>): BundleGroup {
  const sizes = [...files].sort().map((f) => sizeOf(outDir, f));
  const js = sizes.filter((s) => s.file.endsWith('.js'));
  const css = sizes.filter((s) => s.file.endsWith('.css'));
  const sum = (list: FileSize[]) => list.reduce((n, s) => n + s.gzip, 0);
  return { js, css, jsGzip: sum(js), cssGzip: sum(css) };
}

/** The manifest key of a lazily loaded chunk whose key names `treeId` (the bundled tree). */
/** The tree's data: a JSON file of the build (`bundledTreesPlugin`), not a script. */
function treeData(outDir: string, treeId: string): FileSize {
  const pattern = new RegExp(`^${treeId}-[\\w-]+\\.json$`);
  const files = readdirSync(join(outDir, 'assets')).filter((f) => pattern.test(f));
  const file = files[0];
  if (files.length !== 1 || file === undefined)
    throw new Error(`expected one JSON file for tree "${treeId}", found ${files.length}`);
  return sizeOf(outDir, `assets/${file}`);
}

export async function runBundle(root: string, treeId: string): Promise<BundleResult> {
  const outDir = mkdtempSync(join(os.tmpdir(), 'stepwise-bench-'));
  const output = await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;

  const entry = Object.keys(manifest).filter((k) => manifest[k]?.isEntry === true);
  const playerFiles = closure(manifest, [...entry, 'src/player/PlayerPage.tsx']);
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
    'output' in o ? o.output : [],
  );
  // The walk engine is a shared chunk (the presenter imports it too), keyed by its file name.
  const engineFile = chunks.find(
    (c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith('/src/model/machine.ts')),
  )?.fileName;
  const engineKey = Object.keys(manifest).find((k) => manifest[k]?.file === engineFile);
  if (engineKey === undefined) throw new Error('the build has no chunk for src/model/machine.ts');
  const afterFirstStepFiles = [
    ...closure(manifest, [
      'src/player/RecommendationView.tsx',
      'src/player/PlanStep.tsx',
      engineKey,
    ]),
  ].filter((f) => !playerFiles.has(f));
  const entryFiles = closure(manifest, entry);
  const editorFiles = [...closure(manifest, ['src/editor/EditorPage.tsx'])].filter(
    (f) => !entryFiles.has(f),
  );
  // The layout worker is a separate bundle, emitted as an asset of the main build.
  const workers = readdirSync(join(outDir, 'assets'))
    .filter((f) => /worker.*\.js$/.test(f))
    .map((f) => `assets/${f}`);

  const editorCodeInPlayer = chunks
    .filter((c) => c.type === 'chunk' && playerFiles.has(c.fileName))
    .filter((c) => c.type === 'chunk' && c.moduleIds.some((id) => EDITOR_MODULES.test(id)))
    .map((c) => c.fileName);

  return {
    outDir,
    treeId,
    player: group(outDir, playerFiles),
    treeData: treeData(outDir, treeId),
    afterFirstStep: group(outDir, afterFirstStepFiles),
    editor: group(outDir, [...editorFiles, ...workers]),
    editorCodeInPlayer,
  };
}
