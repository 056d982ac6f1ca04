/**
 * Copy, paste and duplicate of steps, as pure operations. A copy keeps the answers that lead
 * from one copied step to another (so two connected steps paste still connected) and drops the
 * rest; pasted steps get keys not used yet and never become the first step.
 */
import { castDraft } from 'immer';
import { EditError, freeStateKey, type Recipe } from './edits';
import { hasOwn, own } from './own';
import type { StateNode, Tree } from './types';

type XY = { x: number; y: number };

/** Copied steps, in tree order, each carrying its canvas position. */
export interface StepClipboard {
  states: Record<string, StateNode>;
}

/** How far a paste lands from the original, so the copy does not hide it. */
export const PASTE_OFFSET: XY = { x: 40, y: 40 };

/**
 * Copies steps. `positions` gives places for steps without a stored one (automatic layout), so
 * a paste lands beside the original wherever it was drawn.
 */
export function copySteps(
  tree: Tree,
  keys: readonly string[],
  positions: Readonly<Record<string, XY>> = {},
): StepClipboard {
  const chosen = new Set(keys.filter((key) => hasOwn(tree.states, key)));
  const states: Record<string, StateNode> = {};
  for (const [key, node] of Object.entries(tree.states)) {
    if (!chosen.has(key)) continue;
    const at = node.meta.ui ?? own(positions, key);
    const copy: StateNode = structuredClone(node);
    if (at) copy.meta.ui = { x: at.x, y: at.y };
    if (copy.on)
      copy.on = Object.fromEntries(
        Object.entries(copy.on).filter(([, answer]) => chosen.has(answer.target)),
      );
    states[key] = copy;
  }
  return { states };
}

export function isEmptyClipboard(clipboard: StepClipboard): boolean {
  return Object.keys(clipboard.states).length === 0;
}

/** The steps a paste would add under their new keys, and which old key became which. */
export interface Paste {
  states: Record<string, StateNode>;
  /** Old key to new key. */
  keys: Record<string, string>;
}

/**
 * Plans a paste into `tree`: each step gets its own key or, when that is taken, `<key>_2`,
 * `<key>_3`...; answers among the pasted steps follow the new keys; positions move by `offset`.
 */
export function planPaste(tree: Tree, clipboard: StepClipboard, offset: XY = PASTE_OFFSET): Paste {
  const taken: Tree = { ...tree, states: { ...tree.states } };
  const keys: Record<string, string> = {};
  for (const key of Object.keys(clipboard.states)) {
    const fresh = freeStateKey(taken, key);
    keys[key] = fresh;
    // Reserve the key so the next copied step cannot take it too.
    taken.states[fresh] = clipboard.states[key] as StateNode;
  }
  const states: Record<string, StateNode> = {};
  for (const [key, node] of Object.entries(clipboard.states)) {
    const copy: StateNode = structuredClone(node);
    const at = copy.meta.ui;
    if (at) copy.meta.ui = { x: Math.round(at.x + offset.x), y: Math.round(at.y + offset.y) };
    for (const answer of Object.values(copy.on ?? {}))
      answer.target = own(keys, answer.target) ?? answer.target;
    states[keys[key] as string] = copy;
  }
  return { states, keys };
}

/** Adds the planned steps, all at once (one undo step when applied as one edit). */
export function applyPaste(paste: Paste): Recipe {
  return (draft) => {
    for (const [key, node] of Object.entries(paste.states)) {
      if (hasOwn(draft.states, key)) throw new EditError(`state "${key}" already exists`);
      draft.states[key] = castDraft(structuredClone(node));
    }
  };
}

/** The clipboard moved by `offset`: the next paste lands a step further on, not on the last one. */
export function shiftClipboard(clipboard: StepClipboard, offset: XY = PASTE_OFFSET): StepClipboard {
  const states: Record<string, StateNode> = {};
  for (const [key, node] of Object.entries(clipboard.states)) {
    const at = node.meta.ui;
    states[key] = at
      ? { ...node, meta: { ...node.meta, ui: { x: at.x + offset.x, y: at.y + offset.y } } }
      : node;
  }
  return { states };
}
