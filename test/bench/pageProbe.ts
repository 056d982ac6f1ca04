/**
 * Code that runs inside the page (passed to Playwright's `addInitScript` / `evaluate`, so each
 * function is self-contained): an always-on requestAnimationFrame sampler, long tasks, and the
 * first time each watched selector shows text. Times are `performance.now()`, i.e. milliseconds
 * since navigation started.
 */

export interface Probe {
  /** Start times of every animation frame since the page began. */
  frames: number[];
  longTasks: { start: number; duration: number }[];
  /** Per watched name: when the selector first matched an element with text, and the frame after. */
  seen: Record<string, { at: number; frame?: number }>;
  /** Keystroke probe (see `watchTyping`). */
  keys: number[];
  changes: { at: number; frame?: number }[];
}

export interface InitArgs {
  /** name -> CSS selector to watch for. */
  watch: Record<string, string>;
  /** A localStorage entry to set before the app starts (an editor draft). */
  storage?: { key: string; value: string };
  /** Stop watching once this name was seen (the observer costs a little on every DOM change). */
  stopAt?: string;
}

export type ProbeWindow = Window & { __probe?: Probe };

/** Installed before any page script runs. */
export function installProbe(args: InitArgs): void {
  const w = window as ProbeWindow;
  if (args.storage) localStorage.setItem(args.storage.key, args.storage.value);
  const probe: Probe = { frames: [], longTasks: [], seen: {}, keys: [], changes: [] };
  w.__probe = probe;
  const loop = (t: number): void => {
    probe.frames.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the frame sampler still tells.
  }
  const pending = new Map(Object.entries(args.watch));
  const check = (): void => {
    for (const [name, selector] of pending) {
      const el = document.querySelector(selector);
      if (!el?.textContent.trim()) continue;
      pending.delete(name);
      const mark: { at: number; frame?: number } = { at: performance.now() };
      probe.seen[name] = mark;
      requestAnimationFrame(() => {
        mark.frame = performance.now();
      });
    }
    if (pending.size === 0 || (args.stopAt !== undefined && args.stopAt in probe.seen))
      observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Starts timing keystrokes: the time of each keydown in `field`, and each change of the text of
 * `target` (when it changed, and the next animation frame).
 */
export function watchTyping({ field, target }: { field: string; target: string }): void {
  const w = window as ProbeWindow & { __stopTyping?: () => void };
  const probe = w.__probe;
  const input = document.querySelector(field);
  const node = document.querySelector(target);
  if (!probe || !input || !node) throw new Error(`probe: ${field} or ${target} not found`);
  // A second session on the same page starts afresh.
  w.__stopTyping?.();
  probe.keys = [];
  probe.changes = [];
  const stop = new AbortController();
  input.addEventListener(
    'keydown',
    (event) => {
      probe.keys.push(event.timeStamp);
    },
    { capture: true, signal: stop.signal },
  );
  let last = node.textContent;
  const observer = new MutationObserver(() => {
    if (node.textContent === last) return;
    last = node.textContent;
    const change: { at: number; frame?: number } = { at: performance.now() };
    probe.changes.push(change);
    requestAnimationFrame(() => {
      change.frame = performance.now();
    });
  });
  observer.observe(node, { childList: true, subtree: true, characterData: true });
  w.__stopTyping = () => {
    stop.abort();
    observer.disconnect();
  };
}

/** A point on the empty canvas (not on a node, edge or control), or undefined. */
export function emptyPanePoint(): { x: number; y: number } | undefined {
  const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
  if (!pane) return undefined;
  for (let fy = 0.5; fy < 0.95; fy += 0.05) {
    for (let fx = 0.3; fx < 0.95; fx += 0.05) {
      const x = pane.left + pane.width * fx;
      const y = pane.top + pane.height * fy;
      const el = document.elementFromPoint(x, y);
      if (el?.classList.contains('react-flow__pane')) return { x, y };
    }
  }
  return undefined;
}

/** The canvas zoom, from the viewport's CSS transform. */
export function canvasZoom(): number {
  const el = document.querySelector<HTMLElement>('.react-flow__viewport');
  const match = /scale\(([\d.e-]+)\)/.exec(el?.style.transform ?? '');
  return match ? Number(match[1]) : NaN;
}

export function probeOf(): Probe | undefined {
  return (window as ProbeWindow).__probe;
}

/** The id of the drawn node (of `kind`, if given) nearest the middle of the canvas. */
export function centralNode(kind: string | null): string | undefined {
  const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
  if (!pane) return undefined;
  const cx = pane.left + pane.width / 2;
  const cy = pane.top + pane.height / 2;
  let best: { id: string; d: number } | undefined;
  const selector = kind === null ? '.react-flow__node' : `.react-flow__node-${kind}`;
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    const r = el.getBoundingClientRect();
    const inside =
      r.width > 0 &&
      r.left >= pane.left &&
      r.right <= pane.right &&
      r.top >= pane.top &&
      r.bottom <= pane.bottom;
    const id = el.dataset.id;
    if (!inside || id === undefined) continue;
    const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
    if (!best || d < best.d) best = { id, d };
  }
  return best?.id;
}
