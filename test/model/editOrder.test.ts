/**
 * Regressions found by the property tests: undo puts states and answers back in their place (not
 * at the end), and names every object inherits ("constructor") are never taken for states.
 */
import { describe, expect, it } from 'vitest';
import { onTree } from '../../src/model/document';
import {
  connect,
  disconnect,
  EditError,
  freeStateKey,
  removeState,
  renameState,
  retarget,
  type Recipe,
} from '../../src/model/edits';
import { edit, startHistory, undo } from '../../src/model/history';
import { serialiseTree } from '../../src/model/serialise';
import { exampleTree } from '../helpers';

function undone(recipe: Recipe): string {
  const doc = { tree: exampleTree(), scenarios: [] };
  return serialiseTree(undo(edit(startHistory(doc), onTree(recipe), 'edit')).doc.tree);
}

describe('undo keeps the order of states and answers', () => {
  const original = serialiseTree(exampleTree());
  it.each([
    ['removing a state in the middle', removeState('red_flags')],
    ['renaming the first state', renameState('basics_checked', 'first_step')],
    ['disconnecting the first answer', disconnect('basics_checked', 'YES')],
  ])('after %s', (_, recipe) => {
    expect(undone(recipe)).toBe(original);
  });
});

describe('names every object inherits are not states', () => {
  it.each(['constructor', 'toString', '__proto__'])('"%s"', (name) => {
    const tree = exampleTree();
    const doc = { tree, scenarios: [] };
    const history = startHistory(doc);
    expect(() => edit(history, onTree(retarget('basics_checked', 'YES', name)), 'e')).toThrow(
      EditError,
    );
    expect(() =>
      edit(history, onTree(connect('basics_checked', 'MAYBE', name, 'Maybe')), 'e'),
    ).toThrow(EditError);
    expect(() => edit(history, onTree(disconnect('basics_checked', name)), 'e')).toThrow(EditError);
    expect(freeStateKey(tree, name)).toBe(name);
  });
});
