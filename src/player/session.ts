/**
 * The player's state, derived from the tree and the answer log in the URL: nothing else is kept.
 * Framework-free so it can be tested directly.
 */
import type { AnyStateMachine } from 'xstate';
import { questionsLeft, successors } from '../model/graph';
import { stepHeading } from '../model/kindBasics';
import type { Walk } from '../model/machine';
import type { StateNode, Tree } from '../model/types';

export interface TrailStep {
  /** Index in the answer log; going back to this step keeps `answers.slice(0, index)`. */
  index: number;
  state: string;
  question: string;
  event: string;
  answer: string;
}

export interface PlayerView {
  current: string;
  node: StateNode;
  trail: TrailStep[];
  /** State keys the walk passed, the start first and the current state last. */
  visited: string[];
  /** The answers that fit the tree (a prefix of the log). */
  answers: string[];
  /** 1-based number of the step on screen. */
  step: number;
  /** Most questions left on the longest path from here. */
  left: number;
  done: boolean;
  /** Set when the log no longer fits the tree: where it broke and why. */
  mismatch?: { at: number; reason: string };
  /** Set when the log held more than `MAX_ANSWERS` answers (how many): the rest were dropped. */
  capped?: number;
  /** Set when the walk started at `from` rather than the initial state. */
  from?: string;
  /** Set when `from` named a state that does not exist. */
  badFrom?: string;
}

/** The walk engine, `model/machine.ts`: passed in, so this module does not load XState itself. */
export interface WalkEngine {
  toMachine: (tree: Tree) => AnyStateMachine;
  walk: (machine: AnyStateMachine, answers: readonly string[], from?: string) => Walk;
}

export interface PlayerModel {
  tree: Tree;
  /** Replays a log with XState; absent until the engine has loaded (see `needsEngine`). */
  walk?: (answers: readonly string[], from?: string) => Walk;
  left: Map<string, number>;
}

/**
 * Builds what the player needs once per tree: the machine and the questions left from each step.
 * Without the engine the model shows only the first step, which needs no replay: XState (12 kB of
 * the phone's first load) is fetched while that step is read.
 */
export function createPlayerModel(tree: Tree, engine?: WalkEngine): PlayerModel {
  const left = questionsLeft(tree, successors(tree));
  if (!engine) return { tree, left };
  const machine = engine.toMachine(tree);
  return { tree, left, walk: (answers, from) => engine.walk(machine, answers, from) };
}

/** Whether showing this log needs a replay (the engine), rather than the tree's first step alone. */
export function needsEngine(log: {
  answers: readonly string[];
  from?: string | undefined;
  then?: readonly string[] | undefined;
}): boolean {
  return log.answers.length > 0 || log.from !== undefined || (log.then?.length ?? 0) > 0;
}

/** The walk of an empty log from the initial state: what XState's `initialTransition` gives. */
function firstStep(model: PlayerModel, answers: readonly string[], from?: string): Walk {
  if (answers.length > 0 || from !== undefined) {
    throw new Error('the walk engine has not loaded: only the first step can be shown');
  }
  const { initial, states } = model.tree;
  return {
    states: [initial],
    answers: [],
    current: initial,
    done: states[initial]?.type === 'final',
  };
}

/** The text that names a state to a clinician: its prompt or title. */
export function stateHeading(node: StateNode): string {
  return stepHeading(node.meta);
}

/** Where an answer log leads in the tree, and everything the screen shows about it. */
export function playerView(
  model: PlayerModel,
  answers: readonly string[],
  from?: string,
): PlayerView {
  const { tree } = model;
  const start =
    from !== undefined && Object.hasOwn(tree.states, from) && tree.states[from]?.type !== 'final'
      ? from
      : undefined;
  const w = model.walk ? model.walk(answers, start) : firstStep(model, answers, start);
  const trail: TrailStep[] = w.answers.map((event, index) => {
    const state = w.states[index] as string;
    const node = tree.states[state] as StateNode;
    return {
      index,
      state,
      question: stateHeading(node),
      event,
      answer: node.on?.[event]?.description ?? event,
    };
  });
  const view: PlayerView = {
    current: w.current,
    node: tree.states[w.current] as StateNode,
    trail,
    visited: w.states,
    answers: w.answers,
    step: w.answers.length + 1,
    left: model.left.get(w.current) ?? 0,
    done: w.done,
  };
  if (w.brokenAt !== undefined) view.mismatch = { at: w.brokenAt, reason: w.reason ?? '' };
  if (w.capped !== undefined) view.capped = w.capped;
  if (start !== undefined) view.from = start;
  if (from !== undefined && start === undefined) view.badFrom = from;
  return view;
}
