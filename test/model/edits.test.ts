import { describe, expect, it } from 'vitest';
import { produceWithPatches, applyPatches, enablePatches } from 'immer';
import {
  addState,
  applyEdit,
  blankState,
  connect,
  disconnect,
  EditError,
  freeStateKey,
  relabel,
  removeState,
  renameState,
  reorderAnswer,
  retarget,
  setPosition,
  updateStateMeta,
  updateTreeMeta,
} from '../../src/model/edits';
import { serialiseTree } from '../../src/model/serialise';
import { checkTree } from '../../src/model/validate';
import { exampleTree } from '../helpers';

enablePatches();

describe('edit operations', () => {
  it('renames a state and rewrites every target and initial', () => {
    const tree = applyEdit(exampleTree(), renameState('basics_checked', 'first_line_trial'));
    expect(tree.initial).toBe('first_line_trial');
    expect(Object.keys(tree.states)[0]).toBe('first_line_trial');
    const renamed = applyEdit(tree, renameState('red_flags', 'check_red_flags'));
    expect(renamed.states.first_line_trial?.on?.YES?.target).toBe('check_red_flags');
    expect(checkTree(renamed)).toEqual([]);
  });

  it('refuses a rename onto an existing or invalid key and leaves the tree alone', () => {
    const tree = exampleTree();
    expect(() => applyEdit(tree, renameState('red_flags', 'basics_checked'))).toThrow(
      new EditError('state "basics_checked" already exists'),
    );
    expect(() => applyEdit(tree, renameState('red_flags', 'Red Flags'))).toThrow(
      /not a valid state key/,
    );
    // Neither step was overwritten or moved, and nothing that pointed at them changed.
    expect(tree).toEqual(exampleTree());
    expect(serialiseTree(tree)).toBe(serialiseTree(exampleTree()));
  });

  it('adds, connects, relabels, retargets, reorders and disconnects answers', () => {
    let tree = exampleTree();
    const key = freeStateKey(tree, 'question');
    tree = applyEdit(tree, addState(key, blankState('question')));
    tree = applyEdit(tree, connect('basics_checked', 'UNSURE', key, 'Not sure'));
    expect(Object.keys(tree.states.basics_checked?.on ?? {})).toEqual(['YES', 'NO', 'UNSURE']);
    tree = applyEdit(tree, reorderAnswer('basics_checked', 'UNSURE', 0));
    expect(Object.keys(tree.states.basics_checked?.on ?? {})).toEqual(['UNSURE', 'YES', 'NO']);
    tree = applyEdit(tree, relabel('basics_checked', 'UNSURE', 'Unknown'));
    expect(tree.states.basics_checked?.on?.UNSURE?.description).toBe('Unknown');
    tree = applyEdit(tree, retarget('basics_checked', 'UNSURE', 'red_flags'));
    expect(tree.states.basics_checked?.on?.UNSURE?.target).toBe('red_flags');
    tree = applyEdit(tree, disconnect('basics_checked', 'UNSURE'));
    expect(Object.keys(tree.states.basics_checked?.on ?? {})).toEqual(['YES', 'NO']);
    expect(() => applyEdit(tree, connect('add_second_drug', 'X', 'red_flags', 'x'))).toThrow(
      /recommendation/,
    );
  });

  it('removes a state with the answers that led to it, but never the initial state', () => {
    const tree = applyEdit(exampleTree(), removeState('red_flags'));
    expect(tree.states.red_flags).toBeUndefined();
    expect(tree.states.basics_checked?.on?.YES).toBeUndefined();
    expect(() => applyEdit(tree, removeState('basics_checked'))).toThrow(/first step/);
  });

  it('updates any meta field, nested ones included, and removes with undefined', () => {
    let tree = applyEdit(
      exampleTree(),
      updateStateMeta('optimise_first_line', ['doses', 0, 'target'], '40 mg'),
    );
    const meta = tree.states.optimise_first_line?.meta;
    expect(meta?.kind === 'recommendation' && meta.doses?.[0]?.target).toBe('40 mg');
    tree = applyEdit(tree, updateStateMeta('add_second_drug', ['doNot'], undefined));
    expect('doNot' in (tree.states.add_second_drug?.meta ?? {})).toBe(false);
    tree = applyEdit(tree, updateTreeMeta(['source', 'date'], '2025-02-02'));
    expect(tree.meta.source.date).toBe('2025-02-02');
    expect(() => applyEdit(tree, updateStateMeta('red_flags', ['kind'], 'question'))).toThrow(
      EditError,
    );
  });

  it('gives inverse patches that undo an edit exactly', () => {
    const tree = exampleTree();
    const [next, , inverse] = produceWithPatches(tree, (draft) => {
      renameState('red_flags', 'flags')(draft);
      setPosition('flags', 10.4, 20.6)(draft);
    });
    expect(next.states.flags?.meta.ui).toEqual({ x: 10, y: 21 });
    expect(applyPatches(next, inverse)).toEqual(tree);
  });
});
