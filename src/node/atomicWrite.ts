/**
 * Atomic file writes: a temporary file beside the target, written in full, flushed, then renamed
 * over it. A failure (or a crash) at any point before the rename leaves the target untouched; the
 * rename itself is atomic, so readers see the old file or the new one, never a part of either.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file system calls a write uses (Node's `fs` by default); tests pass one that fails. */
export interface AtomicWriteFs {
  openSync(path: string, flags: string): number;
  writeSync(fd: number, bytes: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
}

/** Prefix of temporary files; listings of trees skip names that start with a dot. */
export const TEMP_PREFIX = '.stepwise-tmp-';

let sequence = 0;

/** True while process `pid` runs (EPERM: it runs as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process that wrote a temporary file and the file it was for, read from its name. */
export function tempWriter(name: string): { pid: number; target: string } | undefined {
  if (!name.startsWith(TEMP_PREFIX)) return undefined;
  const [pidText = '', , , ...target] = name.slice(TEMP_PREFIX.length).split('-');
  const pid = Number(pidText);
  return Number.isInteger(pid) && pid > 0 ? { pid, target: target.join('-') } : undefined;
}

export function tempPathFor(path: string): string {
  const unique = `${process.pid}-${Date.now()}-${++sequence}`;
  return join(dirname(path), `${TEMP_PREFIX}${unique}-${basename(path)}`);
}

export function writeFileAtomic(path: string, text: string, fs: AtomicWriteFs = nodeFs): void {
  const temp = tempPathFor(path);
  const bytes = Buffer.from(text, 'utf8');
  const fd = fs.openSync(temp, 'wx');
  let closed = false;
  try {
    // writeSync may write fewer bytes than asked (a full disk, a signal): loop until all are out.
    for (let at = 0; at < bytes.length;) {
      const written = fs.writeSync(fd, bytes, at, bytes.length - at);
      if (written <= 0) throw new Error(`could not write ${basename(temp)}`);
      at += written;
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    closed = true;
    fs.renameSync(temp, path);
  } catch (error) {
    if (!closed) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already closed or unusable: the temporary file is removed below all the same.
      }
    }
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(path), fs);
}

/** Makes the rename itself durable (POSIX); some systems cannot open a folder, which is fine. */
export function syncFolder(dir: string, fs: AtomicWriteFs): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort only: the file is already complete and in place.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
