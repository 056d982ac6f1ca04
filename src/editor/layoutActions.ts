/** Layout commands: automatic places for unplaced steps, and "Tidy up" as one undoable edit. */
import { setPosition } from '../model/edits';
import type { Tree } from '../model/types';
import type { EditorStore } from './editorStore';
import { layoutInWorker } from '../canvas/layoutClient';

export function needsLayout(tree: Tree, auto: Record<string, unknown>): boolean {
  return Object.entries(tree.states).some(([key, node]) => !node.meta.ui && !(key in auto));
}

export async function placeMissing(store: EditorStore): Promise<void> {
  const { direction } = store.getState();
  const positions = await layoutInWorker(store.doc.tree, { direction, only: 'missing' });
  store.setAutoPositions({ ...store.getState().autoPositions, ...positions });
}

export async function tidyUp(store: EditorStore, direction: 'TB' | 'LR'): Promise<void> {
  const positions = await layoutInWorker(store.doc.tree, { direction, only: 'all' });
  store.apply((draft) => {
    for (const [key, p] of Object.entries(positions))
      if (key in draft.tree.states) setPosition(key, p.x, p.y)(draft.tree);
  }, 'Tidy up');
}
