/**
 * Drafts: every edit is kept in the browser per tree and per tab, so a reload or a crashed tab
 * loses nothing and two tabs on one tree never write over each other's work. A draft is read like
 * any file: one that does not parse is set aside (never deleted) and reported, and the saved tree
 * still opens. Storage goes through a small interface (`tabSession.ts`) so tests can supply their
 * own.
 */
import type { TreeDocument } from '../model/document';
import { parseScenarioFile, parseTree } from '../model/parse';
import { browserStorage as storage, tabId, type KeyValueStorage } from './tabSession';

export interface Draft {
  doc: TreeDocument;
  /** ETag of the file version the draft started from, when it came from the save API. */
  baseEtag?: string | undefined;
  savedAt: string;
}

/** A draft as found in storage, with the slot it lives in. */
export interface StoredDraft extends Draft {
  /** The storage key: pass it back to `clearDraftSlot`. */
  slot: string;
  /** True when the slot is this tab's own. */
  mine: boolean;
  /** The tab that wrote it (empty for a draft from before drafts were per tab). */
  tab: string;
}

/** A draft that could not be read: moved to `asideKey` with its text, and reported. */
export interface DamagedDraft {
  asideKey: string;
  text: string;
  problem: string;
}

const PREFIX = 'stepwise:draft:';
const ASIDE_PREFIX = 'stepwise:damaged-draft:';

/** The storage key of this tab's draft of `treeId`. */
export function draftSlot(treeId: string, tab: string = tabId()): string {
  return `${PREFIX}${treeId}:${tab}`;
}

/** Reads one stored draft text, or says what is wrong with it. */
export function parseDraft(treeId: string, text: string): Draft | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: 'it is not JSON' };
  }
  if (typeof json !== 'object' || json === null) return { problem: 'it is not an object' };
  const record = json as Record<string, unknown>;
  const doc = record.doc;
  if (typeof doc !== 'object' || doc === null) return { problem: 'doc: expected an object' };
  const { tree, scenarios } = doc as Record<string, unknown>;
  const parsedTree = parseTree(tree);
  if (!parsedTree.ok) {
    const first = parsedTree.problems[0];
    const where = first?.path ? `doc.tree.${first.path}` : 'doc.tree';
    return { problem: `${where}: ${first?.message ?? 'not a tree'}` };
  }
  if (parsedTree.value.id !== treeId) {
    return { problem: `doc.tree.id: "${parsedTree.value.id}" is not "${treeId}"` };
  }
  const parsedScenarios = parseScenarioFile({ tree: treeId, scenarios });
  if (!parsedScenarios.ok) {
    const first = parsedScenarios.problems[0];
    return { problem: `doc.scenarios${first?.path ? `.${first.path}` : ''}: ${first?.message}` };
  }
  const savedAt = typeof record.savedAt === 'string' ? record.savedAt : new Date(0).toISOString();
  const baseEtag = typeof record.baseEtag === 'string' ? record.baseEtag : undefined;
  return {
    doc: { tree: parsedTree.value, scenarios: parsedScenarios.value.scenarios },
    baseEtag,
    savedAt,
  };
}

export interface FoundDrafts {
  drafts: StoredDraft[];
  damaged: DamagedDraft[];
}

function slotsOf(treeId: string, store: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    // `stepwise:draft:<id>` (before drafts were per tab) or `stepwise:draft:<id>:<tab>`.
    if (key === PREFIX + treeId || key?.startsWith(`${PREFIX}${treeId}:`)) keys.push(key);
  }
  return keys;
}

/**
 * Every draft of `treeId` in this browser, this tab's first, then the newest. Damaged ones are
 * moved aside under their own key with what is wrong, and reported on every open until the
 * author removes them (`removeDamagedDraft`), so a second look never hides them.
 */
export function findDrafts(
  treeId: string,
  store: KeyValueStorage | undefined = storage(),
  tab: string = tabId(),
): FoundDrafts {
  const found: FoundDrafts = { drafts: [], damaged: [] };
  if (!store) return found;
  try {
    found.damaged.push(...asideOf(treeId, store));
    for (const slot of slotsOf(treeId, store)) {
      const text = store.getItem(slot);
      if (text === null) continue;
      const draft = parseDraft(treeId, text);
      if ('problem' in draft) {
        let asideKey = `${ASIDE_PREFIX}${slot.slice(PREFIX.length)}:${Date.now()}`;
        try {
          store.setItem(asideKey, JSON.stringify({ problem: draft.problem, text }));
          store.removeItem(slot);
        } catch {
          // Storage full: it stays where it is and is reported from there.
          asideKey = slot;
        }
        found.damaged.push({ asideKey, text, problem: draft.problem });
        continue;
      }
      const owner = slot.slice(`${PREFIX}${treeId}:`.length).split('-earlier-')[0] ?? '';
      found.drafts.push({ ...draft, slot, mine: slot === draftSlot(treeId, tab), tab: owner });
    }
  } catch {
    // Storage that throws on read: nothing can be offered.
  }
  found.drafts.sort((a, b) =>
    a.mine !== b.mine ? (a.mine ? -1 : 1) : b.savedAt.localeCompare(a.savedAt),
  );
  return found;
}

/** The damaged drafts of `treeId` set aside earlier. */
function asideOf(treeId: string, store: KeyValueStorage): DamagedDraft[] {
  const damaged: DamagedDraft[] = [];
  for (let i = 0; i < store.length; i++) {
    const asideKey = store.key(i);
    if (!asideKey?.startsWith(`${ASIDE_PREFIX}${treeId}:`)) continue;
    const stored = store.getItem(asideKey) ?? '';
    try {
      const { problem, text } = JSON.parse(stored) as { problem: unknown; text: unknown };
      damaged.push({
        asideKey,
        text: typeof text === 'string' ? text : stored,
        problem: typeof problem === 'string' ? problem : 'it could not be read',
      });
    } catch {
      damaged.push({ asideKey, text: stored, problem: 'it could not be read' });
    }
  }
  return damaged;
}

/** Removes a damaged draft the author has dealt with (downloaded, or chose to drop). */
export function removeDamagedDraft(
  asideKey: string,
  store: KeyValueStorage | undefined = storage(),
): void {
  try {
    store?.removeItem(asideKey);
  } catch {
    // It is offered again next time: nothing lost.
  }
}

/** This tab's draft of `treeId`, if it has a readable one. */
export function loadDraft(
  treeId: string,
  store: KeyValueStorage | undefined = storage(),
  tab: string = tabId(),
): Draft | undefined {
  const mine = findDrafts(treeId, store, tab).drafts.find((d) => d.mine);
  if (!mine) return undefined;
  const { doc, baseEtag, savedAt } = mine;
  return { doc, baseEtag, savedAt };
}

/** The slot an earlier draft of this tab moves to: offered like another tab's draft. */
const earlierSlot = (slot: string) => `${slot}-earlier-${String(Date.now())}`;

/** Runs a storage write; false when the browser refuses (quota, private mode) or has none. */
function written(store: KeyValueStorage | undefined, write: (s: KeyValueStorage) => void): boolean {
  try {
    if (!store) return false;
    write(store);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes this tab's draft of `treeId`. Returns false when the browser refuses (quota, private
 * mode): every caller tells the author.
 */
export function saveDraft(
  treeId: string,
  draft: Draft,
  store: KeyValueStorage | undefined = storage(),
  tab: string = tabId(),
): boolean {
  return written(store, (s) => {
    s.setItem(draftSlot(treeId, tab), JSON.stringify(draft));
  });
}

/**
 * Writes a new draft of `treeId` for this tab without losing the one already there: an existing
 * draft in this tab's slot moves to a slot of its own, and is offered like another tab's.
 */
export function saveDraftKeepingOthers(
  treeId: string,
  draft: Draft,
  store: KeyValueStorage | undefined = storage(),
  tab: string = tabId(),
): boolean {
  return written(store, (s) => {
    const slot = draftSlot(treeId, tab);
    const existing = s.getItem(slot);
    if (existing !== null) s.setItem(earlierSlot(slot), existing);
    s.setItem(slot, JSON.stringify(draft));
  });
}

/**
 * Keeps `draft` in a slot of its own beside this tab's (the author's work when the canvas is
 * replaced by the file on disk): it is offered on the next open like another tab's draft.
 */
export function keepDraftAside(
  treeId: string,
  draft: Draft,
  store: KeyValueStorage | undefined = storage(),
  tab: string = tabId(),
): boolean {
  return written(store, (s) => {
    s.setItem(earlierSlot(draftSlot(treeId, tab)), JSON.stringify(draft));
  });
}

/** Removes this tab's draft of `treeId`; other tabs' drafts stay. */
export function clearDraft(
  treeId: string,
  store: KeyValueStorage | undefined = storage(),
  tab: string = tabId(),
): void {
  clearDraftSlot(draftSlot(treeId, tab), store);
}

/** Removes one draft by its slot (a draft the author chose to discard). */
export function clearDraftSlot(slot: string, store: KeyValueStorage | undefined = storage()): void {
  try {
    store?.removeItem(slot);
  } catch {
    // Nothing to do: a draft that cannot be removed is offered again, never lost.
  }
}
