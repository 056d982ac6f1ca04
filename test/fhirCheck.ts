/**
 * Shared by the FHIR unit tests and the LHC-Forms e2e: the PlanDefinition's actions whose
 * applicability condition holds for a QuestionnaireResponse, evaluated by fhirpath.js (the HL7
 * reference implementation) with its R4 model, and FHIR.js validation errors.
 */
import { Fhir } from 'fhir';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import type { Bundle, PlanDefinition, Questionnaire, QuestionnaireResponse } from 'fhir/r4';

const fhir = new Fhir();

/** FHIR.js messages of severity error or fatal (R4 definitions, unexpected properties are errors). */
export function fhirErrors(resource: object): string[] {
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  return result.messages
    .filter((m) => ['error', 'fatal'].includes(String(m.severity)))
    .map((m) => `${m.location ?? ''}: ${m.message ?? ''}`);
}

export function planOf(bundle: Bundle): PlanDefinition {
  const plan = bundle.entry?.find((e) => e.resource?.resourceType === 'PlanDefinition');
  if (plan === undefined) throw new Error('the bundle has no PlanDefinition');
  return plan.resource as PlanDefinition;
}

export function questionnaireOf(bundle: Bundle): Questionnaire {
  const q = bundle.entry?.find((e) => e.resource?.resourceType === 'Questionnaire');
  if (q === undefined) throw new Error('the bundle has no Questionnaire');
  return q.resource as Questionnaire;
}

type Compiled = (resource: object) => unknown;
const compiled = new Map<string, Compiled>();

/** Each expression is parsed once: paths and scenarios evaluate the same conditions many times. */
function compiledCondition(expression: string): Compiled {
  let run = compiled.get(expression);
  if (run === undefined) {
    run = fhirpath.compile(expression, r4) as Compiled;
    compiled.set(expression, run);
  }
  return run;
}

/** The ids (state keys) of the actions whose applicability condition is true for `response`. */
export function applicableActions(plan: PlanDefinition, response: QuestionnaireResponse): string[] {
  const out: string[] = [];
  for (const action of plan.action ?? []) {
    const conditions = (action.condition ?? []).filter((c) => c.kind === 'applicability');
    const holds = conditions.every((c) => {
      const expression = c.expression?.expression ?? 'false';
      const result = compiledCondition(expression)(structuredClone(response));
      if (!Array.isArray(result) || result.length !== 1 || typeof result[0] !== 'boolean')
        throw new Error(`condition of ${action.id ?? '?'} gave ${JSON.stringify(result)}`);
      return result[0];
    });
    if (holds) out.push(action.id ?? '');
  }
  return out;
}
