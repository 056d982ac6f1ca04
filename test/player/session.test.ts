import { describe, expect, it } from 'vitest';
import * as walkEngine from '../../src/model/machine';
import { createPlayerModel, playerView } from '../../src/player/session';
import { chartSummary } from '../../src/player/summary';
import { exampleTree } from '../helpers';

const tree = exampleTree();
const model = createPlayerModel(tree, walkEngine);

describe('playerView', () => {
  it('starts at the initial question with the longest remaining count', () => {
    const view = playerView(model, []);
    expect(view).toMatchObject({
      current: 'basics_checked',
      step: 1,
      left: 2,
      done: false,
      trail: [],
    });
  });

  it('builds the trail from the answer log', () => {
    const view = playerView(model, ['YES', 'CONTINUE']);
    expect(view.done).toBe(true);
    expect(view.trail.map((s) => [s.state, s.answer])).toEqual([
      ['basics_checked', 'Yes, at target dose for 4 weeks or more'],
      ['red_flags', 'Continue'],
    ]);
  });

  it('resumes at the last step that fits when the log no longer fits', () => {
    const view = playerView(model, ['YES', 'GONE', 'CONTINUE']);
    expect(view).toMatchObject({ current: 'red_flags', answers: ['YES'], mismatch: { at: 1 } });
  });

  it('starts from a named state, and ignores one that does not exist', () => {
    expect(playerView(model, [], 'red_flags')).toMatchObject({
      current: 'red_flags',
      from: 'red_flags',
    });
    expect(playerView(model, [], 'nowhere')).toMatchObject({
      current: 'basics_checked',
      badFrom: 'nowhere',
    });
  });
});

describe('chartSummary', () => {
  it('lists tree, answers, recommendation, doses and references', () => {
    const text = chartSummary(tree, playerView(model, ['NO']), new Date('2026-01-02T10:00:00Z'));
    expect(text).toContain(
      'Example pathway (Stepwise pathway example-pathway, version 1.0.0, draft)',
    );
    expect(text).toContain('Date: 2026-01-02');
    expect(text).toContain(
      'Has the patient had an adequate trial of the first-line drug? No, or not at target dose',
    );
    expect(text).toContain('Recommended next step: Optimise the first-line drug');
    expect(text).toContain(
      'Exampledrug: start 10 mg at night; titration Increase by 10 mg weekly; target 30 mg at night',
    );
    expect(text).toContain('Author A. An example citation.');
  });
});
