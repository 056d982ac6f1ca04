/**
 * The semantic diff of two versions of a tree and its scenarios: which steps were added, removed
 * or renamed, which fields changed on each step, which answers were rewired, and, for every
 * scenario of either version, whether the walk still reaches the same step with the same plan and
 * where the two walks part. Pure and framework-free; `diffMarkdown.ts` renders it.
 *
 * Renames: a step key that disappears and another that appears are one step renamed when their
 * content is identical (kind, every meta field but the canvas position, tags, description and the
 * answers with their labels and targets), once targets that point at already-found renames are
 * read under their new names. Matching repeats until nothing more pairs up, so a renamed chain is
 * found from its ends inwards; a content match with more than one candidate is never guessed and
 * stays an added plus a removed step.
 */
import { carePlan, planSteps } from './carePlan';
import { compareFields, type FieldChange } from './diffFields';
import { own } from './own';
import { runScenario } from './scenarios';
import type { NodeKind, Scenario, ScenarioFile, StateNode, Tree } from './types';

export type { FieldChange } from './diffFields';

export interface DiffSide {
  tree: Tree;
  scenarios?: ScenarioFile;
}

export interface StepChange {
  /** The key in the new version (the old key is in `renamed` when it changed). */
  key: string;
  kind: NodeKind;
  title: string;
  fields: FieldChange[];
}

export interface AnswerChange {
  /** Step key in the new version. */
  step: string;
  event: string;
  change: 'added' | 'removed' | 'retargeted' | 'relabelled';
  before?: { target: string; label: string };
  after?: { target: string; label: string };
}

export interface WalkSummary {
  /** Where the walk stopped: the expected recommendation, or wherever its answers gave out. */
  end: string;
  /** Plan steps passed, in path order. */
  plan: string[];
  passed: boolean;
  message?: string;
}

export interface ScenarioOutcome {
  id: string;
  title: string;
  /** Which versions have this scenario; one present in only one version is walked in both. */
  in: 'both' | 'from' | 'to';
  answersChanged: boolean;
  before: WalkSummary;
  after: WalkSummary;
  /** Same end step (a renamed step counts as the same). */
  sameEnd: boolean;
  samePlan: boolean;
  /** The scenario passes in one version and fails in the other. */
  passChanged: boolean;
  /** Where the walks part: after `answer` answers, at `step`, one went to `before`, the other to `after`. */
  parts?: { answer: number; event?: string; step?: string; before?: string; after?: string };
  /** Steps of the new walk's care plan (plan steps and conclusion) whose content changed. */
  changedOnWalk: string[];
}

export interface TreeDiff {
  id: string;
  added: string[];
  removed: string[];
  renamed: { from: string; to: string }[];
  changed: StepChange[];
  answers: AnswerChange[];
  /** Changes to the tree's own fields (title, version, status, references, …). */
  meta: FieldChange[];
  initial?: { before: string; after: string };
  scenarios: ScenarioOutcome[];
}

function titleOf(node: StateNode): string {
  return node.meta.kind === 'question' ? node.meta.prompt : node.meta.title;
}

/** A step's content without its canvas position; targets read through `rename` (old → new). */
function signature(node: StateNode, rename: ReadonlyMap<string, string>): string {
  const meta: Record<string, unknown> = { ...node.meta };
  delete meta.ui;
  const on = Object.entries(node.on ?? {}).map(([event, t]) => [
    event,
    t.description,
    rename.get(t.target) ?? t.target,
    t.meta ?? null,
  ]);
  return JSON.stringify([node.type ?? null, node.description ?? null, node.tags ?? null, meta, on]);
}

function findRenames(from: Tree, to: Tree): Map<string, string> {
  const rename = new Map<string, string>();
  const gone = Object.keys(from.states).filter((k) => own(to.states, k) === undefined);
  const fresh = Object.keys(to.states).filter((k) => own(from.states, k) === undefined);
  for (let found = true; found;) {
    found = false;
    const taken = new Set(rename.values());
    const bySignature = new Map<string, { old: string[]; new: string[] }>();
    const slot = (sig: string) => {
      let entry = bySignature.get(sig);
      if (!entry) bySignature.set(sig, (entry = { old: [], new: [] }));
      return entry;
    };
    for (const k of gone) {
      if (!rename.has(k)) slot(signature(from.states[k] as StateNode, rename)).old.push(k);
    }
    for (const k of fresh) {
      if (!taken.has(k)) slot(signature(to.states[k] as StateNode, new Map())).new.push(k);
    }
    for (const { old, new: now } of bySignature.values()) {
      if (old.length === 1 && now.length === 1) {
        rename.set(old[0] as string, now[0] as string);
        found = true;
      }
    }
  }
  return rename;
}

function stepFields(node: StateNode): Record<string, unknown> {
  return { type: node.type, description: node.description, tags: node.tags, ...node.meta };
}

function compareAnswers(
  step: string,
  before: StateNode,
  after: StateNode,
  rename: ReadonlyMap<string, string>,
): AnswerChange[] {
  const changes: AnswerChange[] = [];
  const b = before.on ?? {};
  const a = after.on ?? {};
  for (const event of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const old = own(b, event);
    const now = own(a, event);
    const oldSide = old && { target: rename.get(old.target) ?? old.target, label: old.description };
    const nowSide = now && { target: now.target, label: now.description };
    if (oldSide && nowSide) {
      if (oldSide.target !== nowSide.target) {
        changes.push({ step, event, change: 'retargeted', before: oldSide, after: nowSide });
      } else if (oldSide.label !== nowSide.label) {
        changes.push({ step, event, change: 'relabelled', before: oldSide, after: nowSide });
      }
    } else if (nowSide) changes.push({ step, event, change: 'added', after: nowSide });
    else if (oldSide) changes.push({ step, event, change: 'removed', before: oldSide });
  }
  return changes;
}

function walk(tree: Tree, scenario: Scenario): WalkSummary & { visited: string[] } {
  const run = runScenario(tree, scenario);
  const summary: WalkSummary & { visited: string[] } = {
    end: run.visited[run.visited.length - 1] ?? tree.initial,
    plan: planSteps(tree, run.visited),
    passed: run.passed,
    visited: run.visited,
  };
  if (run.message !== undefined) summary.message = run.message;
  return summary;
}

function compareScenario(
  from: DiffSide,
  to: DiffSide,
  oldScenario: Scenario | undefined,
  newScenario: Scenario | undefined,
  rename: ReadonlyMap<string, string>,
  changedKeys: ReadonlySet<string>,
): ScenarioOutcome {
  const beforeScenario = (oldScenario ?? newScenario) as Scenario;
  const afterScenario = newScenario ?? beforeScenario;
  const { visited: oldVisited, ...before } = walk(from.tree, beforeScenario);
  const { visited: newVisited, ...after } = walk(to.tree, afterScenario);
  const mapped = oldVisited.map((k) => rename.get(k) ?? k);
  const mappedPlan = before.plan.map((k) => rename.get(k) ?? k);
  const outcome: ScenarioOutcome = {
    id: afterScenario.id,
    title: afterScenario.title,
    in: oldScenario && newScenario ? 'both' : oldScenario ? 'from' : 'to',
    answersChanged:
      JSON.stringify(beforeScenario.answers) !== JSON.stringify(afterScenario.answers),
    before,
    after,
    sameEnd: (rename.get(before.end) ?? before.end) === after.end,
    samePlan: JSON.stringify(mappedPlan) === JSON.stringify(after.plan),
    passChanged: before.passed !== after.passed,
    changedOnWalk: carePlan(to.tree, newVisited)
      .items.map((item) => item.key)
      .filter((key) => changedKeys.has(key)),
  };
  const length = Math.max(mapped.length, newVisited.length);
  for (let i = 0; i < length; i++) {
    if (mapped[i] === newVisited[i]) continue;
    const parts: NonNullable<ScenarioOutcome['parts']> = { answer: i };
    if (i > 0) {
      parts.step = newVisited[i - 1];
      const event = afterScenario.answers[i - 1];
      if (event !== undefined) parts.event = event;
    }
    if (mapped[i] !== undefined) parts.before = mapped[i];
    if (newVisited[i] !== undefined) parts.after = newVisited[i];
    outcome.parts = parts;
    break;
  }
  return outcome;
}

/** Compares two versions of one tree (and their scenarios, when given). */
export function diffTrees(from: DiffSide, to: DiffSide): TreeDiff {
  const rename = findRenames(from.tree, to.tree);
  const renamedTo = new Set(rename.values());
  const added = Object.keys(to.tree.states).filter(
    (k) => own(from.tree.states, k) === undefined && !renamedTo.has(k),
  );
  const removed = Object.keys(from.tree.states).filter(
    (k) => own(to.tree.states, k) === undefined && !rename.has(k),
  );
  const changed: StepChange[] = [];
  const answers: AnswerChange[] = [];
  const newKeyToOld = new Map([...rename].map(([o, n]) => [n, o]));
  for (const [key, node] of Object.entries(to.tree.states)) {
    const old = own(from.tree.states, newKeyToOld.get(key) ?? key);
    if (!old || added.includes(key)) continue;
    const fields = compareFields(stepFields(old), stepFields(node), new Set(['on']));
    if (fields.length > 0)
      changed.push({ key, kind: node.meta.kind, title: titleOf(node), fields });
    answers.push(...compareAnswers(key, old, node, rename));
  }
  const changedKeys = new Set([...changed.map((c) => c.key), ...added]);
  const oldScenarios = from.scenarios?.scenarios ?? [];
  const newScenarios = to.scenarios?.scenarios ?? [];
  const ids = [...new Set([...newScenarios, ...oldScenarios].map((s) => s.id))];
  const scenarios = ids.map((id) =>
    compareScenario(
      from,
      to,
      oldScenarios.find((s) => s.id === id),
      newScenarios.find((s) => s.id === id),
      rename,
      changedKeys,
    ),
  );
  const diff: TreeDiff = {
    id: to.tree.id,
    added,
    removed,
    renamed: [...rename].map(([f, t]) => ({ from: f, to: t })),
    changed,
    answers,
    meta: compareFields(
      { id: from.tree.id, description: from.tree.description, ...from.tree.meta },
      { id: to.tree.id, description: to.tree.description, ...to.tree.meta },
    ),
    scenarios,
  };
  const initialBefore = rename.get(from.tree.initial) ?? from.tree.initial;
  if (initialBefore !== to.tree.initial) {
    diff.initial = { before: from.tree.initial, after: to.tree.initial };
  }
  return diff;
}

/** True when the two versions differ in anything the diff reports. */
export function hasChanges(diff: TreeDiff): boolean {
  return (
    diff.added.length + diff.removed.length + diff.renamed.length + diff.changed.length > 0 ||
    diff.answers.length + diff.meta.length > 0 ||
    diff.initial !== undefined ||
    diff.scenarios.some(
      (s) => !s.sameEnd || !s.samePlan || s.passChanged || s.in !== 'both' || s.answersChanged,
    )
  );
}

/** Keys (in the new version) of steps the canvas marks as changed: added, renamed, edited, rewired. */
export function changedStepKeys(diff: TreeDiff): Set<string> {
  return new Set([
    ...diff.added,
    ...diff.renamed.map((r) => r.to),
    ...diff.changed.map((c) => c.key),
    ...diff.answers.map((a) => a.step),
  ]);
}
