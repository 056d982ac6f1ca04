/** Starting points for new trees: a blank pathway, or a copy of an existing one under a new id. */
import { produce } from 'immer';
import type { TreeDocument } from './document';
import { blankState } from './edits';
import type { Tree } from './types';

export function blankTree(id: string, title: string, today: string): Tree {
  const question = blankState('question');
  const recommendation = blankState('recommendation');
  return {
    $schema: './tree.schema.json',
    id,
    initial: 'first_question',
    meta: {
      title,
      summary: 'What this pathway helps decide, and for whom.',
      audience: 'Clinicians',
      source: {
        title: 'Source document title',
        publisher: 'Publisher',
        date: 'undated',
        kind: 'guideline',
      },
      references: [],
      version: '0.1.0',
      status: 'draft',
      lastReviewed: today,
      disclaimer:
        'Educational aid only. Not medical advice; it does not replace clinical judgement.',
    },
    states: {
      first_question: { ...question, meta: { ...question.meta, ui: { x: 0, y: 0 } } },
      first_recommendation: {
        ...recommendation,
        meta: { ...recommendation.meta, ui: { x: 0, y: 220 } },
      },
    },
  };
}

/** A copy of a document under a new id and title; scenarios come along. */
export function duplicateDocument(doc: TreeDocument, id: string, title: string): TreeDocument {
  return produce(doc, (draft) => {
    draft.tree.id = id;
    draft.tree.meta.title = title;
    draft.tree.meta.status = 'draft';
  });
}
