import { describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from '../../src/io/drafts';
import { type KeyValueStorage } from '../../src/io/tabSession';
import { onTree } from '../../src/model/document';
import { removeState, updateStateMeta } from '../../src/model/edits';
import { wouldOrphan } from '../../src/editor/editActions';
import { documentText, EditorStore } from '../../src/editor/editorStore';
import { exampleTree } from '../helpers';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v);
    },
    removeItem: (k) => {
      data.delete(k);
    },
  };
}

describe('EditorStore', () => {
  const doc = { tree: exampleTree(), scenarios: [] };

  it('tracks dirtiness against the saved text, and undo back to it is clean again', () => {
    const store = new EditorStore(doc, { savedText: documentText(doc) });
    expect(store.dirty()).toBe(false);
    store.apply(onTree(updateStateMeta('red_flags', ['title'], 'Changed')), 'Edit');
    expect(store.dirty()).toBe(true);
    store.undo();
    expect(store.dirty()).toBe(false);
  });

  it('refuses a bad edit with a message and keeps the document', () => {
    const store = new EditorStore(doc, { savedText: '' });
    expect(store.apply(onTree(removeState('basics_checked')), 'Delete')).toBe(false);
    expect(store.getState().message).toMatch(/first step/);
    expect(store.doc).toBe(doc);
  });

  it('validates live, as the CLI does (scenarios included)', () => {
    const store = new EditorStore(doc, { savedText: '' });
    expect(store.problems().map((p) => p.message)).toContain(
      'no scenario ends at recommendation "add_second_drug"',
    );
  });
});

describe('wouldOrphan', () => {
  it('names the steps a deletion would cut off', () => {
    const tree = exampleTree();
    expect(wouldOrphan(tree, ['red_flags'], [])).toEqual(['add_second_drug']);
    expect(wouldOrphan(tree, [], [{ state: 'basics_checked', event: 'NO' }])).toEqual([
      'optimise_first_line',
    ]);
    expect(wouldOrphan(tree, ['add_second_drug'], [])).toEqual([]);
  });
});

describe('drafts', () => {
  it('keeps, returns and clears a draft per tree, and survives storage that throws', () => {
    const storage = memoryStorage();
    const draft = { doc: { tree: exampleTree(), scenarios: [] }, savedAt: '2026-01-01T00:00:00Z' };
    expect(saveDraft('example-pathway', draft, storage)).toBe(true);
    expect(loadDraft('example-pathway', storage)).toEqual(draft);
    clearDraft('example-pathway', storage);
    expect(loadDraft('example-pathway', storage)).toBeUndefined();
    const full: KeyValueStorage = {
      length: 1,
      key: () => 'stepwise:draft:x',
      getItem: () => '{bad',
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(saveDraft('x', draft, full)).toBe(false);
    expect(loadDraft('x', full)).toBeUndefined();
  });
});
