/** An edit to an approved tree's content returns it to draft in the same undo step. */
import { describe, expect, it } from 'vitest';
import { documentText, EditorStore } from '../../src/editor/editorStore';
import {
  approvalOutdated,
  approvalRefusal,
  approvedContent,
  REOPENED_MESSAGE,
} from '../../src/model/approval';
import { onTree } from '../../src/model/document';
import { setPosition, updateStateMeta, updateTreeMeta } from '../../src/model/edits';
import type { Tree } from '../../src/model/types';
import { approvedExampleTree, exampleTree } from '../helpers';

function storeOf(tree: Tree): EditorStore {
  const doc = { tree, scenarios: [] };
  return new EditorStore(doc, { savedText: documentText(doc) });
}

describe('approved content', () => {
  it('leaves out layout and the sign-off fields, and nothing else', () => {
    const tree = approvedExampleTree();
    const moved = structuredClone(tree);
    const first = moved.states[moved.initial];
    if (!first) throw new Error('no initial state');
    first.meta.ui = { x: 10, y: 20 };
    moved.meta.status = 'draft';
    expect(approvedContent(moved)).toBe(approvedContent(tree));
    const reworded = structuredClone(tree);
    reworded.meta.title = 'Another title';
    expect(approvalOutdated(tree, reworded)).toBe(true);
    expect(approvalOutdated(tree, moved)).toBe(false);
  });
});

describe('editing an approved tree', () => {
  it('returns it to draft, says so, and one undo restores the approval', () => {
    const store = storeOf(approvedExampleTree());
    expect(store.apply(onTree(updateStateMeta('red_flags', ['title'], 'Changed')), 'Edit')).toBe(
      true,
    );
    const meta = store.doc.tree.meta;
    expect(meta.status).toBe('draft');
    expect(meta.approvedOn).toBeUndefined();
    expect(meta.reviewers).toBeUndefined();
    expect(meta.lastReviewed).toBe(approvedExampleTree().meta.lastReviewed);
    expect(store.getState().message).toBe(REOPENED_MESSAGE);
    store.apply(onTree(updateStateMeta('red_flags', ['title'], 'Changed again')), 'Edit');
    expect(store.getState().message).toBe(REOPENED_MESSAGE);
    store.undo();
    store.undo();
    expect(store.doc.tree.meta.status).toBe('approved');
    expect(store.doc.tree.meta.reviewers).toEqual(['Dr A. Reviewer']);
    expect(store.dirty()).toBe(false);
  });

  it('keeps the approval when steps are only moved', () => {
    const store = storeOf(approvedExampleTree());
    store.apply(onTree(setPosition('red_flags', 40, 80)), 'Move');
    expect(store.doc.tree.meta.status).toBe('approved');
    expect(store.getState().message).toBe('');
  });

  it('lets the author retire it without a second change of status', () => {
    const store = storeOf(approvedExampleTree());
    store.apply(onTree(updateTreeMeta(['status'], 'retired')), 'Edit status');
    expect(store.doc.tree.meta.status).toBe('retired');
    expect(store.getState().message).toBe('');
  });

  it('changes nothing for a draft', () => {
    const store = storeOf(exampleTree());
    store.apply(onTree(updateStateMeta('red_flags', ['title'], 'Changed')), 'Edit');
    expect(store.doc.tree.meta.status).toBe(exampleTree().meta.status);
    expect(store.getState().message).toBe('');
  });
});

describe('a change of status away from approved', () => {
  it('retiring an approved tree drops its sign-off in the same undo step', () => {
    const store = storeOf(approvedExampleTree());
    store.apply(onTree(updateTreeMeta(['status'], 'retired')), 'Edit status');
    const meta = store.doc.tree.meta;
    expect(meta.status).toBe('retired');
    expect([meta.reviewers, meta.approvedOn, meta.reviewDue]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    // An edit after retiring cannot leave an approval standing on changed content.
    store.apply(onTree(updateStateMeta('red_flags', ['title'], 'Changed')), 'Edit');
    expect(store.doc.tree.meta.reviewers).toBeUndefined();
    store.undo();
    store.undo();
    expect(store.doc.tree.meta).toMatchObject({
      status: 'approved',
      reviewers: ['Dr A. Reviewer'],
    });
    expect(store.dirty()).toBe(false);
  });

  it('sending it back to review drops the sign-off too', () => {
    const store = storeOf(approvedExampleTree());
    store.apply(onTree(updateTreeMeta(['status'], 'in-review')), 'Edit status');
    expect(store.doc.tree.meta.status).toBe('in-review');
    expect(store.doc.tree.meta.approvedOn).toBeUndefined();
  });

  it('a tree that came in retired with sign-off fields loses them on its first edit', () => {
    const tree = approvedExampleTree();
    tree.meta.status = 'retired';
    const store = storeOf(tree);
    store.apply(onTree(updateStateMeta('red_flags', ['title'], 'Changed')), 'Edit');
    expect(store.doc.tree.meta.reviewDue).toBeUndefined();
  });

  it('the save rule refuses a tree of any other status that still names an approval', () => {
    const saved = approvedExampleTree();
    for (const status of ['retired', 'draft', 'in-review'] as const) {
      const next = structuredClone(saved);
      next.meta.status = status;
      next.meta.title = 'Changed after sign-off';
      expect(approvalRefusal(saved, next)).toMatch(
        new RegExp(`^a tree that is ${status} carries no approval`),
      );
    }
    const clean = structuredClone(saved);
    clean.meta.status = 'retired';
    delete clean.meta.reviewers;
    delete clean.meta.approvedOn;
    delete clean.meta.reviewDue;
    expect(approvalRefusal(saved, clean)).toBeUndefined();
  });
});
