/**
 * Side-by-side comparison of pathways: what each tree recommends (medication, non-drug therapy,
 * referral, evaluation, "do not do"), with the evidence the tree gives, and what appears in one
 * tree but not another. Doses are read from their structure; everything else is matched against
 * the explicit vocabulary and rules in `compareVocabulary.ts`.
 */
import { isClinical } from './carePlan';
import { answersOf } from './graph';
import { hasOwn, own } from './own';
import {
  doNotKey,
  doseEntries,
  entryKey,
  entryLabel,
  countedSentences,
  matchVocabulary,
} from './compareMatch';
import { drugClasses, medicationLabel, medicationOrder } from './compareClasses';
import { ITEM_KINDS, type ItemKind } from './compareVocabulary';
import type { ClinicalMeta, Dose, Evidence, Tree } from './types';

export { ITEM_KINDS, KIND_LABELS, type ItemKind } from './compareVocabulary';
export { countedSentences, matchVocabulary } from './compareMatch';
export { drugClasses, drugClassLabels } from './compareClasses';

/**
 * Where an item was found in a recommendation: `dose` is a dose row that gives a dose (start,
 * titration, target or maximum); `named` a dose row that only names the drug.
 */
export type ItemSource = 'dose' | 'named' | 'action' | 'doNot';

/** True when a dose row says how much to give, not only which drug. */
export function givesDose(dose: Dose): boolean {
  return [dose.start, dose.titration, dose.target, dose.maximum].some(
    (v) => v !== undefined && v.trim() !== '',
  );
}

/** One recommendation an item appears in. */
export interface Occurrence {
  state: string;
  stateTitle: string;
  /** Event ids from the initial state to this recommendation (a shortest path). */
  answers: string[];
  sources: ItemSource[];
  /** The text it was found in: the dose's drug, the action sentence or the "do not" item. */
  texts: string[];
  /** The recommendation's evidence for this item (matched by `about` when the entries have one). */
  evidence: Evidence[];
}

export interface TreeItem {
  key: string;
  kind: ItemKind;
  label: string;
  occurrences: Occurrence[];
}

export interface RecommendationSummary {
  state: string;
  title: string;
  answers: string[];
  /** Kinds of the items it contains, in display order; empty when the vocabulary finds none. */
  kinds: ItemKind[];
}

export interface TreeItems {
  treeId: string;
  title: string;
  items: TreeItem[];
  recommendations: RecommendationSummary[];
}

export interface ComparedItem {
  key: string;
  kind: ItemKind;
  label: string;
  /** Tree id to that tree's item, in the order the trees were given. */
  byTree: ReadonlyMap<string, TreeItem>;
}

export interface Comparison {
  trees: TreeItems[];
  items: ComparedItem[];
  /** Per tree id, the items no other compared tree contains. */
  onlyIn: ReadonlyMap<string, ComparedItem[]>;
  /** Items every compared tree contains. */
  inAll: ComparedItem[];
}

function isGraded(e: Evidence): boolean {
  return Boolean(e.level ?? e.grade ?? e.strength ?? e.direction);
}

function hasContent(e: Evidence | undefined): e is Evidence {
  return e !== undefined && Object.keys(e).length > 0;
}

/** Shortest answer list from the initial state to every reachable state (breadth first). */
export function answersToStates(tree: Tree): Map<string, string[]> {
  const paths = new Map<string, string[]>([[tree.initial, []]]);
  const queue = [tree.initial];
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i] ?? '';
    const node = own(tree.states, key);
    const here = paths.get(key) ?? [];
    for (const answer of node ? answersOf(node) : []) {
      if (paths.has(answer.target) || !hasOwn(tree.states, answer.target)) continue;
      paths.set(answer.target, [...here, answer.event]);
      queue.push(answer.target);
    }
  }
  return paths;
}

interface Found {
  key: string;
  kind: ItemKind;
  label: string;
  source: ItemSource;
  text: string;
  evidence?: Evidence[];
}

/** Items of one recommendation, before evidence from `meta.evidence` is attached. */
function findInRecommendation(meta: ClinicalMeta): Found[] {
  const found: Found[] = [];
  for (const dose of meta.doses ?? []) {
    const source = givesDose(dose) ? 'dose' : 'named';
    for (const { key, label } of doseEntries(dose.drug))
      found.push({ key, kind: 'medication', label, source, text: dose.drug });
  }
  for (const action of meta.actions) {
    for (const sentence of countedSentences(action)) {
      for (const e of matchVocabulary(sentence))
        found.push({
          key: entryKey(e),
          kind: e.kind,
          label: entryLabel(e),
          source: 'action',
          text: sentence,
        });
    }
  }
  for (const item of meta.doNot ?? []) {
    const evidence = hasContent(item.evidence) ? [item.evidence] : [];
    const { key, label } = doNotKey(item.what);
    found.push({ key, kind: 'doNot', label, source: 'doNot', text: item.what, evidence });
    for (const e of matchVocabulary(item.what)) {
      if (e.kind !== 'medication') continue;
      found.push({
        key: entryKey(e),
        kind: e.kind,
        label: entryLabel(e),
        source: 'doNot',
        text: item.what,
        evidence,
      });
    }
  }
  return found;
}

/**
 * The recommendation's evidence for one item: entries whose `about` names it, and entries with
 * no `about` (they grade the whole step). An `about` the vocabulary cannot read applies to nothing.
 */
function evidenceFor(meta: ClinicalMeta, key: string): Evidence[] {
  return (meta.evidence ?? []).filter(
    (e) =>
      e.about === undefined ||
      matchVocabulary(e.about, { referralCue: false }).some((entry) => entryKey(entry) === key),
  );
}

const byLabel = (a: { label: string }, b: { label: string }): number =>
  a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });

/**
 * Every item of a tree, each with the recommendations and plan steps it appears in and their
 * evidence.
 */
export function extractItems(tree: Tree): TreeItems {
  const paths = answersToStates(tree);
  const items = new Map<string, TreeItem>();
  const recommendations: RecommendationSummary[] = [];
  for (const [state, node] of Object.entries(tree.states)) {
    // Plan steps carry the same clinical fields as recommendations, drugs and therapies included.
    if (!isClinical(node)) continue;
    const meta = node.meta;
    const answers = paths.get(state) ?? [];
    const found = findInRecommendation(meta);
    const kinds = new Set(
      found.filter((f) => f.kind === 'doNot' || f.source !== 'doNot').map((f) => f.kind),
    );
    recommendations.push({
      state,
      title: meta.title,
      answers,
      kinds: ITEM_KINDS.filter((k) => kinds.has(k)),
    });
    for (const f of found) {
      let item = items.get(f.key);
      if (!item) {
        item = { key: f.key, kind: f.kind, label: f.label, occurrences: [] };
        items.set(f.key, item);
      }
      let occ = item.occurrences.find((o) => o.state === state);
      if (!occ) {
        occ = { state, stateTitle: meta.title, answers, sources: [], texts: [], evidence: [] };
        item.occurrences.push(occ);
      }
      if (!occ.sources.includes(f.source)) occ.sources.push(f.source);
      if (!occ.texts.includes(f.text)) occ.texts.push(f.text);
      const evidence = f.evidence ?? evidenceFor(meta, f.key);
      for (const e of evidence) if (!occ.evidence.includes(e)) occ.evidence.push(e);
    }
  }
  return {
    treeId: tree.id,
    title: tree.meta.title,
    items: sortItems([...items.values()]),
    recommendations,
  };
}

function sortItems<T extends { key: string; kind: ItemKind; label: string }>(items: T[]): T[] {
  const order = (a: T, b: T): number => {
    if (a.kind !== 'medication' || b.kind !== 'medication') return byLabel(a, b);
    const pa = medicationOrder(a);
    const pb = medicationOrder(b);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const c = (pa[i] ?? '').localeCompare(pb[i] ?? '', 'en', { sensitivity: 'base' });
      if (c !== 0) return c;
    }
    return 0;
  };
  return items.sort(
    (a, b) => ITEM_KINDS.indexOf(a.kind) - ITEM_KINDS.indexOf(b.kind) || order(a, b),
  );
}

/** Compares trees (duplicates by id are dropped): which trees contain each item, and what is unique. */
export function comparePathways(trees: readonly Tree[]): Comparison {
  const unique = [...new Map(trees.map((t) => [t.id, t])).values()];
  const perTree = unique.map(extractItems);
  const byKey = new Map<string, ComparedItem & { byTree: Map<string, TreeItem> }>();
  for (const t of perTree) {
    for (const item of t.items) {
      let compared = byKey.get(item.key);
      if (!compared) {
        compared = { key: item.key, kind: item.kind, label: item.label, byTree: new Map() };
        byKey.set(item.key, compared);
      }
      compared.byTree.set(t.treeId, item);
    }
  }
  const items = sortItems([...byKey.values()]);
  const onlyIn = new Map<string, ComparedItem[]>(perTree.map((t) => [t.treeId, []]));
  for (const item of items) {
    if (item.byTree.size !== 1) continue;
    const [id] = item.byTree.keys();
    if (id !== undefined) onlyIn.get(id)?.push(item);
  }
  const inAll = items.filter((i) => i.byTree.size === perTree.length && perTree.length > 1);
  return { trees: perTree, items, onlyIn, inAll };
}

/** Graded evidence of an item, one per distinct level/grade/strength/direction. */
export function gradedEvidence(item: TreeItem): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const occ of item.occurrences) {
    for (const e of occ.evidence.filter(isGraded)) {
      const signature = [e.level, e.grade, e.strength, e.direction].join('|');
      if (!seen.has(signature)) seen.set(signature, e);
    }
  }
  return [...seen.values()];
}

/** True when a tree gives a dose row for this item. */
export function hasDose(item: TreeItem): boolean {
  return item.occurrences.some((o) => o.sources.includes('dose'));
}

/**
 * Drug classes every compared tree names, as the class itself or through one of its drugs, with
 * what each tree names: a class can line trees up when no single drug does.
 */
export function classesInAll(
  comparison: Comparison,
): { key: string; label: string; byTree: Map<string, string[]> }[] {
  const classes = new Set(comparison.items.flatMap((i) => drugClasses(i.key)));
  const shared = [];
  for (const id of classes) {
    const byTree = new Map<string, string[]>();
    for (const t of comparison.trees) {
      const named = t.items.filter(
        (i) =>
          i.kind === 'medication' &&
          !onlyInDoNot(i) &&
          (i.key === `medication:${id}` || drugClasses(i.key).includes(id)),
      );
      if (named.length > 0)
        byTree.set(
          t.treeId,
          named.map((i) => i.label),
        );
    }
    if (byTree.size === comparison.trees.length && comparison.trees.length > 1) {
      const label = medicationLabel(id);
      shared.push({ key: `medication:${id}`, label, byTree });
    }
  }
  return shared.sort(byLabel);
}

/** True for a drug a tree names only inside "do not" items. */
export function onlyInDoNot(item: TreeItem): boolean {
  return (
    item.kind === 'medication' &&
    item.occurrences.every((o) => o.sources.every((s) => s === 'doNot'))
  );
}

/** The "do not" wordings grouped under one item (several when a topic groups them). */
export function distinctTexts(item: TreeItem): string[] {
  return [...new Set(item.occurrences.flatMap((o) => o.texts))];
}

/** Items grouped by kind, in display order; kinds with no items are left out. */
export function groupByKind<T extends { kind: ItemKind }>(items: readonly T[]): [ItemKind, T[]][] {
  return ITEM_KINDS.map((kind): [ItemKind, T[]] => [
    kind,
    items.filter((i) => i.kind === kind),
  ]).filter(([, list]) => list.length > 0);
}

/** Items in more than one compared tree but not in all of them. */
export function inSome(comparison: Comparison): ComparedItem[] {
  const n = comparison.trees.length;
  return comparison.items.filter((i) => i.byTree.size > 1 && i.byTree.size < n);
}
