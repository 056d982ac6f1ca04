/**
 * The write-ahead journal of a trees folder: how one change to several files (a tree, its
 * scenarios, its comments) lands as one unit.
 *
 * 1. The journal, naming every file and holding its new text and its old one, is written
 *    atomically (temporary file, fsync, rename, folder fsync) as `.stepwise-journal.<id>.json`.
 *    Its rename is the commit point of the change.
 * 2. Each file is written atomically from it.
 * 3. The journal is removed.
 *
 * A crash before step 1 ends leaves every file untouched (only a temporary file, removed by
 * `removeOrphanTemps`). A crash after it leaves a complete journal, which recovery replays:
 * rewriting a file with the same text is harmless, so replay rolls forward however far step 2
 * got. The old texts are kept for one reason: a git commit that fails after the files were
 * written puts them back (`writePath.ts`).
 */
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import {
  processAlive,
  syncFolder,
  TEMP_PREFIX,
  tempWriter,
  writeFileAtomic,
  type AtomicWriteFs,
} from './atomicWrite';

/** Each tree has its own journal, so changes to two trees under per-tree locks never meet. */
export function journalName(id: string): string {
  return `.stepwise-journal.${id}.json`;
}

/** The tree a journal file is for, or undefined for other names. */
export function journalTree(name: string): string | undefined {
  return /^\.stepwise-journal\.([a-z0-9][a-z0-9-]*)\.json$/.exec(name)?.[1];
}

export interface JournalFile {
  /** A plain file name in the folder, e.g. `example.scenarios.json`. */
  name: string;
  /** The new text, or `null` to remove the file. */
  text: string | null;
  /** The text before the change, or `null` when there was no file. */
  old: string | null;
}

export interface Journal {
  /** The tree the change is to. */
  id: string;
  files: JournalFile[];
  /** A git commit of the tree's files that completes the change, when git is used. */
  commit?: { message: string; author: string };
}

/** What reading the journal found: none, one to replay, or a file that is not a journal. */
export type JournalState =
  { kind: 'none' } | { kind: 'found'; journal: Journal } | { kind: 'damaged' };

const PLAIN_NAME = /^[a-z0-9][a-z0-9.-]*\.json$/;

function isJournal(value: unknown): value is Journal {
  if (typeof value !== 'object' || value === null) return false;
  const { id, files, commit } = value as Partial<Journal>;
  const textOrNull = (v: unknown) => v === null || typeof v === 'string';
  return (
    typeof id === 'string' &&
    Array.isArray(files) &&
    files.every(
      (f: Partial<JournalFile>) =>
        typeof f.name === 'string' &&
        PLAIN_NAME.test(f.name) &&
        textOrNull(f.text) &&
        textOrNull(f.old),
    ) &&
    (commit === undefined ||
      (typeof commit.message === 'string' && typeof commit.author === 'string'))
  );
}

export function readJournal(dir: string, id: string): JournalState {
  let text: string;
  try {
    text = nodeFs.readFileSync(join(dir, journalName(id)), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw error;
  }
  try {
    const value: unknown = JSON.parse(text);
    return isJournal(value) && value.id === id
      ? { kind: 'found', journal: value }
      : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}

/** Step 1: the commit point. */
export function writeJournal(dir: string, journal: Journal, fs: AtomicWriteFs = nodeFs): void {
  writeFileAtomic(join(dir, journalName(journal.id)), JSON.stringify(journal), fs);
}

/** Step 2 (or its undo, with `pick` choosing the old texts): each file written atomically. */
export function applyJournal(
  dir: string,
  journal: Journal,
  pick: 'text' | 'old',
  onWrite?: (path: string, text: string) => void,
  fs: AtomicWriteFs = nodeFs,
): void {
  for (const file of journal.files) {
    const path = join(dir, file.name);
    const text = file[pick];
    if (text === null) {
      fs.rmSync(path, { force: true });
      continue;
    }
    writeFileAtomic(path, text, fs);
    onWrite?.(path, text);
  }
}

/** Step 3: the change is complete. */
export function clearJournal(dir: string, id: string, fs: AtomicWriteFs = nodeFs): void {
  fs.rmSync(join(dir, journalName(id)), { force: true });
  syncFolder(dir, fs);
}

/**
 * Removes temporary files whose writer is gone, and, when `own` says which targets this process
 * may not be writing now (those of the tree whose lock it holds), its own for those targets. A
 * live tool's write in progress (e.g. `npm run canonical`) is left alone.
 */
export function removeOrphanTemps(
  dir: string,
  own: (target: string) => boolean,
  fs: AtomicWriteFs = nodeFs,
): string[] {
  const removed: string[] = [];
  for (const name of nodeFs.readdirSync(dir)) {
    const temp = tempWriter(name);
    if (temp === undefined) continue;
    const orphan = temp.pid === process.pid ? own(temp.target) : !processAlive(temp.pid);
    if (!orphan) continue;
    fs.rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** The trees a crash may have left something of: a journal, or a temporary file of its files. */
export function treesToRecover(
  dir: string,
  treeOf: (file: string) => string | undefined,
): string[] {
  const ids = new Set<string>();
  for (const name of nodeFs.readdirSync(dir)) {
    const id = journalTree(name) ?? treeOf(tempWriter(name)?.target ?? '');
    if (id !== undefined) ids.add(id);
  }
  return [...ids].sort();
}

export { TEMP_PREFIX };
