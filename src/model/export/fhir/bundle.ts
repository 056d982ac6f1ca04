/**
 * `toFhirBundle(tree)`: one FHIR R4 Bundle per tree with its Questionnaire, its PlanDefinition
 * (a CPG pathway) and the ActivityDefinitions for doses and "do not" items. Pure and
 * framework-free: the CLI and the browser's Export menu use the same code.
 */
import type {
  ActivityDefinition,
  Bundle,
  BundleEntry,
  PlanDefinition,
  Questionnaire,
} from 'fhir/r4';
import { enableGates, reachConditions } from './conditions';
import { pathwayGraph } from './graph';
import { canonicalUrl, DEFAULT_FHIR_BASE, fhirId } from './ids';
import { toPlanDefinition } from './planDefinition';
import { toQuestionnaire } from './questionnaire';
import type { Tree } from '../../types';

export { FhirExportError } from './graph';

export interface FhirExportOptions {
  /** Base of the canonical URLs; default `http://example.org/fhir`. */
  base?: string;
  /**
   * `collection` (default) to exchange the definitions; `transaction` adds a `PUT` request to
   * each entry so a FHIR server stores them all in one POST.
   */
  type?: 'collection' | 'transaction';
}

function entryOf(
  resource: Questionnaire | PlanDefinition | ActivityDefinition,
  type: 'collection' | 'transaction',
): BundleEntry {
  const put = { method: 'PUT' as const, url: `${resource.resourceType}/${resource.id ?? ''}` };
  return {
    fullUrl: resource.url ?? '',
    resource,
    ...(type === 'transaction' ? { request: put } : {}),
  };
}

/** The tree as a FHIR R4 Bundle. Throws FhirExportError for a tree it cannot write (a cycle). */
export function toFhirBundle(tree: Tree, options: FhirExportOptions = {}): Bundle {
  const base = (options.base ?? DEFAULT_FHIR_BASE).replace(/\/+$/, '');
  const type = options.type ?? 'collection';
  const graph = pathwayGraph(tree);
  const id = fhirId(tree.id);
  const questionnaireUrl = canonicalUrl(base, 'Questionnaire', id);
  const questionnaire = toQuestionnaire(tree, graph, enableGates(tree, graph), {
    id,
    url: questionnaireUrl,
  });
  const { plan, activities } = toPlanDefinition(tree, graph, reachConditions(tree, graph), {
    id,
    url: canonicalUrl(base, 'PlanDefinition', id),
    base,
    questionnaireUrl,
  });
  const entry = [questionnaire, plan, ...activities].map((resource) => entryOf(resource, type));
  return { resourceType: 'Bundle', id: fhirId(tree.id, 'bundle'), type, entry };
}

/** The Bundle as the JSON text of an export file. */
export function toFhirJson(tree: Tree, options?: FhirExportOptions): string {
  return `${JSON.stringify(toFhirBundle(tree, options), null, 2)}\n`;
}
