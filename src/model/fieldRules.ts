/**
 * Rules on the values of fields that the schema's shapes do not state, run by the validator:
 * real calendar dates, link addresses by the one URL rule (`safeUrl.ts`), reviewers' names by the
 * one name check (`authorName.ts`), and no control characters in any text. A tree that breaks
 * one has a problem: it is not approved, prerendered or played until it is fixed.
 */
import { codePoint, nameProblem } from './authorName';
import { isCalendarDate, sourceDateProblem } from './calendarDate';
import { formatPath } from './path';
import { urlProblem } from './safeUrl';
import type { Problem, Tree } from './types';

const META_DATES = ['lastReviewed', 'approvedOn', 'reviewDue'] as const;

/** Problems in the tree's meta: dates, addresses and reviewers' names. */
export function metaFieldProblems(tree: Tree): Problem[] {
  const problems: Problem[] = [];
  const add = (segments: PropertyKey[], message: string): void => {
    problems.push({ path: formatPath(['meta', ...segments]), message, file: 'tree' });
  };
  const meta = tree.meta;
  for (const field of META_DATES) {
    const value = meta[field];
    if (value !== undefined && !isCalendarDate(value)) {
      add([field], `"${value}" is not a day of the calendar (YYYY-MM-DD)`);
    }
  }
  const sourceDate = sourceDateProblem(meta.source.date);
  if (sourceDate !== undefined) add(['source', 'date'], sourceDate);
  const sourceUrl = meta.source.url === undefined ? undefined : urlProblem(meta.source.url);
  if (sourceUrl !== undefined) add(['source', 'url'], sourceUrl);
  meta.references.forEach((ref, i) => {
    const problem = ref.url === undefined ? undefined : urlProblem(ref.url);
    if (problem !== undefined) add(['references', i, 'url'], problem);
  });
  (meta.reviewers ?? []).forEach((name, i) => {
    const problem = nameProblem(name.trim());
    if (problem !== undefined) add(['reviewers', i], problem);
  });
  return problems;
}

/* Tabs and line breaks are text; every other control character (NUL, U+0001, U+001B…) is not. */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

/**
 * Every string in `json` (a tree or a scenarios file) that holds a control character, as a
 * problem at its JSON path. Iterative, so a deep file cannot overflow the stack.
 */
export function controlCharacterProblems(json: unknown, file: 'tree' | 'scenarios'): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: json, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      const found = CONTROL.exec(value);
      if (!found) continue;
      const problem: Problem = {
        path: formatPath(path),
        message: `holds the control character ${codePoint(found[0])}, which is not text: remove it`,
        file,
      };
      // A step's text: the editor marks that step.
      if (file === 'tree' && path[0] === 'states' && typeof path[1] === 'string') {
        problem.state = path[1];
      }
      problems.push(problem);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] });
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return problems;
}
