/**
 * One bad fixture per validator rule: each must fire with the right JSON path and message, and
 * the fixture's problem list is compared whole (containment let extra or missing problems pass).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTreeFile, formatProblem } from '../../src/node/treeFiles';
import { FIXTURES } from '../helpers';

const cases: [fixture: string, lines: string[]][] = [
  ['invalid-json', ['invalid-json.json: invalid JSON at line 4, column 1: property name expected']],
  [
    'wrong-type',
    ['wrong-type.json: states.basics_checked.meta.prompt: expected string, got number'],
  ],
  ['missing-initial', ['missing-initial.json: initial: is required (expected string)']],
  ['unknown-key', ['unknown-key.json: states.basics_checked: unknown key "always"']],
  [
    'bad-state-key',
    [
      'bad-state-key.json: states["Red.Flags"]: key "Red.Flags": state keys must be lower snake case and start with a letter',
    ],
  ],
  [
    'integer-state-key',
    [
      'integer-state-key.json: states["2"]: key "2": state keys must be lower snake case and start with a letter',
    ],
  ],
  [
    'id-mismatch',
    [
      'id-mismatch.json: id: is "some-other-id" but the file is named "id-mismatch.json"; they must match',
      'id-mismatch.scenarios.json: tree: is "id-mismatch" but the tree id is "some-other-id"',
    ],
  ],
  [
    'initial-missing-state',
    [
      'initial-missing-state.json: initial: state "nowhere" does not exist',
      'initial-missing-state.json: states.basics_checked: unreachable: no path from "nowhere" leads here',
      'initial-missing-state.json: states.red_flags: unreachable: no path from "nowhere" leads here',
      'initial-missing-state.json: states.optimise_first_line: unreachable: no path from "nowhere" leads here',
      'initial-missing-state.json: states.add_second_drug: unreachable: no path from "nowhere" leads here',
      'initial-missing-state.scenarios.json: scenarios[0].answers[0]: scenario "undertreated" fails: "nowhere" has no answer "NO"',
      'initial-missing-state.scenarios.json: scenarios[1].answers[0]: scenario "adequate-trial" fails: "nowhere" has no answer "YES"',
    ],
  ],
  [
    'dangling-target',
    [
      'dangling-target.json: states.basics_checked.on.YES.target: state "q9" does not exist',
      'dangling-target.json: states.red_flags: unreachable: no path from "basics_checked" leads here',
      'dangling-target.json: states.add_second_drug: unreachable: no path from "basics_checked" leads here',
      'dangling-target.scenarios.json: scenarios[1].answers[1]: scenario "adequate-trial" fails: "q9" has no answer "CONTINUE"',
    ],
  ],
  [
    'unreachable-state',
    [
      'unreachable-state.json: states.orphan: unreachable: no path from "basics_checked" leads here',
      'unreachable-state.scenarios.json: scenarios[2].expect: scenario "orphan" fails: ends at "red_flags", expected "orphan"',
    ],
  ],
  [
    'dead-end',
    [
      'dead-end.json: states.red_flags.on: dead end: this state has no answers and is not a recommendation',
      'dead-end.json: states.add_second_drug: unreachable: no path from "basics_checked" leads here',
      'dead-end.scenarios.json: scenarios[1].expect: scenario "second" fails: ends at "optimise_first_line", expected "add_second_drug"',
    ],
  ],
  [
    'cycle-no-way-out',
    [
      'cycle-no-way-out.json: states.loop_a: cycle with no way out: loop_a → loop_b → loop_a',
      'cycle-no-way-out.json: states.red_flags: no path from here reaches a recommendation',
      'cycle-no-way-out.json: states.add_second_drug: unreachable: no path from "basics_checked" leads here',
      'cycle-no-way-out.scenarios.json: scenarios[1].expect: scenario "second" fails: ends at "optimise_first_line", expected "add_second_drug"',
    ],
  ],
  [
    'cannot-reach-recommendation',
    [
      'cannot-reach-recommendation.json: states.loop_a: cycle with no way out: loop_a → loop_b → loop_a',
      'cannot-reach-recommendation.json: states.red_flags: no path from here reaches a recommendation',
      'cannot-reach-recommendation.json: states.add_second_drug: unreachable: no path from "basics_checked" leads here',
      'cannot-reach-recommendation.json: states.gateway: no path from here reaches a recommendation',
      'cannot-reach-recommendation.scenarios.json: scenarios[1].expect: scenario "second" fails: ends at "optimise_first_line", expected "add_second_drug"',
    ],
  ],
  [
    'question-one-answer',
    [
      'question-one-answer.json: states.basics_checked.on: a question needs at least two answers',
      'question-one-answer.json: states.optimise_first_line: unreachable: no path from "basics_checked" leads here',
      'question-one-answer.scenarios.json: scenarios[1].expect: scenario "o" fails: ends at "add_second_drug", expected "optimise_first_line"',
    ],
  ],
  [
    'info-two-answers',
    ['info-two-answers.json: states.red_flags.on: an info step has exactly one answer (Continue)'],
  ],
  [
    'duplicate-label',
    [
      'duplicate-label.json: states.basics_checked.on.NO.description: duplicate answer label "yes, at target dose for 4 weeks or more" (also on YES)',
    ],
  ],
  [
    'empty-label',
    ['empty-label.json: states.basics_checked.on.NO.description: answer label is empty'],
  ],
  [
    'bad-event-id',
    [
      'bad-event-id.json: states.basics_checked.on["not tried"]: key "not tried": answer ids must be upper snake case, e.g. NOT_TRIED',
    ],
  ],
  [
    'no-evidence',
    [
      'no-evidence.json: states.add_second_drug.meta.evidence: recommendation has no evidence entry (add one with a note if the source gives no grade)',
    ],
  ],
  [
    'no-references',
    [
      'no-references.json: states.add_second_drug.meta.references: recommendation has no references',
    ],
  ],
  [
    'unresolved-reference',
    [
      'unresolved-reference.json: states.add_second_drug.meta.references[1]: reference "smith-2019" is not in meta.references',
    ],
  ],
  [
    'duplicate-reference-id',
    ['duplicate-reference-id.json: meta.references[1].id: duplicate reference id "ref-1"'],
  ],
  [
    'recommendation-not-final',
    [
      'recommendation-not-final.json: states.add_second_drug.type: a recommendation must be "final"',
    ],
  ],
  [
    'final-not-recommendation',
    [
      'final-not-recommendation.json: states.red_flags.type: only recommendations can be final; this is a info',
    ],
  ],
  [
    'scenario-fails',
    [
      'scenario-fails.scenarios.json: scenarios[1].answers[1]: scenario "adequate-trial" fails: "red_flags" has no answer "STOP"',
    ],
  ],
  [
    'scenario-wrong-end',
    [
      'scenario-wrong-end.scenarios.json: scenarios[1].expect: scenario "adequate-trial" fails: ends at "optimise_first_line", expected "add_second_drug"',
    ],
  ],
  [
    'recommendation-without-scenario',
    [
      'recommendation-without-scenario.scenarios.json: scenarios: no scenario ends at recommendation "add_second_drug"',
    ],
  ],
  [
    'plan-no-evidence',
    [
      'plan-no-evidence.json: states.keep_exercising.meta.evidence: plan step has no evidence entry (add one with a note if the source gives no grade)',
    ],
  ],
  [
    'plan-no-references',
    [
      'plan-no-references.json: states.keep_exercising.meta.references: plan step has no references',
    ],
  ],
  [
    'plan-dead-end',
    [
      'plan-dead-end.json: states.keep_exercising.on: dead end: a plan step adds to the plan and goes on, so it needs an answer (usually Continue)',
      'plan-dead-end.json: states.red_flags: no path from here reaches a recommendation',
      'plan-dead-end.json: states.add_second_drug: unreachable: no path from "basics_checked" leads here',
      'plan-dead-end.scenarios.json: scenarios[1].answers[2]: scenario "adequate-trial" fails: "keep_exercising" has no answer "CONTINUE"',
    ],
  ],
  [
    'plan-final',
    [
      'plan-final.json: states.keep_exercising.type: only recommendations can be final; this is a plan',
    ],
  ],
  [
    'plan-without-scenario',
    [
      'plan-without-scenario.scenarios.json: scenarios: no scenario lists plan step "keep_exercising" in its plan',
    ],
  ],
  [
    'scenario-plan-not-plan',
    ['scenario-plan-not-plan.scenarios.json: scenarios[1].plan[1]: "red_flags" is not a plan step'],
  ],
  [
    'scenario-plan-missing',
    [
      'scenario-plan-missing.scenarios.json: scenarios[0].plan: scenario "undertreated" fails: the plan lacks "keep_exercising"',
    ],
  ],
];

describe('validator rules', () => {
  it.each(cases)('%s', (fixture, expected) => {
    const result = validateTreeFile(join(FIXTURES, 'invalid', `${fixture}.json`));
    const lines = result.problems.map((p) => formatProblem(result, p));
    // The whole list, in order: a rule that stops firing, or fires twice, fails here. Lines
    // after the first are what the damage also cuts off (unreachable steps, failing scenarios).
    expect(lines).toEqual(expected.map((line) => join(FIXTURES, 'invalid', line)));
  });

  it.each(['example-pathway', 'plan-pathway'])('the valid %s has no problems', (name) => {
    const result = validateTreeFile(join(FIXTURES, 'valid', `${name}.json`));
    expect(result.problems).toEqual([]);
  });
});
