/**
 * A bound on how many problems are collected and listed: a damaged file can hold hundreds of
 * thousands, which would overflow the stack where they are gathered and freeze the page that
 * lists them. The rest are counted in one closing problem, as the duplicate-key check does.
 */
import type { Problem } from './types';

export const MAX_PROBLEMS = 500;

/** The first `MAX_PROBLEMS` problems, then one that says how many more there are. */
export function capProblems(problems: Problem[], extraUncounted = false): Problem[] {
  if (problems.length <= MAX_PROBLEMS && !extraUncounted) return problems;
  const listed = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - listed.length;
  const file = problems[0]?.file;
  const message = extraUncounted
    ? `and more problems: the file has too many to count (the first ${listed.length} are listed)`
    : `and ${more} more problem${more === 1 ? '' : 's'} (the first ${MAX_PROBLEMS} are listed)`;
  const summary: Problem = { path: '', message };
  if (file !== undefined) summary.file = file;
  listed.push(summary);
  return listed;
}

/** `target.push(...items)` without the spread, which overflows for very long lists. */
export function appendAll(target: Problem[], items: readonly Problem[]): void {
  for (const item of items) target.push(item);
}
