import { describe, expect, it } from 'vitest';
import { applyEdit, EditError } from '../../src/model/edits';
import {
  deleteSelection,
  isEmptySelection,
  NOTHING_SELECTED,
  pruneSelection,
  selectAll,
  toggleState,
} from '../../src/model/selection';
import { exampleTree } from '../helpers';

describe('multi-selection', () => {
  it('toggles steps in and out', () => {
    const one = toggleState(NOTHING_SELECTED, 'red_flags');
    const two = toggleState(one, 'add_second_drug');
    expect(two.states).toEqual(['red_flags', 'add_second_drug']);
    expect(toggleState(two, 'red_flags').states).toEqual(['add_second_drug']);
    expect(isEmptySelection(toggleState(one, 'red_flags'))).toBe(true);
  });

  it('selects every step in file order', () => {
    expect(selectAll(exampleTree()).states).toEqual([
      'basics_checked',
      'red_flags',
      'optimise_first_line',
      'add_second_drug',
    ]);
  });

  it('deletes several steps and answers in one recipe, with every answer into them', () => {
    const tree = exampleTree();
    const after = applyEdit(
      tree,
      deleteSelection({
        states: ['red_flags', 'add_second_drug'],
        answers: [{ state: 'basics_checked', event: 'NO' }],
      }),
    );
    expect(Object.keys(after.states)).toEqual(['basics_checked', 'optimise_first_line']);
    expect(after.states.basics_checked?.on).toEqual({});
  });

  it('refuses to delete the first step and leaves the tree as it was', () => {
    const tree = exampleTree();
    expect(() => applyEdit(tree, deleteSelection(selectAll(tree)))).toThrow(
      new EditError(
        '"basics_checked" is the first step; choose another first step before deleting it',
      ),
    );
    // Not one of the other selected steps went either: the recipe is all or nothing.
    expect(tree).toEqual(exampleTree());
  });

  it('forgets entries that no longer exist', () => {
    const tree = exampleTree();
    const pruned = pruneSelection(tree, {
      states: ['gone', 'red_flags'],
      answers: [
        { state: 'basics_checked', event: 'YES' },
        { state: 'basics_checked', event: 'MAYBE' },
      ],
    });
    expect(pruned).toEqual({
      states: ['red_flags'],
      answers: [{ state: 'basics_checked', event: 'YES' }],
    });
  });
});
