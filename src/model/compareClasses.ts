/**
 * Drug classes for the pathway comparison: which class (and wider class) each drug of the
 * vocabulary belongs to (`DRUG_CLASSES`), so a class one tree names sits beside the drugs of that
 * class another tree names.
 */
import { DRUG_CLASSES, VOCABULARY } from './compareVocabulary';

const LABEL_OF_MEDICATION = new Map(
  VOCABULARY.filter((e) => e.kind === 'medication').map((e) => [e.id, e.label]),
);

/**
 * The drug classes of a medication item, widest first ("antidepressants", "tricyclics"), by
 * vocabulary id; empty for a drug in no class and for other kinds.
 */
export function drugClasses(key: string): string[] {
  if (!key.startsWith('medication:')) return [];
  const chain: string[] = [];
  let at = DRUG_CLASSES[key.slice('medication:'.length)];
  while (at !== undefined && !chain.includes(at)) {
    chain.unshift(at);
    at = DRUG_CLASSES[at];
  }
  return chain;
}

/** Names of a medication item's classes, widest first, for display next to the drug. */
export function drugClassLabels(key: string): string[] {
  return drugClasses(key).map((id) =>
    (LABEL_OF_MEDICATION.get(id) ?? id).replace(/ \(class\)$/, ''),
  );
}

/**
 * Sort key that keeps a class and its drugs together: the widest class (or the item itself), then
 * narrower classes, then the class before its drugs, then the name.
 */
export function medicationOrder(item: { key: string; label: string }): string[] {
  const id = item.key.slice('medication:'.length);
  const path = [...drugClasses(item.key), id].map((c) => LABEL_OF_MEDICATION.get(c) ?? item.label);
  return [...path, ''];
}

/** The shown name of a medication vocabulary id. */
export function medicationLabel(id: string): string {
  return LABEL_OF_MEDICATION.get(id) ?? id;
}
