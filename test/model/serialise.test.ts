import { describe, expect, it } from 'vitest';
import { parseJsonText, parseTree } from '../../src/model/parse';
import { serialiseTree } from '../../src/model/serialise';
import { exampleTree } from '../helpers';

describe('serialiseTree', () => {
  it('puts keys in schema order whatever order they were built in', () => {
    const tree = exampleTree();
    const shuffled = JSON.parse(
      JSON.stringify({ states: tree.states, meta: tree.meta, initial: tree.initial, id: tree.id }),
    ) as unknown;
    const parsed = parseTree(shuffled);
    if (!parsed.ok) throw new Error('parse failed');
    const text = serialiseTree(parsed.value);
    expect(text.indexOf('"id"')).toBeLessThan(text.indexOf('"initial"'));
    expect(text.indexOf('"initial"')).toBeLessThan(text.indexOf('"meta"'));
    expect(text.endsWith('}\n')).toBe(true);
    // The bytes parse back to a tree that serialises to the same bytes: a fixed point of the
    // text itself, not of the object that produced it.
    const reparsed = parseTree(JSON.parse(text));
    if (!reparsed.ok)
      throw new Error(`the serialised text does not parse: ${JSON.stringify(reparsed.problems)}`);
    expect(reparsed.value).not.toBe(parsed.value);
    expect(serialiseTree(reparsed.value)).toBe(text);
    expect(reparsed.value).toEqual(parsed.value);
  });

  it('keeps the author order of states and answers', () => {
    const text = serialiseTree(exampleTree());
    expect(text.indexOf('"basics_checked": {')).toBeLessThan(text.indexOf('"red_flags": {'));
    expect(text.indexOf('"YES": {')).toBeLessThan(text.indexOf('"NO": {'));
  });
});

describe('parseJsonText', () => {
  it('says where the syntax breaks', () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b": \n}');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.message).toMatch(/^invalid JSON at line 4, column 1/);
  });
});
