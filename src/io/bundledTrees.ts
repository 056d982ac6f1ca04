/**
 * The trees bundled with the app from trees/, validated at build time by the
 * `stepwise-bundled-trees` Vite plugin: each loads in its own chunk, already parsed, or with its
 * problems when broken (a broken file is listed with its errors, never a failed build).
 */
import { loaders, treeIds } from 'virtual:stepwise-trees';
import type { Validation } from '../model/validate';

export interface LoadedTree extends Validation {
  id: string;
  file: string;
}

export function bundledTreeIds(): string[] {
  return treeIds;
}

/** One bundled tree with its scenarios and any problems, or undefined when there is none. */
export async function loadBundledTree(id: string): Promise<LoadedTree | undefined> {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!load) return undefined;
  const module: { default: LoadedTree } = await load();
  return module.default;
}

export async function loadAllBundledTrees(): Promise<LoadedTree[]> {
  const loaded = await Promise.all(bundledTreeIds().map((id) => loadBundledTree(id)));
  return loaded.filter((tree): tree is LoadedTree => tree !== undefined);
}
