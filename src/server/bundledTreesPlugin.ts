/**
 * Bundles trees/ into the app already validated: each tree becomes a virtual module holding the
 * parsed tree and scenarios, or the validator's problems when it is broken. The validator runs
 * here, in Node, at build time (and on each change under `npm run dev`), so the player ships
 * neither the schema library nor the JSON error locator: its first load stays small.
 *
 * Like `vitePlugin.ts`, this file imports no local modules at config time; the model is loaded
 * through tsx when the first tree is loaded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { normalizePath, type Plugin } from 'vite';
import type * as ValidateText from '../model/validateText';

const LIST = 'virtual:stepwise-trees';
const ONE = 'virtual:stepwise-tree/';
const RESOLVED = '\0';

/** Hidden names are never trees: the save API writes `.stepwise-tmp-…` files on every save. */
function isTreeFile(name: string): boolean {
  return (
    !name.startsWith('.') &&
    name.endsWith('.json') &&
    !name.endsWith('.scenarios.json') &&
    !name.endsWith('.schema.json')
  );
}

export function bundledTreesPlugin(options: { dir?: string } = {}): Plugin {
  let dir = '';
  let model: Promise<typeof ValidateText> | undefined;
  const validator = () =>
    (model ??= import('tsx/esm/api').then(
      (tsx) =>
        tsx.tsImport('../model/validateText.ts', import.meta.url) as Promise<typeof ValidateText>,
    ));
  return {
    name: 'stepwise-bundled-trees',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'trees');
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
        const loaders = ids.map(
          (t) => `${JSON.stringify(t)}: () => import(${JSON.stringify(ONE + t)})`,
        );
        return `export const treeIds = ${JSON.stringify(ids)};\nexport const loaders = {\n${loaders.join(',\n')}\n};\n`;
      }
      if (!id.startsWith(RESOLVED + ONE)) return undefined;
      const treeId = id.slice((RESOLVED + ONE).length);
      const file = join(dir, `${treeId}.json`);
      const scenariosFile = join(dir, `${treeId}.scenarios.json`);
      this.addWatchFile(file);
      this.addWatchFile(scenariosFile);
      const text = readFileSync(file, 'utf8');
      const scenarioText = existsSync(scenariosFile)
        ? readFileSync(scenariosFile, 'utf8')
        : undefined;
      const result = (await validator()).validateTreeText(treeId, text, scenarioText);
      const loaded = { id: treeId, file: `trees/${treeId}.json`, ...result };
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
