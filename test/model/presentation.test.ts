import { describe, expect, it } from 'vitest';
import { beatIndex, lessonBeats, nextBeatText, presentation } from '../../src/model/presentation';
import {
  formatRun,
  gradeQuiz,
  nextCase,
  parseRun,
  recordCase,
  runScore,
} from '../../src/model/quiz';
import { exampleTree } from '../helpers';

const tree = exampleTree();

describe('presentation', () => {
  it('marks the current step, the path taken and the open answers', () => {
    const p = presentation(tree, ['basics_checked', 'red_flags'], ['YES'], true);
    expect(p.nodes.get('red_flags')).toBe('current');
    expect(p.nodes.get('basics_checked')).toBe('path');
    expect(p.nodes.get('add_second_drug')).toBe('next');
    expect(p.nodes.get('optimise_first_line')).toBe('unreached');
    expect(p.edges.get('basics_checked.YES')).toBe('taken');
    expect(p.edges.get('red_flags.CONTINUE')).toBe('available');
    expect(p.edges.get('basics_checked.NO')).toBe('other');
    // Reveal draws the path and the open answer's next step, nothing else.
    expect([...p.hidden]).toEqual(['optimise_first_line']);
    expect([...p.hiddenEdges]).toEqual(['basics_checked.NO']);
  });

  it('at the start, reveal draws the first question, its answers and their next steps only', () => {
    const p = presentation(tree, ['basics_checked'], [], true);
    expect(p.hidden).toEqual(new Set(['add_second_drug']));
    expect(p.hiddenEdges).toEqual(new Set(['red_flags.CONTINUE']));
  });

  it('hides nothing with progressive reveal off', () => {
    const p = presentation(tree, ['basics_checked'], [], false);
    expect(p.hidden.size + p.hiddenEdges.size).toBe(0);
  });
});

describe('lesson beats', () => {
  const beats = lessonBeats(tree, ['YES', 'CONTINUE']);

  it('asks, then reveals the answer, then moves on; a single-answer step has no answer beat', () => {
    expect(beats).toEqual([
      { answers: [], showAnswer: false },
      { answers: [], showAnswer: true },
      { answers: ['YES'], showAnswer: false },
      { answers: ['YES', 'CONTINUE'], showAnswer: false },
    ]);
    expect(beatIndex(beats, ['YES'], false)).toBe(2);
    expect(beatIndex(beats, ['NO'], false)).toBe(-1);
    expect(beatIndex(beats, ['YES'], true)).toBe(-1);
  });

  it('ends the script early at an answer the tree does not have', () => {
    expect(lessonBeats(tree, ['MAYBE', 'CONTINUE'])).toEqual([{ answers: [], showAnswer: false }]);
  });

  it('tells the speaker what the next press shows', () => {
    const yes = tree.states.basics_checked?.on?.YES?.description ?? '';
    expect(nextBeatText(tree, beats, 0)).toBe(`Reveal the case's answer: “${yes}”.`);
    expect(nextBeatText(tree, beats, 1)).toMatch(/^Move on to: /);
    expect(nextBeatText(tree, beats, 3)).toMatch(/^End of the case/);
    expect(nextBeatText(tree, beats, -1)).toMatch(/^Off the lesson script/);
  });
});

describe('gradeQuiz', () => {
  const scenario = {
    id: 's',
    title: 'S',
    case: 'c',
    answers: ['YES', 'CONTINUE'],
    expect: 'add_second_drug',
  };

  it('is correct when the learner follows the expected answers', () => {
    expect(gradeQuiz(tree, scenario, ['YES', 'CONTINUE'])).toMatchObject({
      finished: true,
      correct: true,
    });
    expect(gradeQuiz(tree, scenario, ['YES'])).toMatchObject({
      finished: false,
      reached: 'red_flags',
    });
  });

  it('shows the divergence: step, given and expected answers, and where each leads', () => {
    expect(gradeQuiz(tree, scenario, ['NO'])).toEqual({
      finished: true,
      reached: 'optimise_first_line',
      expected: 'add_second_drug',
      correct: false,
      visited: ['basics_checked', 'optimise_first_line'],
      missingPlan: [],
      divergence: { index: 0, state: 'basics_checked', given: 'NO', expected: 'YES' },
    });
  });

  it('is wrong when the path reaches the expected step without a plan step the case expects', () => {
    const withPlan = { ...scenario, plan: ['red_flags'] };
    expect(gradeQuiz(tree, withPlan, ['YES', 'CONTINUE'])).toMatchObject({
      correct: true,
      missingPlan: [],
    });
    // A tree where the expected step is reachable around the plan step.
    const around = structuredClone(tree);
    const yes = around.states.basics_checked?.on?.YES;
    if (yes) yes.target = 'add_second_drug';
    expect(gradeQuiz(around, withPlan, ['YES'])).toMatchObject({
      finished: true,
      reached: 'add_second_drug',
      correct: false,
      missingPlan: ['red_flags'],
    });
  });
});

describe('quiz run', () => {
  const cases = ['a', 'b', 'c'].map((id) => ({
    id,
    title: id,
    case: 'c',
    answers: [],
    expect: 'x',
  }));

  it('round-trips through the URL and ignores what it cannot read', () => {
    const run = parseRun(['a~1', 'b~0', 'junk', 'c~7', 'a~0']);
    expect(run).toEqual([
      { scenario: 'a', correct: true },
      { scenario: 'b', correct: false },
    ]);
    expect(formatRun(run)).toEqual(['a~1', 'b~0']);
  });

  it('scores the run, replaces a repeated case, and picks the next case not done', () => {
    const run = recordCase(parseRun(['a~0']), { scenario: 'a', correct: true });
    expect(runScore(run)).toEqual({ right: 1, done: 1 });
    expect(nextCase(cases, run)?.id).toBe('b');
    expect(nextCase(cases, run, 'b')?.id).toBe('c');
    expect(nextCase(cases, parseRun(['a~1', 'b~1', 'c~0']))).toBeUndefined();
  });
});
