/**
 * What the presenter lights up, from the tree and the walk so far: the current step, the path
 * taken, the answers open now, and (with progressive reveal) which steps the class has not seen.
 * Also the beats of a lesson: a scenario played one clicker press at a time.
 */
import { answersOf } from './graph';
import { edgeId } from './toFlow';
import type { Tree } from './types';

export type NodeStatus = 'current' | 'path' | 'next' | 'unreached';
export type EdgeStatus = 'taken' | 'available' | 'other';

export interface Presentation {
  nodes: Map<string, NodeStatus>;
  edges: Map<string, EdgeStatus>;
  /** Steps not drawn at all (progressive reveal): neither reached nor offered by the current step. */
  hidden: Set<string>;
  /** Answers not drawn: every answer except those taken and those open now. */
  hiddenEdges: Set<string>;
}

/**
 * `visited` are the states of the walk in order (initial first), `answers` the events taken.
 * With `reveal` on, only the steps reached, the current step's answers and the steps they lead to
 * are drawn; nothing marks the rest, so the drawing does not give the tree's shape away.
 */
export function presentation(
  tree: Tree,
  visited: readonly string[],
  answers: readonly string[],
  reveal: boolean,
): Presentation {
  const current = visited[visited.length - 1];
  const nodes = new Map<string, NodeStatus>();
  const edges = new Map<string, EdgeStatus>();
  const onPath = new Set(visited);
  for (const key of Object.keys(tree.states))
    nodes.set(key, onPath.has(key) ? 'path' : 'unreached');
  answers.forEach((event, i) => {
    const from = visited[i];
    if (from !== undefined) edges.set(edgeId(from, event), 'taken');
  });
  if (current !== undefined) {
    nodes.set(current, 'current');
    const node = tree.states[current];
    for (const answer of node ? answersOf(node) : []) {
      const id = edgeId(current, answer.event);
      if (!edges.has(id)) edges.set(id, 'available');
      if (nodes.get(answer.target) === 'unreached') nodes.set(answer.target, 'next');
    }
  }
  for (const [key, node] of Object.entries(tree.states)) {
    for (const answer of answersOf(node)) {
      const id = edgeId(key, answer.event);
      if (!edges.has(id)) edges.set(id, 'other');
    }
  }
  const hidden = new Set<string>();
  const hiddenEdges = new Set<string>();
  if (reveal) {
    for (const [key, status] of nodes) if (status === 'unreached') hidden.add(key);
    for (const [id, status] of edges) if (status === 'other') hiddenEdges.add(id);
  }
  return { nodes, edges, hidden, hiddenEdges };
}

/** One clicker press of a lesson: the answers given so far and whether the next one is shown. */
export interface Beat {
  answers: string[];
  /** True once the case's answer to the current question is revealed, before moving on. */
  showAnswer: boolean;
}

/**
 * The beats of a scenario played as a lesson: at each step, first the question (its answers open),
 * then the case's answer, then the next step; a step with a single answer (an info step, a plan
 * step) has nothing to guess, so it skips the answer beat. The last beat is the scenario's end,
 * where the care plan is shown. Answers the tree does not have end the script early.
 */
export function lessonBeats(tree: Tree, scenarioAnswers: readonly string[]): Beat[] {
  const beats: Beat[] = [];
  let state = tree.initial;
  for (let i = 0; i < scenarioAnswers.length; i++) {
    const event = scenarioAnswers[i] ?? '';
    const node = tree.states[state];
    const target = node?.on?.[event]?.target;
    const given = scenarioAnswers.slice(0, i);
    beats.push({ answers: given, showAnswer: false });
    if (target === undefined) return beats;
    if (Object.keys(node?.on ?? {}).length > 1) beats.push({ answers: given, showAnswer: true });
    state = target;
  }
  beats.push({ answers: [...scenarioAnswers], showAnswer: false });
  return beats;
}

/** Index of the beat the presenter shows, or -1 when the walk has left the lesson's script. */
export function beatIndex(beats: readonly Beat[], answers: readonly string[], showAnswer: boolean) {
  return beats.findIndex(
    (b) =>
      b.showAnswer === showAnswer &&
      b.answers.length === answers.length &&
      b.answers.every((a, i) => a === answers[i]),
  );
}

/** The state a list of answers leads to from the initial state (stops at an unknown answer). */
function stateAfter(tree: Tree, answers: readonly string[]): string {
  let state = tree.initial;
  for (const event of answers) {
    const target = tree.states[state]?.on?.[event]?.target;
    if (target === undefined) break;
    state = target;
  }
  return state;
}

/** What the next clicker press shows, in words for the speaker. */
export function nextBeatText(tree: Tree, beats: readonly Beat[], index: number): string {
  if (index < 0) return 'Off the lesson script: Back returns along the path taken.';
  const now = beats[index];
  const next = beats[index + 1];
  if (!now || !next) return 'End of the case: the care plan is on screen.';
  const at = stateAfter(tree, now.answers);
  if (next.showAnswer) {
    const event = beats[index + 2]?.answers[now.answers.length] ?? '';
    const label = tree.states[at]?.on?.[event]?.description ?? event;
    return `Reveal the case's answer: “${label}”.`;
  }
  const to = tree.states[stateAfter(tree, next.answers)];
  const title = to ? (to.meta.kind === 'question' ? to.meta.prompt : to.meta.title) : '';
  return `Move on to: ${title}`;
}
