/**
 * Self-loop answers (issue 11): Stepwise allows an answer that leads back to its own question
 * when the question has another way out; the answer log the player and presenter replay is capped.
 */
import { describe, expect, it } from 'vitest';
import * as walkEngine from '../../src/model/machine';
import { MAX_ANSWERS, toMachine, walk } from '../../src/model/machine';
import { validate } from '../../src/model/validate';
import { createPlayerModel, playerView } from '../../src/player/session';
import { exampleTree } from '../helpers';

function selfLoopTree() {
  const tree = exampleTree();
  const first = tree.states[tree.initial];
  if (!first?.on) throw new Error('fixture');
  first.on.ASK_AGAIN = { target: tree.initial, description: 'Not sure yet: ask again later' };
  return tree;
}

describe('a self-loop answer', () => {
  it('passes the validator when the question has another exit', () => {
    const tree = selfLoopTree();
    expect(validate(tree, { fileId: tree.id }).problems).toEqual([]);
  });

  it('replays at most MAX_ANSWERS answers of a long log, and says how long it was', () => {
    const tree = selfLoopTree();
    const answers = Array<string>(100_000).fill('ASK_AGAIN');
    const w = walk(toMachine(tree), answers);
    expect(w.answers).toHaveLength(MAX_ANSWERS);
    expect(w.capped).toBe(100_000);
    const view = playerView(createPlayerModel(tree, walkEngine), answers);
    expect(view.capped).toBe(100_000);
    expect(view.trail).toHaveLength(MAX_ANSWERS);
    expect(view.current).toBe(tree.initial);
  }, 30_000);

  it('leaves a log within the cap alone', () => {
    const tree = selfLoopTree();
    const w = walk(toMachine(tree), ['ASK_AGAIN', 'ASK_AGAIN']);
    expect(w.capped).toBeUndefined();
    expect(w.answers).toHaveLength(2);
  });
});
