// @vitest-environment jsdom
/** Sign-off as the player and the home page show it: who approved, when, overdue; never a fake review. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TreeCard } from '../../src/app/TreeCard';
import type { TreeMeta } from '../../src/model/types';
import { ReviewStatus } from '../../src/player/ReviewStatus';
import { exampleTree } from '../helpers';

afterEach(cleanup);

const base = exampleTree().meta;
const approved: TreeMeta = {
  ...base,
  status: 'approved',
  reviewers: ['Dr A', 'Dr B'],
  approvedOn: '2026-01-10',
  reviewDue: '2027-01-10',
};

describe('ReviewStatus', () => {
  it('names the reviewers and the date, and the next review', () => {
    render(<ReviewStatus meta={approved} today="2026-06-01" />);
    expect(screen.getByText(/Approved by Dr A, Dr B on 2026-01-10\./)).toHaveTextContent(
      'Next review due 2027-01-10.',
    );
  });

  it('flags an overdue review', () => {
    const { container } = render(<ReviewStatus meta={approved} today="2027-02-01" />);
    expect(container.querySelector('.review-overdue')).toHaveTextContent(
      'Review overdue: it was due on 2027-01-10.',
    );
  });

  it('says plainly that nobody approved a draft, with no review date', () => {
    const { container } = render(<ReviewStatus meta={{ ...base, status: 'draft' }} />);
    expect(container).toHaveTextContent('No clinician has approved this pathway yet.');
    expect(container).not.toHaveTextContent(base.lastReviewed);
  });

  it('does not count "approved" without reviewers and a date as an approval', () => {
    const { container } = render(<ReviewStatus meta={{ ...base, status: 'approved' }} />);
    expect(container).toHaveTextContent('No clinician has approved');
  });
});

describe('home card sign-off', () => {
  it('never says "Reviewed" for a tree nobody approved', () => {
    const plain = exampleTree();
    const tree = { ...plain, meta: { ...plain.meta, lastReviewed: '2026-11-21' } };
    render(<TreeCard tree={{ id: tree.id, file: 'x', problems: [], tree }} />);
    const card = screen.getByRole('article');
    expect(card).not.toHaveTextContent(/Reviewed/);
    expect(card).not.toHaveTextContent(tree.meta.lastReviewed);
    expect(card).toHaveTextContent('not approved yet');
  });

  it('shows the approval date of an approved tree', () => {
    const tree = { ...exampleTree(), meta: approved };
    render(<TreeCard tree={{ id: tree.id, file: 'x', problems: [], tree }} />);
    expect(screen.getByRole('article')).toHaveTextContent('Approved 2026-01-10');
  });
});
