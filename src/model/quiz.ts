/**
 * Vignette quiz: a learner answers a stored scenario's questions; at the end we say whether they
 * reached the expected recommendation and, where they diverged, what each path leads to.
 */
import { planSteps } from './carePlan';
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
  /** Reached the expected step with every plan step the case expects. */
  correct: boolean;
  /** States of the learner's walk, initial first. */
  visited: string[];
  /** Plan steps the case expects that the learner's path did not pass (once finished). */
  missingPlan: string[];
  divergence?: Divergence;
}

/** The plan steps a case expects: its `plan` list, or else those on its own answer path. */
export function expectedPlan(tree: Tree, scenario: Scenario): string[] {
  if (scenario.plan) return [...scenario.plan];
  return planSteps(tree, runScenario(tree, scenario).visited);
}

/**
 * Grades a learner's answers against a case: where they lead, whether that is the expected step
 * with the expected plan (as `runScenario` checks a scenario), and the first answer that differed.
 */
export function gradeQuiz(tree: Tree, scenario: Scenario, given: readonly string[]): QuizResult {
  const plan = expectedPlan(tree, scenario);
  const learner = runScenario(tree, { ...scenario, answers: [...given], plan });
  const reached = learner.visited[learner.visited.length - 1] ?? tree.initial;
  const finished = tree.states[reached]?.type === 'final';
  const missingPlan = finished ? plan.filter((key) => !learner.visited.includes(key)) : [];
  const result: QuizResult = {
    finished,
    reached,
    expected: scenario.expect,
    correct: finished && learner.passed,
    visited: learner.visited,
    missingPlan,
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

/** One case done in a quiz run. */
export interface RunEntry {
  scenario: string;
  correct: boolean;
}

/** Reads the run kept in the URL (`<case>~1` right, `<case>~0` wrong); anything else is dropped. */
export function parseRun(items: readonly string[]): RunEntry[] {
  const entries: RunEntry[] = [];
  for (const item of items) {
    const m = /^([a-z0-9-]+)~([01])$/.exec(item);
    if (m?.[1] !== undefined && !entries.some((e) => e.scenario === m[1]))
      entries.push({ scenario: m[1], correct: m[2] === '1' });
  }
  return entries;
}

/** The run as URL items. */
export function formatRun(run: readonly RunEntry[]): string[] {
  return run.map((e) => `${e.scenario}~${e.correct ? '1' : '0'}`);
}

/** The run with a case's result recorded (replacing an earlier attempt at the same case). */
export function recordCase(run: readonly RunEntry[], entry: RunEntry): RunEntry[] {
  return [...run.filter((e) => e.scenario !== entry.scenario), entry];
}

/** Cases right and cases done. */
export function runScore(run: readonly RunEntry[]): { right: number; done: number } {
  return { right: run.filter((e) => e.correct).length, done: run.length };
}

/** The next case of a run: the first in file order not done yet, other than `current`. */
export function nextCase(
  scenarios: readonly Scenario[],
  run: readonly RunEntry[],
  current?: string,
): Scenario | undefined {
  return scenarios.find((s) => s.id !== current && !run.some((e) => e.scenario === s.id));
}
