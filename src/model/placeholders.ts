/**
 * The editor's own starting texts and generated ids. They exist so that a new step has something
 * to click on, not as content: the validator flags every one still in place, so a tree cannot be
 * put in review with "New question" in it or an answer called `ANSWER_1`.
 */
import { formatPath } from './path';
import type { Problem, StateNode, Tree } from './types';

/**
 * The target of an answer the author has not pointed anywhere yet. The file stays readable (a
 * target is any string) and the validator names the answer until a step is picked, rather than
 * the editor guessing a step the author never chose.
 */
export const NO_TARGET = '';

/** Starting texts of new steps, answers, scenarios and trees, in one place for both sides. */
export const PLACEHOLDER = {
  questionPrompt: 'New question',
  questionHelp: 'Why this matters, and what counts as adequate.',
  infoTitle: 'New step',
  infoBody: 'What the clinician should know here.',
  planTitle: 'New plan step',
  planAction: 'Describe what this adds to the plan.',
  recommendationTitle: 'New recommendation',
  recommendationAction: 'Describe the next step.',
  answerLabel: 'New answer',
  scenarioCase: 'Describe the patient.',
  treeSummary: 'What this pathway helps decide, and for whom.',
  sourceTitle: 'Source document title',
  sourcePublisher: 'Publisher',
} as const;

const PLACEHOLDER_TEXTS: ReadonlySet<string> = new Set(Object.values(PLACEHOLDER));

/** State keys the editor makes up (`question`, `info_2`, `first_recommendation`...). */
const GENERATED_STATE_KEY =
  /^(?:(?:question|info|plan|recommendation)(?:_\d+)?|first_question|first_recommendation)$/;
/** Answer ids the editor makes up: `ANSWER_1`, `ANSWER_2`... */
export const GENERATED_EVENT_ID = /^ANSWER_\d+$/;

export function isGeneratedStateKey(key: string): boolean {
  return GENERATED_STATE_KEY.test(key);
}

export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER_TEXTS.has(text.trim());
}

type Add = (path: PropertyKey[], message: string, state?: string) => void;

const TEXT_FIELDS = ['prompt', 'help', 'title', 'body'] as const;

function checkStateTexts(key: string, node: StateNode, add: Add): void {
  const meta = node.meta as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    const value = meta[field];
    if (typeof value === 'string' && isPlaceholderText(value))
      add(['states', key, 'meta', field], `still has the editor's placeholder "${value}"`, key);
  }
  const actions = meta.actions;
  if (Array.isArray(actions))
    actions.forEach((action, i) => {
      if (typeof action === 'string' && isPlaceholderText(action))
        add(
          ['states', key, 'meta', 'actions', i],
          `still has the editor's placeholder "${action}"`,
          key,
        );
    });
  for (const [event, answer] of Object.entries(node.on ?? {})) {
    if (GENERATED_EVENT_ID.test(event))
      add(
        ['states', key, 'on', event],
        `answer id "${event}" was made up by the editor: rename it to say what the answer is (e.g. NOT_TRIED)`,
        key,
      );
    if (isPlaceholderText(answer.description))
      add(
        ['states', key, 'on', event, 'description'],
        `still has the editor's placeholder "${answer.description}"`,
        key,
      );
  }
}

/** Placeholder texts and generated ids still in a tree, one problem each. */
export function placeholderProblems(tree: Tree): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (path, message, state) => {
    const problem: Problem = { path: formatPath(path), message, file: 'tree' };
    if (state !== undefined) problem.state = state;
    problems.push(problem);
  };
  if (isPlaceholderText(tree.meta.summary))
    add(['meta', 'summary'], `still has the editor's placeholder "${tree.meta.summary}"`);
  if (isPlaceholderText(tree.meta.source.title))
    add(
      ['meta', 'source', 'title'],
      `still has the editor's placeholder "${tree.meta.source.title}"`,
    );
  if (isPlaceholderText(tree.meta.source.publisher))
    add(
      ['meta', 'source', 'publisher'],
      `still has the editor's placeholder "${tree.meta.source.publisher}"`,
    );
  for (const [key, node] of Object.entries(tree.states)) {
    if (isGeneratedStateKey(key))
      add(
        ['states', key],
        `step id "${key}" was made up by the editor: rename it to say what the step is (e.g. duloxetine_tried)`,
        key,
      );
    checkStateTexts(key, node, add);
  }
  return problems;
}

/** Scenario cases still holding the editor's placeholder. */
export function scenarioPlaceholderProblems(
  scenarios: readonly { id: string; case: string }[],
): Problem[] {
  const problems: Problem[] = [];
  scenarios.forEach((scenario, i) => {
    if (isPlaceholderText(scenario.case))
      problems.push({
        path: formatPath(['scenarios', i, 'case']),
        message: `scenario "${scenario.id}" still has the editor's placeholder "${scenario.case}"`,
        file: 'scenarios',
      });
  });
  return problems;
}

/** The tree without answers that lead nowhere yet, so a preview can play the rest of it. */
export function withoutOpenAnswers<T extends Tree>(tree: T): T {
  let changed = false;
  const states: Record<string, StateNode> = {};
  for (const [key, node] of Object.entries(tree.states)) {
    const on = node.on;
    if (on && Object.values(on).some((answer) => answer.target === NO_TARGET)) {
      changed = true;
      states[key] = {
        ...node,
        on: Object.fromEntries(Object.entries(on).filter(([, a]) => a.target !== NO_TARGET)),
      };
    } else states[key] = node;
  }
  return changed ? { ...tree, states } : tree;
}
