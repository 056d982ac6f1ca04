/**
 * The richer fixture (`rich-pathway`): one drug in two dose rows, a dose row repeated by a later
 * step, a "do not" item repeated in other words with its own reference, and a first answer that
 * leads to the shortest branch. The two small fixtures have none of these, so code that merged two
 * dose rows of one drug, dropped a do-not item's references or only followed the first answer
 * passed every test on them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { carePlan, isClinical } from '../../src/model/carePlan';
import { countPaths, questionsLeft, successors } from '../../src/model/graph';
import { recommendationPaths } from '../../src/model/paths';
import { runScenario, shortestAnswersTo } from '../../src/model/scenarios';
import { treeStats } from '../../src/model/stats';
import { checkTree } from '../../src/model/validate';
import { exampleTree } from '../helpers';

const tree = exampleTree('rich-pathway');
const visitedBy = (answers: string[]) =>
  runScenario(tree, { id: 'x', title: 'x', case: 'x', answers, expect: 'x' }).visited;

describe('the rich fixture', () => {
  it('is a valid tree', () => {
    expect(checkTree(tree)).toEqual([]);
  });
});

describe('care plan on repeated drugs and doses', () => {
  // Built inside each test, not once here: Stryker activates a mutant per test, so code run while
  // the file is collected would always be the unmutated code.
  let combination: ReturnType<typeof carePlan>;
  beforeEach(() => {
    combination = carePlan(tree, visitedBy(['SEVERE', 'CONTINUE', 'NO', 'CONTINUE']));
  });

  it('keeps two dose rows of one drug apart, and merges only an identical row', () => {
    expect(combination.doses).toEqual([
      { drug: 'Drugex', start: '10 mg at night', from: ['start_drugex'] },
      {
        drug: 'Drugex',
        target: '30 mg at night',
        duration: '4 weeks at target',
        from: ['start_drugex', 'add_otherex'],
      },
      { drug: 'Otherex', start: '5 mg in the morning', from: ['add_otherex'] },
    ]);
  });

  it('merges a do-not item repeated in other case and spacing, keeping the first wording', () => {
    expect(combination.doNot).toEqual([
      {
        what: 'Do not combine Drugex with Otherex at full dose.',
        references: ['ref-b'],
        from: ['start_drugex', 'add_otherex'],
      },
    ]);
  });

  it("cites every reference once, in first-cited order, including a merged do-not item's", () => {
    // start_drugex cites ref-b in its do-not item, then ref-a; add_otherex's repeated do-not item
    // brings ref-c, which must not be lost when the item itself merges.
    expect(combination.references).toEqual(['ref-b', 'ref-a', 'ref-c']);
  });

  it('merges cautions and monitoring lines that differ only in case and spacing', () => {
    expect(combination.cautions).toEqual([
      { text: 'Watch for drowsiness.', from: ['add_otherex', 'review_both'] },
    ]);
    expect(combination.monitoring).toEqual([
      { text: 'Review function every 4 weeks.', from: ['start_drugex', 'review_both'] },
      { text: 'Check for drowsiness.', from: ['review_both'] },
    ]);
  });

  it('lists the plan steps in path order, then the conclusion', () => {
    expect(combination.items.map((i) => [i.key, i.conclusion])).toEqual([
      ['start_drugex', false],
      ['add_otherex', false],
      ['review_both', true],
    ]);
    expect(combination.concluded).toBe(true);
  });

  it('merges a dose row the conclusion repeats from a plan step', () => {
    const responds = carePlan(tree, visitedBy(['SEVERE', 'CONTINUE', 'YES']));
    expect(responds.doses.map((d) => [d.drug, d.start ?? d.target, d.from])).toEqual([
      ['Drugex', '10 mg at night', ['start_drugex', 'continue_drugex']],
      ['Drugex', '30 mg at night', ['start_drugex']],
    ]);
    expect(responds.doNot.map((d) => d.from)).toEqual([['start_drugex']]);
  });
});

describe('paths whose longest branch is not the first', () => {
  const next = successors(tree);

  it('counts the most questions left along the longest branch, not the first', () => {
    const left = questionsLeft(tree, next);
    expect(Object.fromEntries(left)).toEqual({
      severity: 4,
      reassure: 0,
      start_drugex: 3,
      response: 2,
      continue_drugex: 0,
      add_otherex: 1,
      review_both: 0,
    });
  });

  it('enumerates and counts every path, and finds the shortest answers to each end', () => {
    expect(recommendationPaths(tree)).toEqual(
      expect.arrayContaining([
        { answers: ['MILD'], end: 'reassure' },
        { answers: ['SEVERE', 'CONTINUE', 'YES'], end: 'continue_drugex' },
        { answers: ['SEVERE', 'CONTINUE', 'NO', 'CONTINUE'], end: 'review_both' },
      ]),
    );
    expect(recommendationPaths(tree)).toHaveLength(3);
    expect(countPaths(tree, next)).toBe(3);
    expect(treeStats(tree)).toEqual({
      questions: 2,
      info: 0,
      plans: 2,
      recommendations: 3,
      answers: 6,
      paths: 3,
    });
    expect(shortestAnswersTo(tree, 'review_both')).toEqual([
      'SEVERE',
      'CONTINUE',
      'NO',
      'CONTINUE',
    ]);
    expect(shortestAnswersTo(tree, 'reassure')).toEqual(['MILD']);
  });
});

describe('care plan edges', () => {
  it('names a step once as the source of a line it repeats', () => {
    const copy = structuredClone(tree);
    const step = copy.states.start_drugex;
    if (step?.meta.kind !== 'plan') throw new Error('fixture');
    step.meta.monitoring = ['Review function every 4 weeks.', 'review function every 4 weeks.'];
    const plan = carePlan(copy, visitedBy(['SEVERE', 'CONTINUE', 'YES']));
    expect(plan.monitoring).toEqual([
      { text: 'Review function every 4 weeks.', from: ['start_drugex'] },
    ]);
  });

  it('is empty and unfinished for no walk, or a walk ending on a step the tree lacks', () => {
    const empty = {
      items: [],
      concluded: false,
      doses: [],
      doNot: [],
      cautions: [],
      monitoring: [],
      references: [],
    };
    expect(carePlan(tree, [])).toEqual(empty);
    expect(carePlan(tree, ['severity', 'no_such_step'])).toEqual(empty);
  });

  it('counts only plan and recommendation steps as clinical', () => {
    expect(isClinical(undefined)).toBe(false);
    expect(isClinical(tree.states.severity)).toBe(false);
    expect(isClinical(tree.states.start_drugex)).toBe(true);
    expect(isClinical(tree.states.reassure)).toBe(true);
  });
});
