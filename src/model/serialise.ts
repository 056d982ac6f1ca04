/**
 * Canonical serialisation: keys in schema declaration order (maps such as `states` and `on` keep
 * the author's order), 2-space indent, trailing newline. Loading then serialising a canonical file
 * gives the same bytes, so saving an unedited tree never changes it.
 */
import * as schema from './schema';
import type { ScenarioFile, Tree } from './types';

function stringify(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Zod rebuilds objects in schema key order, which is exactly the canonical order. */
export function serialiseTree(tree: Tree): string {
  const result = schema.tree.safeParse(tree);
  return stringify(result.success ? result.data : tree);
}

export function serialiseScenarios(file: ScenarioFile): string {
  const result = schema.scenarioFile.safeParse(file);
  return stringify(result.success ? result.data : file);
}
