declare module 'virtual:stepwise-trees' {
  import type { LoadedTree } from './bundledTrees';
  export const treeIds: string[];
  export const loaders: Record<string, () => Promise<{ default: LoadedTree }>>;
}
