import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree } from '../src/model/parse';
import type { Tree } from '../src/model/types';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** The valid example tree from the fixtures, parsed. */
export function exampleTree(): Tree {
  const parsed = parseTree(readJson(join(FIXTURES, 'valid', 'example-pathway.json')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}
