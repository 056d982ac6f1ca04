/**
 * Exports and layout at scale (issue 21): the SVG export and the editor's layout of a chain with
 * a shortcut from every question (`chainTree`: each shortcut skips further than the one before,
 * the shape that made dagre take 141 s at 500 steps), at 100 to 3,000 steps, each next to XState's
 * `createMachine` on the same tree. The budgets are growth ratios: from 1,000 to 3,000 steps the
 * time may grow by at most GROWTH_SLACK times what n log n grows by (3.48x); quadratic would be 9x.
 */
import { createMachine } from 'xstate';
import { toSvg } from '../../src/model/export/svg';
import { layoutTree } from '../../src/model/layout';
import { chainTree } from '../model/generateTree';
import type { Verdict } from './budgets';
import { measure, type MicroResult } from './micro';
import { ms } from './stats';

export const SCALE_SIZES = [100, 300, 1000, 3000] as const;
/** Allowed growth over n log n's, for noise on a shared machine. */
export const GROWTH_SLACK = 1.5;

export const SCALE_TASKS = {
  layout: 'layout, chain with shortcuts',
  svg: 'SVG export, chain with shortcuts',
} as const;

export async function runScale(
  quick: boolean,
  log: (line: string) => void,
): Promise<MicroResult[]> {
  const results: MicroResult[] = [];
  for (const states of SCALE_SIZES) {
    const tree = chainTree(states);
    const json = JSON.parse(JSON.stringify(tree)) as Parameters<typeof createMachine>[0];
    const tasks: [string, () => unknown][] = [
      ['createMachine (XState)', () => createMachine(json)],
      [SCALE_TASKS.layout, () => layoutTree(tree, { direction: 'TB', only: 'all' })],
      [SCALE_TASKS.svg, () => toSvg(tree)],
    ];
    let machineMedian = NaN;
    for (const [task, fn] of tasks) {
      const time = await measure(`${task} @${states}`, fn, quick);
      const answers = 2 * (states - 2);
      const result: MicroResult = { task, states, answers, time };
      if (task.startsWith('createMachine')) machineMedian = time.median;
      else result.ratio = time.median / machineMedian;
      results.push(result);
      log(`  ${String(states).padStart(5)} steps  ${task.padEnd(34)} ${ms(time.median)} ms`);
    }
  }
  return results;
}

const nLogN = (n: number) => n * Math.log(n);

/** Growth from 1,000 to 3,000 steps of each task, against n log n's. */
export function scaleVerdicts(results: MicroResult[]): Verdict[] {
  const at = (task: string, states: number) =>
    results.find((r) => r.task === task && r.states === states);
  const limit = (GROWTH_SLACK * nLogN(3000)) / nLogN(1000);
  const out: Verdict[] = [];
  for (const task of Object.values(SCALE_TASKS)) {
    const small = at(task, 1000);
    const large = at(task, 3000);
    if (!small || !large) continue;
    const growth = large.time.median / small.time.median;
    out.push({
      budget: `${task}: time(3,000) / time(1,000)`,
      measured: `${growth.toFixed(2)}x`,
      limit: `≤ ${limit.toFixed(2)}x (n log n ${(limit / GROWTH_SLACK).toFixed(2)}x)`,
      absolute: `${ms(small.time.median)} → ${ms(large.time.median)} ms`,
      pass: growth <= limit,
    });
  }
  return out;
}
