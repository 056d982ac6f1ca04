/**
 * Committing a tree's files in git, for the write path (`writePath.ts`), which calls it under the
 * tree's lock so that what is committed is exactly what that change wrote.
 */
import { gitError, runGit } from './git';
import { HttpError } from './http';
import { inside, readRegularFile } from './treeFilesOnDisk';

/** The tree's files that exist now (names relative to `dir`, which is git's working folder). */
export function treeFileNames(dir: string, id: string): string[] {
  return [`${id}.json`, `${id}.scenarios.json`, `${id}.comments.json`].filter(
    (name) => readRegularFile(inside(dir, name)) !== undefined,
  );
}

/** The 409 of a version with no change; recovery takes it to mean the commit was made already. */
export const NOTHING_CHANGED = 'nothing changed since the last version';

/**
 * Commits the tree's files with `message` on git's standard input and `author` as the commit's
 * author; the new commit's sha. Git 2.39 takes `Name <>` (an empty email) as given, so no address
 * is made up; the name is one execFile argument, never a command line. Only the tree's files are
 * committed (`commit -- <files>`), whatever else is staged.
 */
export async function commitTree(
  dir: string,
  id: string,
  message: string,
  author: string,
): Promise<string> {
  const files = treeFileNames(dir, id);
  if (!files.includes(`${id}.json`)) throw new HttpError(404, `there is no tree "${id}"`);
  const add = await runGit(dir, ['add', '--', ...files]);
  if (!add.ok) throw new HttpError(500, `git add failed: ${gitError(add)}`);
  const same = await runGit(dir, ['diff', '--cached', '--quiet', '--', ...files]);
  if (same.ok) throw new HttpError(409, NOTHING_CHANGED);
  const done = await runGit(
    dir,
    ['commit', '--quiet', `--author=${author} <>`, '-F', '-', '--', ...files],
    message,
  );
  if (!done.ok) {
    // Unstage what `add` staged, so no later commit picks up the content this one was refused.
    await runGit(dir, ['reset', '--quiet', '--', ...files]);
    throw new HttpError(500, `git commit failed: ${gitError(done)}`);
  }
  const head = await runGit(dir, ['rev-parse', 'HEAD']);
  return head.stdout.trim();
}
