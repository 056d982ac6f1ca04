/**
 * The tree as a CPG pathway: a PlanDefinition whose actions are its plan steps and
 * recommendations, each with its applicability condition (FHIRPath over the QuestionnaireResponse),
 * its advice as sub-actions (doses and "do not" items point at their ActivityDefinitions), its
 * citations as `documentation` and its evidence as CPG extensions.
 */
import type { ActivityDefinition, PlanDefinition, PlanDefinitionAction } from 'fhir/r4';
import { oneLine } from '../common';
import { doNotActivity, doseActivity, doseLine } from './activities';
import { evidenceExtensions, evidenceLine } from './evidence';
import { stateOf, type PathwayGraph } from './graph';
import { fhirName } from './ids';
import { citations, commonMetadata, sourceArtifact, usage } from './metadata';
import type { ClinicalMeta, Tree } from '../../types';

const PLAN_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/plan-definition-type';

/** The step in plain text, for systems that cannot act on the structure (`textEquivalent`). */
function textEquivalent(meta: ClinicalMeta): string {
  const lines = [
    `${meta.kind === 'plan' ? 'Care plan step' : 'Recommendation'}: ${oneLine(meta.title)}.`,
    ...meta.actions.map(oneLine),
    ...(meta.doses ?? []).map((d) => `Dose: ${doseLine(d)}.`),
    ...(meta.cautions ?? []).map((c) => `Caution: ${oneLine(c)}`),
    ...(meta.monitoring ?? []).map((m) => `Monitoring: ${oneLine(m)}`),
    ...(meta.doNot ?? []).map((d) => `Do not: ${oneLine(d.what)}`),
    ...(meta.evidence ?? []).map((e) => `Evidence: ${evidenceLine(e)}`),
    ...(meta.editorNote !== undefined ? [`Editor's note: ${oneLine(meta.editorNote)}`] : []),
  ];
  return lines.join('\n');
}

interface Built {
  action: PlanDefinitionAction;
  activities: ActivityDefinition[];
}

function stepAction(tree: Tree, key: string, condition: string, base: string): Built {
  const meta = stateOf(tree, key).meta as ClinicalMeta;
  const activities: ActivityDefinition[] = [];
  const sub: PlanDefinitionAction[] = meta.actions.map((line, i) => ({
    prefix: `${String(i + 1)}.`,
    description: oneLine(line),
  }));
  (meta.doses ?? []).forEach((dose, i) => {
    const activity = doseActivity(tree, key, i, dose, base);
    activities.push(activity);
    sub.push({
      title: `Dose: ${oneLine(dose.drug)}`,
      description: doseLine(dose),
      definitionCanonical: activity.url,
    });
  });
  for (const caution of meta.cautions ?? [])
    sub.push({ prefix: 'Caution', description: oneLine(caution) });
  for (const line of meta.monitoring ?? [])
    sub.push({ prefix: 'Monitoring', description: oneLine(line) });
  (meta.doNot ?? []).forEach((item, i) => {
    const activity = doNotActivity(tree, key, i, item, base);
    activities.push(activity);
    const extension = evidenceExtensions(item.evidence === undefined ? [] : [item.evidence]);
    const documentation = citations(tree, item.references);
    sub.push({
      title: `Do not: ${oneLine(item.what)}`,
      ...(item.why !== undefined ? { description: oneLine(item.why) } : {}),
      ...(extension.length > 0 ? { extension } : {}),
      ...(documentation.length > 0 ? { documentation } : {}),
      definitionCanonical: activity.url,
    });
  });
  const extension = evidenceExtensions(meta.evidence);
  const documentation = citations(tree, meta.references);
  const kind =
    meta.kind === 'plan' ? 'Added to the care plan; the walk goes on.' : 'Concludes the walk.';
  const action: PlanDefinitionAction = {
    id: key,
    ...(extension.length > 0 ? { extension } : {}),
    title: oneLine(meta.title),
    description:
      meta.section !== undefined ? `${kind} Source section: ${oneLine(meta.section)}.` : kind,
    textEquivalent: textEquivalent(meta),
    ...(documentation.length > 0 ? { documentation } : {}),
    condition: [
      {
        kind: 'applicability',
        expression: {
          description: `The QuestionnaireResponse holds the answers of a walk that reaches "${key}"`,
          language: 'text/fhirpath',
          expression: condition,
        },
      },
    ],
    ...(sub.length > 0 ? { action: sub } : {}),
  };
  return { action, activities };
}

/** The PlanDefinition and the ActivityDefinitions its actions point at. */
export function toPlanDefinition(
  tree: Tree,
  graph: PathwayGraph,
  conditions: ReadonlyMap<string, string>,
  identity: { id: string; url: string; base: string; questionnaireUrl: string },
): { plan: PlanDefinition; activities: ActivityDefinition[] } {
  const actions: PlanDefinitionAction[] = [];
  const activities: ActivityDefinition[] = [];
  for (const key of graph.order) {
    const kind = stateOf(tree, key).meta.kind;
    if (kind !== 'plan' && kind !== 'recommendation') continue;
    const built = stepAction(tree, key, conditions.get(key) ?? 'false', identity.base);
    actions.push(built.action);
    activities.push(...built.activities);
  }
  const notes = (tree.meta.editorNotes ?? []).map((note) => ({
    type: 'documentation' as const,
    label: "Editor's note",
    display: oneLine(note),
  }));
  const plan: PlanDefinition = {
    resourceType: 'PlanDefinition',
    id: identity.id,
    url: identity.url,
    name: fhirName(tree.id),
    title: tree.meta.title,
    type: {
      coding: [
        { system: PLAN_TYPE_SYSTEM, code: 'clinical-protocol', display: 'Clinical Protocol' },
      ],
    },
    ...commonMetadata(tree),
    description: tree.meta.summary,
    usage: usage(tree),
    relatedArtifact: [
      sourceArtifact(tree),
      {
        type: 'depends-on',
        label: 'Questionnaire',
        display: 'The questionnaire whose response the applicability conditions read',
        resource: identity.questionnaireUrl,
      },
      ...citations(
        tree,
        tree.meta.references.map((r) => r.id),
      ),
      ...notes,
    ],
    action: actions,
  };
  return { plan, activities };
}
