/**
 * Bundles trees/ into the app already validated: each tree is parsed and checked here, in Node, at
 * build time (and on each change under `npm run dev`), so the player ships neither the schema
 * library nor the JSON error locator. A broken file is listed with its problems, never a failed
 * build.
 *
 * In the build each tree is a JSON file of its own (`assets/<id>-<hash>.json`): data, not
 * JavaScript, so it costs the player no script parsing and leaves the first-load bundle alone.
 * Under `npm run dev` each is a virtual module instead, so a change on disk is picked up by the
 * module graph. Both export the same `treeIds` and `loadTree(id)`.
 *
 * The build leaves out drafts that cannot be played yet (readable, status `draft`, problems) and
 * says so in the build log: a work in progress is for its authors, under `npm run dev`, not for
 * the published site. Other broken files stay in, listed with their problems.
 *
 * Like `vitePlugin.ts`, this file imports no local modules at config time; the model is loaded
 * through tsx when the first tree is loaded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { normalizePath, type Logger, type Plugin } from 'vite';
import type { Validation } from '../model/validate';
import type * as ValidateText from '../model/validateText';

const LIST = 'virtual:stepwise-trees';
const ONE = 'virtual:stepwise-tree/';
const RESOLVED = '\0';

/** The build's `loadTree`: the tree's JSON file, fetched from beside the app. */
const FETCH_TREE = `export async function loadTree(id) {
  const response = await fetch(treeUrls[id]);
  if (!response.ok) throw new Error(\`\${response.status} \${response.statusText} for \${id}.json\`);
  return response.json();
}
`;

/** Hidden names are never trees: the save API writes `.stepwise-tmp-…` files on every save. */
function isTreeFile(name: string): boolean {
  return (
    !name.startsWith('.') &&
    name.endsWith('.json') &&
    !name.endsWith('.scenarios.json') &&
    !name.endsWith('.comments.json') &&
    !name.endsWith('.schema.json')
  );
}

/** A tree as the build bundles it: what `loadTree` resolves to in the app. */
export interface BundledTree extends Validation {
  id: string;
  file: string;
}

/** What the plugin tells other plugins (`prerenderPlugin`): each tree and its emitted file. */
export interface BundledTreesApi {
  emitted(): { tree: BundledTree; reference: string }[];
}

export const BUNDLED_TREES_PLUGIN = 'stepwise-bundled-trees';

/**
 * A draft that is readable but not yet playable: the build leaves it out. The same rule as
 * `readinessOf` in src/model/readiness.ts, restated because this file loads no model at config time.
 */
export function isUnplayableDraft(tree: Validation): boolean {
  return tree.unreadable !== true && tree.tree?.meta.status === 'draft' && tree.problems.length > 0;
}

export function bundledTreesPlugin(options: { dir?: string } = {}): Plugin<BundledTreesApi> {
  const emitted = new Map<string, { tree: BundledTree; reference: string }>();
  let dir = '';
  let building = false;
  let logger: Logger | undefined;
  let model: Promise<typeof ValidateText> | undefined;
  const validator = () =>
    (model ??= import('tsx/esm/api').then(
      (tsx) =>
        tsx.tsImport('../model/validateText.ts', import.meta.url) as Promise<typeof ValidateText>,
    ));
  const loadOne = async (treeId: string, watch: (file: string) => void): Promise<BundledTree> => {
    const file = join(dir, `${treeId}.json`);
    const scenariosFile = join(dir, `${treeId}.scenarios.json`);
    const found = { id: treeId, file: `trees/${treeId}.json` };
    // Only files that exist are watched: under `npm run dev` Vite resolves each watched file like
    // an import, and one that is not there failed the tree's module with a 500 on its next load,
    // and with it the home page and Compare. A file that appears later reaches `hotUpdate`,
    // which watches the whole folder.
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
      watch(file);
    } catch (error) {
      // Removed since the folder was listed: a problem of this tree only.
      const message = `could not be read (${error instanceof Error ? error.message : String(error)})`;
      return { ...found, problems: [{ path: '', message }], unreadable: true };
    }
    let scenarioText: string | undefined;
    if (existsSync(scenariosFile)) {
      scenarioText = readFileSync(scenariosFile, 'utf8');
      watch(scenariosFile);
    }
    const result = (await validator()).validateTreeText(treeId, text, scenarioText);
    return { ...found, ...result };
  };
  return {
    name: BUNDLED_TREES_PLUGIN,
    api: { emitted: () => [...emitted.values()] },
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'trees');
      building = config.command === 'build';
      logger = config.logger;
    },
    resolveId(id) {
      return id === LIST || id.startsWith(ONE) ? RESOLVED + id : undefined;
    },
    async load(id) {
      if (id === RESOLVED + LIST) {
        const ids = readdirSync(dir)
          .filter(isTreeFile)
          .map((f) => basename(f, '.json'))
          .sort();
        if (!building) {
          const head = `export const treeIds = ${JSON.stringify(ids)};\n`;
          const loaders = ids.map(
            (t) => `${JSON.stringify(t)}: () => import(${JSON.stringify(ONE + t)})`,
          );
          return `${head}const loaders = {\n${loaders.join(',\n')}\n};\nexport const loadTree = (id) => loaders[id]().then((m) => m.default);\n`;
        }
        const urls: string[] = [];
        const kept: string[] = [];
        for (const treeId of ids) {
          const loaded = await loadOne(treeId, (file) => {
            this.addWatchFile(file);
          });
          if (isUnplayableDraft(loaded)) {
            logger?.warn(
              `stepwise: left out trees/${treeId}.json: a draft with ${String(loaded.problems.length)} problem(s), not playable yet (npm run validate -- trees/${treeId}.json lists them)`,
            );
            continue;
          }
          kept.push(treeId);
          const ref = this.emitFile({
            type: 'asset',
            name: `${treeId}.json`,
            source: JSON.stringify(loaded),
          });
          emitted.set(treeId, { tree: loaded, reference: ref });
          urls.push(`${JSON.stringify(treeId)}: import.meta.ROLLUP_FILE_URL_${ref}`);
        }
        const head = `export const treeIds = ${JSON.stringify(kept)};\n`;
        return `${head}export const treeUrls = {\n${urls.join(',\n')}\n};\n${FETCH_TREE}`;
      }
      if (!id.startsWith(RESOLVED + ONE)) return undefined;
      const treeId = id.slice((RESOLVED + ONE).length);
      const loaded = await loadOne(treeId, (file) => {
        this.addWatchFile(file);
      });
      return `export default ${JSON.stringify(loaded)};\n`;
    },
    hotUpdate({ file, type }) {
      // A tree changed on disk: drop the cached module so the next load validates it afresh.
      if (!normalizePath(file).startsWith(normalizePath(dir))) return;
      const name = basename(file);
      const graph = this.environment.moduleGraph;
      const treeId = name.replace(/(\.scenarios)?\.json$/, '');
      const one = graph.getModuleById(RESOLVED + ONE + treeId);
      if (one) graph.invalidateModule(one);
      if (type !== 'update' && isTreeFile(name)) {
        // A tree was added or removed: the next page load gets the new list. No forced reload:
        // the editor that just created the file through the save API would lose its state.
        const list = graph.getModuleById(RESOLVED + LIST);
        if (list) graph.invalidateModule(list);
        return [];
      }
      return undefined;
    },
  };
}
