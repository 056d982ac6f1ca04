/**
 * The trees bundled with the app from trees/, validated at build time by the
 * `stepwise-bundled-trees` Vite plugin: each loads on its own (a JSON file in the build), already
 * parsed, or with its problems when broken (a broken file is listed with its errors, never a failed
 * build).
 *
 * Loads are shared: the start-up preload (`src/app/pages.tsx`) and the page that needs the tree later get
 * the same request, and a tree already here is handed over at once (`peekBundledTree`), so the
 * first render can show it without a loading step.
 */
import { loadTree, treeIds } from 'virtual:stepwise-trees';
import type { Validation } from '../model/validate';

export interface LoadedTree extends Validation {
  id: string;
  file: string;
}

const pending = new Map<string, Promise<LoadedTree>>();
// One promise for "no such tree", so a page reading it with React's use() sees the same one again.
const NONE = Promise.resolve(undefined);
const ready = new Map<string, LoadedTree>();

export function bundledTreeIds(): string[] {
  return treeIds;
}

/** One bundled tree with its scenarios and any problems, or undefined when there is none. */
export function loadBundledTree(id: string): Promise<LoadedTree | undefined> {
  if (!treeIds.includes(id)) return NONE;
  let load = pending.get(id);
  if (!load) {
    load = (loadTree(id) as Promise<LoadedTree>).then((tree) => {
      ready.set(id, tree);
      return tree;
    });
    // A failed load is not kept: the next attempt (Try again) asks afresh.
    load.catch(() => pending.delete(id));
    pending.set(id, load);
  }
  return load;
}

/** The tree when it has already arrived, else undefined. */
export function peekBundledTree(id: string): LoadedTree | undefined {
  return ready.get(id);
}

/**
 * Every bundled tree. One that fails to load (a module the dev server cannot serve, a file the
 * network lost) is listed with that problem: the other trees still load, on the home page and in
 * Compare alike.
 */
export async function loadAllBundledTrees(): Promise<LoadedTree[]> {
  const loaded = await Promise.all(
    bundledTreeIds().map((id) =>
      loadBundledTree(id).catch((error: unknown): LoadedTree => ({
        id,
        file: `trees/${id}.json`,
        problems: [
          {
            path: '',
            message: `could not be loaded (${error instanceof Error ? error.message : String(error)})`,
          },
        ],
        unreadable: true,
      })),
    ),
  );
  return loaded.filter((tree): tree is LoadedTree => tree !== undefined);
}
