/**
 * Field-by-field comparison of two steps (or two tree metas) for the semantic diff. Lists are
 * compared item by item through a one-line summary of each item, so "a dose row was added" reads
 * as that rather than as a changed array.
 */
import type { DoNotItem, Dose, Evidence, Reference } from './types';
import { isRecord } from './own';

/** One field that differs between the two versions. */
export interface FieldChange {
  /** Field name as in the file, e.g. `prompt`, `doses`, `on.YES.description`. */
  field: string;
  /** One-line text before and after, for plain fields (absent when the field was absent). */
  before?: string;
  after?: string;
  /** For lists: items only in the new version, and only in the old one (by their summary). */
  added?: string[];
  removed?: string[];
  /** For lists with the same items in another order. */
  reordered?: boolean;
}

/** Fields the diff never reports: canvas positions are layout, not content. */
const IGNORED = new Set(['ui']);

function joinParts(parts: (string | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== '').join(', ');
}

/** A one-line summary of a list item: a dose row, a "do not" item, an evidence grade, … */
export function summariseItem(item: unknown): string {
  if (typeof item === 'string') return item;
  if (!isRecord(item)) return JSON.stringify(item);
  if (typeof item.drug === 'string') {
    const d = item as Dose;
    return joinParts([
      d.drug,
      d.start && `start ${d.start}`,
      d.titration && `titration ${d.titration}`,
      d.target && `target ${d.target}`,
      d.maximum && `maximum ${d.maximum}`,
      d.duration && `duration ${d.duration}`,
      d.note && `note ${d.note}`,
    ]);
  }
  if (typeof item.what === 'string') {
    const n = item as DoNotItem;
    return joinParts([
      n.what,
      n.why && `why: ${n.why}`,
      n.evidence && `evidence: ${summariseItem(n.evidence)}`,
      n.references && `refs ${n.references.join(' ')}`,
    ]);
  }
  if (typeof item.citation === 'string') {
    const r = item as Reference;
    return joinParts([r.id, r.citation, r.year?.toString(), r.doi, r.url, r.note]);
  }
  const e = item as Evidence;
  const known = joinParts([
    e.about && `${e.about}:`,
    e.scheme,
    e.level && `level ${e.level}`,
    e.grade && `grade ${e.grade}`,
    e.strength,
    e.direction,
    e.note,
  ]);
  return known === '' ? JSON.stringify(item) : known;
}

function scalarText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${scalarText(v) ?? ''}`)
      .join('; ');
  }
  return JSON.stringify(value);
}

function compareLists(field: string, before: unknown[], after: unknown[]): FieldChange {
  const b = before.map(summariseItem);
  const a = after.map(summariseItem);
  const added = a.filter((item) => !b.includes(item));
  const removed = b.filter((item) => !a.includes(item));
  const change: FieldChange = { field };
  if (added.length > 0) change.added = added;
  if (removed.length > 0) change.removed = removed;
  if (added.length === 0 && removed.length === 0) change.reordered = true;
  return change;
}

/**
 * The fields of two records that differ, in the order of `before`'s keys then `after`'s new ones.
 * `skip` names fields the caller compares itself (e.g. a step's answers).
 */
export function compareFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  skip: ReadonlySet<string> = new Set(),
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (IGNORED.has(key) || skip.has(key)) continue;
    const b = before[key];
    const a = after[key];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    if ((Array.isArray(b) || b === undefined) && (Array.isArray(a) || a === undefined)) {
      changes.push(compareLists(key, (b ?? []) as unknown[], (a ?? []) as unknown[]));
      continue;
    }
    const change: FieldChange = { field: key };
    const bt = scalarText(b);
    const at = scalarText(a);
    if (bt !== undefined) change.before = bt;
    if (at !== undefined) change.after = at;
    changes.push(change);
  }
  return changes;
}
