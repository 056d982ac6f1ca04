import { describe, expect, it } from 'vitest';
import { presentation } from '../../src/model/presentation';
import { gradeQuiz } from '../../src/model/quiz';
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
    expect([...p.concealed].sort()).toEqual(['add_second_drug', 'optimise_first_line']);
  });

  it('conceals nothing with progressive reveal off', () => {
    expect(presentation(tree, ['basics_checked'], [], false).concealed.size).toBe(0);
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
      divergence: { index: 0, state: 'basics_checked', given: 'NO', expected: 'YES' },
    });
  });
});
