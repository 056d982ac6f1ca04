/**
 * The validator: shape (via `parse`), then the format's rules, in time linear in the size of the
 * tree. Every problem names a JSON path and says what is wrong in plain words.
 */
import { answersOf, canReachRecommendation, cycles, reachableFrom, successors } from './graph';
import { toMachine } from './machine';
import { hasOwn } from './own';
import { parseScenarioFile, parseTree } from './parse';
import { formatPath } from './path';
import { checkScenarios } from './scenarios';
import { initialTransition } from 'xstate';
import type { Problem, ScenarioFile, StateNode, Tree } from './types';

export interface ValidateOptions {
  /** The file name without `.json`; the tree `id` must equal it. */
  fileId?: string;
  /** Parsed JSON of `<id>.scenarios.json`, when there is one. */
  scenarios?: unknown;
}

export interface Validation {
  problems: Problem[];
  tree?: Tree;
  scenarios?: ScenarioFile;
}

/** Validates unknown JSON as a tree (and its scenarios). `problems` is empty when it is clean. */
export function validate(json: unknown, options: ValidateOptions = {}): Validation {
  const parsed = parseTree(json);
  if (!parsed.ok) return { problems: parsed.problems };
  const tree = parsed.value;
  const problems = checkTree(tree, options.fileId);
  const result: Validation = { problems, tree };
  if (options.scenarios !== undefined) {
    const file = parseScenarioFile(options.scenarios);
    if (!file.ok) problems.push(...file.problems);
    else {
      result.scenarios = file.value;
      problems.push(...checkScenarios(tree, file.value));
    }
  }
  return result;
}

/** The format's rules on a tree whose shape is already known to be right. */
export function checkTree(tree: Tree, fileId?: string): Problem[] {
  const problems: Problem[] = [];
  const add = (segments: PropertyKey[], message: string, state?: string): void => {
    const problem: Problem = { path: formatPath(segments), message, file: 'tree' };
    if (state !== undefined) problem.state = state;
    problems.push(problem);
  };

  if (fileId !== undefined && tree.id !== fileId) {
    add(['id'], `is "${tree.id}" but the file is named "${fileId}.json"; they must match`);
  }
  if (!hasOwn(tree.states, tree.initial))
    add(['initial'], `state "${tree.initial}" does not exist`);
  if (Object.keys(tree.states).length === 0) add(['states'], 'the tree has no states');

  const referenceIds = new Set<string>();
  tree.meta.references.forEach((ref, i) => {
    if (referenceIds.has(ref.id))
      add(['meta', 'references', i, 'id'], `duplicate reference id "${ref.id}"`);
    referenceIds.add(ref.id);
  });
  const checkRefs = (
    ids: readonly string[] | undefined,
    at: PropertyKey[],
    state: string,
  ): void => {
    ids?.forEach((id, i) => {
      if (!referenceIds.has(id))
        add([...at, i], `reference "${id}" is not in meta.references`, state);
    });
  };

  let structural = problems.length > 0;
  for (const [key, node] of Object.entries(tree.states)) {
    const at = ['states', key];
    structural = checkState(tree, key, node, add) || structural;
    checkRefs(node.meta.references, [...at, 'meta', 'references'], key);
    if (node.meta.kind === 'recommendation') {
      node.meta.doNot?.forEach((item, i) => {
        checkRefs(item.references, [...at, 'meta', 'doNot', i, 'references'], key);
      });
    }
  }

  if (!structural) {
    try {
      initialTransition(toMachine(tree));
    } catch (error) {
      add(
        [],
        `XState cannot build this machine: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  checkGraph(tree, add);
  return problems;
}

type Add = (segments: PropertyKey[], message: string, state?: string) => void;

/** Rules for one state. Returns true when a problem would also break `createMachine`. */
function checkState(tree: Tree, key: string, node: StateNode, add: Add): boolean {
  const at = ['states', key];
  let structural = false;
  const answers = answersOf(node);
  const kind = node.meta.kind;
  if (kind === 'recommendation') {
    if (node.type !== 'final') add([...at, 'type'], 'a recommendation must be "final"', key);
    if (answers.length > 0)
      add([...at, 'on'], 'a recommendation ends the pathway and cannot have answers', key);
    if ((node.meta.evidence ?? []).length === 0)
      add(
        [...at, 'meta', 'evidence'],
        'recommendation has no evidence entry (add one with a note if the source gives no grade)',
        key,
      );
    if ((node.meta.references ?? []).length === 0)
      add([...at, 'meta', 'references'], 'recommendation has no references', key);
    if (node.meta.actions.length === 0)
      add([...at, 'meta', 'actions'], 'recommendation has no actions', key);
    return false;
  }
  if (node.type === 'final')
    add([...at, 'type'], `only recommendations can be final; this is a ${kind}`, key);
  if (kind === 'question' && answers.length === 1)
    add([...at, 'on'], 'a question needs at least two answers', key);
  if (kind === 'info' && answers.length > 1)
    add([...at, 'on'], 'an info step has exactly one answer (Continue)', key);
  if (answers.length === 0)
    add([...at, 'on'], 'dead end: this state has no answers and is not a recommendation', key);
  const labels = new Map<string, string>();
  for (const answer of answers) {
    const here = [...at, 'on', answer.event];
    if (!hasOwn(tree.states, answer.target)) {
      add([...here, 'target'], `state "${answer.target}" does not exist`, key);
      structural = true;
    }
    const label = answer.label.trim().toLowerCase();
    if (label === '') add([...here, 'description'], 'answer label is empty', key);
    else if (labels.has(label))
      add(
        [...here, 'description'],
        `duplicate answer label "${answer.label}" (also on ${labels.get(label) ?? ''})`,
        key,
      );
    else labels.set(label, answer.event);
  }
  return structural;
}

function checkGraph(tree: Tree, add: Add): void {
  const next = successors(tree);
  const reachable = reachableFrom(next, tree.initial);
  const productive = canReachRecommendation(tree, next);
  const trapped = new Set<string>();
  for (const component of cycles(next)) {
    const members = new Set(component);
    const exits = component.some((k) => (next.get(k) ?? []).some((t) => !members.has(t)));
    if (exits) continue;
    const first = component[0] as string;
    add(['states', first], `cycle with no way out: ${[...component, first].join(' → ')}`, first);
    for (const k of component) trapped.add(k);
  }
  for (const key of Object.keys(tree.states)) {
    if (!reachable.has(key))
      add(['states', key], `unreachable: no path from "${tree.initial}" leads here`, key);
    const node = tree.states[key] as StateNode;
    const deadEnd = node.meta.kind !== 'recommendation' && (next.get(key) ?? []).length === 0;
    if (!productive.has(key) && !deadEnd && !trapped.has(key)) {
      add(['states', key], 'no path from here reaches a recommendation', key);
    }
  }
}
