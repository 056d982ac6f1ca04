/** Reads the bundled trees and scenarios from disk for the browser tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioFile, Tree } from '../../src/model/types';

const dir = join(import.meta.dirname, '..', '..', 'trees');

export function bundledTrees(): { tree: Tree; scenarios: ScenarioFile }[] {
  return readdirSync(dir)
    .filter(
      (f) => f.endsWith('.json') && !f.endsWith('.scenarios.json') && !f.endsWith('.schema.json'),
    )
    .sort()
    .map((f) => ({
      tree: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Tree,
      scenarios: JSON.parse(
        readFileSync(join(dir, f.replace(/\.json$/, '.scenarios.json')), 'utf8'),
      ) as ScenarioFile,
    }));
}

/** The title a state shows as its heading. */
export function headingOf(tree: Tree, state: string): string {
  const meta = tree.states[state]?.meta;
  if (!meta) throw new Error(`no state ${state}`);
  return meta.kind === 'question' ? meta.prompt : meta.title;
}

export function labelOf(tree: Tree, state: string, event: string): string {
  const label = tree.states[state]?.on?.[event]?.description;
  if (label === undefined) throw new Error(`no answer ${event} on ${state}`);
  return label;
}
