import { reviewFacts } from '../model/review';
import type { TreeMeta } from '../model/types';

/**
 * Who signed the pathway off and when, and a warning when its review is overdue. A tree nobody
 * approved says so plainly: it never shows a review date as if someone had reviewed it.
 */
export function ReviewStatus({ meta, today }: { meta: TreeMeta; today?: string }) {
  const facts = reviewFacts(meta, today);
  if (!facts.approved) {
    return (
      <p className="review-status review-none">
        {meta.status === 'retired'
          ? 'This pathway is retired: do not rely on it.'
          : 'No clinician has approved this pathway yet.'}
      </p>
    );
  }
  return (
    <p className={`review-status ${facts.overdue ? 'review-overdue' : 'review-approved'}`}>
      Approved by {facts.reviewers.join(', ')} on {facts.approvedOn}.
      {facts.reviewDue !== undefined &&
        (facts.overdue ? (
          <strong> Review overdue: it was due on {facts.reviewDue}.</strong>
        ) : (
          <> Next review due {facts.reviewDue}.</>
        ))}
    </p>
  );
}
