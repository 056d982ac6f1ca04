/**
 * The tree as a FHIR R4 Questionnaire: one `choice` item per question (linkId = state key; each
 * answer a Coding whose code is the event id and display the label), one `display` item per info
 * or plan step (their single Continue answer is not a choice, so they show as text), and
 * `enableWhen` gates so the form branches as the tree does. Recommendations end the walk and are
 * the PlanDefinition's business, so they have no item.
 */
import type { Extension, Questionnaire, QuestionnaireItem } from 'fhir/r4';
import { oneLine } from '../common';
import type { Gate } from './conditions';
import { stateOf, type PathwayGraph } from './graph';
import { fhirName } from './ids';
import { commonMetadata } from './metadata';
import type { Tree } from '../../types';

const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';

function itemControl(code: string): Extension {
  return {
    url: ITEM_CONTROL,
    valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code }] },
  };
}

/** The enableWhen of an item; `null` gates (always shown) add nothing. */
function gated(gates: Gate[] | null): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  if (gates === null) return {};
  return {
    enableWhen: gates.map((g) => ({
      question: g.question,
      operator: '=',
      answerCoding: { code: g.code },
    })),
    // With two or more conditions FHIR requires the behaviour (rule que-12); branches merge: any.
    ...(gates.length > 1 ? { enableBehavior: 'any' as const } : {}),
  };
}

function stepItem(tree: Tree, key: string, gates: Gate[] | null): QuestionnaireItem | null {
  const { meta, on } = stateOf(tree, key);
  switch (meta.kind) {
    case 'question':
      return {
        linkId: key,
        text: oneLine(meta.prompt),
        type: 'choice',
        extension: [itemControl('radio-button')],
        ...gated(gates),
        answerOption: Object.entries(on ?? {}).map(([code, t]) => ({
          valueCoding: { code, display: oneLine(t.description) },
        })),
        item: [
          {
            linkId: `${key}.help`,
            text: oneLine(meta.help),
            type: 'display',
            extension: [itemControl('help')],
          },
        ],
      };
    case 'info':
      return {
        linkId: key,
        text: `${oneLine(meta.title)}: ${oneLine(meta.body)}`,
        type: 'display',
        ...gated(gates),
      };
    case 'plan':
      return {
        linkId: key,
        text: `Added to the care plan: ${oneLine(meta.title)}. ${meta.actions.map(oneLine).join(' ')}`,
        type: 'display',
        ...gated(gates),
      };
    case 'recommendation':
      return null;
  }
}

/** The Questionnaire resource of `tree`, with the gates computed from its graph. */
export function toQuestionnaire(
  tree: Tree,
  graph: PathwayGraph,
  gates: ReadonlyMap<string, Gate[] | null>,
  identity: { id: string; url: string },
): Questionnaire {
  const item: QuestionnaireItem[] = [];
  for (const key of graph.order) {
    const one = stepItem(tree, key, gates.get(key) ?? null);
    if (one !== null) item.push(one);
  }
  return {
    resourceType: 'Questionnaire',
    id: identity.id,
    url: identity.url,
    name: fhirName(tree.id, 'questionnaire'),
    title: tree.meta.title,
    ...commonMetadata(tree),
    description: tree.meta.summary,
    subjectType: ['Patient'],
    item,
  };
}
