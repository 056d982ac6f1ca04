/**
 * The one write path: every change to a pathway's files (save, restore, approve, comment, resolve,
 * save a version) goes through `changeTree`, which
 *
 * 1. takes the tree's lock (`TreeLock`; across processes: `folderLock` by default),
 * 2. finishes whatever a crash left (`recover`, below),
 * 3. reads the tree's files and lets the caller check its precondition (etag / If-Match) and plan
 *    the change against exactly what is on disk,
 * 4. writes every changed file as one unit through the write-ahead journal (`node/journal.ts`),
 * 5. commits the tree's files in git when the change asks for it, putting the files back if the
 *    commit fails,
 *
 * all inside the lock, so no other change can come between the check, the write and the commit.
 *
 * Recovery rolls FORWARD a complete journal and rolls BACK everything else. A journal is only ever
 * in place complete (it is renamed into place after an fsync), and it holds every new text, so a
 * crash at any moment after that can be finished exactly; before that moment no tree file had
 * been touched, so removing the temporary files left is the whole rollback. Rolling forward also
 * keeps what the writer had already decided (its precondition held under the lock). A change with
 * a commit is finished by making the commit; if git refuses it, the old texts in the journal are
 * put back, as a failed commit does when there is no crash. Recovery runs at every lock
 * acquisition, and `settle` runs it before reads when a journal is waiting.
 */
import * as nodeFs from 'node:fs';
import type { AtomicWriteFs } from '../node/atomicWrite';
import {
  applyJournal,
  clearJournal,
  journalName,
  journalTree,
  readJournal,
  removeOrphanTemps,
  treesToRecover,
  writeJournal,
  type Journal,
} from '../node/journal';
import { commitTree, NOTHING_CHANGED } from './gitCommit';
import { HttpError } from './http';
import { folderLock, type TreeLock } from './saveLock';
import { inside, readRegularFile } from './treeFilesOnDisk';

/** A tree's files as they are on disk when the change is planned (undefined: no such file). */
export interface TreeFilesNow {
  tree: Buffer | undefined;
  scenarios: Buffer | undefined;
  comments: Buffer | undefined;
}

export interface PlannedChange<T> {
  /** New texts by file name in the folder; files not named stay as they are. */
  files: { name: string; text: string }[];
  /** Commit the tree's files afterwards with this message and author. */
  commit?: { message: string; author: string };
  /** The answer once the change is written (and committed: `sha`). */
  done: (sha: string | undefined) => T;
}

export interface WritePathOptions {
  /** Default: the lock file in the folder, shared by every process on this checkout. */
  lock?: TreeLock;
  /** Told of every file written, after the write. */
  onWrite?: (path: string, text: string) => void;
  /** Called under the lock once the plan is made, right before the first write (tests race here). */
  beforeWrite?: () => void;
  /** The file system calls of the writes (Node's by default); tests pass one that crashes. */
  fs?: AtomicWriteFs;
}

/** Plans a change against the tree's files on disk; throws `HttpError` to refuse it. */
export type Planner<T> = (now: TreeFilesNow) => PlannedChange<T> | Promise<PlannedChange<T>>;

function readNow(dir: string, id: string): TreeFilesNow {
  const read = (name: string) => readRegularFile(inside(dir, name));
  return {
    tree: read(`${id}.json`),
    scenarios: read(`${id}.scenarios.json`),
    comments: read(`${id}.comments.json`),
  };
}

/** Runs one change to tree `id` in `dir`, as described above; the planner's answer. */
export function changeTree<T>(
  dir: string,
  id: string,
  plan: Planner<T>,
  options: WritePathOptions = {},
): Promise<T> {
  const lock = options.lock ?? folderLock;
  const fs = options.fs ?? nodeFs;
  return lock.run(dir, id, async () => {
    await recover(dir, id, options);
    const planned = await plan(readNow(dir, id));
    const files = planned.files.map(({ name, text }) => {
      const old = readRegularFile(inside(dir, name))?.toString('utf8') ?? null;
      return { name, text, old };
    });
    const journal: Journal = { id, files: files.filter((f) => f.text !== f.old) };
    if (planned.commit) journal.commit = planned.commit;
    options.beforeWrite?.();
    const writes = journal.files.length > 0;
    if (writes) {
      writeJournal(dir, journal, fs);
      applyJournal(dir, journal, 'text', options.onWrite, fs);
    }
    let sha: string | undefined;
    if (planned.commit) {
      try {
        sha = await commitTree(dir, id, planned.commit.message, planned.commit.author);
      } catch (error) {
        if (writes) undo(dir, journal, options);
        throw error;
      }
    }
    if (writes) clearJournal(dir, id, fs);
    return planned.done(sha);
  });
}

/** Puts the old texts back, itself through a journal so that a crash here finishes the undo. */
function undo(dir: string, journal: Journal, options: WritePathOptions): void {
  const fs = options.fs ?? nodeFs;
  const back: Journal = {
    id: journal.id,
    files: journal.files.map((f) => ({ name: f.name, text: f.old, old: f.text })),
  };
  writeJournal(dir, back, fs);
  applyJournal(dir, back, 'text', options.onWrite, fs);
  clearJournal(dir, journal.id, fs);
}

/** The files of tree `id`, journal included; what a change under its lock may be writing. */
function filesOf(id: string): string[] {
  return [`${id}.json`, `${id}.scenarios.json`, `${id}.comments.json`, journalName(id)];
}

/** The tree a file in the folder belongs to (`<id>.json`, `<id>.scenarios.json`, …). */
function treeOfFile(name: string): string | undefined {
  return (
    journalTree(name) ?? /^([a-z0-9][a-z0-9-]*)(?:\.scenarios|\.comments)?\.json$/.exec(name)?.[1]
  );
}

/** Finishes or undoes what a crash left of tree `id`; the caller holds the tree's lock. */
async function recover(dir: string, id: string, options: WritePathOptions): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const state = readJournal(dir, id);
  if (state.kind === 'found') {
    const journal = state.journal;
    applyJournal(dir, journal, 'text', options.onWrite, fs);
    if (journal.commit) {
      try {
        await commitTree(dir, id, journal.commit.message, journal.commit.author);
      } catch (error) {
        // Nothing to commit: the crash came after the commit, which therefore holds these texts.
        const made = error instanceof HttpError && error.message === NOTHING_CHANGED;
        if (!made) undo(dir, journal, options);
      }
    }
    clearJournal(dir, id, fs);
  } else if (state.kind === 'damaged') {
    // Only complete journals are renamed into place, so this one was not written by a change:
    // nothing was applied from it, and the files stay as they are.
    clearJournal(dir, id, fs);
  }
  const mine = new Set(filesOf(id));
  removeOrphanTemps(dir, (target) => mine.has(target), fs);
}

/** Start-up: finishes what a crash left in the trees folder, each tree under its lock. */
export async function recoverTrees(dir: string, options: WritePathOptions = {}): Promise<void> {
  const lock = options.lock ?? folderLock;
  for (const id of treesToRecover(dir, treeOfFile)) {
    await lock.run(dir, id, () => recover(dir, id, options));
  }
  // Left by a lock taken or broken in a process that died (`saveLock.ts`): no tree's lock covers
  // them. Taking the lock once also clears a lock such a process held.
  await lock.run(dir, '', () => Promise.resolve(removeOrphanTemps(dir, () => false, options.fs)));
}

/** Before a read of tree `id` (or of all, without one): a crash left a journal? Finish it first. */
export async function settle(
  dir: string,
  options: WritePathOptions = {},
  id?: string,
): Promise<void> {
  const waiting = nodeFs.readdirSync(dir).some((name) => {
    const tree = journalTree(name);
    return tree !== undefined && (id === undefined || tree === id);
  });
  if (waiting) await recoverTrees(dir, options);
}
