/**
 * Generated trees for layout tests and benchmarks: a valid `Tree` with `states` states, about a
 * third of them recommendations shared between branches, the rest questions with 2-3 answers.
 * Every question is reached from the initial one along a random spanning tree; the remaining
 * answers lead to recommendations (each used at least once) or, sometimes, to a later question,
 * so the graph is a DAG with shared subtrees. The same `states` and `seed` give the same tree.
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
  // chosen among the first few questions that still have one (bushy but not perfectly balanced).
  const open: number[] = [0];
  for (let i = 1; i < questions; i++) {
    const at = pick(Math.min(3, open.length));
    const parent = open[at] as number;
    const answers = targets[parent] as (string | undefined)[];
    answers[answers.indexOf(undefined)] = q(i);
    if (!answers.includes(undefined)) open.splice(at, 1);
    open.push(i);
  }

  // The other answers, in shuffled order: every recommendation once, then shared ones or, one
  // time in five, a later question (forward edges only, so no cycles).
  const free: [number, number][] = [];
  targets.forEach((answers, i) => {
    answers.forEach((t, j) => {
      if (t === undefined) free.push([i, j]);
    });
  });
  for (let k = free.length - 1; k > 0; k--) {
    const m = pick(k + 1);
    [free[k], free[m]] = [free[m] as [number, number], free[k] as [number, number]];
  }
  free.forEach(([i, j], k) => {
    const answers = targets[i] as (string | undefined)[];
    if (k < recommendations) answers[j] = r(k);
    else if (i < questions - 1 && random() < 0.2) answers[j] = q(i + 1 + pick(questions - i - 1));
    else answers[j] = r(pick(recommendations));
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
    tree.states[q(i)] = {
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
