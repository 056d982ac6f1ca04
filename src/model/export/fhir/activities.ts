/**
 * ActivityDefinitions for a step's doses (`kind: MedicationRequest`) and "do not" items
 * (`doNotPerform: true`). The tree gives dose parts as the source's own text (start, titration,
 * target, maximum, duration, note), never as coded quantities, so each part is one `Dosage` in
 * `sequence` order with its text; the whole line is the `description`.
 */
import type { ActivityDefinition, Dosage } from 'fhir/r4';
import { oneLine } from '../common';
import { canonicalUrl, fhirId, fhirName } from './ids';
import { citations, commonMetadata, usage } from './metadata';
import type { DoNotItem, Dose, Tree } from '../../types';

const DOSE_PARTS = [
  ['start', 'Start'],
  ['titration', 'Titration'],
  ['target', 'Target'],
  ['maximum', 'Maximum'],
  ['duration', 'Duration'],
  ['note', 'Note'],
] as const;

/** One line for a dose: `Drug: start 10 mg; target 30 mg; ...`. */
export function doseLine(dose: Dose): string {
  const parts = DOSE_PARTS.flatMap(([field, label]) => {
    const value = dose[field];
    return value === undefined ? [] : [`${label.toLowerCase()} ${oneLine(value)}`];
  });
  return parts.length === 0 ? oneLine(dose.drug) : `${oneLine(dose.drug)}: ${parts.join('; ')}`;
}

function dosages(dose: Dose): Dosage[] {
  const out: Dosage[] = [];
  for (const [field, label] of DOSE_PARTS) {
    const value = dose[field];
    if (value !== undefined)
      out.push({ sequence: out.length + 1, text: `${label}: ${oneLine(value)}` });
  }
  return out;
}

/** The ActivityDefinition of dose `index` of step `key`. */
export function doseActivity(
  tree: Tree,
  key: string,
  index: number,
  dose: Dose,
  base: string,
): ActivityDefinition {
  const id = fhirId(tree.id, key, 'dose', String(index + 1));
  const parts = dosages(dose);
  return {
    resourceType: 'ActivityDefinition',
    id,
    url: canonicalUrl(base, 'ActivityDefinition', id),
    name: fhirName(id),
    title: oneLine(dose.drug),
    ...commonMetadata(tree),
    usage: usage(tree),
    description: doseLine(dose),
    kind: 'MedicationRequest',
    intent: 'proposal',
    productCodeableConcept: { text: oneLine(dose.drug) },
    ...(parts.length > 0 ? { dosage: parts } : {}),
  };
}

/** The ActivityDefinition of "do not" item `index` of step `key`. */
export function doNotActivity(
  tree: Tree,
  key: string,
  index: number,
  item: DoNotItem,
  base: string,
): ActivityDefinition {
  const id = fhirId(tree.id, key, 'do-not', String(index + 1));
  const related = citations(tree, item.references);
  return {
    resourceType: 'ActivityDefinition',
    id,
    url: canonicalUrl(base, 'ActivityDefinition', id),
    name: fhirName(id),
    title: oneLine(item.what),
    ...commonMetadata(tree),
    usage: usage(tree),
    description: item.why !== undefined ? oneLine(item.why) : oneLine(item.what),
    ...(related.length > 0 ? { relatedArtifact: related } : {}),
    doNotPerform: true,
  };
}
