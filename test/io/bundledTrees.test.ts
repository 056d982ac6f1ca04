/**
 * One tree that fails to load is a problem of that tree only (issue 21, finding 6): the home page
 * and Compare list every other tree, and the failed one with what went wrong.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('virtual:stepwise-trees', () => ({
  treeIds: ['good-tree', 'lost-tree'],
  loadTree: (id: string) =>
    id === 'lost-tree'
      ? Promise.reject(new Error('500 Internal Server Error for lost-tree.json'))
      : Promise.resolve({ id, file: `trees/${id}.json`, problems: [] }),
}));

const { loadAllBundledTrees } = await import('../../src/io/bundledTrees');

describe('loadAllBundledTrees', () => {
  it('lists every tree, the one that failed to load with its problem', async () => {
    const trees = await loadAllBundledTrees();
    expect(trees).toEqual([
      { id: 'good-tree', file: 'trees/good-tree.json', problems: [] },
      {
        id: 'lost-tree',
        file: 'trees/lost-tree.json',
        problems: [
          {
            path: '',
            message: 'could not be loaded (500 Internal Server Error for lost-tree.json)',
          },
        ],
        unreadable: true,
      },
    ]);
  });
});
