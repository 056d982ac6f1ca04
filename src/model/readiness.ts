/**
 * What a validation means for saving, playing and publishing. A file that cannot be read as a
 * tree (bad JSON, wrong shape) is never saved; a readable tree with problems is unplayable and may
 * be saved only while its status is `draft`; a tree in review or approved has zero problems.
 */
import type { Validation } from './validate';

export type Readiness = 'unreadable' | 'unplayable' | 'playable';

export function readinessOf(validation: Validation): Readiness {
  if (validation.unreadable === true || validation.tree === undefined) return 'unreadable';
  return validation.problems.length > 0 ? 'unplayable' : 'playable';
}

/** The one status under which a tree may still have problems. */
export const DRAFT_STATUS = 'draft';

const plural = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * Why a tree may not be saved as it is, in plain words, or `undefined` when it may. The save API
 * and the editor ask the same question, so the editor can say so before the round trip.
 */
export function saveRefusal(validation: Validation): string | undefined {
  const readiness = readinessOf(validation);
  const count = validation.problems.length;
  if (readiness === 'unreadable')
    return `the file cannot be read as a tree (${plural(count, 'problem')}); fix its shape first`;
  if (readiness === 'playable') return undefined;
  // A file under another tree's name (or scenarios for another tree) is no work in progress.
  const misnamed = validation.problems.find(
    (p) =>
      (p.path === 'id' && p.file !== 'scenarios') || (p.path === 'tree' && p.file === 'scenarios'),
  );
  if (misnamed) return `the file does not belong to this tree: ${misnamed.message}`;
  const status = validation.tree?.meta.status;
  if (status === DRAFT_STATUS) return undefined;
  return `a tree with problems can be saved only as a draft: this one is "${String(status)}" and has ${plural(count, 'problem')}; fix them or set its status to draft`;
}

/**
 * How the validator CLI judges a file: any problem fails a tree that is not a draft (and an
 * unreadable file always); a draft's problems are reported but pass, unless `strict`.
 */
export function cliVerdict(validation: Validation, strict: boolean): 'ok' | 'draft' | 'fail' {
  const readiness = readinessOf(validation);
  if (readiness === 'playable') return 'ok';
  if (readiness === 'unreadable' || strict) return 'fail';
  return validation.tree?.meta.status === DRAFT_STATUS ? 'draft' : 'fail';
}
