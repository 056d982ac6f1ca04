/** Scenarios: named patient vignettes whose answers must lead to an expected recommendation. */
import { formatPath } from './path';
import { hasOwn, own } from './own';
import type { Problem, Scenario, ScenarioFile, Tree } from './types';

export interface ScenarioRun {
  scenario: Scenario;
  /** State keys visited, starting at the initial state. */
  visited: string[];
  passed: boolean;
  /** Index in `answers` where the path breaks, if it does. */
  brokenAt?: number;
  /** Plan steps the scenario expects that the walk did not pass. */
  missingPlan?: string[];
  message?: string;
}

/**
 * Follows a scenario's answers through the tree. Equivalent to replaying them through the XState
 * machine (the format has no guards), but works on trees too broken to build a machine from.
 */
export function runScenario(tree: Tree, scenario: Scenario): ScenarioRun {
  let current = tree.initial;
  const visited = [current];
  for (let i = 0; i < scenario.answers.length; i++) {
    const event = scenario.answers[i] as string;
    const node = own(tree.states, current);
    const transition = own(node?.on, event);
    if (!transition) {
      const why =
        node?.type === 'final'
          ? `the pathway already ended at "${current}"`
          : `"${current}" has no answer "${event}"`;
      return { scenario, visited, passed: false, brokenAt: i, message: why };
    }
    current = transition.target;
    visited.push(current);
  }
  if (current !== scenario.expect) {
    return {
      scenario,
      visited,
      passed: false,
      message: `ends at "${current}", expected "${scenario.expect}"`,
    };
  }
  const missing = (scenario.plan ?? []).filter((key) => !visited.includes(key));
  if (missing.length > 0) {
    return {
      scenario,
      visited,
      passed: false,
      message: `the plan lacks ${missing.map((key) => `"${key}"`).join(', ')}`,
      missingPlan: missing,
    };
  }
  return { scenario, visited, passed: true };
}

export function checkScenarios(tree: Tree, file: ScenarioFile): Problem[] {
  const problems: Problem[] = [];
  const add = (segments: PropertyKey[], message: string): void => {
    problems.push({ path: formatPath(segments), message, file: 'scenarios' });
  };
  if (file.tree !== tree.id) add(['tree'], `is "${file.tree}" but the tree id is "${tree.id}"`);
  const ids = new Set<string>();
  const covered = new Set<string>();
  file.scenarios.forEach((scenario, i) => {
    const at = ['scenarios', i];
    if (ids.has(scenario.id)) add([...at, 'id'], `duplicate scenario id "${scenario.id}"`);
    ids.add(scenario.id);
    const target = own(tree.states, scenario.expect);
    if (!target) {
      add([...at, 'expect'], `state "${scenario.expect}" does not exist`);
      return;
    }
    if (target.meta.kind !== 'recommendation') {
      add([...at, 'expect'], `"${scenario.expect}" is not a recommendation`);
      return;
    }
    covered.add(scenario.expect);
    const badPlan = (scenario.plan ?? []).filter((key, j) => {
      const step = own(tree.states, key);
      if (step?.meta.kind === 'plan') {
        covered.add(key);
        return false;
      }
      add(
        [...at, 'plan', j],
        step ? `"${key}" is not a plan step` : `state "${key}" does not exist`,
      );
      return true;
    });
    if (badPlan.length > 0) return;
    const run = runScenario(tree, scenario);
    if (run.passed) return;
    const where =
      run.brokenAt !== undefined
        ? [...at, 'answers', run.brokenAt]
        : run.missingPlan !== undefined
          ? [...at, 'plan']
          : [...at, 'expect'];
    add(where, `scenario "${scenario.id}" fails: ${run.message ?? ''}`);
  });
  for (const [key, node] of Object.entries(tree.states)) {
    if (node.meta.kind === 'recommendation' && !covered.has(key)) {
      add(['scenarios'], `no scenario ends at recommendation "${key}"`);
    }
    if (node.meta.kind === 'plan' && !covered.has(key)) {
      add(['scenarios'], `no scenario lists plan step "${key}" in its plan`);
    }
  }
  return problems;
}

/** The shortest answer list from the initial state to `target` (breadth-first), if there is one. */
export function shortestAnswersTo(tree: Tree, target: string): string[] | undefined {
  const previous = new Map<string, { from: string; event: string }>();
  const queue = [tree.initial];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i] as string;
    if (key === target) {
      const answers: string[] = [];
      for (let at = key; at !== tree.initial;) {
        const step = previous.get(at);
        if (!step) break;
        answers.unshift(step.event);
        at = step.from;
      }
      return answers;
    }
    for (const [event, t] of Object.entries(tree.states[key]?.on ?? {})) {
      if (seen.has(t.target) || !hasOwn(tree.states, t.target)) continue;
      seen.add(t.target);
      previous.set(t.target, { from: key, event });
      queue.push(t.target);
    }
  }
  return undefined;
}
