/**
 * The browser storage drafts live in, behind a small interface tests can supply, and what belongs
 * to one tab: its id (sessionStorage, so a reload keeps it and another tab has its own) and its
 * request to open a draft directly.
 */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const TAB_KEY = 'stepwise:tab';

/** localStorage, or nothing where the browser refuses it (private modes, blocked storage). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** sessionStorage, or nothing where the browser refuses it. */
function sessionStore(): KeyValueStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

let fallbackTabId: string | undefined;

/** This tab's id: kept in sessionStorage, so a reload keeps it and another tab has its own. */
export function tabId(session: KeyValueStorage | undefined = sessionStore()): string {
  try {
    const known = session?.getItem(TAB_KEY);
    if (known) return known;
    const made = Math.random().toString(36).slice(2, 10);
    session?.setItem(TAB_KEY, made);
    if (session) return made;
  } catch {
    // No session storage: one id for this page's lifetime.
  }
  fallbackTabId ??= Math.random().toString(36).slice(2, 10);
  return fallbackTabId;
}

const OPEN_KEY = 'stepwise:open-draft';

/**
 * Asks the editor to open this tab's draft of `treeId` directly, without offering it (New tree,
 * Import, Save as new: the author just made it). Read by `hasOpenRequest`, forgotten by `clearOpenRequest`.
 */
export function requestOpenDraft(
  treeId: string,
  session: KeyValueStorage | undefined = sessionStore(),
): void {
  try {
    session?.setItem(OPEN_KEY, treeId);
  } catch {
    // Without session storage the draft is offered instead of opened: nothing is lost.
  }
}

/** Whether this tab asked to open its draft of `treeId` directly; reading does not consume it. */
export function hasOpenRequest(
  treeId: string,
  session: KeyValueStorage | undefined = sessionStore(),
): boolean {
  try {
    return session?.getItem(OPEN_KEY) === treeId;
  } catch {
    return false;
  }
}

/** Forgets the request once the editor opened (a load may run twice; only opening counts). */
export function clearOpenRequest(session: KeyValueStorage | undefined = sessionStore()): void {
  try {
    session?.removeItem(OPEN_KEY);
  } catch {
    // Then the draft opens directly once more on the next load of that tree: nothing lost.
  }
}
