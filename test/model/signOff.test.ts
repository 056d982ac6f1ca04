/**
 * Sign-off in the model, tested directly: what an approval covers and refuses (approval.ts),
 * the facts the player shows about it (review.ts) and what a validation means for saving
 * (readiness.ts). Exact messages and boundaries (a review due today is not overdue).
 */
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  approvalOutdated,
  approvalRefusal,
  approvedContent,
  reopeningApproval,
  reopenMeta,
} from '../../src/model/approval';
import type { TreeDocument } from '../../src/model/document';
import { cliVerdict, readinessOf, saveRefusal } from '../../src/model/readiness';
import { reviewFacts, todayUtc } from '../../src/model/review';
import type { Tree } from '../../src/model/types';
import { validate } from '../../src/model/validate';
import { approvedExampleTree, exampleTree } from '../helpers';

const edited = (tree: Tree, edit: (t: Tree) => void): Tree => produce(tree, edit);

describe('approvalRefusal', () => {
  const approved = approvedExampleTree();

  it('lets anything that does not say approved through', () => {
    expect(approvalRefusal(approved, exampleTree())).toBeUndefined();
    expect(approvalRefusal(undefined, exampleTree())).toBeUndefined();
  });

  it('refuses a save that makes a tree approved', () => {
    const refused =
      'a tree becomes approved only through sign-off (History > Approve), not by saving it; save it as a draft or in review';
    expect(approvalRefusal(exampleTree(), approved)).toBe(refused);
    expect(approvalRefusal(undefined, approved)).toBe(refused);
  });

  it('refuses changed content under an approval, but not a moved step', () => {
    const reworded = edited(approved, (t) => {
      t.meta.title = 'Another title';
    });
    expect(approvalRefusal(approved, reworded)).toBe(
      'this tree is approved and its content has changed: save it as a draft (the editor does this when you edit it), then approve it again',
    );
    const moved = edited(approved, (t) => {
      (t.states.red_flags as Tree['states'][string]).meta.ui = { x: 1, y: 2 };
    });
    expect(approvalRefusal(approved, moved)).toBeUndefined();
  });

  it('refuses new reviewers or dates, each sign-off field on its own', () => {
    const refused =
      'the reviewers and dates of an approval change only through sign-off (History > Approve)';
    const changes: ((t: Tree) => void)[] = [
      (t) => {
        t.meta.reviewers = ['Dr Somebody Else'];
      },
      (t) => {
        t.meta.approvedOn = '2026-12-01';
      },
      (t) => {
        t.meta.reviewDue = '2028-01-01';
      },
      (t) => {
        delete t.meta.reviewDue;
      },
    ];
    for (const change of changes)
      expect(approvalRefusal(approved, edited(approved, change))).toBe(refused);
  });
});

describe('approved content and reopening', () => {
  it('reopenMeta leaves a draft with no approval fields and keeps the rest', () => {
    const meta = structuredClone(approvedExampleTree().meta);
    reopenMeta(meta);
    expect(meta).toEqual({ ...exampleTree().meta, status: 'draft' });
    expect(Object.keys(meta)).not.toContain('reviewers');
  });

  it('is outdated only when both sides say approved and the content differs', () => {
    const approved = approvedExampleTree();
    const reworded = edited(approved, (t) => {
      t.meta.summary = 'Changed';
    });
    expect(approvalOutdated(approved, reworded)).toBe(true);
    expect(approvalOutdated(approved, approved)).toBe(false);
    expect(
      approvalOutdated(
        exampleTree(),
        edited(reworded, () => undefined),
      ),
    ).toBe(false);
    const draftAfter = edited(reworded, (t) => {
      t.meta.status = 'draft';
    });
    expect(approvalOutdated(approved, draftAfter)).toBe(false);
    // Content includes every step, not only the tree's fields.
    const stepChanged = edited(approved, (t) => {
      const q = t.states.basics_checked;
      if (q?.meta.kind === 'question') q.meta.help = 'Other help';
    });
    expect(approvedContent(stepChanged)).not.toBe(approvedContent(approved));
  });

  it('reopens in the same recipe only when the content of an approved tree changed', () => {
    const doc: TreeDocument = { tree: approvedExampleTree(), scenarios: [] };
    const retitle = reopeningApproval((d) => {
      d.tree.meta.title = 'New title';
    });
    expect(retitle.reopened()).toBe(false);
    const after = produce(doc, retitle.recipe);
    expect(retitle.reopened()).toBe(true);
    expect(after.tree.meta.status).toBe('draft');
    expect(after.tree.meta.title).toBe('New title');
    const move = reopeningApproval((d) => {
      (d.tree.states.red_flags as Tree['states'][string]).meta.ui = { x: 5, y: 5 };
    });
    expect(produce(doc, move.recipe).tree.meta.status).toBe('approved');
    expect(move.reopened()).toBe(false);
    // The flag tells about the last run only.
    produce(doc, retitle.recipe);
    expect(retitle.reopened()).toBe(true);
    produce({ tree: exampleTree(), scenarios: [] }, retitle.recipe);
    expect(retitle.reopened()).toBe(false);
  });
});

describe('reviewFacts', () => {
  const approved = approvedExampleTree().meta; // approved 2026-11-30, due 2027-11-30

  it('says approved only with a status, reviewers and a date', () => {
    expect(reviewFacts(approved, '2027-01-01')).toEqual({
      approved: true,
      reviewers: ['Dr A. Reviewer'],
      approvedOn: '2026-11-30',
      reviewDue: '2027-11-30',
      overdue: false,
    });
    expect(reviewFacts({ ...approved, reviewers: [] }, '2027-01-01').approved).toBe(false);
    const undated = produce(approved, (m) => {
      delete m.approvedOn;
    });
    expect(reviewFacts(undated, '2027-01-01')).toMatchObject({ approved: false });
    expect(reviewFacts({ ...approved, status: 'in-review' }, '2027-01-01').approved).toBe(false);
    expect(reviewFacts(exampleTree().meta, '2027-01-01')).toEqual({
      approved: false,
      reviewers: [],
      overdue: false,
    });
  });

  it('is overdue from the day after the review date, and only when approved', () => {
    expect(reviewFacts(approved, '2027-11-30').overdue).toBe(false);
    expect(reviewFacts(approved, '2027-12-01').overdue).toBe(true);
    expect(reviewFacts({ ...approved, status: 'retired' }, '2027-12-01').overdue).toBe(false);
    const noDue = produce(approved, (m) => {
      delete m.reviewDue;
    });
    expect(reviewFacts(noDue, '2999-01-01').overdue).toBe(false);
  });

  it('dates today in UTC', () => {
    expect(todayUtc(new Date('2030-06-15T23:30:00-02:00'))).toBe('2030-06-16');
  });
});

describe('saveRefusal', () => {
  const broken = (status: 'draft' | 'in-review') =>
    produce(exampleTree(), (t) => {
      t.meta.status = status;
      delete t.states.red_flags;
    });

  it('counts problems in plain words', () => {
    const one = validate(
      produce(exampleTree(), (t) => {
        t.meta.status = 'in-review';
        const no = t.states.basics_checked?.on?.NO;
        if (no) no.description = ' ';
      }),
    );
    expect(one.problems).toHaveLength(1);
    expect(saveRefusal(one)).toBe(
      'a tree with problems can be saved only as a draft: this one is "in-review" and has 1 problem; fix them or set its status to draft',
    );
    const two = validate({ id: 'x', initial: 1 });
    expect(saveRefusal(two)).toBe(
      `the file cannot be read as a tree (${String(two.problems.length)} problems); fix its shape first`,
    );
  });

  it('refuses a file under another tree name, even a draft', () => {
    const named = validate(broken('draft'), { fileId: 'another-tree' });
    expect(saveRefusal(named)).toMatch(/^the file does not belong to this tree: /);
    const scenarios = validate(exampleTree(), {
      scenarios: { tree: 'another-tree', scenarios: [] },
    });
    expect(saveRefusal(scenarios)).toMatch(/^the file does not belong to this tree: /);
  });
});

describe('readiness of a file whose scenarios cannot be read', () => {
  // A readable draft tree beside a scenarios file of the wrong shape: the pair is unreadable.
  const pair = validate(exampleTree(), { scenarios: { tree: 'example-pathway', scenarios: 7 } });

  it('is unreadable even though the tree itself parsed, and never saved or passed', () => {
    expect(pair.tree).toBeDefined();
    expect(readinessOf(pair)).toBe('unreadable');
    expect(readinessOf({ problems: [] })).toBe('unreadable');
    expect(saveRefusal(pair)).toMatch(/^the file cannot be read as a tree \(1 problem\)/);
    expect(cliVerdict(pair, false)).toBe('fail');
    expect(cliVerdict(validate({ id: 'x' }), false)).toBe('fail');
  });
});
