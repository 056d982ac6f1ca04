import { describe, expect, it } from 'vitest';
import { backOne, changeAt, chooseAnswer, clearedTail } from '../../src/player/answerLog';

/** A tree where every log fits up to `limit` answers. */
const fitsUpTo = (limit: number) => (answers: readonly string[]) => answers.slice(0, limit);

describe('answer log with a pending tail', () => {
  it('Change sets the answers from that step on aside, the previous choice first', () => {
    expect(changeAt({ answers: ['A', 'B', 'C'], then: [] }, 1)).toEqual({
      answers: ['A'],
      then: ['B', 'C'],
    });
    // A second Change further back keeps the whole tail in order.
    expect(changeAt({ answers: ['A'], then: ['B', 'C'] }, 0)).toEqual({
      answers: [],
      then: ['A', 'B', 'C'],
    });
  });

  it('Back is Change of the last answer', () => {
    expect(backOne({ answers: ['A', 'B'], then: ['C'] })).toEqual({
      answers: ['A'],
      then: ['B', 'C'],
    });
  });

  it('choosing the previous answer again restores every later answer that fits', () => {
    expect(chooseAnswer({ answers: ['A'], then: ['B', 'C'] }, 'B', fitsUpTo(9))).toEqual({
      answers: ['A', 'B', 'C'],
      then: [],
    });
  });

  it('a restored tail that no longer fits keeps the old log, so nothing goes silently', () => {
    const next = chooseAnswer({ answers: ['A'], then: ['B', 'C', 'D'] }, 'B', fitsUpTo(3));
    expect(next).toEqual({ answers: ['A', 'B', 'C'], then: [], was: ['A', 'B', 'C', 'D'] });
    expect(clearedTail(next.answers, next.was ?? [])).toEqual({ at: 3, later: 1 });
  });

  it('a different answer clears the tail and records what it was', () => {
    const next = chooseAnswer({ answers: ['A'], then: ['B', 'C', 'D'] }, 'X', fitsUpTo(9));
    expect(next).toEqual({ answers: ['A', 'X'], then: [], was: ['A', 'B', 'C', 'D'] });
    expect(clearedTail(next.answers, next.was ?? [])).toEqual({ at: 1, later: 2 });
  });

  it('an answer with nothing pending is a plain step forward', () => {
    expect(chooseAnswer({ answers: ['A'], then: [] }, 'B', fitsUpTo(9))).toEqual({
      answers: ['A', 'B'],
      then: [],
    });
    expect(clearedTail(['A', 'B'], ['A', 'B'])).toBeUndefined();
  });
});
