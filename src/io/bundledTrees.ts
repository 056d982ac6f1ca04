/**
 * The trees bundled with the app from trees/. Each file is loaded as raw text in its own chunk, so
 * a broken file becomes a listed problem instead of a failed build, and the player loads one tree.
 */
import type { Validation } from '../model/validate';
import { validateTreeText } from '../model/validateText';

const treeFiles = import.meta.glob<string>(
  ['/trees/*.json', '!/trees/*.scenarios.json', '!/trees/*.schema.json'],
  {
    query: '?raw',
    import: 'default',
  },
);
const scenarioFiles = import.meta.glob<string>('/trees/*.scenarios.json', {
  query: '?raw',
  import: 'default',
});

export interface LoadedTree extends Validation {
  id: string;
  file: string;
}

function idOf(path: string): string {
  return path.replace(/^\/trees\//, '').replace(/\.json$/, '');
}

export function bundledTreeIds(): string[] {
  return Object.keys(treeFiles).map(idOf).sort();
}

/** Loads, parses and validates one bundled tree and its scenarios. */
export async function loadBundledTree(id: string): Promise<LoadedTree | undefined> {
  const file = `/trees/${id}.json`;
  const loadTree = treeFiles[file];
  if (!loadTree) return undefined;
  const loadScenarios = scenarioFiles[`/trees/${id}.scenarios.json`];
  const [text, scenarioText] = await Promise.all([loadTree(), loadScenarios?.()]);
  return { id, file: `trees/${id}.json`, ...validateTreeText(id, text, scenarioText) };
}

export async function loadAllBundledTrees(): Promise<LoadedTree[]> {
  const loaded = await Promise.all(bundledTreeIds().map((id) => loadBundledTree(id)));
  return loaded.filter((tree): tree is LoadedTree => tree !== undefined);
}
