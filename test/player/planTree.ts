/** The plan-pathway fixture with a second plan step behind a question, for multi-step plans. */
import type { Tree } from '../../src/model/types';
import { exampleTree } from '../helpers';

export function multiPlanTree(): Tree {
  const tree = structuredClone(exampleTree('plan-pathway'));
  const exercise = tree.states.keep_exercising;
  const conclusion = tree.states.add_second_drug;
  if (exercise?.meta.kind !== 'plan' || conclusion?.meta.kind !== 'recommendation') {
    throw new Error('plan-pathway fixture changed');
  }
  const ref = tree.meta.references[0]?.id ?? '';
  exercise.on = { CONTINUE: { target: 'sleep_checked', description: 'Continue' } };
  tree.states.sleep_checked = {
    meta: {
      kind: 'question',
      prompt: 'Is sleep restorative?',
      help: 'Ask about waking unrefreshed.',
    },
    on: {
      YES: { target: 'add_second_drug', description: 'Yes' },
      NO: { target: 'sleep_plan', description: 'No, sleep is poor' },
    },
  };
  tree.states.sleep_plan = {
    meta: {
      kind: 'plan',
      title: 'Address sleep',
      actions: ['Review sleep habits.'],
      // The dose of the exercise step and the "do not" of the conclusion again, to show that the plan merges them.
      doNot: conclusion.meta.doNot ?? [],
      doses: exercise.meta.doses ?? [],
      monitoring: ['Reassess sleep in 4 weeks.'],
      evidence: [{ note: 'The source gives no grade for this step.' }],
      references: [ref],
    },
    on: { CONTINUE: { target: 'add_second_drug', description: 'Continue' } },
  };
  tree.meta.editorNotes = ['The two sources disagree on the second drug.'];
  return tree;
}
