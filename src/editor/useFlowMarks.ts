import { useMemo } from 'react';
import { openCommentCounts } from '../model/comments';
import type { FlowMarks } from '../model/toFlow';
import { useReview } from './reviewStore';

/** The review marks for the canvas: open comments per step and the steps the diff changed. */
export function useFlowMarks(): FlowMarks {
  const comments = useReview((s) => s.comments);
  const changed = useReview((s) => s.changed);
  return useMemo(() => ({ comments: openCommentCounts(comments), changed }), [comments, changed]);
}
