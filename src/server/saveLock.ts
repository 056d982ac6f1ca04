/**
 * The lock the write path (`writePath.ts`) holds around every change to a trees folder.
 *
 * `TreeLock` is the interface the write path depends on, so a team server can pass another
 * implementation (e.g. a PostgreSQL advisory lock keyed on the tree). `folderLock` is the one the
 * dev server uses: a file linked into place (`link` fails when the name exists, as `O_EXCL` does),
 * which exactly one process can create, shared by every dev server on the same checkout. It locks the whole folder, not one
 * tree, because git's index is shared by every tree in the repository. Requests of one process
 * queue in memory first, so only one of them at a time polls for the file.
 *
 * A lock left by a crashed server (its process gone, or older than `STALE_AFTER_MS`) is taken
 * over: renamed aside, checked to be the lock that was judged stale, then removed.
 */
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { processAlive, tempPathFor } from '../node/atomicWrite';

/** Runs work while holding the lock of one tree (or of the folder that holds it). */
export interface TreeLock {
  run<T>(dir: string, id: string, work: () => Promise<T>): Promise<T>;
}

export const LOCK_NAME = '.stepwise-save.lock';
/** A change takes milliseconds (a git commit, a second or so); a lock this old is abandoned. */
export const STALE_AFTER_MS = 30_000;
/** How long a change waits for another server's before answering 503. */
const WAIT_MS = 10_000;
const POLL_MS = 5;

/** Another change held the lock for longer than a change should take. */
export class SaveLockBusy extends Error {
  constructor() {
    super('another save to this folder is in progress; try again');
    this.name = 'SaveLockBusy';
  }
}

function readLock(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** True when the lock at `path`, holding `content`, belongs to nobody alive. */
function isStale(path: string, content: string, now: number): boolean {
  const [pidText = '', tookText = ''] = content.split(' ');
  const pid = Number(pidText);
  const took = Number(tookText);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isFinite(took)) {
    // Not a lock this code writes (those are complete when they appear): judge it by its age.
    try {
      return now - statSync(path).mtimeMs > STALE_AFTER_MS;
    } catch {
      return false;
    }
  }
  return now - took > STALE_AFTER_MS || (pid !== process.pid && !processAlive(pid));
}

/**
 * Removes the lock at `path` if it still holds `stale`. Renaming is atomic, so of two servers
 * breaking the same stale lock one moves it; if what moved is a live lock taken in between, it is
 * linked back (which fails only if a third took the free name, a window of microseconds).
 */
function breakStale(path: string, stale: string): void {
  const aside = tempPathFor(path);
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  if (readLock(aside) !== stale) {
    try {
      linkSync(aside, path);
    } catch {
      // The name was taken again meanwhile; that holder goes on, the moved lock is gone.
    }
  }
  rmSync(aside, { force: true });
}

/**
 * Creates the lock holding `token`, or false when it exists. The token is written to a temporary
 * file first and linked into place (`link` fails if the name exists, like `O_EXCL`), so a lock is
 * never seen empty: a holder killed mid-way leaves a lock naming its dead process, or none.
 */
function tryTake(path: string, token: string): boolean {
  const temp = tempPathFor(path);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, token);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

async function takeFileLock(path: string, waitMs: number): Promise<string> {
  const token = `${process.pid} ${Date.now()} ${randomUUID()}`;
  const deadline = Date.now() + waitMs;
  while (!tryTake(path, token)) {
    const content = readLock(path);
    if (content !== undefined && isStale(path, content, Date.now())) {
      breakStale(path, content);
      continue;
    }
    if (Date.now() >= deadline) throw new SaveLockBusy();
    await new Promise((wake) => setTimeout(wake, POLL_MS));
  }
  return token;
}

/** Removes the lock only while it is still this holder's (a takeover may have replaced it). */
function release(path: string, token: string): void {
  if (readLock(path) === token) rmSync(path, { force: true });
}

/** The tail of each folder's queue of this process's changes. */
const queues = new Map<string, Promise<unknown>>();

/** Runs `work` holding the folder's lock; throws `SaveLockBusy` after waiting too long for it. */
export function withSaveLock<T>(dir: string, work: () => Promise<T>, waitMs = WAIT_MS): Promise<T> {
  const path = join(dir, LOCK_NAME);
  const run = async (): Promise<T> => {
    const token = await takeFileLock(path, waitMs);
    try {
      return await work();
    } finally {
      release(path, token);
    }
  };
  const previous = queues.get(path) ?? Promise.resolve();
  const next = previous.then(run, run);
  const tail = next.catch(() => undefined);
  queues.set(path, tail);
  void tail.then(() => {
    if (queues.get(path) === tail) queues.delete(path);
  });
  return next;
}

/** The dev server's lock: one lock file per trees folder, whichever tree changes. */
export const folderLock: TreeLock = {
  run: (dir, _id, work) => withSaveLock(dir, work),
};
