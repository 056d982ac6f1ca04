import { describe, expect, it } from 'vitest';
import { renameAnswerInDocument } from '../../src/model/document';
import { addOpenAnswer, applyEdit, blankState, renameAnswer } from '../../src/model/edits';
import { produce } from 'immer';
import { blankTree } from '../../src/model/newTree';
import { PLACEHOLDER } from '../../src/model/placeholders';
import { cliVerdict, readinessOf, saveRefusal } from '../../src/model/readiness';
import { searchStates } from '../../src/model/search';
import { validate } from '../../src/model/validate';
import { exampleTree, FIXTURES, readJson } from '../helpers';
import { join } from 'node:path';

const messages = (json: unknown) => validate(json).problems.map((p) => `${p.path}: ${p.message}`);

describe('placeholders and generated ids', () => {
  it('flags every placeholder and generated id of a new tree', () => {
    const found = messages(blankTree('new-tree', 'New tree', '2026-01-01'));
    expect(found).toContain(
      `states.first_question.meta.prompt: still has the editor's placeholder "${PLACEHOLDER.questionPrompt}"`,
    );
    expect(found).toContain(
      `meta.summary: still has the editor's placeholder "${PLACEHOLDER.treeSummary}"`,
    );
    expect(
      found.some((m) =>
        m.startsWith('states.first_question: step id "first_question" was made up'),
      ),
    ).toBe(true);
    expect(
      found.some((m) => m.startsWith('states.first_recommendation.meta.actions[0]: still has')),
    ).toBe(true);
  });

  it('flags generated answer ids and labels, and an answer that leads nowhere yet', () => {
    const tree = applyEdit(
      exampleTree(),
      addOpenAnswer('red_flags', 'ANSWER_1', PLACEHOLDER.answerLabel),
    );
    const found = messages(tree);
    expect(found).toContain(
      `states.red_flags.on.ANSWER_1.target: answer "${PLACEHOLDER.answerLabel}" leads nowhere yet: choose the step it leads to`,
    );
    expect(
      found.some((m) =>
        m.startsWith('states.red_flags.on.ANSWER_1: answer id "ANSWER_1" was made up'),
      ),
    ).toBe(true);
    expect(found).toContain(
      `states.red_flags.on.ANSWER_1.description: still has the editor's placeholder "${PLACEHOLDER.answerLabel}"`,
    );
  });

  it('stops flagging once the author changes them', () => {
    const tree = produce(exampleTree(), (draft) => {
      draft.states.extra_step = blankState('info');
      draft.states.extra_step.meta = { kind: 'info', title: 'Own title', body: 'Own body' };
    });
    expect(
      messages(tree).filter((m) => m.includes('placeholder') || m.includes('made up')),
    ).toEqual([]);
  });

  it('flags a scenario case left as the placeholder', () => {
    const scenarios = readJson(join(FIXTURES, 'valid', 'example-pathway.scenarios.json')) as {
      scenarios: { case: string }[];
    };
    const first = scenarios.scenarios[0];
    if (first) first.case = PLACEHOLDER.scenarioCase;
    const problems = validate(exampleTree(), { scenarios }).problems;
    expect(problems.map((p) => p.path)).toContain('scenarios[0].case');
  });
});

describe('renaming an answer id', () => {
  it('keeps the answer order and follows scenarios that take it', () => {
    const doc = {
      tree: exampleTree(),
      scenarios: [
        {
          id: 's1',
          title: 'One',
          case: 'A case.',
          answers: ['YES', 'CONTINUE'],
          expect: 'add_second_drug',
        },
      ],
    };
    const after = produce(doc, renameAnswerInDocument('basics_checked', 'YES', 'TRIED'));
    expect(Object.keys(after.tree.states.basics_checked?.on ?? {})).toEqual(['TRIED', 'NO']);
    expect(after.scenarios[0]?.answers).toEqual(['TRIED', 'CONTINUE']);
    expect(() => applyEdit(doc.tree, renameAnswer('basics_checked', 'YES', 'NO'))).toThrow(
      /already has/,
    );
    expect(() => applyEdit(doc.tree, renameAnswer('basics_checked', 'YES', 'bad id'))).toThrow(
      /not a valid/,
    );
  });
});

describe('readiness', () => {
  const withStatus = (status: 'draft' | 'in-review' | 'approved') =>
    produce(exampleTree(), (draft) => {
      draft.meta.status = status;
      delete draft.states.red_flags;
    });

  it('tells unreadable from unplayable from playable', () => {
    expect(readinessOf(validate({ id: 'x' }))).toBe('unreadable');
    expect(readinessOf(validate(withStatus('draft')))).toBe('unplayable');
    expect(readinessOf(validate(exampleTree()))).toBe('playable');
  });

  it('lets only a draft be saved with problems, never an unreadable file', () => {
    expect(saveRefusal(validate(withStatus('draft')))).toBeUndefined();
    expect(saveRefusal(validate(withStatus('in-review')))).toMatch(
      /saved only as a draft: this one is "in-review"/,
    );
    expect(saveRefusal(validate(withStatus('approved')))).toMatch(/"approved"/);
    expect(saveRefusal(validate({ id: 'x' }))).toMatch(/cannot be read/);
    expect(saveRefusal(validate(exampleTree()))).toBeUndefined();
  });

  it('fails drafts in the CLI only when strict', () => {
    expect(cliVerdict(validate(withStatus('draft')), false)).toBe('draft');
    expect(cliVerdict(validate(withStatus('draft')), true)).toBe('fail');
    expect(cliVerdict(validate(withStatus('in-review')), false)).toBe('fail');
    expect(cliVerdict(validate(exampleTree()), true)).toBe('ok');
  });
});

describe('search results', () => {
  it('name steps by prompt or title, with the matching text when it is something else', () => {
    const tree = exampleTree();
    const [byKey] = searchStates(tree, 'basics_checked');
    expect(byKey?.title).toBe(
      tree.states.basics_checked?.meta.kind === 'question'
        ? tree.states.basics_checked.meta.prompt
        : '',
    );
    expect(byKey?.match).toBeUndefined();
    const [byDose] = searchStates(tree, 'exampledrug');
    expect(byDose?.match?.toLowerCase()).toContain('exampledrug');
  });
});
