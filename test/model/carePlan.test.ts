import { describe, expect, it } from 'vitest';
import { carePlan, planSteps } from '../../src/model/carePlan';
import { runScenario } from '../../src/model/scenarios';
import type { Tree } from '../../src/model/types';
import { exampleTree } from '../helpers';

describe('carePlan', () => {
  const tree = exampleTree('plan-pathway');

  it('lists the plan steps passed, then the conclusion', () => {
    const plan = carePlan(tree, [
      'basics_checked',
      'red_flags',
      'keep_exercising',
      'add_second_drug',
    ]);
    expect(plan.items.map((i) => [i.key, i.conclusion])).toEqual([
      ['keep_exercising', false],
      ['add_second_drug', true],
    ]);
    expect(plan.concluded).toBe(true);
    expect(plan.doses.map((d) => [d.drug, d.from])).toEqual([
      ['Example drug', ['keep_exercising']],
    ]);
    expect(plan.monitoring.map((m) => m.text)).toEqual(['Review function every 4-8 weeks.']);
    expect(plan.references).toEqual(['ref-1']);
  });

  it('is unfinished while the walk has not reached a recommendation', () => {
    const plan = carePlan(tree, ['basics_checked', 'red_flags', 'keep_exercising']);
    expect(plan.concluded).toBe(false);
    expect(plan.items.map((i) => i.key)).toEqual(['keep_exercising']);
  });

  it('merges repeated advice and keeps every source', () => {
    const copy: Tree = structuredClone(tree);
    const step = copy.states.keep_exercising;
    const end = copy.states.add_second_drug;
    if (step?.meta.kind !== 'plan' || end?.meta.kind !== 'recommendation')
      throw new Error('fixture');
    end.meta.doNot = [{ what: '  do not STOP exercise when a drug is added. ' }];
    end.meta.monitoring = ['Review function every 4-8 weeks.', 'Check mood.'];
    const plan = carePlan(copy, [
      'basics_checked',
      'red_flags',
      'keep_exercising',
      'add_second_drug',
    ]);
    expect(plan.doNot).toHaveLength(1);
    expect(plan.doNot[0]?.from).toEqual(['keep_exercising', 'add_second_drug']);
    expect(plan.monitoring.map((m) => [m.text, m.from.length])).toEqual([
      ['Review function every 4-8 weeks.', 2],
      ['Check mood.', 1],
    ]);
  });

  it('counts a plan step once when a walk passes it twice', () => {
    expect(planSteps(tree, ['keep_exercising', 'red_flags', 'keep_exercising'])).toEqual([
      'keep_exercising',
    ]);
  });

  it('scenario runs check the plan they expect', () => {
    const scenario = {
      id: 'x',
      title: 'x',
      case: 'x',
      answers: ['YES', 'CONTINUE', 'CONTINUE'],
      expect: 'add_second_drug',
      plan: ['keep_exercising'],
    };
    expect(runScenario(tree, scenario).passed).toBe(true);
    const short = { ...scenario, answers: ['NO'], expect: 'optimise_first_line' };
    expect(runScenario(tree, short)).toMatchObject({
      passed: false,
      missingPlan: ['keep_exercising'],
    });
  });
});
