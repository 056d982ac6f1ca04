/**
 * Vignette quiz: a learner answers a stored scenario's questions; at the end we say whether they
 * reached the expected recommendation and, where they diverged, what each path leads to.
 */
import { runScenario } from './scenarios';
import type { Scenario, Tree } from './types';

export interface Divergence {
  /** Index in the answer lists of the first differing answer. */
  index: number;
  state: string;
  given: string;
  expected: string;
}

export interface QuizResult {
  finished: boolean;
  /** Where the learner's answers lead (the current step while unfinished). */
  reached: string;
  expected: string;
  correct: boolean;
  divergence?: Divergence;
}

export function gradeQuiz(tree: Tree, scenario: Scenario, given: readonly string[]): QuizResult {
  const learner = runScenario(tree, { ...scenario, answers: [...given] });
  const reached = learner.visited[learner.visited.length - 1] ?? tree.initial;
  const finished = tree.states[reached]?.type === 'final';
  const result: QuizResult = {
    finished,
    reached,
    expected: scenario.expect,
    correct: finished && reached === scenario.expect,
  };
  const index = scenario.answers.findIndex(
    (answer, i) => given[i] !== undefined && given[i] !== answer,
  );
  if (index >= 0) {
    result.divergence = {
      index,
      state: learner.visited[index] ?? tree.initial,
      given: given[index] ?? '',
      expected: scenario.answers[index] ?? '',
    };
  }
  return result;
}
