/**
 * The QuestionnaireResponse of a walk: the answer given to each question on the way, as the
 * exported Questionnaire codes it. Info and plan steps are display items, so they hold no answer.
 * Tests (and any client) can evaluate the PlanDefinition's conditions against it.
 */
import type { QuestionnaireResponse } from 'fhir/r4';
import { oneLine } from '../common';
import { own } from '../../own';
import type { Tree } from '../../types';

/**
 * The response for `answers` (event ids from the initial state, as in a scenario), up to the
 * first answer the tree does not have. `questionnaire` is the canonical URL it answers.
 */
export function walkResponse(
  tree: Tree,
  answers: readonly string[],
  questionnaire: string,
): QuestionnaireResponse {
  const item: NonNullable<QuestionnaireResponse['item']> = [];
  let current = tree.initial;
  for (const event of answers) {
    const node = own(tree.states, current);
    const transition = own(node?.on, event);
    if (node === undefined || transition === undefined) break;
    if (node.meta.kind === 'question') {
      item.push({
        linkId: current,
        text: oneLine(node.meta.prompt),
        answer: [{ valueCoding: { code: event, display: oneLine(transition.description) } }],
      });
    }
    current = transition.target;
  }
  return { resourceType: 'QuestionnaireResponse', questionnaire, status: 'completed', item };
}
