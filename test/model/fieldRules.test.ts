/**
 * Rules on field values, by one rule each: calendar dates, link addresses (http, https, mailto),
 * reviewers' names and no control characters, in the validator, and the same URL rule in every
 * export that writes a link.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/model/calendarDate';
import { toFhirJson } from '../../src/model/export/fhir/bundle';
import { toHandout } from '../../src/model/export/handout';
import { toMermaid } from '../../src/model/export/mermaid';
import { parseTree } from '../../src/model/parse';
import { safeUrl } from '../../src/model/safeUrl';
import type { Problem, Tree } from '../../src/model/types';
import { validate } from '../../src/model/validate';
import { exampleTree, FIXTURES, readJson } from '../helpers';

const URL_RULE = 'must be an http, https or mailto address, e.g. https://example.org/guideline';
const HOSTILE_URLS = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '/relative/path',
  'https://',
  'not a url',
];
const FINE_URLS = ['https://example.org/a?b=c#d', 'http://example.org', 'mailto:team@example.org'];

/** The validator's problems for `tree`, as [path, message]. */
function problemsOf(tree: Tree): [string, string][] {
  return validate(structuredClone(tree)).problems.map((p: Problem) => [p.path, p.message]);
}

function withMeta(change: (tree: Tree) => void): Tree {
  const tree = exampleTree();
  change(tree);
  return tree;
}

describe('calendar dates', () => {
  it('accepts real days only', () => {
    for (const day of ['2030-02-28', '2024-02-29', '2000-02-29', '2030-12-31', '0001-01-01']) {
      expect(isCalendarDate(day), day).toBe(true);
    }
    for (const day of ['2030-02-31', '9999-99-99', '2023-02-29', '1900-02-29', '2030-04-31']) {
      expect(isCalendarDate(day), day).toBe(false);
    }
    for (const day of ['2030-13-01', '2030-00-10', '2030-01-00', '0000-01-01', '2030-1-01']) {
      expect(isCalendarDate(day), day).toBe(false);
    }
  });

  it('the validator reports a meta date that is no day of the calendar', () => {
    const tree = withMeta((t) => {
      t.meta.reviewDue = '2030-02-31';
      t.meta.approvedOn = '9999-99-99';
      t.meta.lastReviewed = '2023-02-29';
      t.meta.source.date = '2020-13';
    });
    expect(problemsOf(tree)).toEqual([
      ['meta.lastReviewed', '"2023-02-29" is not a day of the calendar (YYYY-MM-DD)'],
      ['meta.approvedOn', '"9999-99-99" is not a day of the calendar (YYYY-MM-DD)'],
      ['meta.reviewDue', '"2030-02-31" is not a day of the calendar (YYYY-MM-DD)'],
      ['meta.source.date', '"2020-13" is not a month of the calendar'],
    ]);
    const fine = withMeta((t) => {
      t.meta.reviewDue = '2032-02-29';
      t.meta.source.date = 'undated';
    });
    expect(problemsOf(fine)).toEqual([]);
  });
});

describe('link addresses: one rule', () => {
  it('allows http, https and mailto only, read as a browser reads an href', () => {
    for (const url of HOSTILE_URLS) expect(safeUrl(url), JSON.stringify(url)).toBeUndefined();
    for (const url of FINE_URLS) expect(safeUrl(` ${url} `)).toBe(url);
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl('  ')).toBeUndefined();
  });

  it('the validator reports a source or reference address of any other kind', () => {
    const tree = withMeta((t) => {
      t.meta.source.url = 'javascript:alert(1)';
      (t.meta.references[0] as { url?: string }).url = 'data:text/html,x';
    });
    expect(problemsOf(tree)).toEqual([
      ['meta.source.url', URL_RULE],
      ['meta.references[0].url', URL_RULE],
    ]);
    for (const url of FINE_URLS) {
      expect(problemsOf(withMeta((t) => (t.meta.source.url = url)))).toEqual([]);
    }
  });

  it('no export writes a hostile address as a link, even for a tree with problems', () => {
    const parsed = parseTree(readJson(join(FIXTURES, 'broken', 'hostile-content.json')));
    if (!parsed.ok) throw new Error('hostile-content.json should parse');
    const tree = parsed.value;
    tree.meta.references.push({ id: 'tabbed', citation: 'Tabbed', url: 'java\tscript:alert(1)' });
    const links: string[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (typeof value === 'string' && /url$|canonical$/i.test(key)) links.push(value);
      else if (typeof value === 'object' && value !== null)
        for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? key : k);
    };
    walk(JSON.parse(toFhirJson(tree)));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).not.toMatch(/^\s*(java|data|vbscript)/i);
    const handout = toHandout(tree);
    expect(handout).not.toMatch(/\]\(<?\s*(java|data)/i);
    expect(handout).toContain('Hostile'); // the text itself is still there
  });
});

describe('names and control characters in a tree', () => {
  it('the validator reports a reviewer name the one name check refuses', () => {
    const tree = withMeta((t) => {
      t.meta.reviewers = ['Dr A', 'Dr \u202eB', 'Dr\u200bC', 'Dr D\nApproved-by: E'];
    });
    expect(problemsOf(tree).map(([path]) => path)).toEqual([
      'meta.reviewers[1]',
      'meta.reviewers[2]',
      'meta.reviewers[3]',
    ]);
  });

  it('NUL and U+0001 in any text are problems on their step, and Mermaid never writes them', () => {
    const tree = exampleTree();
    const first = tree.states[tree.initial];
    if (first?.meta.kind !== 'question') throw new Error('the example starts with a question');
    first.meta.prompt = 'Nul\u0000 and \u0001 here';
    tree.meta.title = 'Title\u0000';
    const problems = validate(structuredClone(tree)).problems;
    expect(problems).toEqual([
      {
        path: 'meta.title',
        message: 'holds the control character U+0000, which is not text: remove it',
        file: 'tree',
      },
      {
        path: `states.${tree.initial}.meta.prompt`,
        message: 'holds the control character U+0000, which is not text: remove it',
        file: 'tree',
        state: tree.initial,
      },
    ]);
    expect(toMermaid(tree)).not.toMatch(/(?!\n)\p{Cc}/u);
    expect(toMermaid(tree)).toContain('Nul and here');
  });

  it('a scenario title holding a control character is a problem of the scenarios file', () => {
    const tree = exampleTree();
    const scenarios = readJson(join(FIXTURES, 'valid', 'example-pathway.scenarios.json')) as {
      scenarios: { title: string }[];
    };
    (scenarios.scenarios[0] as { title: string }).title = 'Bell\u0007';
    const problems = validate(tree, { scenarios }).problems;
    expect(problems).toEqual([
      {
        path: 'scenarios[0].title',
        message: 'holds the control character U+0007, which is not text: remove it',
        file: 'scenarios',
      },
    ]);
  });
});
