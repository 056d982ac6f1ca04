/**
 * When a step is reached, in the two forms FHIR needs, both derived from the graph:
 *
 * - enableWhen gates for the Questionnaire: the question answers that lead into a step, looking
 *   through info and plan steps (they are display items, which have no answers to test);
 * - applicability conditions (FHIRPath over a QuestionnaireResponse) for the PlanDefinition: a
 *   step applies when the response holds any one of its gates' answers.
 *
 * A condition reads only the answers that lead straight into its step, so its size grows with the
 * number of those answers, never with the number of paths (a tree with 900 paths has conditions of
 * a few hundred characters). It is exact for a response that follows the Questionnaire's
 * enableWhen, as FHIR requires of a response: an item the walk no longer passes is disabled and
 * holds no answer, so a stale answer there cannot make a step apply.
 */
import { FhirExportError, stateOf, type PathwayGraph } from './graph';
import type { Tree } from '../../types';

/** Longest condition written; past it the export stops with an error instead. */
export const MAX_CONDITION_LENGTH = 50_000;

/** A FHIRPath string literal. */
function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** True when the response's item `linkId` holds the answer coded `code`. */
export function hasAnswer(linkId: string, code: string): string {
  return `item.where(linkId = ${literal(linkId)}).answer.value.where(code = ${literal(code)}).exists()`;
}

/** The applicability condition of every reachable step, by state key. */
export function reachConditions(tree: Tree, graph: PathwayGraph): Map<string, string> {
  const reached = new Map<string, string>();
  for (const [key, gates] of enableGates(tree, graph)) {
    const condition =
      gates === null
        ? 'true'
        : gates.length === 0
          ? 'false'
          : gates.map((g) => hasAnswer(g.question, g.code)).join(' or ');
    if (condition.length > MAX_CONDITION_LENGTH) {
      throw new FhirExportError(
        `the applicability condition of "${key}" would be ${String(condition.length)} characters (limit ${String(MAX_CONDITION_LENGTH)}): too many answers lead into it to write as one FHIRPath expression`,
      );
    }
    reached.set(key, condition);
  }
  return reached;
}

/** A question answer that enables an item. */
export interface Gate {
  question: string;
  code: string;
}

/**
 * The enableWhen gates of every reachable step: `null` when it is always shown (it is reached
 * without any question being answered), otherwise the answers of which any one enables it.
 */
export function enableGates(tree: Tree, graph: PathwayGraph): Map<string, Gate[] | null> {
  const gates = new Map<string, Gate[] | null>();
  for (const key of graph.order) {
    if (key === tree.initial) {
      gates.set(key, null);
      continue;
    }
    const found: Gate[] = [];
    const add = (gate: Gate): void => {
      if (!found.some((g) => g.question === gate.question && g.code === gate.code))
        found.push(gate);
    };
    let always = false;
    for (const { from, event } of graph.incoming.get(key) ?? []) {
      if (stateOf(tree, from).meta.kind === 'question') {
        add({ question: from, code: event });
        continue;
      }
      // Order is topological, so the step before has its gates already.
      const through = gates.get(from);
      if (through === null || through === undefined) always = true;
      else through.forEach(add);
    }
    gates.set(key, always ? null : found);
  }
  return gates;
}
