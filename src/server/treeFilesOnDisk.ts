/**
 * Reading tree files for the dev server's APIs: every path is checked to lie directly in the
 * trees folder before any file system call, symbolic links are refused, and a tree's version
 * (its etag) covers the tree file and its scenarios file together.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { HttpError } from './http';

/** The etag of a tree file and (when there is one) its scenarios file, as one version. */
export function etagOf(tree: Buffer | string, scenarios?: Buffer | string): string {
  const hash = createHash('sha256').update(tree);
  if (scenarios !== undefined) hash.update('\0').update(scenarios);
  return `"${hash.digest('hex')}"`;
}

/** `<dir>/<name>`, asserted to be directly inside `dir` before any file system call. */
export function inside(dir: string, name: string): string {
  const path = resolve(dir, name);
  if (dirname(path) !== dir || basename(path) !== name) {
    throw new HttpError(400, 'invalid tree id');
  }
  return path;
}

const NO_FOLLOW: number = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0;

/** A regular file's bytes; `undefined` when it does not exist. Symbolic links are refused. */
export function readRegularFile(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw notRegular(path);
    throw error;
  }
  try {
    if (!fstatSync(fd).isFile()) throw notRegular(path);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function notRegular(path: string): HttpError {
  return new HttpError(403, `${basename(path)} is not a regular file`);
}
