declare module 'virtual:stepwise-trees' {
  import type { LoadedTree } from './bundledTrees';
  export const treeIds: string[];
  /** One tree by id; `id` must be one of `treeIds`. */
  export function loadTree(id: string): Promise<LoadedTree>;
}
