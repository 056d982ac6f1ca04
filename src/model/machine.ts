/**
 * The tree as a real XState v5 machine, and the walk: an answer log replayed with XState's pure
 * `initialTransition` / `transition`, so the player and the tests share one definition of "where
 * these answers lead".
 */
import { createMachine, initialTransition, transition, type AnyStateMachine } from 'xstate';
import { MAX_ANSWERS } from './answerCap';
import type { Tree } from './types';

/** `createMachine` accepts the tree JSON as it is; the config cast is the only bridge needed. */
export function toMachine(tree: Tree): AnyStateMachine {
  return createMachine(tree as unknown as Parameters<typeof createMachine>[0]);
}

export interface Walk {
  /** State keys visited, starting with the initial state. */
  states: string[];
  /** The answers that were applied, in order. */
  answers: string[];
  /** Index in the log of the first answer that does not fit, if any. */
  brokenAt?: number;
  /** Why that answer does not fit. */
  reason?: string;
  /** The state the walk ends at. */
  current: string;
  done: boolean;
  /** Set when the log was longer than `MAX_ANSWERS`: only that many were replayed. */
  capped?: number;
}

export { MAX_ANSWERS } from './answerCap';

function stateKeyOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Replays an answer log from the initial state (or from `from`). Stops at the first answer the
 * current state does not offer, and says which one: a log from an older version of a tree resumes
 * at the last step that still fits.
 */
export function walk(machine: AnyStateMachine, answers: readonly string[], from?: string): Walk {
  if (answers.length > MAX_ANSWERS) {
    return { ...walk(machine, answers.slice(0, MAX_ANSWERS), from), capped: answers.length };
  }
  let [snapshot] = initialTransition(machine);
  if (from !== undefined) snapshot = machine.resolveState({ value: from, context: undefined });
  const states = [stateKeyOf(snapshot.value)];
  const applied: string[] = [];
  for (let i = 0; i < answers.length; i++) {
    const event = answers[i] as string;
    if (snapshot.status === 'done') {
      return {
        states,
        answers: applied,
        brokenAt: i,
        reason: 'the pathway had already ended',
        current: states[states.length - 1] as string,
        done: true,
      };
    }
    if (!snapshot.can({ type: event })) {
      const at = states[states.length - 1] as string;
      return {
        states,
        answers: applied,
        brokenAt: i,
        reason: `"${at}" has no answer "${event}"`,
        current: at,
        done: false,
      };
    }
    [snapshot] = transition(machine, snapshot, { type: event });
    states.push(stateKeyOf(snapshot.value));
    applied.push(event);
  }
  return {
    states,
    answers: applied,
    current: states[states.length - 1] as string,
    done: snapshot.status === 'done',
  };
}
