/**
 * Node micro-benchmarks of the model core on generated pathways (tinybench: warm-up, then repeated
 * runs; we keep the samples and report median, p25-p75 and MAD). Next to each figure: XState's own
 * `createMachine` on the same config, as a ratio.
 */
import { Bench } from 'tinybench';
import { createMachine } from 'xstate';
import { layoutTree } from '../../src/model/layout';
import { runScenario } from '../../src/model/scenarios';
import { serialiseTree } from '../../src/model/serialise';
import { toFlow } from '../../src/model/toFlow';
import { validate } from '../../src/model/validate';
import { benchScenarios, benchTree, SIZES } from './fixtures';
import { summarise, type Summary } from './stats';

export interface MicroResult {
  task: string;
  states: number;
  /** Answers (transitions) in the tree. */
  answers: number;
  time: Summary;
  /** Median of this task / median of `createMachine` on the same tree. */
  ratio?: number;
}

interface Effort {
  /** Time budget per task in ms (tinybench keeps going until both this and `iterations` are met). */
  time: number;
  iterations: number;
}

/** Enough samples for a stable median without spending minutes on the 5,000-state layout. */
function effort(estimateMs: number, quick: boolean): Effort {
  if (estimateMs > 2000) return { time: 0, iterations: quick ? 1 : 3 };
  if (estimateMs > 200) return { time: quick ? 1000 : 4000, iterations: quick ? 3 : 5 };
  return { time: quick ? 300 : 1500, iterations: quick ? 10 : 20 };
}

export async function measure(name: string, fn: () => unknown, quick: boolean): Promise<Summary> {
  const start = performance.now();
  fn(); // also a first warm-up
  const first = performance.now() - start;
  const { time, iterations } = effort(first, quick);
  const bench = new Bench({
    name,
    time,
    iterations,
    warmup: first < 2000,
    warmupTime: Math.min(500, time / 4),
    warmupIterations: 2,
    retainSamples: true,
    throws: true,
  });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (result?.state !== 'completed' || !result.latency.samples)
    throw new Error(`${name}: the benchmark did not complete`);
  return summarise(result.latency.samples);
}

export async function runMicro(
  quick: boolean,
  log: (line: string) => void,
): Promise<MicroResult[]> {
  const results: MicroResult[] = [];
  for (const states of SIZES) {
    const tree = benchTree(states);
    // What a file holds: plain JSON, not the objects Zod or the generator built.
    const json = JSON.parse(JSON.stringify(tree)) as unknown;
    const scenarios = benchScenarios(tree);
    const positions = layoutTree(tree, { direction: 'TB', only: 'all' });
    const answers = Object.values(tree.states).reduce(
      (n, s) => n + Object.keys(s.on ?? {}).length,
      0,
    );
    const tasks: [string, () => unknown][] = [
      ['createMachine (XState)', () => createMachine(json as Parameters<typeof createMachine>[0])],
      ['parse + validate', () => validate(json, { fileId: tree.id })],
      ['tree to graph (toFlow)', () => toFlow(tree, positions, [], 'TB')],
      ['layout (as in the worker)', () => layoutTree(tree, { direction: 'TB', only: 'all' })],
      ['canonical serialise', () => serialiseTree(tree)],
      [
        `run all scenarios (${scenarios.length})`,
        () => {
          for (const s of scenarios) if (!runScenario(tree, s).passed) throw new Error(s.id);
        },
      ],
    ];
    let machineMedian = NaN;
    for (const [task, fn] of tasks) {
      const time = await measure(`${task} @${states}`, fn, quick);
      const result: MicroResult = { task, states, answers, time };
      if (task.startsWith('createMachine')) machineMedian = time.median;
      else result.ratio = time.median / machineMedian;
      results.push(result);
      log(
        `  ${String(states).padStart(5)} states  ${task.padEnd(34)} ${time.median.toFixed(2)} ms`,
      );
    }
  }
  return results;
}
