import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { StableList } from '../../src/editor/stableFlow';
import { documentText, EditorStore, LARGE_TREE } from '../../src/editor/editorStore';
import { onTree } from '../../src/model/document';
import { updateStateMeta } from '../../src/model/edits';
import { generateTree } from '../model/generateTree';

const node = (id: string, title: string, x = 0): Node => ({
  id,
  position: { x, y: 0 },
  data: { title },
});

describe('StableList', () => {
  it('hands back the same objects, and the same array, when nothing changed', () => {
    const list = new StableList<Node>();
    const first = list.keep([node('a', 'A'), node('b', 'B')]);
    const again = list.keep([node('a', 'A'), node('b', 'B')]);
    expect(again).toBe(first);
  });

  it('gives a new object only for the element that changed', () => {
    const list = new StableList<Node>();
    const [a, b] = list.keep([node('a', 'A'), node('b', 'B')]);
    const next = list.keep([node('a', 'A'), node('b', 'B2')]);
    expect(next[0]).toBe(a);
    expect(next[1]).not.toBe(b);
    expect(next[1]?.data).toEqual({ title: 'B2' });
    expect(list.keep([node('a', 'A', 5), node('b', 'B2')])[0]).not.toBe(a);
  });

  it('finishes only new and changed elements, and compares without what it added', () => {
    const list = new StableList<Edge>();
    const finish = (e: Edge): Edge => ({ ...e, selected: true });
    const [edge] = list.keep([{ id: 'e', source: 'a', target: 'b' }], finish);
    expect(edge?.selected).toBe(true);
    expect(list.keep([{ id: 'e', source: 'a', target: 'b' }], finish)[0]).toBe(edge);
  });

  it('notices removed and reordered elements', () => {
    const list = new StableList<Node>();
    const first = list.keep([node('a', 'A'), node('b', 'B')]);
    expect(list.keep([node('b', 'B'), node('a', 'A')])).not.toBe(first);
    expect(list.keep([node('a', 'A')])).toHaveLength(1);
  });
});

describe('EditorStore.dirty on a large tree', () => {
  it('compares the text once, then versions against the clean one, and undo is clean again', () => {
    const tree = generateTree(LARGE_TREE + 10, 3);
    const doc = { tree, scenarios: [] };
    const store = new EditorStore(doc, { savedText: documentText(doc) });
    expect(store.dirty()).toBe(false);
    const prompt = tree.states.q_1?.meta.kind === 'question' ? tree.states.q_1.meta.prompt : '';
    store.apply(onTree(updateStateMeta('q_1', ['prompt'], `${prompt}!`)), 'Edit', 'q_1');
    expect(store.dirty()).toBe(true);
    // Typed back to what was saved: same content, so clean without serialising again.
    store.apply(onTree(updateStateMeta('q_1', ['prompt'], prompt)), 'Edit', 'q_1');
    expect(store.dirty()).toBe(false);
    store.apply(onTree(updateStateMeta('q_2', ['prompt'], 'Changed')), 'Edit');
    expect(store.dirty()).toBe(true);
    store.undo();
    expect(store.dirty()).toBe(false);
  });
});
