/**
 * Generated trees for layout tests and benchmarks: a valid `Tree` with `states` states, about a
 * third of them recommendations shared between branches, the rest questions with 2-3 answers
 * (every eighth of them, from the fifth, a plan step with the same answers instead).
 * Every question is reached from the initial one along a random spanning tree that mostly goes
 * deep; the remaining answers lead to recommendations (each used at least once, shared between
 * neighbouring branches) or, sometimes, to a later question, so the graph is a DAG whose branches
 * meet again. The same `states` and `seed` give the same tree.
 */
import type { StateNode, Tree } from '../../src/model/types';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ANSWERS = [
  { event: 'YES', label: 'Yes' },
  { event: 'NO', label: 'No' },
  { event: 'UNSURE', label: 'Not sure' },
] as const;

export function generateTree(states: number, seed = 1): Tree {
  if (!Number.isInteger(states) || states < 2)
    throw new RangeError('a generated tree needs at least 2 states');
  const random = prng(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const recommendations = Math.max(1, Math.floor(states / 3));
  const questions = states - recommendations;
  const q = (i: number): string => `q_${i}`;
  const r = (i: number): string => `r_${i}`;

  // targets[i][j]: the target of answer j of question i, filled below.
  const targets: (string | undefined)[][] = [];
  for (let i = 0; i < questions; i++)
    targets.push(Array.from({ length: 2 + pick(2) }, () => undefined));

  // Spanning tree: each question after the first hangs off a free answer of an earlier question,
  // usually one of the newest (pathways go deep), sometimes one of the oldest (they also branch).
  const open: number[] = [0];
  const parentOf: number[] = [0];
  for (let i = 1; i < questions; i++) {
    const few = Math.min(3, open.length);
    const at = random() < 0.75 ? open.length - 1 - pick(few) : pick(few);
    const parent = open[at] as number;
    parentOf.push(parent);
    const answers = targets[parent] as (string | undefined)[];
    answers[answers.indexOf(undefined)] = q(i);
    if (!answers.includes(undefined)) open.splice(at, 1);
    open.push(i);
  }

  // The other answers, in question order: one in ten leads on to one of the next few questions
  // (forward only, so no cycles); the rest lead to recommendations. New recommendations start at
  // evenly spaced answers so each is used; other answers reuse one that the question's parent or
  // grandparent already leads to (branches that share an outcome), else the newest one.
  const free: [number, number][] = [];
  targets.forEach((answers, i) => {
    answers.forEach((t, j) => {
      if (t === undefined) free.push([i, j]);
    });
  });
  const starts = new Set<number>();
  for (let k = 0; k < recommendations; k++)
    starts.add(Math.round((k * free.length) / recommendations));
  const recsOf = (i: number): string[] =>
    (targets[i] ?? []).filter((t): t is string => t?.startsWith('r_') === true);
  let created = 0;
  free.forEach(([i, j], k) => {
    const answers = targets[i] as (string | undefined)[];
    const parent = parentOf[i] ?? 0;
    const near = [...recsOf(parent), ...recsOf(parentOf[parent] ?? 0)].filter(
      (t) => !answers.includes(t),
    );
    if (starts.has(k)) answers[j] = r(created++);
    else if (i < questions - 1 && random() < 0.1)
      answers[j] = q(i + 1 + pick(Math.min(5, questions - i - 1)));
    else answers[j] = near[pick(near.length)] ?? r(created - 1);
  });

  const tree: Tree = {
    id: `generated-${states}-${seed}`,
    initial: q(0),
    meta: {
      title: `Generated pathway (${states} states)`,
      summary: 'A generated tree for layout tests and benchmarks.',
      audience: 'Tests only',
      source: {
        title: 'Example source document',
        publisher: 'Example publisher',
        date: '2025-01-01',
        kind: 'example',
      },
      references: [{ id: 'ref-1', citation: 'Author A. An example citation. 2020;1:1-2.' }],
      version: '1.0.0',
      status: 'draft',
      lastReviewed: '2025-01-01',
      disclaimer: 'Educational aid only. Not medical advice.',
    },
    states: {},
  };
  targets.forEach((answers, i) => {
    const on: NonNullable<StateNode['on']> = {};
    answers.forEach((target, j) => {
      const answer = ANSWERS[j] as (typeof ANSWERS)[number];
      on[answer.event] = { target: target ?? r(0), description: answer.label };
    });
    // A plan step in place of some questions, so every node kind is in the generated trees.
    tree.states[q(i)] =
      i % 8 === 4
        ? {
            meta: {
              kind: 'plan',
              title: `Plan step ${i}`,
              actions: [`Add step ${i} to the plan.`],
              evidence: [{ note: 'The source gives no grade for this step.' }],
              references: ['ref-1'],
            },
            on,
          }
        : {
            meta: { kind: 'question', prompt: `Question ${i}?`, help: `Help for question ${i}.` },
            on,
          };
  });
  for (let i = 0; i < recommendations; i++) {
    tree.states[r(i)] = {
      type: 'final',
      meta: {
        kind: 'recommendation',
        title: `Recommendation ${i}`,
        actions: [`Do step ${i}.`],
        evidence: [{ note: 'The source gives no grade for this step.' }],
        references: ['ref-1'],
      },
    };
  }
  return tree;
}

/**
 * A chain of `steps` states: questions `q_0` … each answered "Go on" (to the next question) or
 * "Stop" (a shortcut to the shared recommendation `stop`), the last question leading on to the
 * recommendation `end`. Every shortcut skips further than the one before, so a layered layout
 * meets long edges from every rank: the shape that made dagre take 141 s at 500 steps. `keyOf`
 * renames the questions (e.g. to put a `constructor` among them). Without `shortcuts`, "Stop"
 * leads on like "Go on", and `stop` is left unreached (a plain chain, as FHIR can write it).
 */
export function chainTree(
  steps: number,
  keyOf: (i: number) => string = (i) => `q_${i}`,
  shortcuts = true,
): Tree {
  if (!Number.isInteger(steps) || steps < 3) throw new RangeError('a chain needs at least 3 steps');
  const questions = steps - 2;
  const tree = generateTree(3, 1);
  tree.id = `chain-${steps}`;
  tree.meta.title = `Chain of ${steps} steps with a shortcut from every question`;
  tree.initial = keyOf(0);
  tree.states = {};
  const final = (title: string): StateNode => ({
    type: 'final',
    meta: {
      kind: 'recommendation',
      title,
      actions: [`${title}.`],
      evidence: [{ note: 'The source gives no grade for this step.' }],
      references: ['ref-1'],
    },
  });
  for (let i = 0; i < questions; i++) {
    const next = i + 1 < questions ? keyOf(i + 1) : 'end';
    // defineProperty: a key called "__proto__" must be an own entry, as JSON.parse makes it.
    Object.defineProperty(tree.states, keyOf(i), {
      value: {
        meta: { kind: 'question', prompt: `Question ${i}?`, help: `Help for question ${i}.` },
        on: {
          NEXT: { target: next, description: 'Go on' },
          STOP: { target: shortcuts ? 'stop' : next, description: 'Stop' },
        },
      },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  tree.states.stop = final('Stop and refer');
  tree.states.end = final('End of the chain');
  return tree;
}
