/**
 * Keeps the identity of React Flow nodes and edges whose content did not change. The canvas
 * derives them afresh from the tree on every change; React Flow reuses its internal node, and the
 * memoised node and edge components skip rendering, only for objects it has seen before. So an
 * edit, a selection or a drag re-renders the few elements it touches, not all of them, and a list
 * where nothing changed is handed back as the same array (React Flow then does no work at all).
 */
import type { Edge, Node } from '@xyflow/react';

type Plain = Record<string, unknown>;

/** Number of own enumerable keys, without allocating an array (this runs for every element). */
function keyCount(o: object): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

/** Equal primitives, or plain objects/arrays whose entries are equal one level down. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => Object.is(v, b[i]));
  }
  return sameKeys(a as Plain, b as Plain, Object.is);
}

/** Same own keys, and `equal` holds for each pair of values. */
function sameKeys(a: Plain, b: Plain, equal: (x: unknown, y: unknown) => boolean): boolean {
  let n = 0;
  for (const k in a) {
    if (!Object.hasOwn(a, k)) continue;
    if (!Object.hasOwn(b, k) || !equal(a[k], b[k])) return false;
    n++;
  }
  return n === keyCount(b);
}

/** Same keys, each value equal or a plain object/array with equal entries (position, data…). */
function sameElement(a: Plain, b: Plain): boolean {
  return sameKeys(a, b, sameValue);
}

/** Remembers the last list of elements; hands back the old object for each unchanged one. */
export class StableList<T extends Node | Edge> {
  private previous = new Map<string, { given: T; out: T }>();
  private list: T[] = [];

  /**
   * `next` as it should be drawn, reusing earlier objects where nothing changed. `finish` adds
   * to new and changed elements what the comparison should ignore (React Flow's measured size).
   */
  keep(next: readonly T[], finish: (element: T) => T = (element) => element): T[] {
    const kept = new Map<string, { given: T; out: T }>();
    let changed = next.length !== this.list.length;
    const out = next.map((given, i) => {
      const old = this.previous.get(given.id);
      const same = old !== undefined && sameElement(old.given, given);
      const entry = same ? old : { given, out: finish(given) };
      kept.set(given.id, entry);
      if (entry.out !== this.list[i]) changed = true;
      return entry.out;
    });
    this.previous = kept;
    if (changed) this.list = out;
    return this.list;
  }
}
