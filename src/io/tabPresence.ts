/**
 * Which other tabs of this browser have the same tree open in the editor, over a
 * BroadcastChannel: a tab says `hello` when it opens a tree (the others answer `here`) and `bye`
 * when it leaves. Tabs that close without a word (a crash) drop out after `STALE_MS`.
 */

const CHANNEL = 'stepwise-editing';
const STALE_MS = 15_000;
const HEARTBEAT_MS = 5_000;

interface PresenceMessage {
  type: 'hello' | 'here' | 'bye';
  treeId: string;
  tab: string;
}

function isPresence(value: unknown): value is PresenceMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    (m.type === 'hello' || m.type === 'here' || m.type === 'bye') &&
    typeof m.treeId === 'string' &&
    typeof m.tab === 'string'
  );
}

/** The part of BroadcastChannel used here, so tests can pass a pair of fakes. */
export interface Channel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

function openChannel(): Channel | undefined {
  try {
    return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
  } catch {
    return undefined;
  }
}

/**
 * Announces this tab on `treeId` and calls `onOthers` with the ids of the other tabs that have it
 * open, each time that changes. Returns the function that leaves.
 */
export function watchTreePresence(
  treeId: string,
  tab: string,
  onOthers: (tabs: string[]) => void,
  channel: Channel | undefined = openChannel(),
): () => void {
  if (!channel) return () => undefined;
  const seen = new Map<string, number>();
  let reported = '';
  const report = () => {
    const now = Date.now();
    for (const [other, at] of seen) if (now - at > STALE_MS) seen.delete(other);
    const tabs = [...seen.keys()].sort();
    if (tabs.join() !== reported) {
      reported = tabs.join();
      onOthers(tabs);
    }
  };
  const say = (type: PresenceMessage['type']) => {
    channel.postMessage({ type, treeId, tab } satisfies PresenceMessage);
  };
  const listener = (event: MessageEvent) => {
    const message: unknown = event.data;
    if (!isPresence(message) || message.treeId !== treeId || message.tab === tab) return;
    if (message.type === 'bye') seen.delete(message.tab);
    else seen.set(message.tab, Date.now());
    if (message.type === 'hello') say('here');
    report();
  };
  channel.addEventListener('message', listener);
  say('hello');
  const heartbeat = setInterval(() => {
    say('here');
    report();
  }, HEARTBEAT_MS);
  const leave = () => {
    say('bye');
    clearInterval(heartbeat);
    channel.removeEventListener('message', listener);
    channel.close();
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', leave);
  };
  if (typeof window !== 'undefined') window.addEventListener('pagehide', leave);
  return leave;
}
