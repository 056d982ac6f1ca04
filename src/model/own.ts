/**
 * A record's own entry. Tree maps (`states`, `on`) are plain objects, so `key in states` and
 * `states[key]` also find what every object inherits: a target, initial state or scenario end
 * called "constructor", "toString" or "__proto__" would pass for a state. These never do.
 */
export function hasOwn(record: object | undefined, key: string): boolean {
  return record !== undefined && Object.hasOwn(record, key);
}

export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A JSON object (not null, not an array): what a parsed body or file must be before its keys are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
