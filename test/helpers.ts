import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree } from '../src/model/parse';
import type { Tree } from '../src/model/types';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** A valid tree from the fixtures (by default the example pathway), parsed. */
export function exampleTree(name = 'example-pathway'): Tree {
  const parsed = parseTree(readJson(join(FIXTURES, 'valid', `${name}.json`)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** The example tree as sign-off leaves it: approved, with reviewers and dates. */
export function approvedExampleTree(): Tree {
  const tree = exampleTree();
  tree.meta = {
    ...tree.meta,
    status: 'approved',
    reviewers: ['Dr A. Reviewer'],
    approvedOn: '2026-11-30',
    reviewDue: '2027-11-30',
  };
  return tree;
}
