/**
 * Editor commands built from the model's edit operations: the React layer calls these and never
 * edits the tree itself.
 */
import { onTree, renameStateInDocument } from '../model/document';
import {
  addOpenAnswer,
  addState,
  blankState,
  connect,
  disconnect,
  freeStateKey,
  removeState,
  setPosition,
} from '../model/edits';
import { reachableFrom, successors } from '../model/graph';
import { PLACEHOLDER } from '../model/placeholders';
import { boxesOf, freeSpot, placeBeside } from '../model/placement';
import type { NodeKind, Tree } from '../model/types';
import type { EditorStore } from './editorStore';

/** A new answer id on a state: ANSWER_1, ANSWER_2... */
export function freeEventId(tree: Tree, state: string): string {
  const used = new Set(Object.keys(tree.states[state]?.on ?? {}));
  for (let i = 1; ; i++) if (!used.has(`ANSWER_${i}`)) return `ANSWER_${i}`;
}

/**
 * Adds a step. It goes beside `near` (the selected step) when given, else on the first free spot
 * from `at`, never on top of another step; the place is stored in `meta.ui`, so it stays after a
 * reload. With `from`, an answer from that step leads to the new one.
 */
export function addNode(
  store: EditorStore,
  kind: NodeKind,
  at: { x: number; y: number },
  from?: string,
  near?: string,
): string | undefined {
  const { autoPositions, direction } = store.getState();
  const tree = store.doc.tree;
  const taken = boxesOf(tree, autoPositions);
  const parent =
    near === undefined ? undefined : (tree.states[near]?.meta.ui ?? autoPositions[near]);
  const spot = parent ? placeBeside(parent, taken, direction) : freeSpot(at, taken, direction);
  const key = freeStateKey(store.doc.tree, kind);
  const ok = store.apply((draft) => {
    addState(key, blankState(kind))(draft.tree);
    setPosition(key, spot.x, spot.y)(draft.tree);
    if (from !== undefined)
      connect(from, freeEventId(draft.tree, from), key, PLACEHOLDER.answerLabel)(draft.tree);
  }, `Add ${kind}`);
  if (!ok) return undefined;
  store.select({ kind: 'state', id: key });
  return key;
}

export function addAnswer(store: EditorStore, from: string, to: string, selectIt = true): void {
  const event = freeEventId(store.doc.tree, from);
  if (
    store.apply(onTree(connect(from, event, to, PLACEHOLDER.answerLabel)), 'Add answer') &&
    selectIt
  ) {
    store.select({ kind: 'answer', state: from, event });
  }
}

/** Adds an answer that leads nowhere until the author picks a step (the validator names it). */
export function addOpenAnswerTo(store: EditorStore, from: string): string | undefined {
  const event = freeEventId(store.doc.tree, from);
  const ok = store.apply(onTree(addOpenAnswer(from, event, PLACEHOLDER.answerLabel)), 'Add answer');
  return ok ? event : undefined;
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
