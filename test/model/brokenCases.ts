/**
 * The corpus of damaged trees in test/fixtures/broken/ and what the validator must say about each:
 * shared by the validator, CLI and save API tests and the home-page card test.
 */
import { join } from 'node:path';

export const BROKEN = join('test', 'fixtures', 'broken');

const URL_RULE = 'must be an http, https or mailto address, e.g. https://example.org/guideline';

/**
 * Everything the validator must report for a fixture, in its order: [JSON path ('' for the whole
 * file), message]. Exact lists, not a subset: a missing or an extra problem fails the tests.
 */
export type Expected = [path: string, message: string][] | 'ok';

export const cases: [id: string, expected: Expected][] = [
  ['invalid-json', [['', 'invalid JSON at line 69, column 21: value expected']]],
  [
    'wrong-types',
    [
      ['meta.references[0].year', 'expected number, got string'],
      ['meta.status', 'must be "draft" or "in-review" or "approved" or "retired"'],
      ['states.basics_checked.meta.prompt', 'expected string, got number'],
      ['states.red_flags.on', 'expected object, got array'],
    ],
  ],
  ['missing-initial', [['initial', 'is required (expected string)']]],
  [
    'dangling-target',
    [
      ['states.basics_checked.on.YES.target', 'state "q9" does not exist'],
      // What the broken answer cuts off: the steps behind it, and the scenario through it.
      ['states.red_flags', 'unreachable: no path from "basics_checked" leads here'],
      ['states.add_second_drug', 'unreachable: no path from "basics_checked" leads here'],
      ['scenarios[1].answers[1]', 'scenario "adequate-trial" fails: "q9" has no answer "CONTINUE"'],
    ],
  ],
  [
    'unreachable-state',
    [['states.orphan', 'unreachable: no path from "basics_checked" leads here']],
  ],
  [
    'dead-end',
    [
      ['states.red_flags.on', 'dead end: this state has no answers and is not a recommendation'],
      ['states.add_second_drug', 'unreachable: no path from "basics_checked" leads here'],
      [
        'scenarios[1].answers[1]',
        'scenario "adequate-trial" fails: "red_flags" has no answer "CONTINUE"',
      ],
    ],
  ],
  [
    'cycle-no-way-out',
    [
      ['states.loop_a', 'cycle with no way out: loop_a → loop_b → loop_a'],
      ['states.red_flags', 'no path from here reaches a recommendation'],
      ['states.add_second_drug', 'unreachable: no path from "basics_checked" leads here'],
      ['scenarios', 'no scenario ends at recommendation "add_second_drug"'],
    ],
  ],
  [
    'duplicate-events',
    [
      [
        'states.basics_checked.on',
        'duplicate key "YES" (again at line 40): JSON keeps only the last one and silently drops the others',
      ],
    ],
  ],
  [
    'integer-state-key',
    [['states["2"]', 'key "2": state keys must be lower snake case and start with a letter']],
  ],
  [
    'dotted-state-key',
    [
      [
        'states["red.flags"]',
        'key "red.flags": state keys must be lower snake case and start with a letter',
      ],
    ],
  ],
  ['empty-label', [['states.basics_checked.on.NO.description', 'answer label is empty']]],
  [
    'unresolved-reference',
    [
      [
        'states.add_second_drug.meta.references[1]',
        'reference "smith-2019" is not in meta.references',
      ],
    ],
  ],
  [
    'deep-nesting',
    [
      [
        'meta.summary',
        'nested more than 64 levels deep; a tree file needs fewer than 10, so this one is damaged',
      ],
    ],
  ],
  [
    'prototype-names',
    [
      ['states.basics_checked.on.YES.target', 'state "constructor" does not exist'],
      ['states.red_flags', 'unreachable: no path from "basics_checked" leads here'],
      ['states.add_second_drug', 'unreachable: no path from "basics_checked" leads here'],
      ['scenarios[1].expect', 'state "toString" does not exist'],
      ['scenarios', 'no scenario ends at recommendation "add_second_drug"'],
    ],
  ],
  ['non-latin-rtl', 'ok'],
  [
    'hostile-content',
    // Every text payload shows as text; the `javascript:` and `data:` addresses are problems.
    [
      ['meta.source.url', URL_RULE],
      ['meta.references[0].url', URL_RULE],
      ['meta.references[2].url', URL_RULE],
    ],
  ],
];

/**
 * The line the CLI prints: `file: path: message`, or `file: message` for the whole file. Paths
 * under `scenarios` belong to the scenarios file beside the tree (a tree has no such key).
 */
export function lineFor(file: string, [path, message]: [string, string]): string {
  const named = /^scenarios\b/.test(path) ? file.replace(/\.json$/, '.scenarios.json') : file;
  return path === '' ? `${named}: ${message}` : `${named}: ${path}: ${message}`;
}
