/**
 * Edit operations as immer recipes: each returns `(draft) => void`, to be applied with `applyEdit`
 * (or immer's `produceWithPatches` for undo). An operation that would break the format throws an
 * `EditError` and, because immer discards the draft, leaves the tree as it was.
 */
import { produce, type Draft } from 'immer';
import { EVENT_ID_PATTERN, STATE_KEY_PATTERN } from './schema';
import { KINDS } from './kinds';
import { hasOwn, own } from './own';
import { NO_TARGET } from './placeholders';
import type { NodeKind, StateMeta, StateNode, Transition, Tree } from './types';

export type Recipe = (draft: Draft<Tree>) => void;

export class EditError extends Error {
  override name = 'EditError';
}

/** Applies one recipe and returns the new tree (the old one is untouched, structurally shared). */
export function applyEdit(tree: Tree, recipe: Recipe): Tree {
  return produce(tree, recipe);
}

/**
 * A map (`states`, `on`) without some keys, as a new object. Maps keep the author's order, and
 * undo must keep it too: deleting a key in place gives an inverse patch that adds it back at the
 * end, while replacing the map gives one that puts back the old map, order and all.
 */
function withoutKeys<T>(
  map: Record<string, T>,
  drop: (key: string, value: T) => boolean,
): Record<string, T> {
  return Object.fromEntries(Object.entries(map).filter(([key, value]) => !drop(key, value)));
}

function stateOf(draft: Draft<Tree>, key: string): Draft<StateNode> {
  const node = own(draft.states, key);
  if (!node) throw new EditError(`state "${key}" does not exist`);
  return node;
}

function checkKey(key: string): void {
  if (!STATE_KEY_PATTERN.test(key)) {
    throw new EditError(
      `"${key}" is not a valid state key: use lower snake case starting with a letter`,
    );
  }
}

/** A new state's starting content for each kind, ready to be filled in by the author. */
export function blankState(kind: NodeKind): StateNode {
  const entry = KINDS[kind];
  const meta: StateMeta = entry.blank();
  return entry.final ? { type: 'final', meta } : { meta, on: {} };
}

/** A state key not used yet, from a base such as `question`: `question_2`, `question_3`... */
export function freeStateKey(tree: Tree, base: string): string {
  if (!hasOwn(tree.states, base)) return base;
  for (let i = 2; ; i++) if (!hasOwn(tree.states, `${base}_${i}`)) return `${base}_${i}`;
}

export function addState(key: string, node: StateNode): Recipe {
  return (draft) => {
    checkKey(key);
    if (hasOwn(draft.states, key)) throw new EditError(`state "${key}" already exists`);
    draft.states[key] = node;
  };
}

/** Removes a state and every answer that led to it. The initial state cannot be removed. */
export function removeState(key: string): Recipe {
  return (draft) => {
    stateOf(draft, key);
    if (draft.initial === key)
      throw new EditError(
        `"${key}" is the first step; choose another first step before deleting it`,
      );
    draft.states = withoutKeys(draft.states, (k) => k === key);
    for (const node of Object.values(draft.states)) {
      if (Object.values(node.on ?? {}).some((t) => t.target === key))
        node.on = withoutKeys(node.on ?? {}, (_, t) => t.target === key);
    }
  };
}

/** Renames a state, keeping its place in the file; every target and `initial` follow. */
export function renameState(from: string, to: string): Recipe {
  return (draft) => {
    stateOf(draft, from);
    if (from === to) return;
    checkKey(to);
    if (hasOwn(draft.states, to)) throw new EditError(`state "${to}" already exists`);
    draft.states = Object.fromEntries(
      Object.entries(draft.states).map(([key, node]) => [key === from ? to : key, node]),
    );
    for (const node of Object.values(draft.states)) {
      for (const t of Object.values(node.on ?? {})) if (t.target === from) t.target = to;
    }
    if (draft.initial === from) draft.initial = to;
  };
}

export function setInitial(key: string): Recipe {
  return (draft) => {
    stateOf(draft, key);
    draft.initial = key;
  };
}

/** Adds an answer from one state to another. */
export function connect(from: string, event: string, target: string, label: string): Recipe {
  return (draft) => {
    const node = stateOf(draft, from);
    stateOf(draft, target);
    if (node.type === 'final')
      throw new EditError(`"${from}" is a recommendation: it ends the pathway and has no answers`);
    if (!EVENT_ID_PATTERN.test(event))
      throw new EditError(`"${event}" is not a valid answer id: use upper snake case`);
    node.on ??= {};
    if (hasOwn(node.on, event)) throw new EditError(`"${from}" already has an answer "${event}"`);
    node.on[event] = { target, description: label };
  };
}

/** Adds an answer that leads nowhere yet (see `NO_TARGET`). */
export function addOpenAnswer(from: string, event: string, label: string): Recipe {
  return (draft) => {
    const node = stateOf(draft, from);
    if (node.type === 'final')
      throw new EditError(`"${from}" is a recommendation: it ends the pathway and has no answers`);
    if (!EVENT_ID_PATTERN.test(event))
      throw new EditError(`"${event}" is not a valid answer id: use upper snake case`);
    node.on ??= {};
    if (hasOwn(node.on, event)) throw new EditError(`"${from}" already has an answer "${event}"`);
    node.on[event] = { target: NO_TARGET, description: label };
  };
}

/** Renames an answer id, keeping its place in the answer order; scenarios are not touched here. */
export function renameAnswer(from: string, event: string, to: string): Recipe {
  return (draft) => {
    const node = stateOf(draft, from);
    answerOf(draft, from, event);
    if (event === to) return;
    if (!EVENT_ID_PATTERN.test(to))
      throw new EditError(`"${to}" is not a valid answer id: use upper snake case, e.g. NOT_TRIED`);
    if (hasOwn(node.on, to)) throw new EditError(`"${from}" already has an answer "${to}"`);
    node.on = Object.fromEntries(
      Object.entries(node.on ?? {}).map(([e, t]) => [e === event ? to : e, t]),
    );
  };
}

export function disconnect(from: string, event: string): Recipe {
  return (draft) => {
    const node = stateOf(draft, from);
    if (!node.on || !hasOwn(node.on, event))
      throw new EditError(`"${from}" has no answer "${event}"`);
    node.on = withoutKeys(node.on, (e) => e === event);
  };
}

function answerOf(draft: Draft<Tree>, from: string, event: string): Draft<Transition> {
  const answer = own(stateOf(draft, from).on, event);
  if (!answer) throw new EditError(`"${from}" has no answer "${event}"`);
  return answer;
}

export function relabel(from: string, event: string, label: string): Recipe {
  return (draft) => {
    answerOf(draft, from, event).description = label;
  };
}

export function retarget(from: string, event: string, target: string): Recipe {
  return (draft) => {
    stateOf(draft, target);
    answerOf(draft, from, event).target = target;
  };
}

/** Moves an answer to a new position in the state's answer order. */
export function reorderAnswer(from: string, event: string, toIndex: number): Recipe {
  return (draft) => {
    const node = stateOf(draft, from);
    answerOf(draft, from, event);
    const entries = Object.entries(node.on ?? {});
    const index = entries.findIndex(([e]) => e === event);
    const [moved] = entries.splice(index, 1);
    if (!moved) return;
    entries.splice(Math.max(0, Math.min(toIndex, entries.length)), 0, moved);
    node.on = Object.fromEntries(entries);
  };
}

type Path = readonly (string | number)[];

function setIn(target: Record<string | number, unknown>, path: Path, value: unknown): void {
  const last = path[path.length - 1];
  if (last === undefined) throw new EditError('empty field path');
  let at: Record<string | number, unknown> = target;
  for (const segment of path.slice(0, -1)) {
    const next = at[segment];
    if (typeof next !== 'object' || next === null)
      throw new EditError(`no field at ${path.join('.')}`);
    at = next as Record<string | number, unknown>;
  }
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/**
 * Sets (or, with `undefined`, removes) any field of a state's `meta`, e.g.
 * `updateStateMeta('q1', ['prompt'], 'Has ...?')` or `updateStateMeta('r1', ['doses', 0, 'target'], '60 mg')`.
 */
export function updateStateMeta(key: string, path: Path, value: unknown): Recipe {
  return (draft) => {
    if (path[0] === 'kind') throw new EditError('the kind of a state cannot be changed in place');
    setIn(stateOf(draft, key).meta, path, value);
  };
}

/** Sets (or removes) a tree-level field of `meta`, e.g. `['source', 'date']`. */
export function updateTreeMeta(path: Path, value: unknown): Recipe {
  return (draft) => {
    setIn(draft.meta, path, value);
  };
}

/** Stores a canvas position (rounded: sub-pixel drags are noise in a diff). */
export function setPosition(key: string, x: number, y: number): Recipe {
  return (draft) => {
    stateOf(draft, key).meta.ui = { x: Math.round(x), y: Math.round(y) };
  };
}

/** Adds or removes a tag on a state (e.g. `do-not`); an empty tag list is removed. */
export function setTag(key: string, tag: string, on: boolean): Recipe {
  return (draft) => {
    const node = stateOf(draft, key);
    const tags = (node.tags ?? []).filter((t) => t !== tag);
    if (on) tags.push(tag);
    if (tags.length > 0) node.tags = tags;
    else delete node.tags;
  };
}
