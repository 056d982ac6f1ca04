import { describe, expect, it } from 'vitest';
import { countPaths, cycles, successors } from '../../src/model/graph';
import { walk, toMachine } from '../../src/model/machine';
import { treeStats } from '../../src/model/stats';
import { exampleTree } from '../helpers';

describe('graph facts', () => {
  it('finds cycles, including self-loops, without recursion', () => {
    const next = new Map([
      ['a', ['b']],
      ['b', ['c', 'a']],
      ['c', ['c']],
      ['d', []],
    ]);
    expect(cycles(next).map((c) => c.sort())).toEqual([['c'], ['a', 'b']]);
    const long = new Map(
      Array.from({ length: 50000 }, (_, i) => [`s${i}`, i < 49999 ? [`s${i + 1}`] : []]),
    );
    expect(cycles(long)).toEqual([]);
  });

  it('counts root-to-recommendation paths', () => {
    const tree = exampleTree();
    expect(countPaths(tree, successors(tree))).toBe(2);
    expect(treeStats(tree)).toEqual({
      questions: 1,
      info: 1,
      plans: 0,
      recommendations: 2,
      answers: 3,
      paths: 2,
    });
  });
});

describe('walk', () => {
  it('replays answers through XState and stops at the first that does not fit', () => {
    const machine = toMachine(exampleTree());
    expect(walk(machine, ['YES', 'CONTINUE'])).toMatchObject({
      current: 'add_second_drug',
      done: true,
    });
    const broken = walk(machine, ['YES', 'MAYBE', 'CONTINUE']);
    expect(broken).toMatchObject({
      current: 'red_flags',
      brokenAt: 1,
      answers: ['YES'],
      done: false,
    });
    expect(walk(machine, ['NO', 'YES'])).toMatchObject({
      brokenAt: 1,
      reason: 'the pathway had already ended',
    });
    expect(walk(machine, ['CONTINUE'], 'red_flags')).toMatchObject({
      states: ['red_flags', 'add_second_drug'],
    });
  });
});
