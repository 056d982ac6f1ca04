/** Sign-off facts of a tree, for the player and the home page: who approved, when, and whether the review is overdue. */
import type { TreeMeta } from './types';

export interface ReviewFacts {
  /** True only for an approved tree that names its reviewers and approval date. */
  approved: boolean;
  reviewers: string[];
  approvedOn?: string;
  reviewDue?: string;
  /** The review-due date has passed (an approved tree only). */
  overdue: boolean;
}

/** Today as YYYY-MM-DD in UTC, the form the tree's dates take. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** What the tree's meta says about its sign-off, on `today` (YYYY-MM-DD). */
export function reviewFacts(meta: TreeMeta, today: string = todayUtc()): ReviewFacts {
  const reviewers = meta.reviewers ?? [];
  const approved =
    meta.status === 'approved' && reviewers.length > 0 && meta.approvedOn !== undefined;
  const facts: ReviewFacts = {
    approved,
    reviewers,
    overdue: approved && meta.reviewDue !== undefined && meta.reviewDue < today,
  };
  if (meta.approvedOn !== undefined) facts.approvedOn = meta.approvedOn;
  if (meta.reviewDue !== undefined) facts.reviewDue = meta.reviewDue;
  return facts;
}
