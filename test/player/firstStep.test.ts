/**
 * The player shows a pathway's first step before XState has loaded (`createPlayerModel` without
 * the engine). That view must be the one the XState walk gives, for every bundled tree.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as walkEngine from '../../src/model/machine';
import { parseTree } from '../../src/model/parse';
import { createPlayerModel, needsEngine, playerView } from '../../src/player/session';
import { exampleTree, readJson } from '../helpers';

const TREES = join(import.meta.dirname, '..', '..', 'trees');
const bundled = readdirSync(TREES).filter(
  (f) => /^[a-z0-9-]+\.json$/.test(f) && !f.endsWith('.schema.json'),
);

describe('the first step without the walk engine', () => {
  for (const file of bundled) {
    it(`is what the XState walk shows on ${file}`, () => {
      const parsed = parseTree(readJson(join(TREES, file)));
      if (!parsed.ok) throw new Error(file);
      const tree = parsed.value;
      expect(playerView(createPlayerModel(tree), [])).toEqual(
        playerView(createPlayerModel(tree, walkEngine), []),
      );
    });
  }

  it('ignores a start state that does not exist, as the walk does', () => {
    const tree = exampleTree();
    expect(playerView(createPlayerModel(tree), [], 'nowhere')).toEqual(
      playerView(createPlayerModel(tree, walkEngine), [], 'nowhere'),
    );
  });

  it('refuses a log it cannot replay rather than showing the wrong step', () => {
    const model = createPlayerModel(exampleTree());
    expect(() => playerView(model, ['YES'])).toThrow(/walk engine has not loaded/);
    expect(() => playerView(model, [], 'red_flags')).toThrow(/walk engine has not loaded/);
  });

  it('is needed for any answers, a start state or a set-aside tail', () => {
    expect(needsEngine({ answers: [] })).toBe(false);
    expect(needsEngine({ answers: ['YES'] })).toBe(true);
    expect(needsEngine({ answers: [], from: 'red_flags' })).toBe(true);
    expect(needsEngine({ answers: [], then: ['YES'] })).toBe(true);
  });
});
