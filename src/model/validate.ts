/**
 * The validator: shape (via `parse`), then the format's rules, in time linear in the size of the
 * tree. Every problem names a JSON path and says what is wrong in plain words.
 *
 * It does not build the XState machine: the rules already imply what `createMachine` needs (the
 * initial state and every target exist, keys follow the patterns in `schema.ts`), and the build
 * would cost more than all of them together. test/model/machineBuild.test.ts keeps that promise.
 */
import { appendAll, capProblems } from './problemCap';
import { controlCharacterProblems, metaFieldProblems } from './fieldRules';
import { cyclesOf, numberTree, reach, reachBack, type NumberedGraph } from './numberedGraph';
import { KINDS } from './kinds';
import { hasOwn } from './own';
import { parseScenarioFile, parseTree } from './parse';
import { NO_TARGET, placeholderProblems, scenarioPlaceholderProblems } from './placeholders';
import { formatPath } from './path';
import { checkScenarios } from './scenarios';
import type { Problem, ScenarioFile, StateNode, Transition, Tree } from './types';

export interface ValidateOptions {
  /** The file name without `.json`; the tree `id` must equal it. */
  fileId?: string;
  /** Parsed JSON of `<id>.scenarios.json`, when there is one. */
  scenarios?: unknown;
}

export interface Validation {
  problems: Problem[];
  /**
   * True when a file cannot be read as a tree at all (bad JSON, wrong shape): such a file is
   * never saved. Otherwise any problems only make the tree unplayable, which a draft may be.
   */
  unreadable?: true;
  tree?: Tree;
  scenarios?: ScenarioFile;
}

/** Validates unknown JSON as a tree (and its scenarios). `problems` is empty when it is clean. */
export function validate(json: unknown, options: ValidateOptions = {}): Validation {
  const parsed = parseTree(json);
  if (!parsed.ok) return { problems: parsed.problems, unreadable: true };
  const tree = parsed.value;
  const problems = checkTree(tree, options.fileId);
  const result: Validation = { problems, tree };
  if (options.scenarios !== undefined) {
    const file = parseScenarioFile(options.scenarios);
    if (!file.ok) {
      appendAll(problems, file.problems);
      result.unreadable = true;
    } else {
      result.scenarios = file.value;
      appendAll(problems, checkScenarios(tree, file.value));
      appendAll(problems, scenarioPlaceholderProblems(file.value.scenarios));
      appendAll(problems, controlCharacterProblems(file.value, 'scenarios'));
    }
  }
  result.problems = capProblems(problems);
  return result;
}

/** The format's rules on a tree whose shape is already known to be right. */
export function checkTree(tree: Tree, fileId?: string): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (segments, message, state) => {
    const problem: Problem = { path: formatPath(segments), message, file: 'tree' };
    if (state !== undefined) problem.state = state;
    problems.push(problem);
  };

  if (fileId !== undefined && tree.id !== fileId) {
    add(['id'], `is "${tree.id}" but the file is named "${fileId}.json"; they must match`);
  }
  if (!hasOwn(tree.states, tree.initial))
    add(['initial'], `state "${tree.initial}" does not exist`);
  const g = numberTree(tree);
  const keys = g.keys;
  if (keys.length === 0) add(['states'], 'the tree has no states');

  const referenceIds = new Set<string>();
  tree.meta.references.forEach((ref, i) => {
    if (referenceIds.has(ref.id))
      add(['meta', 'references', i, 'id'], `duplicate reference id "${ref.id}"`);
    referenceIds.add(ref.id);
  });

  // The rules run for every state on every check, so they build paths only for problems found,
  // and one map of labels serves every state.
  const labels = new Map<string, string>();
  for (const key of keys) {
    const node = tree.states[key] as StateNode;
    checkState(tree, key, node, labels, add);
    const meta = node.meta;
    checkRefs(meta.references, referenceIds, add, key);
    if ('doNot' in meta && meta.doNot !== undefined) {
      for (let i = 0; i < meta.doNot.length; i++)
        checkRefs(meta.doNot[i]?.references, referenceIds, add, key, i);
    }
  }
  checkGraph(tree, g, add);
  appendAll(problems, placeholderProblems(tree));
  appendAll(problems, metaFieldProblems(tree));
  appendAll(problems, controlCharacterProblems(tree, 'tree'));
  return problems;
}

type Add = (segments: PropertyKey[], message: string, state?: string) => void;

const NO_EVENTS: readonly string[] = [];

/** References of a state's meta, or of its `doNot` item `doNot`, that the tree does not list. */
function checkRefs(
  ids: readonly string[] | undefined,
  known: ReadonlySet<string>,
  add: Add,
  key: string,
  doNot?: number,
): void {
  if (ids === undefined) return;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (known.has(id)) continue;
    const at =
      doNot === undefined
        ? ['states', key, 'meta', 'references', i]
        : ['states', key, 'meta', 'doNot', doNot, 'references', i];
    add(at, `reference "${id}" is not in meta.references`, key);
  }
}

/** Rules for one state. `labels` is scratch space, emptied here before use. */
function checkState(
  tree: Tree,
  key: string,
  node: StateNode,
  labels: Map<string, string>,
  add: Add,
): void {
  const on = node.on;
  const events = on === undefined ? NO_EVENTS : Object.keys(on);
  const meta = node.meta;
  const kind = meta.kind;
  const entry = KINDS[kind];
  if ('actions' in meta) {
    const what = entry.noun;
    if ((meta.evidence ?? []).length === 0)
      add(
        ['states', key, 'meta', 'evidence'],
        `${what} has no evidence entry (add one with a note if the source gives no grade)`,
        key,
      );
    if ((meta.references ?? []).length === 0)
      add(['states', key, 'meta', 'references'], `${what} has no references`, key);
    if (meta.actions.length === 0)
      add(['states', key, 'meta', 'actions'], `${what} has no actions`, key);
  }
  if (entry.final) {
    if (node.type !== 'final') add(['states', key, 'type'], `a ${entry.noun} must be "final"`, key);
    if (events.length > 0)
      add(['states', key, 'on'], `a ${entry.noun} ends the pathway and cannot have answers`, key);
    return;
  }
  if (node.type === 'final')
    add(['states', key, 'type'], `only recommendations can be final; this is a ${kind}`, key);
  const { min, max, tooFew, tooMany, deadEnd } = entry.answers;
  if (tooFew !== undefined && events.length > 0 && events.length < min)
    add(['states', key, 'on'], tooFew, key);
  if (tooMany !== undefined && events.length > max) add(['states', key, 'on'], tooMany, key);
  if (on === undefined || events.length === 0) {
    add(
      ['states', key, 'on'],
      deadEnd ?? 'dead end: this state has no answers and is not a recommendation',
      key,
    );
    return;
  }
  labels.clear();
  for (const event of events) {
    const answer = on[event] as Transition;
    if (answer.target === NO_TARGET)
      add(
        ['states', key, 'on', event, 'target'],
        `answer "${answer.description}" leads nowhere yet: choose the step it leads to`,
        key,
      );
    else if (!hasOwn(tree.states, answer.target))
      add(['states', key, 'on', event, 'target'], `state "${answer.target}" does not exist`, key);
    const label = answer.description.trim().toLowerCase();
    if (label === '')
      add(['states', key, 'on', event, 'description'], 'answer label is empty', key);
    else if (labels.has(label))
      add(
        ['states', key, 'on', event, 'description'],
        `duplicate answer label "${answer.description}" (also on ${labels.get(label) ?? ''})`,
        key,
      );
    else labels.set(label, event);
  }
}

function checkGraph(tree: Tree, g: NumberedGraph, add: Add): void {
  const { keys, from, to } = g;
  const start = g.numbers.get(tree.initial);
  const reachable = reach(g, start === undefined ? [] : [start]);
  const goals: number[] = [];
  for (let n = 0; n < keys.length; n++) {
    if (KINDS[(tree.states[keys[n] as string] as StateNode).meta.kind].final) goals.push(n);
  }
  const productive = reachBack(g, goals);
  const trapped = new Uint8Array(keys.length);
  const member = new Int32Array(keys.length); // the cycle (1, 2...) a state belongs to, or 0
  cyclesOf(g).forEach((component, c) => {
    for (const n of component) member[n] = c + 1;
    const exits = component.some((n) => {
      for (let e = from[n] as number; e < (from[n + 1] as number); e++)
        if (member[to[e] as number] !== c + 1) return true;
      return false;
    });
    if (exits) return;
    const names = component.map((n) => keys[n] as string);
    const first = names[0] as string;
    add(['states', first], `cycle with no way out: ${[...names, first].join(' → ')}`, first);
    for (const n of component) trapped[n] = 1;
  });
  for (let n = 0; n < keys.length; n++) {
    const key = keys[n] as string;
    if (reachable[n] === 0)
      add(['states', key], `unreachable: no path from "${tree.initial}" leads here`, key);
    if (productive[n] === 1 || trapped[n] === 1) continue;
    const node = tree.states[key] as StateNode;
    const deadEnd = !KINDS[node.meta.kind].final && from[n] === from[n + 1];
    if (!deadEnd) add(['states', key], 'no path from here reaches a recommendation', key);
  }
}
