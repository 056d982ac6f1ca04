import { describe, expect, it } from 'vitest';
import {
  copySelection,
  deleteNow,
  deleteQuestion,
  duplicateSelection,
  pasteClipboard,
  selectEverything,
} from '../../src/editor/authoring';
import { addNode } from '../../src/editor/editActions';
import { documentText, EditorStore } from '../../src/editor/editorStore';
import { NODE_HEIGHT, NODE_WIDTH } from '../../src/model/placement';
import { exampleTree } from '../helpers';

function storeWith(positions = true) {
  const tree = exampleTree();
  const doc = { tree, scenarios: [] };
  const store = new EditorStore(doc, { savedText: documentText(doc) });
  if (positions)
    store.setAutoPositions({
      basics_checked: { x: 0, y: 0 },
      red_flags: { x: -160, y: 206 },
      optimise_first_line: { x: 160, y: 206 },
      add_second_drug: { x: -160, y: 412 },
    });
  return store;
}

describe('authoring commands', () => {
  it('copies two connected steps and pastes them connected, selected, in one undo step', () => {
    const store = storeWith();
    store.pick({ states: ['red_flags', 'add_second_drug'], answers: [] });
    expect(copySelection(store)).toBe(true);
    const before = store.getState().history.past.length;
    expect(pasteClipboard(store)).toBe(true);
    const tree = store.doc.tree;
    expect(tree.states.red_flags_2?.on?.CONTINUE?.target).toBe('add_second_drug_2');
    expect(tree.states.red_flags_2?.meta.ui).toEqual({ x: -120, y: 246 });
    expect(store.getState().picked.states).toEqual(['red_flags_2', 'add_second_drug_2']);
    expect(store.getState().history.past.length).toBe(before + 1);
    // A second paste lands further on and gets fresh keys.
    pasteClipboard(store);
    expect(store.doc.tree.states.red_flags_3?.meta.ui).toEqual({ x: -80, y: 286 });
    store.undo();
    store.undo();
    expect(Object.keys(store.doc.tree.states)).toEqual(Object.keys(exampleTree().states));
    expect(store.getState().picked.states).toEqual([]);
  });

  it('duplicates the selection without touching the clipboard', () => {
    const store = storeWith();
    store.pick({ states: ['basics_checked'], answers: [] });
    copySelection(store);
    store.pick({ states: ['red_flags'], answers: [] });
    duplicateSelection(store);
    expect(store.doc.tree.states.red_flags_2).toBeDefined();
    pasteClipboard(store);
    expect(store.doc.tree.states.basics_checked_2).toBeDefined();
  });

  it('deletes a multi-selection in one undo step, asking only when steps are cut off', () => {
    const store = storeWith();
    selectEverything(store);
    expect(store.getState().picked.states).toHaveLength(4);
    const selection = { states: ['red_flags', 'optimise_first_line'], answers: [] };
    const question = deleteQuestion(store, selection);
    expect(question?.items).toEqual([expect.stringMatching(/\(add_second_drug\)$/) as string]);
    expect(question?.items?.[0]).toMatch(/^“/);
    expect(deleteNow(store, selection)).toBe(true);
    expect(Object.keys(store.doc.tree.states)).toEqual(['basics_checked', 'add_second_drug']);
    store.undo();
    expect(Object.keys(store.doc.tree.states)).toEqual(Object.keys(exampleTree().states));
    expect(deleteQuestion(store, { states: ['add_second_drug'], answers: [] })).toBeNull();
  });

  it('places a new step beside the selected one, clear of its neighbours, and stores the place', () => {
    const store = storeWith();
    const key = addNode(store, 'recommendation', { x: 0, y: 0 }, undefined, 'red_flags');
    const at = store.doc.tree.states[key ?? '']?.meta.ui;
    expect(at).toBeDefined();
    const boxes = Object.values(store.getState().autoPositions);
    for (const b of boxes) {
      const clear =
        (at?.x ?? 0) >= b.x + NODE_WIDTH ||
        b.x >= (at?.x ?? 0) + NODE_WIDTH ||
        (at?.y ?? 0) >= b.y + NODE_HEIGHT ||
        b.y >= (at?.y ?? 0) + NODE_HEIGHT;
      expect(clear).toBe(true);
    }
  });
});
