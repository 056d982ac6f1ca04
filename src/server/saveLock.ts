/**
 * A lock on a trees folder, shared by every dev server on the same checkout: a file created with
 * `O_CREAT | O_EXCL` (`'wx'`), which exactly one process can create. A save holds it from its etag
 * check to its last rename, so of two servers saving with the same etag one wins and the other
 * gets the conflict. A lock left by a crashed server (its process gone, or older than
 * `STALE_AFTER_MS`) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_NAME = '.stepwise-save.lock';
/** A save takes milliseconds; a lock this old belongs to a server that died mid-save. */
export const STALE_AFTER_MS = 10_000;
/** How long a save waits for another server's save before answering 503. */
const WAIT_MS = 3_000;
const POLL_MS = 5;

/** Another save held the lock for longer than a save should take. */
export class SaveLockBusy extends Error {
  constructor() {
    super('another save to this folder is in progress; try again');
    this.name = 'SaveLockBusy';
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread for `ms`; the save API is synchronous by design, so it waits in place. */
function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the lock at `path` belongs to nobody alive; a lock being written is not stale. */
function isStale(path: string, now: number): boolean {
  try {
    const [pidText = '', tookText = ''] = readFileSync(path, 'utf8').split(' ');
    const pid = Number(pidText);
    const took = Number(tookText);
    if (Number.isInteger(pid) && pid > 0 && Number.isFinite(took)) {
      return now - took > STALE_AFTER_MS || (pid !== process.pid && !processAlive(pid));
    }
    return now - statSync(path).mtimeMs > STALE_AFTER_MS;
  } catch {
    return false;
  }
}

function tryTake(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid} ${Date.now()}`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Runs `work` holding the folder's save lock; throws `SaveLockBusy` after waiting too long. */
export function withSaveLock<T>(dir: string, work: () => T, waitMs = WAIT_MS): T {
  const path = join(dir, LOCK_NAME);
  const deadline = Date.now() + waitMs;
  while (!tryTake(path)) {
    if (isStale(path, Date.now())) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new SaveLockBusy();
    sleepSync(POLL_MS);
  }
  try {
    return work();
  } finally {
    rmSync(path, { force: true });
  }
}
