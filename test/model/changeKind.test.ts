import { describe, expect, it } from 'vitest';
import { changeKind } from '../../src/model/changeKind';
import { applyEdit } from '../../src/model/edits';
import { parseTree } from '../../src/model/parse';
import { PLACEHOLDER } from '../../src/model/placeholders';
import { exampleTree } from '../helpers';

describe('changing a step’s kind', () => {
  it('turns a question into an info step: prompt to title, help to body, answers kept', () => {
    const tree = exampleTree();
    const before = tree.states.basics_checked;
    const after = applyEdit(tree, changeKind('basics_checked', 'info'));
    const node = after.states.basics_checked;
    expect(node?.meta.kind).toBe('info');
    if (node?.meta.kind !== 'info' || before?.meta.kind !== 'question') throw new Error('kind');
    expect(node.meta.title).toBe(before.meta.prompt);
    expect(node.meta.body).toBe(before.meta.help);
    expect(node.on).toEqual(before.on);
    expect(Object.keys(after.states)).toEqual(Object.keys(tree.states));
    expect(parseTree(after).ok).toBe(true);
  });

  it('makes a recommendation final with no answers, and back with none', () => {
    const tree = exampleTree();
    const rec = applyEdit(tree, changeKind('red_flags', 'recommendation'));
    expect(rec.states.red_flags?.type).toBe('final');
    expect(rec.states.red_flags?.on).toBeUndefined();
    const meta = rec.states.red_flags?.meta;
    if (meta?.kind !== 'recommendation') throw new Error('kind');
    expect(meta.actions.length).toBe(1);
    const back = applyEdit(rec, changeKind('red_flags', 'question'));
    expect(back.states.red_flags?.type).toBeUndefined();
    expect(back.states.red_flags?.on).toEqual({});
    expect(parseTree(back).ok).toBe(true);
  });

  it('keeps every clinical field between a recommendation and a plan step', () => {
    const tree = exampleTree();
    const before = tree.states.optimise_first_line?.meta;
    const plan = applyEdit(tree, changeKind('optimise_first_line', 'plan'));
    expect(plan.states.optimise_first_line?.meta).toEqual({ ...before, kind: 'plan' });
    expect(plan.states.optimise_first_line?.type).toBeUndefined();
    expect(parseTree(plan).ok).toBe(true);
  });

  it('fills a text the old step lacked with a placeholder, never an empty string', () => {
    const tree = exampleTree();
    const noActions = applyEdit(tree, (draft) => {
      const meta = draft.states.optimise_first_line?.meta;
      if (meta?.kind === 'recommendation') meta.actions = [];
    });
    const question = applyEdit(noActions, changeKind('optimise_first_line', 'question'));
    const meta = question.states.optimise_first_line?.meta;
    if (meta?.kind !== 'question') throw new Error('kind');
    expect(meta.help).toBe(PLACEHOLDER.questionHelp);
    expect(parseTree(question).ok).toBe(true);
  });

  it('does nothing when the kind is the same', () => {
    const tree = exampleTree();
    expect(applyEdit(tree, changeKind('red_flags', 'info'))).toBe(tree);
  });
});
