/** One bad fixture per validator rule: each must fire with the right JSON path and message. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTreeFile, formatProblem } from '../../src/node/treeFiles';
import { FIXTURES } from '../helpers';

const cases: [fixture: string, line: string][] = [
  ['invalid-json', 'invalid-json.json: invalid JSON at line 4, column 1'],
  ['wrong-type', 'wrong-type.json: states.basics_checked.meta.prompt: expected string, got number'],
  ['missing-initial', 'missing-initial.json: initial: is required (expected string)'],
  ['unknown-key', 'unknown-key.json: states.basics_checked: unknown key "always"'],
  [
    'bad-state-key',
    'bad-state-key.json: states["Red.Flags"]: key "Red.Flags": state keys must be lower snake case',
  ],
  [
    'integer-state-key',
    'integer-state-key.json: states["2"]: key "2": state keys must be lower snake case',
  ],
  [
    'id-mismatch',
    'id-mismatch.json: id: is "some-other-id" but the file is named "id-mismatch.json"',
  ],
  ['initial-missing-state', 'initial-missing-state.json: initial: state "nowhere" does not exist'],
  [
    'dangling-target',
    'dangling-target.json: states.basics_checked.on.YES.target: state "q9" does not exist',
  ],
  [
    'unreachable-state',
    'unreachable-state.json: states.orphan: unreachable: no path from "basics_checked" leads here',
  ],
  ['dead-end', 'dead-end.json: states.red_flags.on: dead end: this state has no answers'],
  [
    'cycle-no-way-out',
    'cycle-no-way-out.json: states.loop_a: cycle with no way out: loop_a → loop_b → loop_a',
  ],
  [
    'cannot-reach-recommendation',
    'cannot-reach-recommendation.json: states.gateway: no path from here reaches a recommendation',
  ],
  [
    'question-one-answer',
    'question-one-answer.json: states.basics_checked.on: a question needs at least two answers',
  ],
  [
    'info-two-answers',
    'info-two-answers.json: states.red_flags.on: an info step has exactly one answer',
  ],
  [
    'duplicate-label',
    'duplicate-label.json: states.basics_checked.on.NO.description: duplicate answer label',
  ],
  [
    'empty-label',
    'empty-label.json: states.basics_checked.on.NO.description: answer label is empty',
  ],
  [
    'bad-event-id',
    'bad-event-id.json: states.basics_checked.on["not tried"]: key "not tried": answer ids must be upper snake case',
  ],
  [
    'no-evidence',
    'no-evidence.json: states.add_second_drug.meta.evidence: recommendation has no evidence entry',
  ],
  [
    'no-references',
    'no-references.json: states.add_second_drug.meta.references: recommendation has no references',
  ],
  [
    'unresolved-reference',
    'unresolved-reference.json: states.add_second_drug.meta.references[1]: reference "smith-2019" is not in meta.references',
  ],
  [
    'duplicate-reference-id',
    'duplicate-reference-id.json: meta.references[1].id: duplicate reference id "ref-1"',
  ],
  [
    'recommendation-not-final',
    'recommendation-not-final.json: states.add_second_drug.type: a recommendation must be "final"',
  ],
  [
    'final-not-recommendation',
    'final-not-recommendation.json: states.red_flags.type: only recommendations can be final',
  ],
  [
    'scenario-fails',
    'scenario-fails.scenarios.json: scenarios[1].answers[1]: scenario "adequate-trial" fails: "red_flags" has no answer "STOP"',
  ],
  [
    'scenario-wrong-end',
    'scenario-wrong-end.scenarios.json: scenarios[1].expect: scenario "adequate-trial" fails: ends at "optimise_first_line", expected "add_second_drug"',
  ],
  [
    'recommendation-without-scenario',
    'recommendation-without-scenario.scenarios.json: scenarios: no scenario ends at recommendation "add_second_drug"',
  ],
  [
    'plan-no-evidence',
    'plan-no-evidence.json: states.keep_exercising.meta.evidence: plan step has no evidence entry',
  ],
  [
    'plan-no-references',
    'plan-no-references.json: states.keep_exercising.meta.references: plan step has no references',
  ],
  [
    'plan-dead-end',
    'plan-dead-end.json: states.keep_exercising.on: dead end: a plan step adds to the plan and goes on',
  ],
  [
    'plan-final',
    'plan-final.json: states.keep_exercising.type: only recommendations can be final; this is a plan',
  ],
  [
    'plan-without-scenario',
    'plan-without-scenario.scenarios.json: scenarios: no scenario lists plan step "keep_exercising" in its plan',
  ],
  [
    'scenario-plan-not-plan',
    'scenario-plan-not-plan.scenarios.json: scenarios[1].plan[1]: "red_flags" is not a plan step',
  ],
  [
    'scenario-plan-missing',
    'scenario-plan-missing.scenarios.json: scenarios[0].plan: scenario "undertreated" fails: the plan lacks "keep_exercising"',
  ],
];

describe('validator rules', () => {
  it.each(cases)('%s', (fixture, expected) => {
    const result = validateTreeFile(join(FIXTURES, 'invalid', `${fixture}.json`));
    const lines = result.problems.map((p) => formatProblem(result, p));
    expect(
      lines.some((line) => line.includes(expected)),
      lines.join('\n'),
    ).toBe(true);
  });

  it.each(['example-pathway', 'plan-pathway'])('the valid %s has no problems', (name) => {
    const result = validateTreeFile(join(FIXTURES, 'valid', `${name}.json`));
    expect(result.problems).toEqual([]);
  });
});
