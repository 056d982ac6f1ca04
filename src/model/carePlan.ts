/**
 * The care plan of a walk: the sources are staged, additive plans, so what a clinician leaves with
 * is every plan step passed on the way (in path order) and then the conclusion, with one merged
 * dose table, one "do not" list, one monitoring list and every reference once.
 */
import { own } from './own';
import type { ClinicalMeta, DoNotItem, Dose, StateNode, Tree } from './types';

export interface CarePlanItem {
  /** State key. */
  key: string;
  meta: ClinicalMeta;
  /** True for the final recommendation that ends the walk. */
  conclusion: boolean;
}

/** A merged row or entry, with the plan items it came from (state keys, in plan order). */
export type Sourced<T> = T & { from: string[] };

export interface CarePlan {
  items: CarePlanItem[];
  /** True when the walk reached a recommendation. */
  concluded: boolean;
  doses: Sourced<Dose>[];
  doNot: Sourced<DoNotItem>[];
  cautions: Sourced<{ text: string }>[];
  monitoring: Sourced<{ text: string }>[];
  /** Reference ids in the order they are first cited. */
  references: string[];
}

/** True for the kinds that carry clinical advice. */
export function isClinical(
  node: StateNode | undefined,
): node is StateNode & { meta: ClinicalMeta } {
  const kind = node?.meta.kind;
  return kind === 'plan' || kind === 'recommendation';
}

/** The plan steps among `visited`, each once, in the order first passed. */
export function planSteps(tree: Tree, visited: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const key of visited) if (own(tree.states, key)?.meta.kind === 'plan') seen.add(key);
  return [...seen];
}

const squash = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Adds `entry` under `id`, or records one more source for an entry already there. */
function merge<T>(into: Map<string, Sourced<T>>, id: string, entry: T, from: string): void {
  const had = into.get(id);
  if (had === undefined) into.set(id, { ...entry, from: [from] });
  else if (!had.from.includes(from)) had.from.push(from);
}

/**
 * Builds the care plan from the states a walk visited (initial state first). Plan steps count
 * once however often a cycle passes them; the conclusion is the last visited state when it is a
 * recommendation. Identical dose rows, "do not" items with the same wording, and repeated cautions
 * or monitoring lines are merged, each keeping the steps it came from.
 */
export function carePlan(tree: Tree, visited: readonly string[]): CarePlan {
  const items: CarePlanItem[] = planSteps(tree, visited).map((key) => ({
    key,
    meta: (tree.states[key] as StateNode).meta as ClinicalMeta,
    conclusion: false,
  }));
  const lastKey = visited[visited.length - 1] ?? '';
  const lastMeta = own(tree.states, lastKey)?.meta;
  const concluded = lastMeta?.kind === 'recommendation';
  if (lastMeta?.kind === 'recommendation') {
    items.push({ key: lastKey, meta: lastMeta, conclusion: true });
  }
  const doses = new Map<string, Sourced<Dose>>();
  const doNot = new Map<string, Sourced<DoNotItem>>();
  const cautions = new Map<string, Sourced<{ text: string }>>();
  const monitoring = new Map<string, Sourced<{ text: string }>>();
  const references = new Set<string>();
  for (const { key, meta } of items) {
    for (const dose of meta.doses ?? []) merge(doses, squash(JSON.stringify(dose)), dose, key);
    for (const item of meta.doNot ?? []) {
      merge(doNot, squash(item.what), item, key);
      for (const id of item.references ?? []) references.add(id);
    }
    for (const text of meta.cautions ?? []) merge(cautions, squash(text), { text }, key);
    for (const text of meta.monitoring ?? []) merge(monitoring, squash(text), { text }, key);
    for (const id of meta.references ?? []) references.add(id);
  }
  return {
    items,
    concluded,
    doses: [...doses.values()],
    doNot: [...doNot.values()],
    cautions: [...cautions.values()],
    monitoring: [...monitoring.values()],
    references: [...references],
  };
}
