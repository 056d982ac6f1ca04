/**
 * When a step is reached, in the two forms FHIR needs, both derived from the graph:
 *
 * - applicability conditions (FHIRPath over a QuestionnaireResponse) for the PlanDefinition:
 *   reached(initial) = true; reached(s) = OR over the answers p --E--> s of reached(p) AND "item
 *   p has answer E" (the answer of an info or plan step is implicit, so only reached(p) counts).
 *   Keeping reached(p) makes a stale answer left in an item the walk no longer passes harmless.
 * - enableWhen gates for the Questionnaire: the question answers that lead into a step, looking
 *   through info and plan steps (they are display items, which have no answers to test).
 */
import { FhirExportError, stateOf, type PathwayGraph } from './graph';
import type { Tree } from '../../types';

/**
 * Longest condition written. Each is built once per step from its predecessors' conditions, but a
 * tree whose branches merge again and again repeats them; past this size the export stops with
 * an error instead of writing expressions no engine should be asked to read.
 */
export const MAX_CONDITION_LENGTH = 50_000;

/** A FHIRPath string literal. */
function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** True when the response's item `linkId` holds the answer coded `code`. */
export function hasAnswer(linkId: string, code: string): string {
  return `item.where(linkId = ${literal(linkId)}).answer.value.where(code = ${literal(code)}).exists()`;
}

const TRUE = 'true';

/** `a and b`, bracketing an `or` on the left (FHIRPath's `and` binds tighter). */
function and(left: string, right: string): string {
  if (left === TRUE) return right;
  return `${left.includes(' or ') ? `(${left})` : left} and ${right}`;
}

function or(terms: string[]): string {
  const unique = [...new Set(terms)];
  if (unique.includes(TRUE)) return TRUE;
  if (unique.length === 0) return 'false';
  return unique.join(' or ');
}

/** The applicability condition of every reachable step, by state key. */
export function reachConditions(tree: Tree, graph: PathwayGraph): Map<string, string> {
  const reached = new Map<string, string>();
  for (const key of graph.order) {
    if (key === tree.initial) {
      reached.set(key, TRUE);
      continue;
    }
    const terms = (graph.incoming.get(key) ?? []).map(({ from, event }) => {
      const before = reached.get(from) ?? 'false';
      const asked = stateOf(tree, from).meta.kind === 'question';
      return asked ? and(before, hasAnswer(from, event)) : before;
    });
    const condition = or(terms);
    if (condition.length > MAX_CONDITION_LENGTH) {
      throw new FhirExportError(
        `the applicability condition of "${key}" would be ${String(condition.length)} characters (limit ${String(MAX_CONDITION_LENGTH)}): the branches that lead to it merge too often to write as one FHIRPath expression`,
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
