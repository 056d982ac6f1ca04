import { describe, expect, it } from 'vitest';
import { addScenario, onTree, renameStateInDocument } from '../../src/model/document';
import { relabel, setPosition, updateStateMeta } from '../../src/model/edits';
import { edit, redo, startHistory, undo } from '../../src/model/history';
import { blankTree } from '../../src/model/newTree';
import { searchStates } from '../../src/model/search';
import { shortestAnswersTo } from '../../src/model/scenarios';
import { toFlow } from '../../src/model/toFlow';
import { checkTree } from '../../src/model/validate';
import { exampleTree } from '../helpers';

describe('toFlow', () => {
  it('derives one node per state and one edge per answer, labelled with the answer', () => {
    const tree = exampleTree();
    const { nodes, edges } = toFlow(tree, { basics_checked: { x: 5, y: 6 } }, [
      { path: 'x', message: 'm', state: 'red_flags' },
    ]);
    expect(nodes.map((n) => n.id)).toEqual(Object.keys(tree.states));
    expect(edges).toHaveLength(3);
    expect(edges[0]).toMatchObject({
      id: 'basics_checked.YES',
      source: 'basics_checked',
      target: 'red_flags',
      label: 'Yes, at target dose for 4 weeks or more',
    });
    expect(nodes[0]).toMatchObject({
      type: 'question',
      position: { x: 5, y: 6 },
      data: { initial: true },
    });
    expect(nodes.find((n) => n.id === 'red_flags')?.data.problems).toBe(1);
    expect(nodes.find((n) => n.id === 'add_second_drug')?.data.doNot).toBe(1);
  });

  it('prefers stored positions over automatic ones', () => {
    const tree = exampleTree();
    const moved = edit(
      startHistory({ tree, scenarios: [] }),
      onTree(setPosition('red_flags', 100, 200)),
      'Move',
    ).doc.tree;
    const node = toFlow(moved, { red_flags: { x: 1, y: 1 } }).nodes.find(
      (n) => n.id === 'red_flags',
    );
    expect(node?.position).toEqual({ x: 100, y: 200 });
  });
});

describe('history', () => {
  const doc = { tree: exampleTree(), scenarios: [] };

  it('undoes and redoes every edit, moves included', () => {
    let h = startHistory(doc);
    h = edit(h, onTree(setPosition('red_flags', 10, 20)), 'Move');
    h = edit(h, onTree(relabel('basics_checked', 'YES', 'Yes')), 'Relabel');
    expect(h.past).toHaveLength(2);
    h = undo(undo(h));
    expect(h.doc).toEqual(doc);
    h = redo(h);
    expect(h.doc.tree.states.red_flags?.meta.ui).toEqual({ x: 10, y: 20 });
    expect(h.future).toHaveLength(1);
  });

  it('merges consecutive typing in one field into one undo step', () => {
    let h = startHistory(doc);
    for (const text of ['A', 'An', 'And'])
      h = edit(h, onTree(updateStateMeta('red_flags', ['title'], text)), 'Type', 'red_flags:title');
    expect(h.past).toHaveLength(1);
    expect(undo(h).doc).toEqual(doc);
  });

  it('leaves no entry for an edit that changes nothing', () => {
    const h = edit(
      startHistory(doc),
      onTree(relabel('basics_checked', 'YES', 'Yes, at target dose for 4 weeks or more')),
      'Same',
    );
    expect(h.past).toHaveLength(0);
  });
});

describe('document edits', () => {
  it('renaming a state follows into scenarios', () => {
    const tree = exampleTree();
    const answers = shortestAnswersTo(tree, 'add_second_drug') ?? [];
    expect(answers).toEqual(['YES', 'CONTINUE']);
    let h = startHistory({ tree, scenarios: [] });
    h = edit(
      h,
      addScenario({ id: 's', title: 't', case: 'c', answers, expect: 'add_second_drug' }),
      'Add',
    );
    h = edit(h, renameStateInDocument('add_second_drug', 'second_drug'), 'Rename');
    expect(h.doc.scenarios[0]?.expect).toBe('second_drug');
  });
});

describe('searchStates', () => {
  it('finds states by key, prompt, dose or answer text', () => {
    const tree = exampleTree();
    expect(searchStates(tree, 'exampledrug').map((h) => h.state)).toEqual(['optimise_first_line']);
    expect(searchStates(tree, 'RED_FL').map((h) => h.state)).toEqual(['red_flags']);
    expect(searchStates(tree, 'not at target dose').map((h) => h.state)).toEqual([
      'basics_checked',
    ]);
    expect(searchStates(tree, '  ')).toEqual([]);
  });
});

describe('blankTree', () => {
  it('starts with a shape-valid tree whose open problems guide the author', () => {
    const problems = checkTree(blankTree('x', 'X', '2026-01-01'), 'x').map((p) => p.message);
    expect(problems).toContain('dead end: this state has no answers and is not a recommendation');
    expect(problems).toContain('recommendation has no references');
  });
});
