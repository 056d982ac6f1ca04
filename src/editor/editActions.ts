/**
 * Editor commands built from the model's edit operations: the React layer calls these and never
 * edits the tree itself.
 */
import { onTree, renameStateInDocument } from '../model/document';
import {
  addState,
  blankState,
  connect,
  disconnect,
  freeStateKey,
  removeState,
  setPosition,
} from '../model/edits';
import { reachableFrom, successors } from '../model/graph';
import type { NodeKind, Tree } from '../model/types';
import type { EditorStore } from './editorStore';

/** A new answer id on a state: ANSWER_1, ANSWER_2... */
export function freeEventId(tree: Tree, state: string): string {
  const used = new Set(Object.keys(tree.states[state]?.on ?? {}));
  for (let i = 1; ; i++) if (!used.has(`ANSWER_${i}`)) return `ANSWER_${i}`;
}

export function addNode(
  store: EditorStore,
  kind: NodeKind,
  at: { x: number; y: number },
  from?: string,
): string | undefined {
  const key = freeStateKey(store.doc.tree, kind);
  const ok = store.apply((draft) => {
    addState(key, blankState(kind))(draft.tree);
    setPosition(key, at.x, at.y)(draft.tree);
    if (from !== undefined)
      connect(from, freeEventId(draft.tree, from), key, 'New answer')(draft.tree);
  }, `Add ${kind}`);
  if (!ok) return undefined;
  store.select({ kind: 'state', id: key });
  return key;
}

export function addAnswer(store: EditorStore, from: string, to: string, selectIt = true): void {
  const event = freeEventId(store.doc.tree, from);
  if (store.apply(onTree(connect(from, event, to, 'New answer')), 'Add answer') && selectIt) {
    store.select({ kind: 'answer', state: from, event });
  }
}

/** States that deleting these would leave unreachable from the first step. */
export function wouldOrphan(
  tree: Tree,
  states: string[],
  answers: { state: string; event: string }[],
): string[] {
  const gone = new Set(states);
  const next = new Map<string, string[]>();
  for (const [key, targets] of successors(tree)) {
    if (gone.has(key)) continue;
    const removed = new Set(
      answers.filter((a) => a.state === key).map((a) => tree.states[key]?.on?.[a.event]?.target),
    );
    next.set(
      key,
      targets.filter((t) => !gone.has(t) && !removed.has(t)),
    );
  }
  const before = reachableFrom(successors(tree), tree.initial);
  const after = reachableFrom(next, tree.initial);
  return [...before].filter((k) => !gone.has(k) && !after.has(k));
}

export function deleteElements(
  store: EditorStore,
  states: string[],
  answers: { state: string; event: string }[],
): boolean {
  return store.apply(
    (draft) => {
      for (const a of answers)
        if (!states.includes(a.state) && draft.tree.states[a.state]?.on?.[a.event])
          disconnect(a.state, a.event)(draft.tree);
      for (const s of states) removeState(s)(draft.tree);
    },
    states.length > 0 ? 'Delete step' : 'Delete answer',
  );
}

export function renameNode(store: EditorStore, from: string, to: string): boolean {
  const ok = store.apply(renameStateInDocument(from, to), 'Rename step');
  if (ok) store.select({ kind: 'state', id: to });
  return ok;
}
