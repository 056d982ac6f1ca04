/**
 * A tree's history read from git as data (Node only). No text a commit carries (message, author
 * name, any byte) can change how many versions there are or which file a version points at:
 *
 * 1. `git log --follow -z --name-only --format=%H` lists the commits and the file's path in each.
 *    The stream holds only full shas and NUL-terminated paths: no message or name is in it.
 * 2. `git cat-file --batch` gives each of those commits' raw object with its size in bytes in
 *    front, so the author and message are cut out by length, never by a separator.
 *
 * Two processes for the whole history, whatever its length.
 */
import { gitError, runGit, runGitBytes } from './git';
import { HttpError } from './http';

export interface Version {
  sha: string;
  /** Author date, ISO 8601 with the author's offset, as `git log --format=%aI` gives it. */
  date: string;
  author: string;
  message: string;
  /** The tree file's path in the repository at that commit. */
  path: string;
}

/** A full sha: 40 hex digits, or 64 in a SHA-256 repository. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export interface Touch {
  sha: string;
  /** The followed file's path in the repository at that commit ('' when git named none). */
  path: string;
}

/**
 * Parses `git log --follow -z --name-only --format=%H`: each commit is `<sha>\0`, then the
 * followed file's path after a newline, ending in NUL (a merge shows none). `--follow` names one
 * file per commit, so a token without the newline is always a commit's full sha.
 */
export function parseTouches(stdout: string): Touch[] {
  const touches: Touch[] = [];
  let last: Touch | undefined;
  for (const token of stdout.split('\0')) {
    if (token === '') continue;
    if (token.startsWith('\n')) {
      if (last === undefined) throw new HttpError(500, 'git log gave a path before any commit');
      if (last.path === '') last.path = token.slice(1);
    } else if (FULL_SHA.test(token)) {
      last = { sha: token, path: '' };
      touches.push(last);
    } else {
      throw new HttpError(500, 'git log gave something other than a commit or a path');
    }
  }
  return touches;
}

/** Commits (newest first, at most `max`) that touched `file`, following renames. */
export async function commitsTouching(cwd: string, file: string, max: number): Promise<Touch[]> {
  const log = await runGit(cwd, [
    'log',
    '--follow',
    `--max-count=${max}`,
    '-z',
    '--name-only',
    '--format=%H',
    '--',
    file,
  ]);
  if (!log.ok) {
    // A repository with no commit yet has no history to show.
    if (/does not have any commits|bad default revision/.test(log.stderr)) return [];
    throw new HttpError(500, `git log failed: ${gitError(log)}`);
  }
  return parseTouches(log.stdout);
}

/** `git cat-file --batch` output: each object's raw bytes by its sha (missing ones left out). */
export function parseBatch(stdout: Buffer): Map<string, Buffer> {
  const objects = new Map<string, Buffer>();
  let at = 0;
  while (at < stdout.length) {
    const end = stdout.indexOf(0x0a, at);
    if (end < 0) break;
    const header = stdout.subarray(at, end).toString('latin1');
    at = end + 1;
    const found = /^([0-9a-f]+) [a-z]+ (\d+)$/.exec(header);
    if (!found) continue; // `<name> missing` and the like: no body follows
    const size = Number(found[2]);
    objects.set(found[1] as string, stdout.subarray(at, at + size));
    at += size + 1; // the body, then one newline
  }
  return objects;
}

/** `seconds` since the epoch at the offset `zone` (`+0130`), as `2020-01-01T10:00:00+01:30`. */
export function isoDate(seconds: number, zone: string): string {
  const found = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  if (!found) return '';
  const [, sign, hours, minutes] = found as unknown as [string, string, string, string];
  const offset = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  const local = new Date((seconds + offset * 60) * 1000);
  if (Number.isNaN(local.getTime())) return '';
  return `${local.toISOString().slice(0, 19)}${sign}${hours}:${minutes}`;
}

function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** The author, author date and message of a raw commit object (`git cat-file commit`). */
export function parseCommitObject(raw: Buffer): Omit<Version, 'sha' | 'path'> {
  const split = raw.indexOf('\n\n');
  const headerBytes = split < 0 ? raw : raw.subarray(0, split);
  const lines = headerBytes.toString('latin1').split('\n');
  // Git writes the message (and names) in the commit's `encoding`, UTF-8 when there is none.
  const encoding = lines.find((l) => l.startsWith('encoding '))?.slice('encoding '.length);
  const decoder = decoderFor(encoding);
  const headers = decoder.decode(headerBytes).split('\n');
  const message = split < 0 ? '' : decoder.decode(raw.subarray(split + 2));
  const ident = headers.find((l) => l.startsWith('author '));
  const found = ident === undefined ? null : /^author (.*) <[^\n]*> (\d+) (\S+)$/.exec(ident);
  return {
    author: found?.[1] ?? '',
    date: found ? isoDate(Number(found[2]), found[3] as string) : '',
    message: message.trim(),
  };
}

/** The author, date and message of each commit in `shas`, from one `git cat-file --batch`. */
export async function commitDetails(
  cwd: string,
  shas: readonly string[],
): Promise<Map<string, Omit<Version, 'sha' | 'path'>>> {
  const details = new Map<string, Omit<Version, 'sha' | 'path'>>();
  if (shas.length === 0) return details;
  const batch = await runGitBytes(cwd, ['cat-file', '--batch'], shas.map((s) => `${s}\n`).join(''));
  if (!batch.ok) throw new HttpError(500, `git cat-file failed: ${gitError(batch)}`);
  for (const [sha, raw] of parseBatch(batch.stdout)) details.set(sha, parseCommitObject(raw));
  return details;
}

/** The versions of `file` (newest first, at most `max`): commits that touched it, as data. */
export async function readHistory(cwd: string, file: string, max: number): Promise<Version[]> {
  const touches = await commitsTouching(cwd, file, max);
  const details = await commitDetails(
    cwd,
    touches.map((t) => t.sha),
  );
  return touches.map(({ sha, path }) => {
    const found = details.get(sha) ?? { author: '', date: '', message: '' };
    return { sha, ...found, path };
  });
}
